// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// How a client reaches the API.
///
/// Descriptions and `dump` output of a configuration never show its credentials.
public struct ClientConfiguration: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The `User-Agent` sent when none is configured.
    public static let defaultUserAgent = SDKIdentity.userAgent
    /// The largest response body accepted unless configured: 64 MiB.
    public static let defaultMaxResponseBodyBytes = 64 << 20
    /// The largest event of a stream accepted unless configured: 8 MiB.
    public static let defaultMaxEventBytes = 8 << 20

    /// The API root, for example `https://api.example.com/v1`; endpoint paths are appended to it.
    public var baseURL: URL
    /// Where to send the operations that the API serves from a server of their own (an upload
    /// host, say; each such method's documentation names its server), keyed by that server's URL
    /// as the documentation gives it. A server without an entry is used as it is. Set it to reach
    /// those operations through a proxy or a test server.
    public var serverOverrides: [String: URL] = [:]
    /// The deadline for each attempt (connecting, sending and receiving the full response); for
    /// streamed responses, for the response head and then for each piece of the stream.
    public var timeout: Duration
    /// Sends the requests.
    public var transport: any HTTPTransport
    /// Headers added to every call; they replace the client's defaults of the same name.
    public var additionalHeaders: HTTPHeaders
    /// The `User-Agent` header value.
    public var userAgent: String
    /// How many times a failed call is tried again (see ``RetryPolicy``); 2 unless set, 0 turns retries off.
    public var maxRetries: Int
    /// When to retry and how long to wait in between.
    public var retryPolicy: RetryPolicy
    /// The largest response body accepted, in bytes, as received (after any `Content-Encoding`
    /// is undone); a larger one fails the call with ``APIError/Kind/responseTooLarge`` as soon as
    /// the excess arrives. Does not apply to an event stream, whose events are bounded one by
    /// one (``maxEventBytes``).
    public var maxResponseBodyBytes: Int
    /// The largest event of a stream accepted, in bytes: its field lines together, or any one line
    /// (a comment too). A larger one ends the stream with ``APIError/Kind/responseTooLarge``.
    public var maxEventBytes: Int
    /// Run around every attempt, the first outermost (see ``Middleware``).
    public var middlewares: [any Middleware]
    /// Where one line per attempt is written; `nil` (the default unless the variable
    /// ``RequestLogger/environmentVariable`` names is set) logs nothing.
    public var logger: RequestLogger?
    /// Waits between attempts; replace it to control time in tests. Throws when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    /// The client's credentials, from its initializer's arguments; each request takes those its
    /// operation requires (see ``APIRequest/security``). Never printed.
    var credentials: [Credential] = []

    /// Creates a configuration.
    public init(
        baseURL: URL,
        timeout: Duration = .seconds(300),
        transport: any HTTPTransport = URLSessionTransport(),
        additionalHeaders: HTTPHeaders = HTTPHeaders(),
        userAgent: String = ClientConfiguration.defaultUserAgent,
        maxRetries: Int = 2,
        retryPolicy: RetryPolicy = RetryPolicy(),
        maxResponseBodyBytes: Int = ClientConfiguration.defaultMaxResponseBodyBytes,
        maxEventBytes: Int = ClientConfiguration.defaultMaxEventBytes,
        middlewares: [any Middleware] = [],
        logger: RequestLogger? = RequestLogger.fromEnvironment(),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.transport = transport
        self.additionalHeaders = additionalHeaders
        self.userAgent = userAgent
        self.maxRetries = maxRetries
        self.retryPolicy = retryPolicy
        self.maxResponseBodyBytes = maxResponseBodyBytes
        self.maxEventBytes = maxEventBytes
        self.middlewares = middlewares
        self.logger = logger
        self.sleep = sleep
    }

    /// The settings without credentials: base URL, timeout, retries, transport and redacted headers.
    public var description: String {
        var text = "ClientConfiguration(baseURL: \(APIError.RequestSummary.sanitizedURL(baseURL)), timeout: \(timeout)"
        if !serverOverrides.isEmpty {
            let overrides = serverOverrides.sorted { $0.key < $1.key }
                .map { "\($0.key) → \(APIError.RequestSummary.sanitizedURL($0.value))" }
            text += ", serverOverrides: [\(overrides.joined(separator: ", "))]"
        }
        text += ", maxRetries: \(maxRetries), maxResponseBodyBytes: \(maxResponseBodyBytes)"
        text += ", maxEventBytes: \(maxEventBytes)"
        text += ", transport: \(type(of: transport)), middlewares: \(middlewares.count)"
        text += ", logging: \(logger != nil), additionalHeaders: \(additionalHeaders)"
        text += ", credentials: \(credentials.map(\.redactedDescription))"
        return text + ")"
    }

    /// Same as ``description``.
    public var debugDescription: String { description }

    /// A mirror without credentials, so `dump` cannot show them.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "baseURL": APIError.RequestSummary.sanitizedURL(baseURL),
                "timeout": timeout,
                "maxRetries": maxRetries,
                "retryPolicy": retryPolicy,
                "maxResponseBodyBytes": maxResponseBodyBytes,
                "maxEventBytes": maxEventBytes,
                "middlewares": middlewares.count,
                "logging": logger != nil,
                "additionalHeaders": additionalHeaders.description,
                "userAgent": userAgent,
                "credentials": credentials.map(\.redactedDescription),
            ])
    }
}
