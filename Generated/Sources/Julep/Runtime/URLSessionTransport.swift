// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default ``HTTPTransport``, built on `URLSession`.
///
/// `request.timeout` is enforced as a deadline for the whole exchange, on every platform, and
/// cancelling the calling task cancels the underlying `URLSessionTask`. Errors map to
/// ``APIError``: `URLError.timedOut` and the deadline to ``APIError/Kind/timeout``,
/// cancellation to ``APIError/Kind/cancelled``, any other failure to ``APIError/Kind/connection``.
///
/// Every request goes through a session of the transport's own, whose delegate:
/// - counts the body as it arrives (after `URLSession` has undone any `Content-Encoding`) and
///   fails the request with ``APIError/Kind/responseTooLarge`` as soon as it is over
///   `request.maxResponseBodyBytes`, so a small compressed body cannot fill memory. The request
///   is then cancelled; until that takes effect (FoundationNetworking can take a while with a
///   server that keeps sending), what still arrives is dropped;
/// - follows a redirect only to an `http` or `https` URL: any other `Location` (`file:`, `ftp:`)
///   is not followed, and the 3xx response is returned as it is; and at most 10 in a row, then
///   fails with ``APIError/Kind/connection``;
/// - keeps credentials to the origin they were given for: on a redirect to another origin
///   (scheme, host or port), the client's credential headers and query items, `Authorization`,
///   `Proxy-Authorization` and `Cookie` are not sent on.
///
/// Streamed responses (``stream(_:)``) are read through the same `URLSessionDataDelegate`,
/// which works the same on Apple platforms and on Linux (where FoundationNetworking has no
/// `bytes(for:)`). Pieces of a stream are buffered until read.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let delegate: TransportSessionDelegate

    /// Sends requests with `session`'s configuration (by default `URLSession.shared`'s): its
    /// cookies, cache, proxies and TLS settings, through a session of the transport's own. The
    /// delegate of `session`, if any, is not consulted.
    public convenience init(session: URLSession = .shared) {
        self.init(configuration: session.configuration)
    }

    /// Sends requests through a session of its own made from `configuration`.
    ///
    /// - Parameter followsRedirects: When `false`, a 3xx response is returned as is instead of
    ///   being followed (the client then reports it as ``APIError/Kind/otherStatus``).
    public init(configuration: URLSessionConfiguration, followsRedirects: Bool = true) {
        self.delegate = TransportSessionDelegate(followsRedirects: followsRedirects)
        self.session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        // A session keeps its delegate until it is invalidated.
        session.finishTasksAndInvalidate()
    }

    /// Sends `request` and waits for the complete response.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let urlRequest = makeURLRequest(request)
        let exchange = BufferedExchange(maxBodyBytes: request.maxResponseBodyBytes)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                guard exchange.install(continuation) else { return }
                start(urlRequest, of: request, for: exchange)
            }
        } onCancel: {
            exchange.finish(with: .failure(APIError(kind: .cancelled, message: "The request was cancelled.")))
        }
    }

    /// Sends `request` and returns when the status and headers are in; the body is delivered
    /// piece by piece as `URLSession` receives it.
    ///
    /// `request.timeout` is a deadline for the status and headers, and then the longest wait for
    /// each next piece of the body. Ending the iteration of the body early cancels the request.
    /// `request.maxResponseBodyBytes` does not apply: a stream has no end to wait for, and the
    /// client bounds each of its events instead.
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        let urlRequest = makeURLRequest(request)
        let exchange = StreamingExchange()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<HTTPStreamingResponse, any Error>) in
                guard exchange.install(continuation) else { return }
                start(urlRequest, of: request, for: exchange)
            }
        } onCancel: {
            exchange.fail(APIError(kind: .cancelled, message: "The request was cancelled."))
        }
    }

    /// Makes `urlRequest`'s task, routes its callbacks to `exchange`, sets `request`'s deadline and
    /// resumes it.
    private func start(_ urlRequest: URLRequest, of request: HTTPRequest, for exchange: any TransportExchange) {
        let task = makeTask(urlRequest, bodyFile: request.bodyFile)
        delegate.register(exchange, redirects: RedirectRule(request), for: task)
        exchange.attach(task)
        if let timeout = request.timeout {
            exchange.startDeadline(after: timeout)
        }
        task.resume()
    }

    /// A data task, or for a body on disk an upload task, which streams the file as it sends it.
    private func makeTask(_ urlRequest: URLRequest, bodyFile: URL?) -> URLSessionDataTask {
        guard let bodyFile else { return session.dataTask(with: urlRequest) }
        return session.uploadTask(with: urlRequest, fromFile: bodyFile)
    }

    private func makeURLRequest(_ request: HTTPRequest) -> URLRequest {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.httpBody = request.body
        for (name, value) in request.headers {
            urlRequest.addValue(value, forHTTPHeaderField: name)
        }
        if let timeout = request.timeout {
            // URLSession's own timeout is an idle timeout and some platforms round it down to
            // whole seconds; `BufferedExchange` and `StreamingExchange` enforce the exact deadline.
            urlRequest.timeoutInterval = max(1, timeout.timeInterval.rounded(.up))
        }
        return urlRequest
    }

    static func makeHeaders(_ httpResponse: HTTPURLResponse) -> HTTPHeaders {
        var headers = HTTPHeaders()
        let fields = httpResponse.allHeaderFields.compactMap { key, value -> (String, String)? in
            guard let name = key as? String else { return nil }
            return (name, value as? String ?? String(describing: value))
        }
        for (name, value) in fields.sorted(by: { $0.0.lowercased() < $1.0.lowercased() }) {
            headers.add(name: name, value: value)
        }
        return headers
    }

    static func mapError(_ error: any Error) -> APIError {
        if let error = error as? APIError {
            return error
        }
        if let urlError = error as? URLError {
            switch urlError.code {
            case .timedOut:
                return APIError(kind: .timeout, message: "The request timed out.", underlying: urlError)
            case .cancelled:
                return APIError(kind: .cancelled, message: "The request was cancelled.", underlying: urlError)
            default:
                return APIError(
                    kind: .connection, message: "The request failed: \(urlError.localizedDescription)",
                    underlying: urlError)
            }
        }
        if error is CancellationError {
            return APIError(kind: .cancelled, message: "The request was cancelled.", underlying: error)
        }
        return APIError(kind: .connection, message: "The request failed: \(error)", underlying: error)
    }
}

extension URLSessionTask {
    /// Cancels the task without waiting for it to take effect. FoundationNetworking's `cancel()`
    /// waits for the task's queue, which a server sending as fast as it can keeps busy for
    /// seconds: no delegate callback (whose queue then fills with the body), thread of the
    /// cooperative pool or of Dispatch's shared pool may wait that long, so a thread of its own does.
    func cancelWithoutWaiting() {
        Thread { self.cancel() }.start()
    }
}

extension Duration {
    /// The duration in seconds.
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
