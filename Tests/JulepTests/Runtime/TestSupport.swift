import Foundation
@testable import Julep

/// A transport that answers from a closure and records what it was asked to send.
final class MockTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [HTTPRequest] = []
    private let respond: @Sendable (HTTPRequest) async throws -> HTTPResponse

    init(_ respond: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse) {
        self.respond = respond
    }

    /// Every request sent so far.
    var requests: [HTTPRequest] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        record(request)
        return try await respond(request)
    }

    private func record(_ request: HTTPRequest) {
        lock.lock()
        defer { lock.unlock() }
        recorded.append(request)
    }
}

/// What the test server saw of one request.
struct ReceivedRequest: Sendable {
    /// The method token, for example `POST`.
    var method: String
    /// The raw request target: percent-encoded path and query.
    var target: String
    /// The decoded path.
    var path: String
    /// The header fields, with lowercased names.
    var headers: [String: String]
    /// The body bytes.
    var body: Data

    /// The body parsed as JSON.
    func jsonBody() throws -> JSONValue {
        try JSONCoding.makeDecoder().decode(JSONValue.self, from: body)
    }
}

/// A canned answer of the test server.
struct CannedResponse: Sendable {
    var status: Int = 200
    var headers: [String: String] = ["Content-Type": "application/json"]
    var body: String = ""
    /// How long to wait before answering.
    var delay: Duration = .zero
}
