import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One accepted connection of a ``LoopbackServer``: buffered reads of lines and byte counts, and
/// writes that never raise `SIGPIPE`.
public final class LoopbackConnection: @unchecked Sendable {
    private let lock = NSLock()
    private var descriptor: Int32
    /// Bytes received but not read yet.
    private var buffered: [UInt8] = []

    init(descriptor: Int32) {
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

    /// Receives more bytes into the buffer; `false` when the peer has closed (or the connection was shut down).
    private func receive() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = recv(currentDescriptor, &chunk, chunk.count, 0)
            if count > 0 {
                buffered += chunk[0..<count]
                return true
            }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }

    /// The bytes up to `delimiter` (which is consumed, not returned); `nil` if the peer closes
    /// first or more than `limit` bytes come without it.
    func read(upTo delimiter: String, limit: Int) -> [UInt8]? {
        let pattern = Array(delimiter.utf8)
        var searchFrom = 0
        while true {
            if let range = buffered[searchFrom...].firstRange(of: pattern) {
                let bytes = Array(buffered[..<range.lowerBound])
                buffered.removeSubrange(..<range.upperBound)
                return bytes
            }
            guard buffered.count <= limit else { return nil }
            searchFrom = max(0, buffered.count - pattern.count + 1)
            guard receive() else { return nil }
        }
    }

    /// Exactly `count` bytes; `nil` if the peer closes first.
    func read(count: Int) -> [UInt8]? {
        while buffered.count < count {
            guard receive() else { return nil }
        }
        let bytes = Array(buffered.prefix(count))
        buffered.removeFirst(count)
        return bytes
    }

    /// Writes all of `bytes`; `false` when the peer is gone.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(currentDescriptor, $0.baseAddress, $0.count, flags) }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Shuts the connection down in both directions, waking the thread blocked reading it; that
    /// thread closes the descriptor.
    func shutDown() {
        let descriptor = currentDescriptor
        if descriptor >= 0 {
            shutdown(descriptor, Int32(SHUT_RDWR))
        }
    }

    /// Closes the connection; later calls do nothing.
    func close() {
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
