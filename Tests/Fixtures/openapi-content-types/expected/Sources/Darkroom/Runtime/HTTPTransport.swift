// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// Sends HTTP requests for the client.
///
/// The default is ``URLSessionTransport``; provide your own to use another HTTP stack or to
/// stub the API in tests. A transport returns every response it receives, whatever its status
/// code; the client turns non-2xx statuses into ``APIError``s and decides about retries.
///
/// A transport should throw a ``APIError`` of kind ``APIError/Kind/connection``,
/// ``APIError/Kind/timeout`` or ``APIError/Kind/cancelled`` when no response is received.
/// The client reports any other error thrown here as ``APIError/Kind/connection``, and
/// `CancellationError` as ``APIError/Kind/cancelled``.
///
/// Only ``send(_:)`` is required. ``stream(_:)`` has a default implementation that waits for the
/// whole body; implement it to deliver `text/event-stream` responses as they arrive.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the complete response, honouring `request.timeout`
    /// as a deadline for the whole exchange and task cancellation.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse

    /// Sends `request` and returns as soon as the response's status and headers are in; the body
    /// follows in ``HTTPStreamingResponse/body`` as it arrives.
    ///
    /// `request.timeout` bounds the wait for the status and headers, and then each wait for the
    /// next piece of the body. Cancelling the calling task before the head arrives, or ending the
    /// iteration of the body early, cancels the exchange.
    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse
}

extension HTTPTransport {
    /// Sends `request` with ``send(_:)`` and delivers the complete body as a single piece.
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        let response = try await send(request)
        return HTTPStreamingResponse(statusCode: response.statusCode, headers: response.headers, body: response.body)
    }
}

/// An HTTP response whose body is read as it arrives, as returned by ``HTTPTransport/stream(_:)``.
public struct HTTPStreamingResponse: Sendable {
    /// The status code, for example `200`.
    public var statusCode: Int
    /// The header fields.
    public var headers: HTTPHeaders
    /// The body, in pieces as they arrive. Ends with the response; throws a ``APIError`` if
    /// the connection fails or times out first.
    public var body: AsyncThrowingStream<Data, any Error>

    /// Creates a response whose body arrives through `body`.
    public init(statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), body: AsyncThrowingStream<Data, any Error>) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }

    /// Creates a response whose body is already complete: `body` is delivered as one piece.
    public init(statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = AsyncThrowingStream { continuation in
            if !body.isEmpty { continuation.yield(body) }
            continuation.finish()
        }
    }

    /// Whether the status code is in 200...299.
    public var isSuccess: Bool {
        (200...299).contains(statusCode)
    }

    /// Reads the rest of the body, keeping at most `limit` bytes (an error body is small; this
    /// keeps a misbehaving server from filling memory). Stops reading once it has them.
    public func collectBody(upTo limit: Int = 1 << 20) async throws -> Data {
        var data = Data()
        guard limit > 0 else { return data }
        for try await piece in body {
            data.append(piece.prefix(limit - data.count))
            if data.count >= limit { break }
        }
        return data
    }
}
