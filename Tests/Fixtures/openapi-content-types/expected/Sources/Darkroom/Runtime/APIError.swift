// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// The error thrown by every client call of the SDK (its name, `<API>Error`, is an alias of this type).
///
/// Switch on ``kind`` to react to a failure; ``statusCode``, ``headers``, ``body`` and
/// ``message`` describe the server's answer when there was one. The ``description`` is a single
/// line that never contains credentials.
///
/// A server may echo a credential back (an API key quoted in a 401 body): wherever the error
/// shows something (``description``, ``debugDescription``, `localizedDescription`, ``message``,
/// ``validationIssues``, `dump`), the values of the client's credentials read `REDACTED`.
/// ``body``, ``jsonBody`` and ``headers`` stay what the server sent.
public struct APIError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible, LocalizedError,
    CustomReflectable
{
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// HTTP 400.
        case badRequest
        /// HTTP 401: the API key is missing or wrong.
        case unauthorized
        /// HTTP 403.
        case forbidden
        /// HTTP 404.
        case notFound
        /// HTTP 409.
        case conflict
        /// HTTP 422: the request failed validation.
        case unprocessableEntity
        /// HTTP 429.
        case rateLimited
        /// HTTP 500 or above.
        case server
        /// Any other non-2xx status.
        case otherStatus
        /// No response: the connection could not be made or was lost.
        case connection
        /// No complete response within the timeout.
        case timeout
        /// The calling task was cancelled.
        case cancelled
        /// A 2xx response whose body does not match the expected type.
        case decoding
        /// An argument cannot be sent (for example a header value containing a line break).
        case invalidArgument
        /// The answer is larger than the client accepts: a body over
        /// ``ClientConfiguration/maxResponseBodyBytes``, an event of a stream over
        /// ``ClientConfiguration/maxEventBytes``, or a list iterated page by page (`listAll`)
        /// that needs more pages than its `maxPages`.
        case responseTooLarge
    }

    /// The method and URL of a request, without credentials.
    public struct RequestSummary: Sendable, Hashable, CustomStringConvertible {
        /// The request method.
        public var method: HTTPMethod
        /// The URL without user info; values of query items with sensitive names are `REDACTED`.
        public var url: String

        /// Summarizes a request to `url`, removing user info and redacting sensitive query items.
        public init(method: HTTPMethod, url: URL) {
            self.method = method
            self.url = RequestSummary.sanitizedURL(url)
        }

        /// `METHOD URL`.
        public var description: String { "\(method) \(url)" }

        /// `url` without user info, the values of query items with sensitive names (or named in
        /// `names`, lowercased) redacted.
        static func sanitizedURL(_ url: URL, alsoRedacting names: Set<String> = []) -> String {
            guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
                return "<invalid URL>"
            }
            components.user = nil
            components.password = nil
            if let items = components.percentEncodedQueryItems {
                components.percentEncodedQueryItems = items.map { item in
                    let name = item.name.removingPercentEncoding ?? item.name
                    guard HTTPHeaders.isSensitive(name) || names.contains(name.lowercased()) else { return item }
                    return URLQueryItem(name: item.name, value: "REDACTED")
                }
            }
            return components.string ?? "<invalid URL>"
        }
    }

    /// One problem the server found with a request (usually in an HTTP 422 answer): where and what.
    public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
        /// Where, as the server names it: `["body", "text"]`, `["query", "limit"]`.
        public var location: [String]
        /// What, for example `Field required`.
        public var message: String
        /// The kind of problem when the server names it, for example `missing`.
        public var type: String?

        /// Creates an issue.
        public init(location: [String], message: String, type: String? = nil) {
            self.location = location
            self.message = message
            self.type = type
        }

        /// `body.text: Field required` (only the message when there is no location).
        public var description: String {
            location.isEmpty ? message : location.joined(separator: ".") + ": " + message
        }
    }

    /// What went wrong.
    public var kind: Kind
    /// The HTTP status code, when a response was received.
    public var statusCode: Int?
    /// The response headers, when a response was received.
    public var headers: HTTPHeaders
    /// The raw response body, when a response was received.
    public var body: Data?
    /// The response body as JSON, when there is one and it is JSON: what the server sent, for
    /// example the data of a ``Kind/decoding`` error, without decoding ``body`` by hand.
    public var jsonBody: JSONValue? {
        guard let body, !body.isEmpty else { return nil }
        return try? JSONCoding.makeDecoder().decode(JSONValue.self, from: body)
    }
    /// The problems the server found with the request, one per field, read from its error body
    /// (see ``validationIssues(fromBody:)``); empty when it named none.
    public var validationIssues: [ValidationIssue] {
        let issues = body.map(APIError.validationIssues(fromBody:)) ?? []
        guard !hiddenValues.isEmpty else { return issues }
        return issues.map { issue in
            ValidationIssue(
                location: issue.location.map(redacted), message: redacted(issue.message),
                type: issue.type.map(redacted))
        }
    }
    /// A human-readable explanation: the server's error message for HTTP errors, otherwise the client's.
    public var message: String?
    /// For ``Kind/decoding`` errors, where decoding failed, for example `items[3].created_at`.
    public var codingPath: String?
    /// The request that failed, without credentials.
    public var request: RequestSummary?
    /// The error that caused this one, if any (a `URLError`, `DecodingError`, ...).
    public var underlying: (any Error)?
    /// The values of the client's credentials, in every form a server may echo them, longest
    /// first: replaced by `REDACTED` wherever the error is shown.
    private var hiddenValues: [String] = []

    /// Creates an error.
    public init(
        kind: Kind,
        message: String? = nil,
        statusCode: Int? = nil,
        headers: HTTPHeaders = HTTPHeaders(),
        body: Data? = nil,
        codingPath: String? = nil,
        request: RequestSummary? = nil,
        underlying: (any Error)? = nil
    ) {
        self.kind = kind
        self.message = message
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
        self.codingPath = codingPath
        self.request = request
        self.underlying = underlying
    }

    /// The error for a non-2xx response: the kind follows `statusCode` and the message is read
    /// from the JSON body (see ``message(fromBody:)``).
    public static func forStatus(
        _ statusCode: Int,
        headers: HTTPHeaders = HTTPHeaders(),
        body: Data? = nil,
        request: RequestSummary? = nil
    ) -> APIError {
        APIError(
            kind: kind(forStatus: statusCode),
            message: body.flatMap(message(fromBody:)),
            statusCode: statusCode,
            headers: headers,
            body: body,
            request: request
        )
    }

    /// The error for a response whose body is over `limit` bytes.
    static func bodyTooLarge(limit: Int, statusCode: Int?, headers: HTTPHeaders) -> APIError {
        APIError(
            kind: .responseTooLarge,
            message: "The response body is larger than \(limit) bytes (the limit is maxResponseBodyBytes).",
            statusCode: statusCode, headers: headers)
    }

    /// The kind for an HTTP status code that is not 2xx.
    public static func kind(forStatus statusCode: Int) -> Kind {
        switch statusCode {
        case 400: return .badRequest
        case 401: return .unauthorized
        case 403: return .forbidden
        case 404: return .notFound
        case 409: return .conflict
        case 422: return .unprocessableEntity
        case 429: return .rateLimited
        case 500...: return .server
        default: return .otherStatus
        }
    }

    /// The error message in a JSON error body, if any: the validation issues one per line (see
    /// ``validationIssues(fromBody:)``), else a top-level `"error"` string, the `"message"` of
    /// an `"error"` object, a top-level `"message"` string, or a `"detail"` string or object.
    public static func message(fromBody body: Data) -> String? {
        guard let json = json(body) else { return nil }
        let issues = validationIssues(in: json)
        if !issues.isEmpty { return issues.map(\.description).joined(separator: "\n") }
        if let error = json["error"]?.stringValue { return error }
        if let error = json["error"]?["message"]?.stringValue { return error }
        if let message = json["message"]?.stringValue { return message }
        if let detail = json["detail"]?.stringValue { return detail }
        if let detail = json["detail"]?["message"]?.stringValue { return detail }
        return nil
    }

    /// The validation issues in a JSON error body: FastAPI's `{"detail": [{"loc": [...], "msg": ...}]}`,
    /// or, where the API's server writes it so (`SDKIdentity.readLiteralMessage`), a body whose
    /// message is that list as a literal of the server's language
    /// (`{"status_code": 422, "message": "[{'loc': ('body', 'text'), 'msg': ...}]"}`). Empty for any other body.
    public static func validationIssues(fromBody body: Data) -> [ValidationIssue] {
        json(body).map(validationIssues(in:)) ?? []
    }

    private static func json(_ body: Data) -> JSONValue? {
        guard !body.isEmpty else { return nil }
        return try? JSONCoding.makeDecoder().decode(JSONValue.self, from: body)
    }

    private static func validationIssues(in json: JSONValue) -> [ValidationIssue] {
        if let details = json["detail"]?.arrayValue {
            return details.compactMap(validationIssue)
        }
        // Only a message that looks like a list is read as a literal, and only by an SDK whose API
        // writes one (`SDKIdentity.readLiteralMessage`): plain text stays the message.
        if let message = json["message"]?.stringValue, message.hasPrefix("["), message.hasSuffix("]"),
            let items = SDKIdentity.readLiteralMessage?(message)?.arrayValue
        {
            return items.compactMap(validationIssue)
        }
        return []
    }

    private static func validationIssue(_ item: JSONValue) -> ValidationIssue? {
        guard let message = item["msg"]?.stringValue ?? item["message"]?.stringValue else { return nil }
        let location = item["loc"]?.arrayValue?.compactMap { $0.stringValue ?? $0.intValue.map(String.init) } ?? []
        return ValidationIssue(location: location, message: message, type: item["type"]?.stringValue)
    }

    /// The maximum number of body bytes shown in ``description``.
    public static let maxDescribedBodyBytes = 500

    /// One line: kind, status, request, message and the body truncated to 500 bytes.
    public var description: String {
        redacted(unredactedDescription)
    }

    /// ``description`` followed by the redacted response headers and the underlying error.
    public var debugDescription: String {
        var text = unredactedDescription
        if !headers.isEmpty { text += " headers: \(headers)" }
        if let underlying { text += " underlying: \(APIError.singleLine(String(describing: underlying)))" }
        return redacted(text)
    }

    /// ``description`` before credentials the server echoed are hidden.
    private var unredactedDescription: String {
        var line = "\(SDKIdentity.errorTypeName).\(kind)"
        if let statusCode { line += " (HTTP \(statusCode))" }
        if let request { line += " \(request)" }
        if let codingPath, !codingPath.isEmpty { line += " at \(codingPath)" }
        if let message {
            // Validation issues, one per line in the message, are separated by `; ` here.
            let issues = validationIssues.map(\.description)
            let shown =
                !issues.isEmpty && message == issues.joined(separator: "\n") ? issues.joined(separator: "; ") : message
            line += ": \(APIError.singleLine(shown))"
        }
        if let body, !body.isEmpty { line += " body: \(describedBody(body))" }
        if message == nil, body == nil || body?.isEmpty == true, let underlying {
            line += ": \(APIError.singleLine(String(describing: underlying)))"
        }
        return line
    }

    /// Same as ``description``.
    public var errorDescription: String? { description }

    /// What `dump` shows: the public properties, the message and headers as shown (see ``debugDescription``).
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "kind": kind,
                "statusCode": statusCode as Any,
                "headers": redacted(headers.description),
                "body": body.map { "\($0.count) bytes" } as Any,
                "message": message.map(redacted) as Any,
                "codingPath": codingPath.map(redacted) as Any,
                "request": request as Any,
                "underlying": underlying.map { redacted(String(describing: $0)) } as Any,
            ],
            displayStyle: .struct)
    }

    // MARK: Credentials

    /// This error, showing `REDACTED` instead of any of `values` (the client's credentials as a
    /// request sent them) wherever it is shown; ``message`` is redacted at once.
    func hidingCredentials(_ values: [String]) -> APIError {
        var error = self
        let forms = Set(error.hiddenValues + values.flatMap(APIError.echoedForms).filter { !$0.isEmpty })
        // Longest first, so that a value containing another is replaced whole.
        error.hiddenValues = forms.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        error.message = error.message.map(error.redacted)
        return error
    }

    /// The forms in which a server may echo `value`: as sent, percent-encoded (quoting a URL), and
    /// with `/` escaped (quoting it in JSON).
    private static func echoedForms(_ value: String) -> [String] {
        [value, QueryComponent.encode(value), value.replacingOccurrences(of: "/", with: "\\/")]
    }

    /// `text` with every hidden value replaced by `REDACTED`.
    private func redacted(_ text: String) -> String {
        hiddenValues.reduce(text) { $0.replacingOccurrences(of: $1, with: "REDACTED") }
    }

    /// The body for ``description``, truncated to ``maxDescribedBodyBytes`` but never in the middle
    /// of a hidden value (which ``description`` then replaces whole).
    private func describedBody(_ body: Data) -> String {
        let limit = APIError.maxDescribedBodyBytes
        guard body.count > limit, !hiddenValues.isEmpty else { return APIError.truncatedBody(body) }
        var end = body.startIndex + limit
        for value in hiddenValues {
            let bytes = Data(value.utf8)
            let window = body[max(body.startIndex, end - bytes.count + 1)..<min(body.endIndex, end + bytes.count - 1)]
            if let straddling = window.range(of: bytes), straddling.lowerBound < end {
                end = max(end, straddling.upperBound)
            }
        }
        return APIError.truncatedBody(body, at: end)
    }

    static func truncatedBody(_ body: Data) -> String {
        truncatedBody(body, at: body.startIndex + maxDescribedBodyBytes)
    }

    /// `body` up to `end` (moved back to the start of a UTF-8 sequence it would cut), with its size
    /// when that is not all of it.
    private static func truncatedBody(_ body: Data, at end: Data.Index) -> String {
        guard end < body.endIndex else {
            return singleLine(String(decoding: body, as: UTF8.self))
        }
        var end = end
        // Do not cut a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
        var steps = 0
        while end > body.startIndex, steps < 3, body[end] & 0b1100_0000 == 0b1000_0000 {
            end -= 1
            steps += 1
        }
        let prefix = String(decoding: body[body.startIndex..<end], as: UTF8.self)
        return singleLine(prefix) + "… (\(body.count) bytes)"
    }

    static func singleLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }
}
