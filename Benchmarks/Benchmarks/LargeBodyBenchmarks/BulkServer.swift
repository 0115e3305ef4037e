#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A minimal HTTP/1.1 server on 127.0.0.1 (ephemeral port) for large bodies, whose own memory
/// stays flat so that the benchmark's figure is the client's: it reads a request's body
/// (`Content-Length` or chunked) and throws it away, answering `204`; a `GET` is answered with
/// `downloadBytes` bytes, written 64 KB at a time from one buffer. One thread per connection.
final class BulkServer: @unchecked Sendable {
    let baseURL: URL
    let downloadBytes: Int
    private let listener: Int32
    private let lock = NSLock()
    private var _receivedBytes = 0

    /// The body bytes of the last request received.
    var receivedBytes: Int { lock.withLock { _receivedBytes } }

    init(downloadBytes: Int) throws {
        self.downloadBytes = downloadBytes
        #if canImport(Glibc)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        self.listener = listener
        guard listener >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        baseURL = URL(string: "http://127.0.0.1:\(UInt16(bigEndian: address.sin_port))")!
        Thread { [self] in acceptLoop() }.start()
    }

    /// Stops accepting; open connections end when the client closes them.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            Thread { [self] in serve(connection) }.start()
        }
    }

    /// Reads bytes from the connection into a small buffer, a request at a time.
    private struct Reader {
        let connection: Int32
        var buffer: [UInt8] = []

        /// More bytes; `false` at the end of the connection.
        mutating func fill() -> Bool {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBytes { read(connection, $0.baseAddress, $0.count) }
            guard count > 0 else { return false }
            buffer += chunk[0..<count]
            return true
        }

        /// The next line (without CRLF), or `nil` at the end of the connection.
        mutating func line() -> String? {
            while true {
                if let end = buffer.firstIndex(of: 10) {
                    let line = String(decoding: buffer[..<end], as: UTF8.self)
                    buffer.removeFirst(end + 1)
                    return line.hasSuffix("\r") ? String(line.dropLast()) : line
                }
                guard fill() else { return nil }
            }
        }

        /// Reads and drops `count` bytes; how many there were.
        mutating func skip(_ count: Int) -> Int {
            var left = count
            while left > 0 {
                if buffer.isEmpty, !fill() { break }
                let taken = min(left, buffer.count)
                buffer.removeFirst(taken)
                left -= taken
            }
            return count - left
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var reader = Reader(connection: connection)
        while let requestLine = reader.line() {
            var contentLength = 0
            var chunked = false
            while let header = reader.line(), !header.isEmpty {
                let parts = header.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else { continue }
                switch parts[0].lowercased() {
                case "content-length": contentLength = Int(parts[1]) ?? 0
                case "transfer-encoding": chunked = parts[1].lowercased().contains("chunked")
                default: break
                }
            }
            var received = 0
            if chunked {
                while let sizeLine = reader.line(), let size = Int(sizeLine.split(separator: ";")[0], radix: 16) {
                    received += reader.skip(size)
                    _ = reader.line()
                    if size == 0 { break }
                }
            } else {
                received = reader.skip(contentLength)
            }
            lock.withLock { _receivedBytes = received }
            guard requestLine.hasPrefix("GET ") else {
                guard send("HTTP/1.1 204 No Content\r\nConnection: keep-alive\r\n\r\n", to: connection) else { return }
                continue
            }
            let head = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: \(downloadBytes)\r\n"
                + "Connection: keep-alive\r\n\r\n"
            guard send(head, to: connection) else { return }
            let block = [UInt8](repeating: 0x5A, count: 64 * 1024)
            var left = downloadBytes
            while left > 0 {
                let count = min(left, block.count)
                let written = block.withUnsafeBytes { write(connection, $0.baseAddress, count) }
                guard written > 0 else { return }
                left -= written
            }
        }
    }

    private func send(_ text: String, to connection: Int32) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { write(connection, $0.baseAddress, $0.count) } == bytes.count
    }
}
