import Foundation
import Testing
@testable import Julep

@Suite("Request logging and redaction", .timeLimit(.minutes(3)))
struct LoggingTests {
    private static let secret = "sk-very-secret-key"

    @Test func oneLinePerAttemptWithoutCredentials() async throws {
        let lines = Recorder<String>()
        let counter = Counter()
        try await TestHTTPServer.with({ _ in
            counter.next() == 1 ? CannedResponse(status: 503, body: "") : CannedResponse(status: 404, body: #"{"detail": "gone"}"#)
        }) { server in
            let base = try #require(URL(string: "http://user:\(Self.secret)@127.0.0.1:\(server.baseURL.port!)/api?api_key=\(Self.secret)"))
            let client = JulepClient(apiKey: Self.secret, baseURL: base, transport: URLSessionTransport(configuration: .ephemeral))
                .withConfiguration { $0.logger = RequestLogger { lines.append($0) }; $0.sleep = { _ in } }
            _ = await #expect(throws: JulepError.self) {
                _ = try await client.agents.list(limit: 5, options: RequestOptions(additionalQueryItems: [URLQueryItem(name: "token", value: Self.secret)]))
            }
        }
        let logged = lines.values
        #expect(logged.count == 2)
        let pattern = #/^Julep: GET http://127\.0\.0\.1:\d+/api/agents\?api_key=REDACTED&limit=5&offset=0&sort_by=created_at&direction=desc&token=REDACTED -> (\d+) \(attempt (\d), \d+ ms\)$/#
        for (index, line) in logged.enumerated() {
            let match = try #require(line.wholeMatch(of: pattern), "\(line)")
            #expect(match.output.1 == (index == 0 ? "503" : "404"))
            #expect(match.output.2 == "\(index + 1)")
            #expect(!line.contains(Self.secret))
        }
    }

    @Test func failuresAreLoggedByKind() async throws {
        let lines = Recorder<String>()
        let transport = MockTransport { _ in throw URLError(.cannotConnectToHost) }
        let client = JulepClient(apiKey: Self.secret, baseURL: URL(string: "https://api.example.com")!, maxRetries: 0, transport: transport)
            .withConfiguration { $0.logger = RequestLogger { lines.append($0) } }
        _ = await #expect(throws: JulepError.self) { _ = try await client.agents.delete(id: UUID()) }
        #expect(lines.values.count == 1)
        #expect(lines.values.first?.contains(" -> connection (attempt 1, ") == true)
    }

    @Test func theEnvironmentVariableTurnsLoggingOn() {
        #expect(RequestLogger.environmentVariable == "JULEP_LOG")
        #expect(RequestLogger.fromEnvironment([:]) == nil)
        for off in ["", "0", "false", "off", "no", " OFF "] {
            #expect(RequestLogger.fromEnvironment(["JULEP_LOG": off]) == nil)
        }
        for on in ["1", "true", "debug", "info"] {
            #expect(RequestLogger.fromEnvironment(["JULEP_LOG": on]) != nil)
        }
    }

    @Test func logLineFormat() throws {
        let request = HTTPRequest(method: .post, url: try #require(URL(string: "https://api.example.com/agents?x=1")))
        #expect(RequestLogger.line(request: request, outcome: .status(201), attempt: 1, duration: .milliseconds(84))
            == "Julep: POST https://api.example.com/agents?x=1 -> 201 (attempt 1, 84 ms)")
        #expect(RequestLogger.line(request: request, outcome: .failure(.timeout), attempt: 3, duration: .seconds(2))
            == "Julep: POST https://api.example.com/agents?x=1 -> timeout (attempt 3, 2000 ms)")
    }

    @Test func clientDescriptionsNeverShowTheKey() {
        let client = JulepClient(apiKey: Self.secret, authKey: Self.secret, baseURL: URL(string: "https://api.example.com")!)
            .withConfiguration { $0.additionalHeaders = ["X-Api-Key": Self.secret, "X-Other": "visible"] }
        var dumped = ""
        dump(client, to: &dumped)
        var dumpedResource = ""
        dump(client.agents, to: &dumpedResource)
        for text in [String(describing: client), String(reflecting: client), dumped, String(describing: client.agents),
                     dumpedResource, client.configuration.description, String(reflecting: client.configuration.additionalHeaders)] {
            #expect(!text.contains(Self.secret), "\(text)")
        }
        #expect(client.configuration.description.contains("Authorization: REDACTED"))
        #expect(dumped.contains("visible"))
    }

    @Test func errorsNeverShowTheKey() async throws {
        let transport = MockTransport { request in
            HTTPResponse(statusCode: 401, headers: ["Set-Cookie": "session=\(Self.secret)"], body: Data(#"{"detail": "bad key"}"#.utf8))
        }
        let client = JulepClient(apiKey: Self.secret, baseURL: URL(string: "https://api.example.com")!, transport: transport)
        let error = await #expect(throws: JulepError.self) { _ = try await client.agents.get(id: UUID()) }
        let thrown = try #require(error)
        var dumped = ""
        dump(thrown.headers, to: &dumped)
        for text in [thrown.description, thrown.debugDescription, thrown.localizedDescription, dumped] {
            #expect(!text.contains(Self.secret), "\(text)")
        }
        #expect(thrown.kind == .unauthorized)
    }
}
