import Foundation

/// The canned answer of a ``LoopbackServer`` to a request.
public struct LoopbackResponse: Sendable {
    public var status: Int
    /// The header fields; `Content-Length` is added unless given.
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

    /// Whether the status allows a body (1xx, 204 and 304 do not).
    private var allowsBody: Bool { status >= 200 && status != 204 && status != 304 }

    /// The answer as bytes on the wire: status line, header fields in name order, body. An answer
    /// to `HEAD` keeps its `Content-Length` but sends no body; `closing` adds `Connection: close`.
    func serialized(forMethod method: String, closing: Bool) -> [UInt8] {
        let body = allowsBody ? Array(body.utf8) : []
        var headers = headers
        let names = Set(headers.keys.map { $0.lowercased() })
        if allowsBody, !names.contains("content-length"), !names.contains("transfer-encoding") {
            headers["Content-Length"] = String(body.count)
        }
        if closing, !names.contains("connection") {
            headers["Connection"] = "close"
        }
        var head = "HTTP/1.1 \(status) \(Self.reasonPhrase(status))\r\n"
        for (name, value) in headers.sorted(by: { $0.key.lowercased() < $1.key.lowercased() }) {
            head += "\(name): \(value)\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + (method == "HEAD" ? [] : body)
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 409: "Conflict"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }
}
