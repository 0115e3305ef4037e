// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// What generated resource methods call: builds the URL and headers, sends the request through
/// the configured middlewares and transport, retries what is worth retrying, and turns the answer
/// into a value or a ``APIError``.
struct ClientCore: Sendable {
    /// The client's settings, including its credentials.
    let configuration: ClientConfiguration

    init(configuration: ClientConfiguration) {
        self.configuration = configuration
    }

    // MARK: Calls

    /// Sends `request` and decodes the 2xx response body as `Response`.
    /// An empty body decodes as ``EmptyResponse``.
    func send<Response: Decodable>(
        _ request: APIRequest,
        options: RequestOptions?,
        as type: Response.Type
    ) async throws -> Response {
        try await sendForResponse(request, options: options, as: type).value
    }

    /// Sends `request` and ignores the 2xx response body.
    func send(_ request: APIRequest, options: RequestOptions?) async throws {
        _ = try await sendForResponse(request, options: options)
    }

    /// Sends `request` and returns the decoded 2xx response body with the response's status and headers.
    func sendForResponse<Response: Decodable>(
        _ request: APIRequest,
        options: RequestOptions?,
        as type: Response.Type
    ) async throws -> APIResponse<Response> {
        let prepared = try prepare(request, options: options)
        let exchange = try await perform(
            prepared, isIdempotent: request.isIdempotent, options: options, streaming: false)
        let value: Response
        do {
            // Bytes, text and media the SDK does not decode are returned as they came.
            value = try ResponseBody.value(request.responseFormat, as: Response.self, from: exchange.response)
                ?? decode(Response.self, from: exchange.response, for: prepared.httpRequest)
        } catch let error as APIError {
            throw error.hidingCredentials(exchange.credentialValues)
        }
        return APIResponse(
            value: value, statusCode: exchange.response.statusCode, headers: exchange.response.headers,
            body: exchange.response.body, attempts: exchange.attempts)
    }

    /// Sends `request` and returns the 2xx response's body as it came, with its content type: for
    /// an operation whose answer's media type the SDK does not decode (XML, say).
    func send(
        _ request: APIRequest, options: RequestOptions?, as type: ResponseBody.Type
    ) async throws -> ResponseBody {
        try await sendForResponse(request, options: options, as: type).value
    }

    /// The same, with the response's status and headers.
    func sendForResponse(
        _ request: APIRequest, options: RequestOptions?, as type: ResponseBody.Type
    ) async throws -> APIResponse<ResponseBody> {
        let response = try await sendForResponse(request, options: options)
        return response.map { ResponseBody(data: response.body, contentType: response.headers["Content-Type"]) }
    }

    /// Sends `request` and returns the 2xx response's status and headers, ignoring its body.
    func sendForResponse(_ request: APIRequest, options: RequestOptions?) async throws -> APIResponse<Void> {
        let prepared = try prepare(request, options: options)
        let exchange = try await perform(
            prepared, isIdempotent: request.isIdempotent, options: options, streaming: false)
        return APIResponse(
            value: (), statusCode: exchange.response.statusCode, headers: exchange.response.headers,
            body: exchange.response.body, attempts: exchange.attempts)
    }

    // MARK: Attempts and retries

    /// The outcome of a call that got a 2xx response.
    struct Exchange: Sendable {
        /// The final response. For a streaming call its body is empty: the events are in `stream`.
        var response: HTTPResponse
        /// For a streaming call, the body as it arrives.
        var stream: AsyncThrowingStream<Data, any Error>?
        /// How many attempts it took.
        var attempts: Int
        /// The credentials' values as the last attempt sent them, for errors to hide.
        var credentialValues: [String]
    }

    /// Sends `prepared`, retrying as ``RetryPolicy`` says, and returns the first 2xx response.
    ///
    /// Each attempt takes the credentials' current values (a token provider is asked once per
    /// attempt), runs through the configured middlewares and is logged without them. Errors a
    /// token provider throws end the call as they are, without retries. Throws
    /// ``APIError/forStatus(_:headers:body:request:)`` for the last non-2xx status, and
    /// `.connection`, `.timeout`, `.cancelled` or `.responseTooLarge` when no usable response
    /// arrives; none of them shows the credentials' values.
    func perform(
        _ prepared: PreparedRequest,
        isIdempotent: Bool,
        options: RequestOptions?,
        streaming: Bool
    ) async throws -> Exchange {
        let httpRequest = prepared.httpRequest
        let summary = APIError.RequestSummary(method: httpRequest.method, url: httpRequest.url)
        let maxRetries = max(0, options?.maxRetries ?? configuration.maxRetries)
        let policy = configuration.retryPolicy
        let clock = ContinuousClock()
        for note in prepared.notes { configuration.logger?.note(note) }
        var attempt = 1
        while true {
            let context = MiddlewareContext(attempt: attempt, isIdempotent: isIdempotent, isStreaming: streaming)
            let slot = streaming ? StreamSlot() : nil
            let attemptRequest: HTTPRequest
            let credentialValues: [String]
            do {
                try Task.checkCancellation()
                (attemptRequest, credentialValues) = try await prepared.authorizedAttempt()
            } catch {
                let mapped = ClientCore.mapCredentialError(error, request: summary)
                // A stream's own error mapping would take a provider's error for a transport failure.
                throw streaming && !(mapped is APIError) ? TokenProviderFailure(underlying: mapped) : mapped
            }
            let start = clock.now
            let result: Result<HTTPResponse, APIError>
            do {
                result = .success(try await runMiddlewares(attemptRequest, context: context, from: 0, slot: slot))
            } catch {
                result = .failure(ClientCore.mapTransportError(error, request: summary))
            }
            if let logger = configuration.logger {
                let outcome: RequestLogger.Outcome
                switch result {
                case .success(let response): outcome = .status(response.statusCode)
                case .failure(let error): outcome = .failure(error.kind)
                }
                logger.log(request: httpRequest, outcome: outcome, attempt: attempt, duration: clock.now - start)
            }

            let retryResponse: HTTPResponse?
            switch result {
            case .success(let response) where response.isSuccess:
                var stream = slot?.take()
                if streaming, stream == nil {
                    // A middleware answered without calling `next`: its body is the whole stream.
                    stream = HTTPStreamingResponse(statusCode: response.statusCode, body: response.body).body
                }
                return Exchange(
                    response: response, stream: stream, attempts: attempt, credentialValues: credentialValues)
            case .success(let response):
                guard attempt <= maxRetries, policy.shouldRetry(response, isIdempotent: isIdempotent) else {
                    throw APIError.forStatus(
                        response.statusCode, headers: response.headers, body: response.body, request: summary
                    ).hidingCredentials(credentialValues)
                }
                retryResponse = response
            case .failure(let error):
                guard attempt <= maxRetries, policy.shouldRetry(error, isIdempotent: isIdempotent) else {
                    throw error.hidingCredentials(credentialValues)
                }
                retryResponse = nil
            }
            let delay = policy.delay(beforeRetry: attempt - 1, response: retryResponse)
            do {
                try await configuration.sleep(delay)
                try Task.checkCancellation()
            } catch {
                throw APIError(
                    kind: .cancelled, message: "The request was cancelled.", request: summary, underlying: error)
            }
            attempt += 1
        }
    }

    /// Runs the middlewares from `index` on, then the transport.
    private func runMiddlewares(
        _ request: HTTPRequest,
        context: MiddlewareContext,
        from index: Int,
        slot: StreamSlot?
    ) async throws -> HTTPResponse {
        let middlewares = configuration.middlewares
        guard index < middlewares.count else {
            return try await sendToTransport(request, slot: slot)
        }
        return try await middlewares[index].intercept(request, context: context) { request in
            try await runMiddlewares(request, context: context, from: index + 1, slot: slot)
        }
    }

    /// One attempt through the transport. For a streaming call (`slot` set), a 2xx response's
    /// body stream goes into `slot`; an error response's body is read whole.
    ///
    /// A body over `request.maxResponseBodyBytes` is ``APIError/Kind/responseTooLarge``, whatever
    /// the transport did; an error response's body in a streaming call is cut there instead.
    private func sendToTransport(_ request: HTTPRequest, slot: StreamSlot?) async throws -> HTTPResponse {
        let limit = request.maxResponseBodyBytes ?? .max
        guard let slot else {
            let response = try await configuration.transport.send(request)
            guard response.body.count <= limit else {
                throw APIError.bodyTooLarge(limit: limit, statusCode: response.statusCode, headers: response.headers)
            }
            return response
        }
        let streamed = try await configuration.transport.stream(request)
        guard streamed.isSuccess else {
            let body = try await streamed.collectBody(upTo: min(1 << 20, limit))
            return HTTPResponse(statusCode: streamed.statusCode, headers: streamed.headers, body: body)
        }
        slot.put(streamed.body)
        return HTTPResponse(statusCode: streamed.statusCode, headers: streamed.headers)
    }

    /// The ``APIError`` for a failure to get a response: an ``APIError`` or a cancellation as
    /// ``mapCredentialError(_:request:)`` makes it, anything else as the transport's error.
    static func mapTransportError(_ error: any Error, request summary: APIError.RequestSummary) -> APIError {
        let error = mapCredentialError(error, request: summary)
        if let error = error as? APIError { return error }
        var mapped = URLSessionTransport.mapError(error)
        mapped.request = summary
        return mapped
    }

    /// The error that ends a call whose credentials could not be added: a ``APIError`` (an
    /// invalid value) with the request filled in, `.cancelled` for cancellation, else the token
    /// provider's own error, unchanged.
    static func mapCredentialError(_ error: any Error, request summary: APIError.RequestSummary) -> any Error {
        if var error = error as? APIError {
            if error.request == nil { error.request = summary }
            return error
        }
        if error is CancellationError || Task.isCancelled {
            return APIError(
                kind: .cancelled, message: "The request was cancelled.", request: summary, underlying: error)
        }
        return error
    }

    /// What a token provider threw during a streaming call, for the stream to end with as it is.
    struct TokenProviderFailure: Error {
        var underlying: any Error
    }

    // MARK: Building requests

    /// A request ready for its attempts: built without credentials, which each attempt adds, and
    /// the credentials its operation takes.
    struct PreparedRequest: Sendable {
        /// The request without credentials: what logs and errors describe.
        var httpRequest: HTTPRequest
        /// The credentials to add, less any header the operation or the call sets itself.
        var credentials: [Credential]
        /// What the logger writes before the first attempt (see `APIRequest.notes`).
        var notes: [String] = []

        /// `httpRequest` with the credentials' current values: a header replaces a configured
        /// header of its name, a cookie joins the `Cookie` header, query items go last.
        ///
        /// Throws ``APIError/Kind/invalidArgument`` for a value with a line break or NUL (without
        /// showing it), and what a token provider throws.
        func authorized() async throws -> HTTPRequest {
            try await authorizedAttempt().request
        }

        /// ``authorized()``, and the forms of the credentials' values that errors must hide.
        func authorizedAttempt() async throws -> (request: HTTPRequest, credentialValues: [String]) {
            guard !credentials.isEmpty else { return (httpRequest, []) }
            var request = httpRequest
            var queryParts: [String] = []
            var credentialValues: [String] = []
            for credential in credentials {
                let value = try await credential.currentValue()
                credentialValues += credential.secretForms(sent: value)
                switch credential.placement {
                case .header(let name):
                    request.headers[name] = value
                    request.credentialHeaderNames.insert(name.lowercased())
                case .cookie(let name):
                    let cookie = name + "=" + value
                    request.headers["Cookie"] = request.headers["Cookie"].map { $0 + "; " + cookie } ?? cookie
                    request.credentialHeaderNames.insert("cookie")
                case .query(let name):
                    queryParts.append(QueryComponent.encode(name) + "=" + QueryComponent.encode(value))
                    request.credentialQueryNames.insert(name.lowercased())
                }
            }
            try ClientCore.validateHeaders(request.headers)
            if !queryParts.isEmpty {
                let url = request.url.absoluteString
                let separator = url.contains("?") ? (url.hasSuffix("?") ? "" : "&") : "?"
                guard let withQuery = URL(string: url + separator + queryParts.joined(separator: "&")) else {
                    throw APIError(kind: .invalidArgument, message: "Cannot add the credentials to the URL.")
                }
                request.url = withQuery
            }
            return (request, credentialValues)
        }
    }

    /// The request for the transport without credentials (see ``makeHTTPRequest(_:options:)``),
    /// and the credentials its `security` selects.
    func prepare(_ request: APIRequest, options: RequestOptions?) throws -> PreparedRequest {
        let httpRequest = try makeHTTPRequest(request, options: options)
        let credentials = configuration.credentials.selected(for: request.security).filter { credential in
            // A header the operation or the call sets is theirs to send.
            guard case .header(let name) = credential.placement else { return true }
            return request.headers[name] == nil && options?.additionalHeaders[name] == nil
        }
        return PreparedRequest(httpRequest: httpRequest, credentials: credentials, notes: request.notes)
    }

    /// Builds the request for the transport, credentials aside: base URL + `request.path` + query,
    /// then headers in increasing precedence: `Accept`, `User-Agent`, `Content-Type` (with a body),
    /// configured additional headers, (credentials, added per attempt,) endpoint headers, per-call headers.
    ///
    /// Throws ``APIError/Kind/invalidArgument`` for an empty or dot path segment, a URL that
    /// cannot be formed, or a header whose name is not a token or whose value contains CR, LF or NUL.
    func makeHTTPRequest(_ request: APIRequest, options: RequestOptions?) throws -> HTTPRequest {
        try ClientCore.validatePath(request.path)

        var queryParts = request.query.map { QueryComponent.encode($0.name) + "=" + QueryComponent.encode($0.value) }
        for item in options?.additionalQueryItems ?? [] {
            let name = QueryComponent.encode(item.name)
            queryParts.append(item.value.map { name + "=" + QueryComponent.encode($0) } ?? name)
        }
        let url = try makeURL(server: request.server, path: request.path, queryParts: queryParts)

        var headers = HTTPHeaders()
        headers["Accept"] = "application/json"
        headers["User-Agent"] = configuration.userAgent
        if request.body != nil || request.bodyFile != nil {
            headers["Content-Type"] = "application/json"
        }
        headers.merge(configuration.additionalHeaders)
        headers.merge(request.headers)
        if let options {
            headers.merge(options.additionalHeaders)
        }
        try ClientCore.validateHeaders(headers)

        var httpRequest = HTTPRequest(
            method: request.method,
            url: url,
            headers: headers,
            body: request.body,
            timeout: options?.timeout ?? configuration.timeout,
            maxResponseBodyBytes: options?.maxResponseBodyBytes ?? configuration.maxResponseBodyBytes
        )
        httpRequest.bodyFile = request.bodyFile?.url
        return httpRequest
    }

    private func makeURL(server: String?, path: String, queryParts: [String]) throws -> URL {
        var base = configuration.baseURL.absoluteString
        if let server {
            base = configuration.serverOverrides[server]?.absoluteString ?? server
        }
        if let fragmentStart = base.firstIndex(of: "#") {
            base = String(base[..<fragmentStart])
        }
        var parts = queryParts
        if let queryStart = base.firstIndex(of: "?") {
            let baseQuery = base[base.index(after: queryStart)...]
            if !baseQuery.isEmpty { parts.insert(String(baseQuery), at: 0) }
            base = String(base[..<queryStart])
        }
        while base.hasSuffix("/") {
            base.removeLast()
        }
        var string = base + path
        if !parts.isEmpty {
            string += "?" + parts.joined(separator: "&")
        }
        guard let url = URL(string: string) else {
            throw APIError(
                kind: .invalidArgument, message: "Cannot form a URL from the base URL and the path \"\(path)\".")
        }
        return url
    }

    // MARK: Validation

    /// Rejects paths that do not start with `/`, contain `?` or `#`, or have empty or dot segments.
    static func validatePath(_ path: String) throws {
        guard path != "/" else { return }
        guard path.hasPrefix("/"), !path.contains("?"), !path.contains("#") else {
            throw APIError(kind: .invalidArgument, message: "Invalid request path \"\(path)\".")
        }
        for segment in path.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let decodedDots = segment.lowercased().replacingOccurrences(of: "%2e", with: ".")
            if segment.isEmpty || decodedDots == "." || decodedDots == ".." {
                throw APIError(
                    kind: .invalidArgument,
                    message: "Invalid request path \"\(path)\": a path parameter is empty, \".\" or \"..\"."
                )
            }
        }
    }

    /// Rejects header names that are not RFC 9110 tokens and values containing CR, LF or NUL.
    /// The message names the header but never shows its value.
    static func validateHeaders(_ headers: HTTPHeaders) throws {
        for (name, value) in headers {
            guard !name.isEmpty, name.utf8.allSatisfy(isTokenByte) else {
                throw APIError(
                    kind: .invalidArgument, message: "Invalid HTTP header name \"\(APIError.singleLine(name))\".")
            }
            if value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }) {
                throw APIError(
                    kind: .invalidArgument,
                    message: "The value of HTTP header \"\(name)\" contains a line break or NUL character."
                )
            }
        }
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        if PercentEncoding.isUnreserved(byte) { return true }
        return "!#$%&'*+^`|".utf8.contains(byte)
    }

    // MARK: Decoding

    /// Decodes a 2xx response body, mapping failures to ``APIError/Kind/decoding`` with the
    /// coding path (for example `items[3].created_at`) and the raw body.
    func decode<Response: Decodable>(_ type: Response.Type, from response: HTTPResponse, for httpRequest: HTTPRequest)
        throws -> Response
    {
        if response.body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }),
            let empty = EmptyResponse() as? Response
        {
            return empty
        }
        do {
            return try JSONCoding.makeDecoder().decode(Response.self, from: response.body)
        } catch {
            var codingPath: [any CodingKey] = []
            var detail = String(describing: error)
            if let decodingError = error as? DecodingError {
                (codingPath, detail) = ClientCore.describe(decodingError)
            }
            let renderedPath = ClientCore.renderCodingPath(codingPath)
            throw APIError(
                kind: .decoding,
                message: "Could not decode \(Response.self) from the response: \(detail)",
                statusCode: response.statusCode,
                headers: response.headers,
                body: response.body,
                codingPath: renderedPath.isEmpty ? nil : renderedPath,
                request: APIError.RequestSummary(method: httpRequest.method, url: httpRequest.url),
                underlying: error
            )
        }
    }

    static func describe(_ error: DecodingError) -> (codingPath: [any CodingKey], detail: String) {
        switch error {
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected a value of type \(type). \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "expected a value of type \(type) but found null. \(context.debugDescription)")
        case .keyNotFound(let key, let context):
            return (context.codingPath + [key], "the key \"\(key.stringValue)\" is missing.")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return ([], "the body is not valid JSON. \(context.debugDescription)")
            }
            return (context.codingPath, context.debugDescription)
        @unknown default:
            return ([], String(describing: error))
        }
    }

    /// Renders a coding path like `items[3].created_at`.
    static func renderCodingPath(_ path: [any CodingKey]) -> String {
        var rendered = ""
        for key in path {
            if let index = key.intValue {
                rendered += "[\(index)]"
            } else {
                if !rendered.isEmpty { rendered += "." }
                rendered += key.stringValue
            }
        }
        return rendered
    }
}

/// Holds the body stream of a streaming attempt while the middlewares return.
final class StreamSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var stream: AsyncThrowingStream<Data, any Error>?

    /// Stores `stream`, replacing (and so cancelling) any earlier one.
    func put(_ stream: AsyncThrowingStream<Data, any Error>) {
        lock.lock()
        let previous = self.stream
        self.stream = stream
        lock.unlock()
        _ = previous
    }

    /// Takes the stream out.
    func take() -> AsyncThrowingStream<Data, any Error>? {
        lock.lock()
        defer { lock.unlock() }
        let stream = self.stream
        self.stream = nil
        return stream
    }
}

extension ClientCore {
    /// The error that ends a body read as it arrives (an event stream, a download): a ``APIError``
    /// (with the request filled in) or `.cancelled`.
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
