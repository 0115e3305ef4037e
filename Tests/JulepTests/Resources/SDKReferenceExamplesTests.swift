import Foundation
import Testing
@testable import Julep

/// The examples of docs/sdk.md, run against a stub transport so they keep compiling
/// and doing what the reference says.
@Suite("SDK reference examples")
struct SDKReferenceExamplesTests {
    private static let agentJSON = #"{"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "name": "Ada", "about": "", "model": "", "#
        + #""instructions": [], "created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-05-01T10:20:30Z"}"#

    struct StubTransport: HTTPTransport {
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            if request.url.path.hasPrefix("/api/agents/") {
                return HTTPResponse(statusCode: 200, headers: ["X-Request-Id": "r1"], body: Data(SDKReferenceExamplesTests.agentJSON.utf8))
            }
            return HTTPResponse(statusCode: 200, body: Data(#"{"items": []}"#.utf8))
        }
    }

    private let id = UUID(uuidString: "3f2504e0-4f89-11d3-9a0c-0305e82c3301")!

    @Test func examples() async throws {
        let key = "test"
        let client = JulepClient(apiKey: key, timeout: .seconds(60), maxRetries: 4, transport: StubTransport())
        let agent = try await client.agents.get(id: id, options: RequestOptions(timeout: .seconds(5), maxRetries: 0))
        #expect(agent.name == "Ada")

        var names: [String] = []
        for try await agent in client.agents.listAll(limit: 100) {
            names.append(agent.name)
        }
        let everyone = try await client.agents.listAll().collect()
        var pages = 0
        for try await page in client.agents.listAll(limit: 50).pages { pages += page.items.count + 1 }
        #expect(names.isEmpty && everyone.isEmpty && pages == 1)
        let huge = try await client.agents.listAll(limit: 1000).withMaxPages(50_000).collect()
        #expect(huge.isEmpty)

        let error = await #expect(throws: JulepError.self) { _ = try await client.agents.list(limit: 5000) }
        #expect(error?.kind == .invalidArgument)

        let response = try await client.agents.withRawResponse.get(id: id)
        #expect(response.statusCode == 200 && response.headers["x-request-id"] == "r1" && response.value.name == "Ada")

        let attempts = Recorder<Int>()
        let tracing = ClosureMiddleware { request, context, next in
            var request = request
            request.headers["X-Trace-Id"] = UUID().uuidString
            let response = try await next(request)
            attempts.append(context.attempt)
            return response
        }
        let traced = JulepClient(apiKey: key, middlewares: [tracing], transport: StubTransport())
        _ = try await traced.agents.list()
        #expect(attempts.values == [1])

        let logged = client.withConfiguration { $0.logger = .standardError }
        #expect(logged.configuration.logger != nil)
        #expect(logged.configuration.maxRetries == 4)

        let roomy = client.withConfiguration { $0.maxResponseBodyBytes = 256 << 20 }
        let page = try await roomy.agents.list(limit: 1000, options: RequestOptions(maxResponseBodyBytes: 1 << 30))
        #expect(page.items.isEmpty && roomy.configuration.maxResponseBodyBytes == 256 << 20)
    }
}
