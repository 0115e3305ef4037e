import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP server on 127.0.0.1 at an ephemeral port that hands each accepted connection to a
/// script, for answers no well-behaved HTTP server gives: a reset in the middle of a body, no
/// answer at all, an event stream written in awkward pieces.
///
/// Each connection runs on a thread of its own; `stop()` closes the listener and shuts every
/// connection down.
public final class RawTCPServer: @unchecked Sendable {
    /// `http://127.0.0.1:<port>`.
    public let baseURL: URL
    private let listener: Int32
    private let script: @Sendable (RawConnection) -> Void
    private let lock = NSLock()
    private var connections: [RawConnection] = []
    private var isStopped = false
    private var acceptedCount = 0

    private init(listener: Int32, port: UInt16, script: @escaping @Sendable (RawConnection) -> Void) {
        self.listener = listener
        self.baseURL = URL(string: "http://127.0.0.1:\(port)")!
        self.script = script
    }

    /// How many connections were accepted so far.
    public var connectionCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return acceptedCount
    }

    /// Starts listening; `script` runs once per accepted connection, which is closed when it returns.
    public static func start(_ script: @escaping @Sendable (RawConnection) -> Void) throws -> RawTCPServer {
        #if canImport(Glibc)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard listener >= 0 else { throw RawServerError.system("socket", errno) }
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
            throw RawServerError.system("bind/listen", code)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let server = RawTCPServer(listener: listener, port: UInt16(bigEndian: address.sin_port), script: script)
        let thread = Thread { server.acceptLoop() }
        thread.start()
        return server
    }

    private func acceptLoop() {
        while true {
            let descriptor = accept(listener, nil, nil)
            guard descriptor >= 0 else {
                if errno == EINTR { continue }
                return
            }
            let connection = RawConnection(descriptor: descriptor)
            lock.lock()
            if isStopped {
                lock.unlock()
                connection.close()
                return
            }
            connections.append(connection)
            acceptedCount += 1
            lock.unlock()
            let script = self.script
            let thread = Thread {
                script(connection)
                connection.finish()
            }
            thread.start()
        }
    }

    /// Closes the listener and shuts every open connection down.
    public func stop() {
        lock.lock()
        guard !isStopped else {
            lock.unlock()
            return
        }
        isStopped = true
        let open = connections
        connections.removeAll()
        lock.unlock()
        // `shutdown` wakes a thread blocked in `accept`; `close` alone does not on Linux.
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for connection in open {
            connection.shutDown()
        }
    }

    deinit {
        stop()
    }
}

public enum RawServerError: Error {
    case system(String, Int32)
}

/// One accepted connection of a ``RawTCPServer``.
public final class RawConnection: @unchecked Sendable {
    private let lock = NSLock()
    private var descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    private var currentDescriptor: Int32 {
        lock.lock()
        defer { lock.unlock() }
        return descriptor
    }

    /// Reads up to the blank line that ends a request head, and returns the head; `nil` if the
    /// peer closes first.
    public func readRequestHead() -> String? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(currentDescriptor, &buffer, buffer.count, 0)
            // A signal (another test's child process ending) interrupts a blocking call: try again.
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            received += buffer[0..<count]
            if let end = received.firstRange(of: Array("\r\n\r\n".utf8)) {
                return String(decoding: received[..<end.lowerBound], as: UTF8.self)
            }
        }
    }

    /// Writes all of `bytes`; `false` when the peer is gone.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(currentDescriptor, $0.baseAddress, $0.count, flags) }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Writes the UTF-8 bytes of `text`; `false` when the peer is gone.
    @discardableResult
    public func write(_ text: String) -> Bool {
        write(Array(text.utf8))
    }

    /// Waits until the peer closes the connection (or resets it); `false` if it is still open after `timeout`.
    public func waitForPeerClose(timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 1024)
        while ContinuousClock.now < deadline {
            var poller = pollfd(fd: currentDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 50)
            if ready > 0 {
                let count = recv(currentDescriptor, &buffer, buffer.count, 0)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return true }
            } else if ready < 0 && errno != EINTR {
                return true
            }
        }
        return false
    }

    /// Closes the connection with a TCP reset (RST) instead of an orderly close.
    public func reset() {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(currentDescriptor, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        close()
    }

    /// Shuts the connection down in both directions, waking a script blocked on it; the script's
    /// thread closes the descriptor.
    public func shutDown() {
        let descriptor = currentDescriptor
        if descriptor >= 0 {
            shutdown(descriptor, Int32(SHUT_RDWR))
        }
    }

    /// Ends the connection the way a server should after its answer: its side shut first (the
    /// peer reads the answer to its end, then end of stream), then, once the peer has closed or
    /// after a second, the descriptor. A plain `close` with the peer's bytes still unread sends a
    /// reset instead, which can reach the client before it has read the answer.
    func finish() {
        let descriptor = currentDescriptor
        guard descriptor >= 0 else { return }
        shutdown(descriptor, Int32(SHUT_WR))
        _ = waitForPeerClose(timeout: .seconds(1))
        close()
    }

    /// Closes the connection; later calls do nothing.
    public func close() {
        lock.lock()
        let descriptor = self.descriptor
        self.descriptor = -1
        lock.unlock()
        if descriptor >= 0 {
            #if canImport(Glibc)
            _ = Glibc.close(descriptor)
            #else
            _ = Darwin.close(descriptor)
            #endif
        }
    }
}

extension RawTCPServer {
    /// A server that reads each request's head and never answers: it holds the connection until
    /// the client closes it, or for `hold`. `closes` records how long each connection stayed open
    /// after its request head, measured on the server's own threads, so that a test's cooperative
    /// pool kept busy by other tests cannot make a deadline that fired on time look late.
    public static func silent(hold: Duration = .seconds(30), recordingIn closes: PeerCloses) throws -> RawTCPServer {
        try start { connection in
            guard connection.readRequestHead() != nil else { return }
            let start = ContinuousClock.now
            let closed = connection.waitForPeerClose(timeout: hold)
            closes.record(closed ? ContinuousClock.now - start : nil)
        }
    }
}

/// How long after its request head the client closed each connection of a ``RawTCPServer/silent(hold:recordingIn:)``
/// server; `nil` for a connection the client kept open for the whole hold.
public final class PeerCloses: @unchecked Sendable {
    private let lock = NSLock()
    private var durations: [Duration?] = []

    public init() {}

    func record(_ duration: Duration?) {
        lock.lock()
        durations.append(duration)
        lock.unlock()
    }

    /// The first `count` connections' durations, in the order they ended; waits for them up to `limit`
    /// and returns fewer if they have not all ended by then.
    public func first(_ count: Int, waitingUpTo limit: Duration = .seconds(40)) async -> [Duration?] {
        let deadline = ContinuousClock.now + limit
        while true {
            let recorded = lock.withLock { durations }
            if recorded.count >= count || ContinuousClock.now >= deadline { return Array(recorded.prefix(count)) }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}
