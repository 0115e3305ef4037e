// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// Observes or changes every HTTP attempt a client makes.
///
/// Middlewares run in the order of ``ClientConfiguration/middlewares``, the first outermost,
/// around each attempt: a retried call passes through them once per attempt
/// (``MiddlewareContext/attempt`` counts from 1). Call `next` to continue with the (possibly
/// changed) request; return its response, a changed one, or one of your own without calling
/// `next` at all. An error thrown here fails the attempt and goes through the client's retry
/// decision like a transport error.
///
/// ```swift
/// struct RequestIDMiddleware: Middleware {
///     func intercept(
///         _ request: HTTPRequest,
///         context: MiddlewareContext,
///         next: @Sendable (HTTPRequest) async throws -> HTTPResponse
///     ) async throws -> HTTPResponse {
///         var request = request
///         request.headers["X-Request-Id"] = UUID().uuidString
///         let response = try await next(request)
///         print(response.statusCode, response.headers["X-Request-Id"] ?? "-")
///         return response
///     }
/// }
/// ```
///
/// For a streaming call (``MiddlewareContext/isStreaming``), a successful response that `next`
/// returns has an empty body: the events are read after the middlewares have returned. An error
/// response (not 2xx) carries its complete body, and a response a middleware makes up without
/// calling `next` provides the whole event stream as its body.
public protocol Middleware: Sendable {
    /// Handles one attempt: calls `next` to send `request` on, and returns the response.
    func intercept(
        _ request: HTTPRequest,
        context: MiddlewareContext,
        next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse
}

/// What a ``Middleware`` knows about the call it is part of.
public struct MiddlewareContext: Sendable, Hashable {
    /// The attempt number: 1 for the first, 2 for the first retry, and so on.
    public var attempt: Int
    /// Whether the call is safe to repeat (GET, PUT, DELETE, or marked idempotent in the API).
    public var isIdempotent: Bool
    /// Whether the response is a server-sent event stream, read after the middlewares return.
    public var isStreaming: Bool

    /// Creates a context.
    public init(attempt: Int, isIdempotent: Bool, isStreaming: Bool) {
        self.attempt = attempt
        self.isIdempotent = isIdempotent
        self.isStreaming = isStreaming
    }
}

/// A ``Middleware`` made from a closure.
///
/// ```swift
/// let addTrace = ClosureMiddleware { request, context, next in
///     var request = request
///     request.headers["X-Trace"] = "attempt-\(context.attempt)"
///     return try await next(request)
/// }
/// ```
public struct ClosureMiddleware: Middleware {
    private let handler:
        @Sendable (
            HTTPRequest, MiddlewareContext, @Sendable (HTTPRequest) async throws -> HTTPResponse
        ) async throws -> HTTPResponse

    /// Creates a middleware that runs `handler` for each attempt.
    public init(
        _ handler:
            @escaping @Sendable (
                HTTPRequest, MiddlewareContext, @Sendable (HTTPRequest) async throws -> HTTPResponse
            ) async throws -> HTTPResponse
    ) {
        self.handler = handler
    }

    /// Runs the closure.
    public func intercept(
        _ request: HTTPRequest,
        context: MiddlewareContext,
        next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        try await handler(request, context, next)
    }
}
