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
    ///
    /// The stream ends with an error, after the events before it:
    /// - ``APIError/Kind/decoding`` when a 2xx response says it is not an event stream (a
    ///   `Content-Type` other than `text/event-stream`; none is taken as one), with the start of
    ///   its body; or when an event's data is not valid UTF-8 or not a valid `Event`;
    /// - ``APIError/Kind/responseTooLarge`` when an event outgrows ``ClientConfiguration/maxEventBytes``;
    /// - ``APIError/Kind/connection`` when the connection ends in the middle of an event (its
    ///   data lines not yet ended by a blank line), rather than dropping the event silently.
    func stream<Event: Decodable & Sendable>(
        _ request: APIRequest,
        options: RequestOptions?,
        of type: Event.Type,
        format: ServerSentEventFormat = .json
    ) -> AsyncThrowingStream<Event, any Error> {
        var prepared = request
        prepared.setHeader("Accept", "text/event-stream")
        let request = prepared
        let maxEventBytes = options?.maxEventBytes ?? configuration.maxEventBytes
        return AsyncThrowingStream { continuation in
            let task = Task { [self] in
                var summary: APIError.RequestSummary?
                var credentialValues: [String] = []
                do {
                    let prepared = try prepare(request, options: options)
                    let httpRequest = prepared.httpRequest
                    summary = APIError.RequestSummary(method: httpRequest.method, url: httpRequest.url)
                    let exchange = try await perform(
                        prepared, isIdempotent: request.isIdempotent, options: options, streaming: true)
                    credentialValues = exchange.credentialValues
                    let body = exchange.stream ?? HTTPStreamingResponse(statusCode: 200, body: Data()).body
                    try await ClientCore.checkIsEventStream(exchange.response, body: body, for: httpRequest)
                    var parser = ServerSentEventParser(maxEventBytes: maxEventBytes)
                    var reachedDone = false
                    reading: for try await chunk in body {
                        for event in try parser.parse(chunk) {
                            if event.data == "[DONE]" {
                                reachedDone = true
                                break reading
                            }
                            if event.data.isEmpty { continue }
                            continuation.yield(
                                try decode(
                                    event, as: Event.self, format: format, response: exchange.response, for: httpRequest
                                ))
                        }
                    }
                    try Task.checkCancellation()
                    if !reachedDone && parser.isInsideEvent {
                        throw APIError(kind: .connection, message: "The stream ended in the middle of an event.")
                    }
                    parser.finish()
                    continuation.finish()
                } catch let failure as TokenProviderFailure {
                    continuation.finish(throwing: failure.underlying)
                } catch {
                    let mapped = ClientCore.mapStreamError(error, request: summary)
                    continuation.finish(throwing: mapped.hidingCredentials(credentialValues))
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Throws ``APIError/Kind/decoding`` for a response whose `Content-Type` names something other
    /// than an event stream, with up to 1 MiB of its body (which is then no longer read).
    static func checkIsEventStream(
        _ response: HTTPResponse, body: AsyncThrowingStream<Data, any Error>, for httpRequest: HTTPRequest
    ) async throws {
        guard let contentType = response.headers["Content-Type"] else { return }
        let mediaType = contentType.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType != "text/event-stream" else { return }
        let start = try await HTTPStreamingResponse(statusCode: response.statusCode, body: body)
            .collectBody(upTo: min(1 << 20, httpRequest.maxResponseBodyBytes ?? .max))
        throw APIError(
            kind: .decoding,
            message:
                "Expected an event stream (text/event-stream) but the response is \(APIError.singleLine(contentType)).",
            statusCode: response.statusCode,
            headers: response.headers,
            body: start,
            request: APIError.RequestSummary(method: httpRequest.method, url: httpRequest.url)
        )
    }

    /// Decodes one event's data; failures become ``APIError/Kind/decoding`` errors whose body is the data.
    /// A literal (``ServerSentEventFormat/literal``) is read as JSON first; one that is not a
    /// literal is decoded as it is, so the decoding error shows it. Data that is not valid UTF-8 is
    /// a decoding error too, rather than values with U+FFFD in them.
    private func decode<Event: Decodable>(
        _ event: ServerSentEvent,
        as type: Event.Type,
        format: ServerSentEventFormat,
        response: HTTPResponse,
        for httpRequest: HTTPRequest
    ) throws -> Event {
        guard event.dataIsValidUTF8 else {
            throw APIError(
                kind: .decoding,
                message: "Could not decode \(Event.self) from an event: its data is not valid UTF-8.",
                statusCode: response.statusCode,
                headers: response.headers,
                body: Data(event.data.utf8),
                request: APIError.RequestSummary(method: httpRequest.method, url: httpRequest.url)
            )
        }
        var data = Data(event.data.utf8)
        if format == .literal, let value = SDKIdentity.readLiteralEvent?(event.data) {
            data = try JSONCoding.makeEncoder().encode(value)
        }
        let eventResponse = HTTPResponse(statusCode: response.statusCode, headers: response.headers, body: data)
        return try decode(Event.self, from: eventResponse, for: httpRequest)
    }
}
