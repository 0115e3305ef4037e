import Foundation

/// An in-memory emulator of the Julep agents-api server at API 0.4.0, on 127.0.0.1.
///
/// It answers as the real server does — statuses, body shapes, the query parameters it reads, its
/// 422/404/405 formats — so tests can drive every route over real HTTP; `JulepRoutes` lists the
/// routes. It knows nothing of the SDK, and starts empty.
public final class JulepServerEmulator: Sendable {
    /// How the emulator checks the API key, as the server's `get_api_key` dependency does.
    public enum Authentication: Sendable {
        /// Any request with a non-empty `Authorization` or `X-Auth-Key` header passes; others get 403.
        case anyKey
        /// The key (after an optional `Bearer `) in `Authorization` or `X-Auth-Key` must equal this.
        case key(String)
        /// No check.
        case none

        func accepts(_ headers: [String: String]) -> Bool {
            let sent = ["authorization", "x-auth-key"].compactMap { headers[$0] }
                .map { $0.replacingOccurrences(of: "Bearer ", with: "").trimmingCharacters(in: .whitespaces) }
            switch self {
            case .none: return true
            case .anyKey: return sent.contains { !$0.isEmpty }
            case .key(let key): return sent.contains(key)
            }
        }
    }

    /// The loopback server; its `requests` are every request received, in order.
    public let http: TestHTTPServer
    private let store: EmulatorStore
    /// Where the API is mounted: `http://127.0.0.1:<port>` plus the path prefix, for example `/api`.
    public let apiURL: URL

    private init(http: TestHTTPServer, store: EmulatorStore, apiURL: URL) {
        self.http = http
        self.store = store
        self.apiURL = apiURL
    }

    /// `http://127.0.0.1:<port>`, without the path prefix.
    public var baseURL: URL { http.baseURL }

    /// Every request received so far, in order.
    public var requests: [ReceivedRequest] {
        get async { await http.requests }
    }

    /// Starts an empty emulator serving the API under `pathPrefix` (the server's `api_prefix`), on
    /// `port` of 127.0.0.1 (0: an ephemeral one).
    public static func start(
        pathPrefix: String = "/api", authentication: Authentication = .anyKey, port: UInt16 = 0
    ) async throws -> JulepServerEmulator {
        let store = EmulatorStore()
        let router = EmulatorRouter(
            pathPrefix: pathPrefix.hasSuffix("/") ? String(pathPrefix.dropLast()) : pathPrefix,
            authentication: authentication, routes: JulepRoutes.all)
        let http = try await TestHTTPServer.start(port: port) { request in
            await router.respond(to: request, store: store)
        }
        let apiURL = pathPrefix.isEmpty ? http.baseURL : http.baseURL.appendingPathComponent(String(pathPrefix.drop { $0 == "/" }))
        return JulepServerEmulator(http: http, store: store, apiURL: apiURL)
    }

    /// Stops the server.
    public func stop() async {
        await http.stop()
    }

    /// Runs `body` with a fresh emulator and always stops it afterwards.
    public static func with<Result: Sendable>(
        pathPrefix: String = "/api", authentication: Authentication = .anyKey,
        _ body: (JulepServerEmulator) async throws -> Result
    ) async throws -> Result {
        let emulator = try await start(pathPrefix: pathPrefix, authentication: authentication)
        do {
            let result = try await body(emulator)
            await emulator.stop()
            return result
        } catch {
            await emulator.stop()
            throw error
        }
    }
}
