import Foundation
import Testing

@testable import Julep

/// IDs as `UUID` or `String` everywhere, body limits checked before sending, the JSON of an
/// answer that does not decode, and a client that prints its settings once.
@Suite("Sessions, tasks and the client over HTTP", .timeLimit(.minutes(3)))
struct SessionsHTTPTests {
    static let id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    static let otherID = "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002"
    static let created = #"{"id": "\#(id)", "created_at": "2024-05-01T10:20:30Z", "jobs": []}"#

    private func client(_ server: TestHTTPServer) -> JulepClient {
        JulepClient(apiKey: "key-123", baseURL: server.baseURL, transport: URLSessionTransport(configuration: .ephemeral))
            .withConfiguration {
                $0.logger = nil
                $0.sleep = { _ in }
            }
    }

    @Test func bodyIDsTakeAUUIDOrAString() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(status: 201, body: Self.created) }) { server in
            let agent = try #require(UUID(uuidString: Self.id))
            // (Through withRawResponse: the manager method would read the session back.)
            _ = try await client(server).sessions.withRawResponse.create(agent: agent, user: Self.otherID)
            _ = try await client(server).sessions.withRawResponse.create(agents: [Self.otherID, agent], users: [agent, Self.otherID])
            let requests = await server.requests
            // In lower case, as in paths and query strings (issue 22, bug 3).
            let single = try JSONCoding.makeDecoder().decode(JSONValue.self, from: requests[0].body)
            #expect(single["agent"]?.stringValue == Self.id)
            #expect(single["user"]?.stringValue == Self.otherID)
            let lists = try JSONCoding.makeDecoder().decode(JSONValue.self, from: requests[1].body)
            #expect(lists["agents"]?.arrayValue?.compactMap(\.stringValue) == [Self.otherID, Self.id])
            #expect(lists["users"]?.arrayValue?.compactMap(\.stringValue) == [Self.id, Self.otherID])
        }
    }

    @Test func aMalformedBodyIDFailsBeforeSending() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(status: 201, body: Self.created) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).sessions.create(agent: "not-a-uuid")
            }
            #expect(error?.kind == .invalidArgument)
            #expect(error?.message?.hasPrefix("'agent' must be a UUID") == true)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test func bodyLimitsAreCheckedBeforeSending() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: "{}") }) { server in
            let client = client(server)
            let hot = await #expect(throws: JulepError.self) {
                _ = try await client.sessions.chat(id: Self.id, messages: [ChatInputMessage(role: .user, content: "Hi")], temperature: 7)
            }
            #expect(hot?.kind == .invalidArgument)
            #expect(hot?.message == "'temperature' must be at most 5, got 7.0.")
            let empty = await #expect(throws: JulepError.self) {
                _ = try await client.tasks.create(agentID: Self.id, name: "nothing", main: [])
            }
            #expect(empty?.message == "'main' must have at least 1 item, got 0.")
            #expect(await server.requests.isEmpty)
        }
    }

    @Test func anAnswerThatDoesNotDecodeKeepsItsJSON() async throws {
        let odd = #"{"id": "\#(Self.id)", "created_at": "yesterday", "extra": [1, 2]}"#
        try await TestHTTPServer.with({ _ in CannedResponse(status: 201, body: odd) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).sessions.create(agent: Self.id)
            }
            #expect(error?.kind == .decoding)
            #expect(error?.jsonBody?["extra"] == [1, 2])
            #expect(error?.jsonBody?["created_at"] == "yesterday")
        }
        try await TestHTTPServer.with({ _ in CannedResponse(status: 201, body: String(Self.created.dropLast()) + #", "extra": true}"#) }) { server in
            let response = try await client(server).sessions.withRawResponse.create(agent: Self.id)
            #expect(response.value.id == UUID(uuidString: Self.id))
            #expect(response.jsonBody?["extra"] == true, "what the value does not model is still there")
        }
    }

    @Test func aHistoryReadsItsSessionID() throws {
        let history = try JSONCoding.makeDecoder().decode(History.self, from: Data("""
            {"entries": [], "relations": [], "session_id": "\(Self.id)", "created_at": "2024-05-01T10:20:30Z"}
            """.utf8))
        #expect(history.sessionID == UUID(uuidString: Self.id))
    }

    @Test func aClientPrintsItsSettingsOnceAndNoKey() throws {
        let url = try #require(URL(string: "https://julep.example.com/api"))
        let client = JulepClient(apiKey: "secret-key", baseURL: url)
        let printed = String(describing: client)
        #expect(printed.hasPrefix("JulepClient(ClientConfiguration(baseURL: https://julep.example.com/api"))
        #expect(printed.components(separatedBy: "baseURL").count == 2, "once: \(printed)")
        #expect(!printed.contains("secret-key"))
        var dumped = ""
        dump(client, to: &dumped)
        #expect(dumped.components(separatedBy: "- baseURL:").count == 2, "once: \(dumped)")
        #expect(!dumped.contains("secret-key"))
    }
}
