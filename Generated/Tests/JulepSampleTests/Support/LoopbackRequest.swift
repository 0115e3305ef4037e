import Foundation

/// What a ``LoopbackServer`` received of one request.
public struct LoopbackRequest: Sendable {
    /// The method token, for example `POST`.
    public var method: String
    /// The raw request target: percent-encoded path and query.
    public var target: String
    /// The decoded path.
    public var path: String
    /// The header fields, with lowercased names; a field sent more than once has its values joined by `, `.
    public var headers: [String: String]
    /// The body bytes, without any chunked framing.
    public var body: Data

    public init(method: String, target: String, path: String, headers: [String: String], body: Data) {
        self.method = method
        self.target = target
        self.path = path
        self.headers = headers
        self.body = body
    }

    /// The request head: method, target and version, and the header fields.
    struct Head: Sendable {
        var method: String
        var target: String
        var version: String
        var headers: [String: String]

        /// Parses the text before the blank line; `nil` when it is not an HTTP/1.x request head.
        init?(_ bytes: [UInt8]) {
            let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
            let requestLine = lines[0].split(separator: " ", omittingEmptySubsequences: true)
            guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
            method = String(requestLine[0])
            target = String(requestLine[1])
            version = String(requestLine[2])
            headers = [:]
            for line in lines.dropFirst() where !line.isEmpty {
                guard let colon = line.firstIndex(of: ":") else { return nil }
                let name = line[..<colon].lowercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                headers[name] = headers[name].map { "\($0), \(value)" } ?? value
            }
        }

        /// Whether the connection stays open after the answer: HTTP/1.1 keeps it unless asked to
        /// close, HTTP/1.0 closes it unless asked to keep it.
        var keepsAlive: Bool {
            let options = (headers["connection"] ?? "").lowercased().split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            return version == "HTTP/1.0" ? options.contains("keep-alive") : !options.contains("close")
        }

        var isChunked: Bool {
            (headers["transfer-encoding"] ?? "").lowercased().contains("chunked")
        }
    }

    /// Why a request could not be read; the server answers 400 and closes.
    enum ReadError: Error {
        case malformed
    }

    /// Reads the next request's body from `connection`, as framed by `head`: chunked, or
    /// `Content-Length` bytes, or none.
    static func readBody(of head: Head, from connection: LoopbackConnection) throws(ReadError) -> Data {
        if head.isChunked {
            var body = Data()
            while true {
                guard let line = connection.read(upTo: "\r\n", limit: 1024) else { throw .malformed }
                // A chunk size may carry extensions after `;`, which mean nothing here.
                let size = String(decoding: line, as: UTF8.self).split(separator: ";").first ?? ""
                guard let count = Int(size.trimmingCharacters(in: .whitespaces), radix: 16), count >= 0 else {
                    throw .malformed
                }
                if count == 0 { break }
                guard let chunk = connection.read(count: count), connection.read(count: 2) == [13, 10] else {
                    throw .malformed
                }
                body.append(contentsOf: chunk)
            }
            // Trailer fields, up to the blank line; ignored.
            while true {
                guard let line = connection.read(upTo: "\r\n", limit: 64 * 1024) else { throw .malformed }
                if line.isEmpty { return body }
            }
        }
        guard let length = head.headers["content-length"] else { return Data() }
        guard let count = Int(length), count >= 0, let bytes = connection.read(count: count) else {
            throw .malformed
        }
        return Data(bytes)
    }
}
