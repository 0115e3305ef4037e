import Foundation
import Testing

@testable import Julep

/// The generated `client.agents` against a real HTTP server on 127.0.0.1: what goes on the wire,
/// and what comes back.
@Suite("Agents over HTTP", .timeLimit(.minutes(3)))
struct AgentsHTTPTests {
    static let agentID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    static let agentJSON = """
        {"id": "\(agentID)", "name": "Ada", "about": "Analytical", "model": "gpt-4o",
         "instructions": ["Be brief.", "Be right."], "metadata": {"team": "engines", "level": 3},
         "created_at": "2024-05-01T10:20:30.123456Z", "updated_at": "2024-05-02T00:00:00Z",
         "default_settings": {"temperature": 0.5}}
        """

    private func client(_ server: TestHTTPServer) -> JulepClient {
        client(baseURL: server.baseURL)
    }

    private func client(baseURL: URL, timeout: Duration = .seconds(300), maxRetries: Int = 2) -> JulepClient {
        JulepClient(
            apiKey: "key-123", authKey: "auth-456", baseURL: baseURL.appendingPathComponent("api"), timeout: timeout,
            maxRetries: maxRetries, transport: URLSessionTransport(configuration: .ephemeral)
        ).withConfiguration {
            $0.logger = nil
            $0.sleep = { _ in }
        }
    }

    /// An agent named `name`, with a fresh id unless given.
    static func agentJSON(name: String, id: String = UUID().uuidString.lowercased()) -> String {
        #"{"id": "\#(id)", "name": "\#(name)", "about": "", "model": "", "instructions": [], "#
            + #""created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-05-01T10:20:30Z"}"#
    }

    /// The value of the query item `name` in a request target.
    static func queryValue(_ name: String, in target: String) -> String? {
        URLComponents(string: target)?.queryItems?.first { $0.name == name }?.value
    }

    /// A server holding `count` agents named `agent-0`…, answering `GET /api/agents` by offset and limit.
    static func listing(_ count: Int) -> @Sendable (ReceivedRequest) async throws -> CannedResponse {
        { request in
            let offset = Int(queryValue("offset", in: request.target) ?? "0") ?? 0
            let limit = Int(queryValue("limit", in: request.target) ?? "100") ?? 100
            let names = (0..<count).dropFirst(offset).prefix(limit).map { agentJSON(name: "agent-\($0)") }
            return CannedResponse(body: #"{"items": [\#(names.joined(separator: ","))]}"#)
        }
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

    /// Server behaviour (API 0.4.0): lists default to `direction=desc`, and read metadata filters as
    /// one `metadata_filter.<key>=<value>` parameter per key.
    @Test func listSendsTheServersDefaultsAndTheMetadataFilterInDotNotation() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: #"{"items": [\#(Self.agentJSON)]}"#) }) { server in
            let page = try await client(server).agents.list(metadataFilter: ["team": "engines", "level": 3])
            #expect(page.items.map(\.name) == ["Ada"])
            let received = try #require(await server.requests.first)
            #expect(
                received.target
                    == "/api/agents?limit=100&offset=0&sort_by=created_at&direction=desc"
                    + "&metadata_filter.level=3&metadata_filter.team=engines")
        }
    }

    /// A filter value the server's dot notation cannot carry is refused before sending.
    @Test func aMetadataFilterWithAnObjectValueIsRefusedBeforeSending() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: #"{"items": []}"#) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).agents.list(metadataFilter: ["team": ["name": "engines"]])
            }
            #expect(error?.kind == .invalidArgument)
            #expect(error?.message?.contains("'metadata_filter.team'") == true)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test func createSendsTheFlattenedArgumentsAsJSON() async throws {
        let created = #"{"id": "\#(Self.agentID)", "created_at": "2024-05-01T10:20:30Z", "jobs": []}"#
        try await TestHTTPServer.with({ _ in CannedResponse(status: 201, body: created) }) { server in
            let agent = try await client(server).agents.create(
                name: "Ada", about: "Analytical", model: "gpt-4o", instructions: .string("Be brief."),
                metadata: ["team": "engines"])
            // The whole agent: the arguments plus the API's id and timestamp, without a second request.
            #expect(agent.id == (try id()))
            #expect(agent.name == "Ada")
            #expect(agent.instructions == .string("Be brief."))
            #expect(agent.metadata == ["team": "engines"])
            #expect(JSONCoding.formatDate(agent.createdAt) == "2024-05-01T10:20:30.000000Z")
            #expect(agent.updatedAt == agent.createdAt)
            #expect(await server.requests.count == 1)
            let raw = try await client(server).agents.withRawResponse.create(name: "Ada", model: "gpt-4o")
            #expect(raw.value.jobs.isEmpty)
            let received = try #require(await server.requests.first)
            #expect(received.method == "POST")
            #expect(received.target == "/api/agents")
            #expect(received.headers["content-type"] == "application/json")
            #expect(
                String(decoding: received.body, as: UTF8.self)
                    == #"{"about":"Analytical","instructions":"Be brief.","metadata":{"team":"engines"},"model":"gpt-4o","name":"Ada"}"#)
        }
    }

    @Test func patchSendsOnlyTheFieldsGivenAndReadsTheAgentBack() async throws {
        let updated = #"{"id": "\#(Self.agentID)", "updated_at": "2024-05-02T00:00:00Z", "jobs": []}"#
        try await TestHTTPServer.with({ request in
            CannedResponse(body: request.method == "GET" ? Self.agentJSON : updated)
        }) { server in
            let agent = try await client(server).agents.patch(id: id(), about: "Still analytical")
            #expect(agent.name == "Ada")
            #expect(JSONCoding.formatDate(agent.createdAt) == "2024-05-01T10:20:30.123456Z")
            let requests = await server.requests
            #expect(requests.map { "\($0.method) \($0.target)" } == ["PATCH /api/agents/\(Self.agentID)", "GET /api/agents/\(Self.agentID)"])
            #expect(String(decoding: requests[0].body, as: UTF8.self) == #"{"about":"Still analytical"}"#)
            // The raw variant answers with the API's response alone, in one request.
            let raw = try await client(server).agents.withRawResponse.patch(id: id(), about: "Still analytical")
            #expect(raw.value.id == (try id()))
            #expect(await server.requests.count == 3)
        }
    }

    @Test func anUpdateThatFailsIsNotFollowedByARead() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(status: 422, body: #"{"error": {"message": "bad model"}}"#) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).agents.update(id: id(), name: "Ada", model: "nope")
            }
            #expect(error?.statusCode == 422)
            #expect(await server.requests.map(\.method) == ["PUT"])
        }
    }

    /// Server behaviour (API 0.4.0): `POST /agents/{id}` answers 201 with a ResourceCreatedResponse.
    @Test func createOrUpdateAndUpdateAndDeleteUseTheirMethods() async throws {
        let created = #"{"id": "\#(Self.agentID)", "created_at": "2024-05-01T10:20:30Z", "jobs": []}"#
        let updated = #"{"id": "\#(Self.agentID)", "updated_at": "2024-05-01T10:20:30Z", "jobs": []}"#
        let deleted = #"{"id": "\#(Self.agentID)", "deleted_at": "2024-05-01T10:20:30Z", "jobs": []}"#
        try await TestHTTPServer.with({ request in
            switch request.method {
            case "DELETE": CannedResponse(status: 202, body: deleted)
            case "GET": CannedResponse(body: Self.agentJSON)
            case "POST": CannedResponse(status: 201, body: created)
            default: CannedResponse(body: updated)
            }
        }) { server in
            let agents = client(server).agents
            let stored = try await agents.createOrUpdate(id: id(), name: "Ada", model: "gpt-4o", instructions: [])
            #expect(stored.id == (try id()))
            _ = try await agents.update(id: id(), name: "Ada", model: "gpt-4o")
            let gone = try await agents.delete(id: id())
            #expect(gone.id == (try id()))
            let requests = await server.requests
            #expect(requests.map(\.method) == ["POST", "GET", "PUT", "GET", "DELETE"])
            #expect(Set(requests.map(\.target)) == ["/api/agents/\(Self.agentID)"])
            #expect(
                String(decoding: requests[2].body, as: UTF8.self)
                    == #"{"about":"","instructions":[],"model":"gpt-4o","name":"Ada"}"#)
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

    @Test func malformedJSONDescriptionShowsTheBody() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: #"{"id": "3f2504e0", "name": tru"#) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).agents.get(id: id())
            }
            #expect(error?.kind == .decoding)
            #expect(error?.codingPath == nil)
            #expect(error?.description.contains(#"body: {"id": "3f2504e0", "name": tru"#) == true)
            #expect(error?.statusCode == 200)
        }
    }

    // MARK: Raw responses

    @Test func withRawResponseGivesStatusAndHeaders() async throws {
        let deleted = #"{"id": "\#(Self.agentID)", "deleted_at": "2024-05-01T10:20:30Z", "jobs": []}"#
        try await TestHTTPServer.with({ request in
            request.method == "DELETE"
                ? CannedResponse(status: 202, headers: ["Content-Type": "application/json", "X-Request-Id": "req-1"], body: deleted)
                : CannedResponse(headers: ["Content-Type": "application/json", "X-Request-Id": "req-2"], body: Self.agentJSON)
        }) { server in
            let raw = client(server).agents.withRawResponse
            let got = try await raw.get(id: id())
            #expect(got.statusCode == 200)
            #expect(got.headers["x-request-id"] == "req-2")
            #expect(got.value.name == "Ada")
            #expect(got.body == Data(Self.agentJSON.utf8))
            #expect(got.attempts == 1)
            let gone = try await raw.delete(id: id())
            #expect(gone.statusCode == 202)
            #expect(gone.value.id == (try id()))
            #expect(gone.map(\.id).value == (try id()))
        }
    }

    // MARK: Pagination

    @Test func listAllPagesThroughThreePagesEndingWithAShortOne() async throws {
        try await TestHTTPServer.with(Self.listing(5)) { server in
            let names = try await client(server).agents.listAll(limit: 2, sortBy: .updatedAt).collect().map(\.name)
            #expect(names == (0..<5).map { "agent-\($0)" })
            let targets = await server.requests.map(\.target)
            #expect(targets == [0, 2, 4].map { "/api/agents?limit=2&offset=\($0)&sort_by=updated_at&direction=desc" })
        }
    }

    @Test func listAllPagesAndStopsAtAnEmptyPage() async throws {
        try await TestHTTPServer.with(Self.listing(4)) { server in
            var pageSizes: [Int] = []
            for try await page in client(server).agents.listAll(limit: 2, offset: 0).pages {
                pageSizes.append(page.items.count)
            }
            #expect(pageSizes == [2, 2])
            let offsets = await server.requests.map { Self.queryValue("offset", in: $0.target) }
            #expect(offsets == ["0", "2", "4"])
        }
    }

    @Test func listAllStartsAtTheGivenOffsetAndCanStopEarly() async throws {
        try await TestHTTPServer.with(Self.listing(10)) { server in
            var names: [String] = []
            for try await agent in client(server).agents.listAll(limit: 3, offset: 4) {
                names.append(agent.name)
                if names.count == 4 { break }
            }
            #expect(names == ["agent-4", "agent-5", "agent-6", "agent-7"])
            let offsets = await server.requests.map { Self.queryValue("offset", in: $0.target) }
            #expect(offsets == ["4", "7"])
        }
    }

    @Test func listAllThrowsTheFirstPagesError() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(status: 403, body: #"{"detail": "no"}"#) }) { server in
            let error = await #expect(throws: JulepError.self) {
                for try await _ in client(server).agents.listAll() {}
            }
            #expect(error?.kind == .forbidden)
            #expect(await server.requests.count == 1)
        }
    }

    // MARK: Validation

    @Test(arguments: [0, -1, 1001, Int.max])
    func aLimitOutsideOneToAThousandIsRejectedBeforeSending(_ limit: Int) async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: #"{"items": []}"#) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).agents.list(limit: limit)
            }
            #expect(error?.kind == .invalidArgument)
            #expect(error?.message?.contains("'limit' must be") == true)
            let pagingError = await #expect(throws: JulepError.self) {
                for try await _ in client(server).agents.listAll(limit: limit) {}
            }
            #expect(pagingError?.kind == .invalidArgument)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test func limitsAtTheBoundsAreSent() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: #"{"items": []}"#) }) { server in
            _ = try await client(server).agents.list(limit: 1)
            _ = try await client(server).agents.list(limit: 1000)
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server).agents.list(offset: -1)
            }
            #expect(error?.message == "'offset' must be at least 0, got -1.")
            #expect(await server.requests.map { Self.queryValue("limit", in: $0.target) } == ["1", "1000"])
        }
    }

    // MARK: Misbehaving servers

    @Test func aConnectionResetMidResponseIsAConnectionErrorAfterRetries() async throws {
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\": \"3f25")
            Thread.sleep(forTimeInterval: 0.05)
            connection.reset()
        }
        defer { server.stop() }
        let error = await #expect(throws: JulepError.self) {
            _ = try await client(baseURL: server.baseURL).agents.get(id: id())
        }
        #expect(error?.kind == .connection)
        #expect(error?.request?.description.hasSuffix("/api/agents/\(Self.agentID)") == true)
        // A GET is safe to repeat: the first attempt and two retries.
        #expect(server.connectionCount == 3)
    }

    @Test func aResetPostIsNotRetried() async throws {
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{")
            Thread.sleep(forTimeInterval: 0.05)
            connection.reset()
        }
        defer { server.stop() }
        let error = await #expect(throws: JulepError.self) {
            _ = try await client(baseURL: server.baseURL).agents.create(name: "Ada", model: "gpt-4o")
        }
        #expect(error?.kind == .connection)
        #expect(server.connectionCount == 1)
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let closes = PeerCloses()
        let server = try RawTCPServer.silent(recordingIn: closes)
        defer { server.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: JulepError.self) {
            _ = try await client(baseURL: server.baseURL, timeout: .milliseconds(500), maxRetries: 0).agents.get(id: id())
        }
        #expect(error?.kind == .timeout)
        #expect(clock.now - start >= .milliseconds(450))
        // The client closed the connection at its deadline, well before the server's 30 s hold
        // ended (the server measures; bounds allow a loaded machine).
        let held = await closes.first(1)
        #expect(held.count == 1)
        for duration in held {
            #expect(duration.map { $0 < .seconds(25) } == true, "\(String(describing: duration))")
        }
    }

    @Test func aPerRequestTimeoutReplacesTheClients() async throws {
        let closes = PeerCloses()
        let server = try RawTCPServer.silent(recordingIn: closes)
        defer { server.stop() }
        let error = await #expect(throws: JulepError.self) {
            _ = try await client(baseURL: server.baseURL, timeout: .seconds(60)).agents.get(
                id: id(), options: RequestOptions(timeout: .milliseconds(300), maxRetries: 1))
        }
        #expect(error?.kind == .timeout)
        #expect(server.connectionCount == 2)
        // Each attempt ended at the request's 300 ms deadline, not the client's 60 s one.
        let held = await closes.first(2)
        #expect(held.count == 2)
        for duration in held {
            #expect(duration.map { $0 < .seconds(25) } == true, "\(String(describing: duration))")
        }
    }

    // MARK: Concurrency

    @Test func fiveHundredConcurrentRequestsThroughOneClient() async throws {
        try await TestHTTPServer.with({ request in
            let id = String(request.path.split(separator: "/").last ?? "")
            return CannedResponse(body: Self.agentJSON(name: "agent-\(id)", id: id))
        }) { server in
            let client = client(server)
            let ids = (0..<500).map { _ in UUID() }
            let results = try await withThrowingTaskGroup(of: (UUID, Agent).self) { group in
                for id in ids {
                    group.addTask { (id, try await client.agents.get(id: id)) }
                }
                var results: [UUID: Agent] = [:]
                for try await (id, agent) in group {
                    results[id] = agent
                }
                return results
            }
            #expect(results.count == 500)
            for (id, agent) in results {
                #expect(agent.id == id)
                #expect(agent.name == "agent-\(id.uuidString.lowercased())")
            }
            #expect(await server.requests.count == 500)
        }
    }
}
