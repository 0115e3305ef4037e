import Foundation
import FlyingFox

/// A FlyingFox HTTP server on 127.0.0.1 at an ephemeral port, recording the requests it receives.
///
/// For the hand-written tests of the runtime and the SDKs (`SDKRuntimeTests`, `JulepTests`,
/// `SecuritySchemeTests`); the generated tests carry a server of their own (`SampleTestSupport`).
public final class TestHTTPServer: Sendable {
    private let server: HTTPServer
    private let runTask: Task<Void, any Error>
    private let log: RequestLog
    /// `http://127.0.0.1:<port>`.
    public let baseURL: URL

    private init(server: HTTPServer, runTask: Task<Void, any Error>, log: RequestLog, baseURL: URL) {
        self.server = server
        self.runTask = runTask
        self.log = log
        self.baseURL = baseURL
    }

    /// Every request received so far, in order.
    public var requests: [ReceivedRequest] {
        get async { await log.requests }
    }

    /// Starts a server answering every request with `respond`, on `port` (0: an ephemeral one).
    public static func start(
        port: UInt16 = 0,
        _ respond: @escaping @Sendable (ReceivedRequest) async throws -> CannedResponse
    ) async throws -> TestHTTPServer {
        let log = RequestLog()
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: port),
            timeout: 10,
            logger: .disabled,
            handler: ClosureHTTPHandler { request in
                var headers: [String: String] = [:]
                for (name, value) in request.headers {
                    headers[name.rawValue.lowercased()] = value
                }
                let received = ReceivedRequest(
                    method: request.method.rawValue,
                    target: request.target.rawValue,
                    path: request.path,
                    headers: headers,
                    body: try await request.bodyData
                )
                await log.append(received)
                let canned = try await respond(received)
                if canned.delay > .zero {
                    try await Task.sleep(for: canned.delay)
                }
                var responseHeaders = FlyingFox.HTTPHeaders()
                for (name, value) in canned.headers {
                    responseHeaders.addValue(value, for: FlyingFox.HTTPHeader(name))
                }
                return FlyingFox.HTTPResponse(
                    statusCode: FlyingFox.HTTPStatusCode(canned.status, phrase: "Status \(canned.status)"),
                    headers: responseHeaders,
                    body: Data(canned.body.utf8)
                )
            }
        )
        let runTask = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 30)
            guard case .ip4(_, let port)? = await server.listeningAddress,
                  let baseURL = URL(string: "http://127.0.0.1:\(port)") else {
                throw TestServerError.noAddress
            }
            return TestHTTPServer(server: server, runTask: runTask, log: log, baseURL: baseURL)
        } catch {
            runTask.cancel()
            throw error
        }
    }

    /// Closes the listening socket and cancels every connection.
    public func stop() async {
        await server.stop(timeout: 0)
        runTask.cancel()
    }

    /// Runs `body` with a fresh server and always stops the server afterwards.
    public static func with<Result: Sendable>(
        _ respond: @escaping @Sendable (ReceivedRequest) async throws -> CannedResponse,
        _ body: (TestHTTPServer) async throws -> Result
    ) async throws -> Result {
        let server = try await start(respond)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}

public enum TestServerError: Error {
    case noAddress
}

private actor RequestLog {
    private(set) var requests: [ReceivedRequest] = []

    func append(_ request: ReceivedRequest) {
        requests.append(request)
    }
}

/// What the test server saw of one request.
public struct ReceivedRequest: Sendable {
    /// The method token, for example `POST`.
    public var method: String
    /// The raw request target: percent-encoded path and query.
    public var target: String
    /// The decoded path.
    public var path: String
    /// The header fields, with lowercased names.
    public var headers: [String: String]
    /// The body bytes.
    public var body: Data

    public init(method: String, target: String, path: String, headers: [String: String], body: Data) {
        self.method = method
        self.target = target
        self.path = path
        self.headers = headers
        self.body = body
    }
}

/// A canned answer of the test server.
public struct CannedResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: String
    /// How long to wait before answering.
    public var delay: Duration

    public init(
        status: Int = 200, headers: [String: String] = ["Content-Type": "application/json"], body: String = "",
        delay: Duration = .zero
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
    }
}
