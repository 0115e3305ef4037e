// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// How a stream's events write their `data`.
enum ServerSentEventFormat: Sendable {
    /// JSON text (the usual).
    case json
    /// A literal of the server's language (what `str(dict)` writes), read as JSON by the reader
    /// the SDK carries for it (`SDKIdentity.readLiteralEvent`).
    case literal
}

extension ClientCore {
    /// Sends `request` and yields the `data` of each server-sent event decoded as `Event`, as the
    /// events arrive.
    ///
    /// Establishing the stream is retried like any call (see ``RetryPolicy``); once events flow,
    /// a failure ends the stream with a ``APIError``. Events without data are skipped, and an
    /// event whose data is `[DONE]` ends the stream. Ending the iteration early, or cancelling the
    /// consuming task, cancels the request and closes its connection.
    func stream<Event: Decodable & Sendable>(
        _ request: APIRequest,
        options: RequestOptions?,
        of type: Event.Type,
        format: ServerSentEventFormat = .json
    ) -> AsyncThrowingStream<Event, any Error> {
        var prepared = request
        prepared.setHeader("Accept", "text/event-stream")
        let request = prepared
        return AsyncThrowingStream { continuation in
            let task = Task { [self] in
                var summary: APIError.RequestSummary?
                do {
                    let prepared = try prepare(request, options: options)
                    let httpRequest = prepared.httpRequest
                    summary = APIError.RequestSummary(method: httpRequest.method, url: httpRequest.url)
                    let exchange = try await perform(
                        prepared, isIdempotent: request.isIdempotent, options: options, streaming: true)
                    var parser = ServerSentEventParser()
                    reading: for try await chunk in exchange.stream
                        ?? HTTPStreamingResponse(statusCode: 200, body: Data()).body
                    {
                        for event in parser.feed(chunk) {
                            if event.data == "[DONE]" { break reading }
                            if event.data.isEmpty { continue }
                            continuation.yield(
                                try decode(
                                    event, as: Event.self, format: format, response: exchange.response, for: httpRequest
                                ))
                        }
                    }
                    parser.finish()
                    try Task.checkCancellation()
                    continuation.finish()
                } catch let failure as TokenProviderFailure {
                    continuation.finish(throwing: failure.underlying)
                } catch {
                    continuation.finish(throwing: ClientCore.mapStreamError(error, request: summary))
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Decodes one event's data; failures become ``APIError/Kind/decoding`` errors whose body is the data.
    /// A literal (``ServerSentEventFormat/literal``) is read as JSON first; one that is not a
    /// literal is decoded as it is, so the decoding error shows it.
    private func decode<Event: Decodable>(
        _ event: ServerSentEvent,
        as type: Event.Type,
        format: ServerSentEventFormat,
        response: HTTPResponse,
        for httpRequest: HTTPRequest
    ) throws -> Event {
        var data = Data(event.data.utf8)
        if format == .literal, let value = SDKIdentity.readLiteralEvent?(event.data) {
            data = try JSONCoding.makeEncoder().encode(value)
        }
        let eventResponse = HTTPResponse(statusCode: response.statusCode, headers: response.headers, body: data)
        return try decode(Event.self, from: eventResponse, for: httpRequest)
    }

    /// The error that ends a stream: a ``APIError`` (with the request filled in) or `.cancelled`.
    static func mapStreamError(_ error: any Error, request: APIError.RequestSummary?) -> APIError {
        if var error = error as? APIError {
            if error.request == nil { error.request = request }
            return error
        }
        if error is CancellationError || Task.isCancelled {
            return APIError(kind: .cancelled, message: "The stream was cancelled.", request: request, underlying: error)
        }
        var mapped = URLSessionTransport.mapError(error)
        mapped.request = request
        return mapped
    }
}
