import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP/1.1 server on 127.0.0.1 at an ephemeral port that answers every request with a canned
/// response and records what it received. Built on the system's sockets alone, so tests can carry
/// it with them: no package to resolve, nothing beyond Foundation.
///
/// Each connection is served on a thread of its own: request bodies framed by `Content-Length`
/// or chunked, `Expect: 100-continue`, and connections kept alive between requests unless the
/// client asks to close them.
public final class LoopbackServer: @unchecked Sendable {
    /// `http://127.0.0.1:<port>`.
    public let baseURL: URL
    private let listener: Int32
    private let respond: @Sendable (LoopbackRequest) -> LoopbackResponse
    private let lock = NSLock()
    private var received: [LoopbackRequest] = []
    private var connections: [ObjectIdentifier: LoopbackConnection] = [:]
    private var isStopped = false

    /// The largest request head read; a longer one is refused.
    static let maximumHeadLength = 64 * 1024

    private init(listener: Int32, port: UInt16, respond: @escaping @Sendable (LoopbackRequest) -> LoopbackResponse) {
        self.listener = listener
        self.baseURL = URL(string: "http://127.0.0.1:\(port)")!
        self.respond = respond
    }

    /// Every request received so far, in order.
    public var requests: [LoopbackRequest] {
        lock.withLock { received }
    }

    /// Starts listening; every request is answered with what `respond` returns for it.
    public static func start(
        _ respond: @escaping @Sendable (LoopbackRequest) -> LoopbackResponse
    ) throws -> LoopbackServer {
        #if canImport(Glibc)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard listener >= 0 else { throw LoopbackServerError.system("socket", errno) }
        var reuse: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 128) == 0 else {
            let code = errno
            close(listener)
            throw LoopbackServerError.system("bind/listen", code)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        guard named == 0 else {
            let code = errno
            close(listener)
            throw LoopbackServerError.system("getsockname", code)
        }
        let server = LoopbackServer(listener: listener, port: UInt16(bigEndian: address.sin_port), respond: respond)
        Thread { server.acceptConnections() }.start()
        return server
    }

    /// Runs `body` with a fresh server and always stops the server afterwards.
    public static func with<Result: Sendable>(
        _ respond: @escaping @Sendable (LoopbackRequest) -> LoopbackResponse,
        _ body: (LoopbackServer) async throws -> Result
    ) async throws -> Result {
        let server = try start(respond)
        defer { server.stop() }
        return try await body(server)
    }

    /// Closes the listener and shuts every open connection down; later calls do nothing.
    public func stop() {
        let open: [LoopbackConnection]? = lock.withLock {
            guard !isStopped else { return nil }
            isStopped = true
            defer { connections.removeAll() }
            return Array(connections.values)
        }
        guard let open else { return }
        // `shutdown` wakes the thread blocked in `accept`; `close` alone does not on Linux.
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for connection in open {
            connection.shutDown()
        }
    }

    deinit {
        stop()
    }

    private func acceptConnections() {
        while true {
            let descriptor = accept(listener, nil, nil)
            guard descriptor >= 0 else {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return
            }
            let connection = LoopbackConnection(descriptor: descriptor)
            let accepted = lock.withLock {
                guard !isStopped else { return false }
                connections[ObjectIdentifier(connection)] = connection
                return true
            }
            guard accepted else {
                connection.close()
                return
            }
            Thread {
                self.serve(connection)
                _ = self.lock.withLock { self.connections.removeValue(forKey: ObjectIdentifier(connection)) }
                connection.close()
            }.start()
        }
    }

    /// Answers the requests of one connection until the client closes it or asks to.
    private func serve(_ connection: LoopbackConnection) {
        while let headBytes = connection.read(upTo: "\r\n\r\n", limit: Self.maximumHeadLength) {
            guard let head = LoopbackRequest.Head(headBytes) else {
                refuse(connection)
                return
            }
            if head.headers["expect"]?.lowercased() == "100-continue" {
                connection.write(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
            }
            let body: Data
            do {
                body = try LoopbackRequest.readBody(of: head, from: connection)
            } catch {
                refuse(connection)
                return
            }
            let path = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let request = LoopbackRequest(
                method: head.method, target: head.target, path: path.removingPercentEncoding ?? String(path),
                headers: head.headers, body: body)
            lock.withLock { received.append(request) }
            let response = respond(request)
            LoopbackWireLog.record(request, response)
            if response.delay > .zero {
                let (seconds, attoseconds) = response.delay.components
                Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
            }
            let keepsAlive = head.keepsAlive
            guard connection.write(response.serialized(forMethod: head.method, closing: !keepsAlive)), keepsAlive else {
                return
            }
        }
    }

    /// Answers a request that cannot be read with 400 and gives up the connection.
    private func refuse(_ connection: LoopbackConnection) {
        let answer = LoopbackResponse(status: 400, headers: [:])
        connection.write(answer.serialized(forMethod: "GET", closing: true))
    }
}

/// Why a ``LoopbackServer`` could not start: the failing system call and its `errno`.
public enum LoopbackServerError: Error, Sendable {
    case system(String, Int32)
}
