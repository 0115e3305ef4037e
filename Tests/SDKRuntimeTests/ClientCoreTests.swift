import Foundation
import Testing
@testable import SDKRuntime

private struct Item: Decodable, Equatable {
    var id: Int
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case createdAt = "created_at"
    }
}

private struct Page: Decodable, Equatable {
    var items: [Item]
}

private struct Body: Encodable {
    var name: String
    var size: Double
}

@Suite("ClientCore")
struct ClientCoreTests {
    private func makeCore(
        credentials: [Credential] = [
            .bearer(scheme: "apiKey", token: "key-123"),
            Credential(scheme: "authKey", placement: .header("X-Auth-Key"), value: "key-123"),
        ],
        additionalHeaders: HTTPHeaders = [:],
        respond: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse = { _ in HTTPResponse(statusCode: 200, body: Data("{}".utf8)) }
    ) throws -> (ClientCore, MockTransport) {
        let transport = MockTransport(respond)
        var configuration = ClientConfiguration(
            baseURL: try #require(URL(string: "https://api.example.com")),
            timeout: .seconds(30),
            transport: transport,
            additionalHeaders: additionalHeaders,
            userAgent: "test-agent/1.0",
            logger: nil,
            sleep: { _ in }
        )
        configuration.credentials = credentials
        return (ClientCore(configuration: configuration), transport)
    }

    @Test func defaultConfiguration() throws {
        let configuration = ClientConfiguration(baseURL: try #require(URL(string: "https://api.julep.ai/api")))
        #expect(configuration.timeout == .seconds(300))
        #expect(configuration.transport is URLSessionTransport)
        #expect(configuration.userAgent == ClientConfiguration.defaultUserAgent)
        #expect(configuration.additionalHeaders.isEmpty)
        #expect(configuration.credentials.isEmpty)
    }

    @Test func headersWithoutBody() async throws {
        let (core, _) = try makeCore()
        let request = try await core.prepare(APIRequest(method: .get, path: "/agents"), options: nil).authorized()
        #expect(request.method == .get)
        #expect(request.url.absoluteString == "https://api.example.com/agents")
        #expect(request.headers == [
            "Accept": "application/json",
            "User-Agent": "test-agent/1.0",
            "Authorization": "Bearer key-123",
            "X-Auth-Key": "key-123",
        ])
        #expect(request.body == nil)
        #expect(request.timeout == .seconds(30))
    }

    @Test func anOperationWithAServerOfItsOwnGoesThereUnlessOverridden() async throws {
        let (core, _) = try makeCore()
        let upload = APIRequest(method: .post, path: "/files/content", server: "https://upload.example.com/api/2.0")
        let sent = try await core.prepare(upload, options: nil).authorized()
        #expect(sent.url.absoluteString == "https://upload.example.com/api/2.0/files/content")
        // Its credentials go with it: the API asks for them there.
        #expect(sent.headers["Authorization"] == "Bearer key-123")

        let proxy = try #require(URL(string: "http://127.0.0.1:8080/upload/"))
        var overridden = core.configuration
        overridden.serverOverrides["https://upload.example.com/api/2.0"] = proxy
        let redirected = try await ClientCore(configuration: overridden).prepare(upload, options: nil).authorized()
        #expect(redirected.url.absoluteString == "http://127.0.0.1:8080/upload/files/content")
        #expect(overridden.description.contains(
            "serverOverrides: [https://upload.example.com/api/2.0 → http://127.0.0.1:8080/upload/]"))
        // Other operations still use the base URL.
        let other = try await ClientCore(configuration: overridden)
            .prepare(APIRequest(method: .get, path: "/files"), options: nil).authorized()
        #expect(other.url.absoluteString == "https://api.example.com/files")
    }

    @Test func headersWithBodyAndPrecedence() async throws {
        let (core, _) = try makeCore(additionalHeaders: ["User-Agent": "configured", "X-Default": "d", "Accept": "text/plain"])
        var apiRequest = APIRequest(method: .post, path: "/agents")
        try apiRequest.setJSONBody(Body(name: "n", size: 1.5))
        apiRequest.setHeader("X-Endpoint", "e")
        apiRequest.setHeader("X-Default", "endpoint")
        let options = RequestOptions(timeout: .milliseconds(250), additionalHeaders: ["x-endpoint": "call", "Authorization": "Bearer other"])
        let request = try await core.prepare(apiRequest, options: options).authorized()
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Accept"] == "text/plain")
        #expect(request.headers["User-Agent"] == "configured")
        #expect(request.headers["X-Default"] == "endpoint")
        #expect(request.headers.values(for: "X-Endpoint") == ["call"])
        #expect(request.headers["Authorization"] == "Bearer other")
        #expect(request.headers["X-Auth-Key"] == "key-123")
        #expect(request.body == Data(#"{"name":"n","size":1.5}"#.utf8))
        #expect(request.timeout == .milliseconds(250))
    }

    @Test(arguments: [("X-Bad", "a\r\nInjected: yes"), ("X-Bad", "line\nbreak"), ("X-Bad", "cr\r"), ("X-Bad", "nul\u{0}"),
                      ("Bad Name", "v"), ("Bad:Name", "v"), ("", "v"), ("Bad\r\nName", "v")])
    func invalidHeadersAreRejectedBeforeSending(_ name: String, _ value: String) async throws {
        let (core, transport) = try makeCore()
        let options = RequestOptions(additionalHeaders: HTTPHeaders([(name, value)]))
        let error = await #expect(throws: APIError.self) {
            try await core.send(APIRequest(method: .get, path: "/agents"), options: options)
        }
        #expect(error?.kind == .invalidArgument)
        #expect(error?.description.contains("Injected") == false)
        #expect(transport.requests.isEmpty)
    }

    @Test func invalidCredentialIsRejectedWithoutShowingIt() async throws {
        let (core, transport) = try makeCore(credentials: [.bearer(scheme: "apiKey", token: "sk-s3cr3t\r\n")])
        let error = await #expect(throws: APIError.self) {
            try await core.send(APIRequest(method: .get, path: "/agents"), options: nil)
        }
        #expect(error?.kind == .invalidArgument)
        #expect(error?.description.contains("s3cr3t") == false)
        #expect(transport.requests.isEmpty)
    }

    @Test func decodesSuccessfulResponses() async throws {
        let (core, _) = try makeCore { _ in
            HTTPResponse(statusCode: 201, body: Data(#"{"items": [{"id": 1, "created_at": "2024-05-01T10:20:30.123456Z"}]}"#.utf8))
        }
        let page = try await core.send(APIRequest(method: .get, path: "/items"), options: nil, as: Page.self)
        #expect(page.items.map(\.id) == [1])
        #expect(JSONCoding.formatDate(page.items[0].createdAt) == "2024-05-01T10:20:30.123456Z")
    }

    @Test(arguments: ["", "  \n", "{}", #"{"id": "x", "deleted_at": "2024-05-01T00:00:00Z"}"#])
    func emptyResponse(_ body: String) async throws {
        let (core, _) = try makeCore { _ in HTTPResponse(statusCode: 204, body: Data(body.utf8)) }
        let response = try await core.send(APIRequest(method: .delete, path: "/items/1"), options: nil, as: EmptyResponse.self)
        #expect(response == EmptyResponse())
        try await core.send(APIRequest(method: .delete, path: "/items/1"), options: nil)
    }

    @Test func emptyBodyForATypedResponseIsADecodingError() async throws {
        let (core, _) = try makeCore { _ in HTTPResponse(statusCode: 200) }
        let error = await #expect(throws: APIError.self) {
            try await core.send(APIRequest(method: .get, path: "/items"), options: nil, as: Page.self)
        }
        #expect(error?.kind == .decoding)
    }

    @Test func decodingErrorsCarryTheCodingPathAndRawBody() async throws {
        let body = #"{"items": [{"id": 1, "created_at": "2024-05-01T10:20:30Z"}, {"id": 2, "created_at": "nope"}]}"#
        let (core, _) = try makeCore { _ in HTTPResponse(statusCode: 200, headers: ["X-Request-Id": "r9"], body: Data(body.utf8)) }
        let error = await #expect(throws: APIError.self) {
            try await core.send(APIRequest(method: .get, path: "/items"), options: nil, as: Page.self)
        }
        #expect(error?.kind == .decoding)
        #expect(error?.codingPath == "items[1].created_at")
        #expect(error?.body == Data(body.utf8))
        #expect(error?.statusCode == 200)
        #expect(error?.headers["x-request-id"] == "r9")
        #expect(error?.underlying is DecodingError)
        #expect(error?.request?.description == "GET https://api.example.com/items")
        #expect(error?.description.contains("at items[1].created_at") == true)
        #expect(error?.description.contains("nope") == true)
    }

    @Test(arguments: [
        (#"{"items": [{"id": 1}]}"#, "items[0].created_at"),
        (#"{"items": [{"id": "1", "created_at": "2024-05-01T10:20:30Z"}]}"#, "items[0].id"),
        (#"{"items": [{"id": null, "created_at": "2024-05-01T10:20:30Z"}]}"#, "items[0].id"),
        (#"{"items": {}}"#, "items"),
    ])
    func codingPathRendering(_ body: String, _ path: String) async throws {
        let (core, _) = try makeCore { _ in HTTPResponse(statusCode: 200, body: Data(body.utf8)) }
        let error = await #expect(throws: APIError.self) {
            try await core.send(APIRequest(method: .get, path: "/items"), options: nil, as: Page.self)
        }
        #expect(error?.codingPath == path)
    }

    @Test func malformedJSONIsADecodingErrorWithoutPath() async throws {
        let (core, _) = try makeCore { _ in HTTPResponse(statusCode: 200, body: Data("{\"items\": [".utf8)) }
        let error = await #expect(throws: APIError.self) {
            try await core.send(APIRequest(method: .get, path: "/items"), options: nil, as: Page.self)
        }
        #expect(error?.kind == .decoding)
        #expect(error?.codingPath == nil)
        #expect(error?.body == Data("{\"items\": [".utf8))
    }

    @Test func httpErrors() async throws {
        let (core, _) = try makeCore { _ in
            HTTPResponse(statusCode: 429, headers: ["Retry-After": "3"], body: Data(#"{"detail": "slow down"}"#.utf8))
        }
        let error = await #expect(throws: APIError.self) {
            try await core.send(APIRequest(method: .get, path: "/items"), options: nil, as: Page.self)
        }
        #expect(error?.kind == .rateLimited)
        #expect(error?.statusCode == 429)
        #expect(error?.message == "slow down")
        #expect(error?.headers["retry-after"] == "3")
        #expect(error?.request?.method == .get)
    }

    @Test func transportErrorsAreMapped() async throws {
        struct SocketFailure: Error {}
        let cases: [(any Error, APIError.Kind)] = [
            (SocketFailure(), .connection),
            (CancellationError(), .cancelled),
            (APIError(kind: .timeout), .timeout),
            (URLError(.notConnectedToInternet), .connection),
        ]
        for (thrown, kind) in cases {
            let (core, _) = try makeCore { _ in throw thrown }
            let error = await #expect(throws: APIError.self) {
                try await core.send(APIRequest(method: .get, path: "/items"), options: nil)
            }
            #expect(error?.kind == kind)
            #expect(error?.request?.description == "GET https://api.example.com/items")
        }
    }

    @Test func cancelledTaskDoesNotSend() async throws {
        let (core, transport) = try makeCore()
        let task = Task {
            while !Task.isCancelled { await Task.yield() }
            try await core.send(APIRequest(method: .get, path: "/items"), options: nil)
        }
        task.cancel()
        let error = await #expect(throws: APIError.self) { try await task.value }
        #expect(error?.kind == .cancelled)
        #expect(transport.requests.isEmpty)
    }

    @Test func bodyThatCannotBeEncodedIsAnInvalidArgument() {
        var request = APIRequest(method: .post, path: "/items")
        let error = #expect(throws: APIError.self) {
            try request.setJSONBody(Body(name: "x", size: .infinity))
        }
        #expect(error?.kind == .invalidArgument)
        #expect(request.body == nil)
    }
}
