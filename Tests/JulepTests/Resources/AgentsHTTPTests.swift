import Foundation
import Testing

@testable import Julep

/// The generated `client.agents` against a real HTTP server on 127.0.0.1: what goes on the wire,
/// and what comes back.
@Suite("Agents over HTTP", .timeLimit(.minutes(1)))
struct AgentsHTTPTests {
    static let agentID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    static let agentJSON = """
        {"id": "\(agentID)", "name": "Ada", "about": "Analytical", "model": "gpt-4o",
         "instructions": ["Be brief.", "Be right."], "metadata": {"team": "engines", "level": 3},
         "created_at": "2024-05-01T10:20:30.123456Z", "updated_at": "2024-05-02T00:00:00Z",
         "default_settings": {"temperature": 0.5}}
        """

    private func client(_ server: TestHTTPServer) -> JulepClient {
        JulepClient(
            apiKey: "key-123", authKey: "auth-456", baseURL: server.baseURL.appendingPathComponent("api"),
            transport: URLSessionTransport(configuration: .ephemeral))
    }

    private func id() throws -> UUID { try #require(UUID(uuidString: Self.agentID)) }

    @Test func getDecodesTheAgentAndSendsBothKeys() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: Self.agentJSON) }) { server in
            let agent = try await client(server).agents.get(id: id())
            #expect(agent.id == (try id()))
            #expect(agent.name == "Ada")
            #expect(agent.instructions == .stringList(["Be brief.", "Be right."]))
            #expect(agent.metadata == ["team": "engines", "level": 3])
            #expect(agent.defaultSettings?.temperature == 0.5)
            #expect(JSONCoding.formatDate(agent.createdAt) == "2024-05-01T10:20:30.123456Z")

            let received = try #require(await server.requests.first)
            #expect(received.method == "GET")
            #expect(received.target == "/api/agents/\(Self.agentID)")
            #expect(received.headers["authorization"] == "key-123")
            #expect(received.headers["x-auth-key"] == "auth-456")
            #expect(received.headers["accept"] == "application/json")
            #expect(received.headers["user-agent"] == "julep-swift/0.4.0")
            #expect(received.body.isEmpty)
        }
    }

    @Test func listSendsDefaultsAndTheMetadataFilterAsJSON() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: #"{"items": [\#(Self.agentJSON)]}"#) }) { server in
            let page = try await client(server).agents.list(metadataFilter: ["team": "engines"])
            #expect(page.items.map(\.name) == ["Ada"])
            let received = try #require(await server.requests.first)
            #expect(
                received.target
                    == "/api/agents?limit=100&offset=0&sort_by=created_at&direction=asc"
                    + "&metadata_filter=%7B%22team%22%3A%22engines%22%7D")
        }
    }

    @Test func createSendsTheFlattenedArgumentsAsJSON() async throws {
        let created = #"{"id": "\#(Self.agentID)", "created_at": "2024-05-01T10:20:30Z", "jobs": []}"#
        try await TestHTTPServer.with({ _ in CannedResponse(status: 201, body: created) }) { server in
            let response = try await client(server).agents.create(
                name: "Ada", about: "Analytical", model: "gpt-4o", instructions: .string("Be brief."))
            #expect(response.id == (try id()))
            #expect(response.jobs.isEmpty)
            let received = try #require(await server.requests.first)
            #expect(received.method == "POST")
            #expect(received.target == "/api/agents")
            #expect(received.headers["content-type"] == "application/json")
            #expect(
                String(decoding: received.body, as: UTF8.self)
                    == #"{"about":"Analytical","instructions":"Be brief.","model":"gpt-4o","name":"Ada"}"#)
        }
    }

    @Test func patchSendsOnlyTheFieldsGiven() async throws {
        let updated = #"{"id": "\#(Self.agentID)", "updated_at": "2024-05-01T10:20:30Z", "jobs": []}"#
        try await TestHTTPServer.with({ _ in CannedResponse(body: updated) }) { server in
            _ = try await client(server).agents.patch(id: id(), about: "Still analytical")
            let received = try #require(await server.requests.first)
            #expect(received.method == "PATCH")
            #expect(received.target == "/api/agents/\(Self.agentID)")
            #expect(String(decoding: received.body, as: UTF8.self) == #"{"about":"Still analytical"}"#)
        }
    }

    @Test func createOrUpdateAndUpdateAndDeleteUseTheirMethods() async throws {
        let updated = #"{"id": "\#(Self.agentID)", "updated_at": "2024-05-01T10:20:30Z", "jobs": []}"#
        let deleted = #"{"id": "\#(Self.agentID)", "deleted_at": "2024-05-01T10:20:30Z", "jobs": []}"#
        try await TestHTTPServer.with({ request in
            CannedResponse(status: request.method == "DELETE" ? 202 : 200, body: request.method == "DELETE" ? deleted : updated)
        }) { server in
            let agents = client(server).agents
            _ = try await agents.createOrUpdate(id: id(), name: "Ada", instructions: .stringList([]))
            _ = try await agents.update(id: id(), name: "Ada")
            let gone = try await agents.delete(id: id())
            #expect(gone.id == (try id()))
            let requests = await server.requests
            #expect(requests.map(\.method) == ["POST", "PUT", "DELETE"])
            #expect(Set(requests.map(\.target)) == ["/api/agents/\(Self.agentID)"])
            #expect(
                String(decoding: requests[1].body, as: UTF8.self)
                    == #"{"about":"","instructions":[],"model":"","name":"Ada"}"#)
        }
    }

    @Test func notFoundBecomesATypedErrorWithTheServersMessage() async throws {
        let body = #"{"error": {"message": "agent not found"}}"#
        try await TestHTTPServer.with({ _ in CannedResponse(status: 404, body: body) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).agents.get(id: id())
            }
            #expect(error?.kind == .notFound)
            #expect(error?.statusCode == 404)
            #expect(error?.message == "agent not found")
            #expect(error?.body == Data(body.utf8))
        }
    }

    @Test func malformedJSONBecomesADecodingErrorWithTheBody() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: #"{"id": "not-a-uuid"}"#) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).agents.get(id: id())
            }
            #expect(error?.kind == .decoding)
            #expect(error?.codingPath == "id")
            #expect(error?.body == Data(#"{"id": "not-a-uuid"}"#.utf8))
        }
    }

    @Test func idsCanBeStrings() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: Self.agentJSON) }) { server in
            let agent = try await client(server).agents.get(id: Self.agentID)
            #expect(agent.name == "Ada")
            #expect(await server.requests.first?.target == "/api/agents/\(Self.agentID)")
        }
    }

    @Test func aMalformedIDFailsBeforeAnythingIsSent() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: Self.agentJSON) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).agents.get(id: "../admin")
            }
            #expect(error?.kind == .invalidArgument)
            #expect(error?.message?.contains("'id' must be a UUID") == true)
            #expect(await server.requests.isEmpty)
        }
    }
}
