import Foundation
import Testing
@testable import Julep

/// Records the order it runs in and tags requests and responses.
private struct Tagging: Middleware {
    let name: String
    let trace: Recorder<String>

    func intercept(
        _ request: HTTPRequest,
        context: MiddlewareContext,
        next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        trace.append("\(name) in #\(context.attempt)")
        var request = request
        request.headers.add(name: "X-Trace", value: name)
        var response = try await next(request)
        response.headers.add(name: "X-Seen-By", value: name)
        trace.append("\(name) out \(response.statusCode)")
        return response
    }
}

@Suite("Middleware", .timeLimit(.minutes(3)))
struct MiddlewareTests {
    private static let agentJSON = #"{"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "name": "Ada", "about": "", "model": "", "#
        + #""instructions": [], "created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-05-01T10:20:30Z"}"#
    private let id = UUID(uuidString: "3f2504e0-4f89-11d3-9a0c-0305e82c3301")!

    @Test func middlewaresWrapEachAttemptInOrder() async throws {
        let trace = Recorder<String>()
        let counter = Counter()
        try await TestHTTPServer.with({ _ in
            counter.next() == 1 ? CannedResponse(status: 503, body: "") : CannedResponse(body: Self.agentJSON)
        }) { server in
            let client = JulepClient(
                apiKey: "key", baseURL: server.baseURL,
                middlewares: [Tagging(name: "outer", trace: trace), Tagging(name: "inner", trace: trace)],
                transport: URLSessionTransport(configuration: .ephemeral)
            ).withConfiguration { $0.sleep = { _ in }; $0.logger = nil }
            let response = try await client.agents.withRawResponse.get(id: id)
            #expect(response.value.name == "Ada")
            #expect(response.headers.values(for: "X-Seen-By") == ["inner", "outer"])
            #expect(trace.values == [
                "outer in #1", "inner in #1", "inner out 503", "outer out 503",
                "outer in #2", "inner in #2", "inner out 200", "outer out 200",
            ])
            let requests = await server.requests
            #expect(requests.count == 2)
            // Repeated fields reach the server joined with commas, in the order they were added.
            for request in requests {
                let values = request.headers["x-trace"]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                #expect(values == ["outer", "inner"], "\(request.headers)")
            }
        }
    }

    @Test func aMiddlewareCanAnswerWithoutSending() async throws {
        let transport = MockTransport { _ in HTTPResponse(statusCode: 500) }
        let stub = ClosureMiddleware { request, context, _ in
            #expect(request.url.path == "/agents/\(id.uuidString.lowercased())")
            #expect(context == MiddlewareContext(attempt: 1, isIdempotent: true, isStreaming: false))
            return HTTPResponse(statusCode: 200, body: Data(Self.agentJSON.utf8))
        }
        let client = JulepClient(apiKey: "key", baseURL: URL(string: "https://api.example.com")!, middlewares: [stub], transport: transport)
        #expect(try await client.agents.get(id: id).name == "Ada")
        #expect(transport.requests.isEmpty)
    }

    @Test func aMiddlewareErrorFailsTheCall() async throws {
        struct Refused: Error {}
        let transport = MockTransport { _ in HTTPResponse(statusCode: 200, body: Data(Self.agentJSON.utf8)) }
        let refuse = ClosureMiddleware { _, _, _ in throw JulepError(kind: .invalidArgument, message: "not today") }
        let client = JulepClient(apiKey: "key", baseURL: URL(string: "https://api.example.com")!, middlewares: [refuse], transport: transport)
        let error = await #expect(throws: JulepError.self) { _ = try await client.agents.get(id: id) }
        #expect(error?.kind == .invalidArgument)
        #expect(error?.message == "not today")
        #expect(transport.requests.isEmpty)
    }

    @Test func streamingCallsTellMiddlewares() async throws {
        struct Event: Decodable, Sendable { var n: Int }
        let contexts = Recorder<MiddlewareContext>()
        let transport = MockTransport { _ in HTTPResponse(statusCode: 200, body: Data("data: {\"n\": 1}\n\ndata: {\"n\": 2}\n\n".utf8)) }
        let observe = ClosureMiddleware { request, context, next in
            contexts.append(context)
            let response = try await next(request)
            #expect(response.body.isEmpty)
            return response
        }
        let core = ClientCore(configuration: ClientConfiguration(
            baseURL: URL(string: "https://api.example.com")!, transport: transport, middlewares: [observe], logger: nil))
        var values: [Int] = []
        for try await event in core.stream(APIRequest(method: .get, path: "/events"), options: nil, of: Event.self) {
            values.append(event.n)
        }
        #expect(values == [1, 2])
        #expect(contexts.values == [MiddlewareContext(attempt: 1, isIdempotent: true, isStreaming: true)])
    }
}
