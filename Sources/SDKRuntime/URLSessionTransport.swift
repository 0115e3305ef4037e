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
/// Streamed responses (``stream(_:)``) are read through a `URLSessionDataDelegate`, which works
/// the same on Apple platforms and on Linux (where FoundationNetworking has no `bytes(for:)`).
/// They use a second session made from the same `URLSessionConfiguration` (without the delegate
/// of a session passed to ``init(session:)``). Pieces of a stream are buffered until read.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let ownsSession: Bool
    private let streamingSession: URLSession
    private let streamingDelegate: StreamingSessionDelegate

    /// Sends requests through `session` (by default `URLSession.shared`), which follows redirects
    /// unless its delegate says otherwise.
    public init(session: URLSession = .shared) {
        self.session = session
        self.ownsSession = false
        self.streamingDelegate = StreamingSessionDelegate(followsRedirects: true)
        self.streamingSession = URLSession(
            configuration: session.configuration, delegate: streamingDelegate, delegateQueue: nil)
    }

    /// Sends requests through a session of its own made from `configuration`.
    ///
    /// - Parameter followsRedirects: When `false`, a 3xx response is returned as is instead of
    ///   being followed (the client then reports it as ``APIError/Kind/otherStatus``).
    public init(configuration: URLSessionConfiguration, followsRedirects: Bool = true) {
        let delegate: URLSessionTaskDelegate? = followsRedirects ? nil : RedirectRefusingDelegate()
        self.session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        self.ownsSession = true
        self.streamingDelegate = StreamingSessionDelegate(followsRedirects: followsRedirects)
        self.streamingSession = URLSession(
            configuration: configuration, delegate: streamingDelegate, delegateQueue: nil)
    }

    deinit {
        if ownsSession {
            session.finishTasksAndInvalidate()
        }
        // A session keeps its delegate until it is invalidated.
        streamingSession.finishTasksAndInvalidate()
    }

    /// Sends `request` and waits for the complete response.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let urlRequest = makeURLRequest(request)
        let exchange = PendingExchange()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                guard exchange.install(continuation) else { return }
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    exchange.finish(with: URLSessionTransport.makeResult(data: data, response: response, error: error))
                }
                exchange.attach(task)
                if let timeout = request.timeout {
                    exchange.startDeadline(after: timeout)
                }
                task.resume()
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
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        let urlRequest = makeURLRequest(request)
        let exchange = StreamingExchange()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<HTTPStreamingResponse, any Error>) in
                guard exchange.install(continuation) else { return }
                let task = streamingSession.dataTask(with: urlRequest)
                streamingDelegate.register(exchange, for: task)
                exchange.attach(task)
                if let timeout = request.timeout {
                    exchange.startDeadline(after: timeout)
                }
                task.resume()
            }
        } onCancel: {
            exchange.fail(APIError(kind: .cancelled, message: "The request was cancelled."))
        }
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
            // whole seconds; `PendingExchange` and `StreamingExchange` enforce the exact deadline.
            urlRequest.timeoutInterval = max(1, timeout.timeInterval.rounded(.up))
        }
        return urlRequest
    }

    private static func makeResult(data: Data?, response: URLResponse?, error: (any Error)?) -> Result<
        HTTPResponse, any Error
    > {
        if let error {
            return .failure(mapError(error))
        }
        guard let httpResponse = response as? HTTPURLResponse else {
            return .failure(APIError(kind: .connection, message: "The server's answer is not an HTTP response."))
        }
        return .success(
            HTTPResponse(statusCode: httpResponse.statusCode, headers: makeHeaders(httpResponse), body: data ?? Data()))
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

/// Makes sure one exchange completes exactly once: with the response, the deadline, or cancellation.
private final class PendingExchange: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<HTTPResponse, any Error>?
    private var task: URLSessionTask?
    private var deadline: Task<Void, Never>?
    private var earlyResult: Result<HTTPResponse, any Error>?
    private var isFinished = false

    /// Stores the continuation; returns `false` (after resuming it) if the exchange already ended.
    func install(_ continuation: CheckedContinuation<HTTPResponse, any Error>) -> Bool {
        lock.lock()
        guard let result = earlyResult else {
            self.continuation = continuation
            lock.unlock()
            return true
        }
        earlyResult = nil
        lock.unlock()
        continuation.resume(with: result)
        return false
    }

    func attach(_ task: URLSessionTask) {
        lock.lock()
        let alreadyFinished = isFinished
        if !alreadyFinished { self.task = task }
        lock.unlock()
        if alreadyFinished { task.cancel() }
    }

    func startDeadline(after timeout: Duration) {
        let deadline = Task { [weak self] in
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            self?.finish(with: .failure(APIError(kind: .timeout, message: "The request timed out after \(timeout).")))
        }
        lock.lock()
        let alreadyFinished = isFinished
        if !alreadyFinished { self.deadline = deadline }
        lock.unlock()
        if alreadyFinished { deadline.cancel() }
    }

    func finish(with result: Result<HTTPResponse, any Error>) {
        lock.lock()
        guard !isFinished else {
            lock.unlock()
            return
        }
        isFinished = true
        let continuation = self.continuation
        let task = self.task
        let deadline = self.deadline
        self.continuation = nil
        self.task = nil
        self.deadline = nil
        if continuation == nil { earlyResult = result }
        lock.unlock()

        deadline?.cancel()
        task?.cancel()
        continuation?.resume(with: result)
    }
}

/// One streamed exchange: resumes the caller once with the response head (or a failure), then
/// feeds the body stream until the task completes.
private final class StreamingExchange: @unchecked Sendable {
    private enum State {
        case waitingForHead
        case streaming
        case finished
    }

    private let lock = NSLock()
    private var state = State.waitingForHead
    private var head: CheckedContinuation<HTTPStreamingResponse, any Error>?
    private var earlyFailure: (any Error)?
    private var body: AsyncThrowingStream<Data, any Error>.Continuation?
    private var task: URLSessionTask?
    private var deadline: Task<Void, Never>?

    /// Stores the continuation; returns `false` (after resuming it) if the exchange already failed.
    func install(_ continuation: CheckedContinuation<HTTPStreamingResponse, any Error>) -> Bool {
        lock.lock()
        guard let failure = earlyFailure else {
            head = continuation
            lock.unlock()
            return true
        }
        earlyFailure = nil
        lock.unlock()
        continuation.resume(throwing: failure)
        return false
    }

    func attach(_ task: URLSessionTask) {
        lock.lock()
        let alreadyFinished = state == .finished
        if !alreadyFinished { self.task = task }
        lock.unlock()
        if alreadyFinished { task.cancel() }
    }

    /// Fails the exchange with a timeout unless the head arrives within `timeout`.
    func startDeadline(after timeout: Duration) {
        let deadline = Task { [weak self] in
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            self?.fail(APIError(kind: .timeout, message: "No response within \(timeout)."))
        }
        lock.lock()
        let waiting = state == .waitingForHead
        if waiting { self.deadline = deadline }
        lock.unlock()
        if !waiting { deadline.cancel() }
    }

    /// Ends the exchange with `error` if the head has not arrived yet (cancellation, deadline).
    func fail(_ error: any Error) {
        lock.lock()
        guard state == .waitingForHead else {
            lock.unlock()
            return
        }
        state = .finished
        let head = self.head
        let task = self.task
        let deadline = self.deadline
        self.head = nil
        self.task = nil
        self.deadline = nil
        if head == nil { earlyFailure = error }
        lock.unlock()

        deadline?.cancel()
        task?.cancel()
        head?.resume(throwing: error)
    }

    /// The status and headers arrived: hands the caller a response whose body this exchange feeds.
    func receive(_ response: URLResponse) {
        guard let httpResponse = response as? HTTPURLResponse else {
            fail(APIError(kind: .connection, message: "The server's answer is not an HTTP response."))
            return
        }
        var bodyContinuation: AsyncThrowingStream<Data, any Error>.Continuation?
        let body = AsyncThrowingStream<Data, any Error> { bodyContinuation = $0 }
        lock.lock()
        guard state == .waitingForHead, let head else {
            lock.unlock()
            return
        }
        state = .streaming
        self.head = nil
        self.body = bodyContinuation
        let deadline = self.deadline
        self.deadline = nil
        lock.unlock()

        deadline?.cancel()
        bodyContinuation?.onTermination = { [weak self] termination in
            if case .cancelled = termination { self?.cancel() }
        }
        head.resume(
            returning: HTTPStreamingResponse(
                statusCode: httpResponse.statusCode, headers: URLSessionTransport.makeHeaders(httpResponse), body: body)
        )
    }

    /// A piece of the body arrived.
    func receive(_ data: Data) {
        lock.lock()
        let body = self.body
        lock.unlock()
        body?.yield(data)
    }

    /// The task ended, after the whole body or with `error`.
    func complete(error: (any Error)?) {
        lock.lock()
        let previous = state
        state = .finished
        let head = self.head
        let body = self.body
        let deadline = self.deadline
        self.head = nil
        self.body = nil
        self.task = nil
        self.deadline = nil
        lock.unlock()

        deadline?.cancel()
        switch previous {
        case .waitingForHead:
            let failure =
                error.map(URLSessionTransport.mapError)
                ?? APIError(kind: .connection, message: "The connection closed without a response.")
            if let head {
                head.resume(throwing: failure)
            } else {
                lock.lock()
                earlyFailure = failure
                lock.unlock()
            }
        case .streaming:
            if let error {
                body?.finish(throwing: URLSessionTransport.mapError(error))
            } else {
                body?.finish()
            }
        case .finished:
            break
        }
    }

    /// The consumer stopped reading the body: cancels the request, which closes its connection.
    private func cancel() {
        lock.lock()
        let task = self.task
        self.task = nil
        lock.unlock()
        task?.cancel()
    }
}

/// Routes the streaming session's callbacks to the exchange of each task.
private final class StreamingSessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var exchanges: [Int: StreamingExchange] = [:]
    private let followsRedirects: Bool

    init(followsRedirects: Bool) {
        self.followsRedirects = followsRedirects
    }

    func register(_ exchange: StreamingExchange, for task: URLSessionTask) {
        lock.lock()
        exchanges[task.taskIdentifier] = exchange
        lock.unlock()
    }

    private func exchange(for task: URLSessionTask, removing: Bool = false) -> StreamingExchange? {
        lock.lock()
        defer { lock.unlock() }
        return removing ? exchanges.removeValue(forKey: task.taskIdentifier) : exchanges[task.taskIdentifier]
    }

    func urlSession(
        _ session: URLSession,
        dataTask: URLSessionDataTask,
        didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        exchange(for: dataTask)?.receive(response)
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        exchange(for: dataTask)?.receive(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        exchange(for: task, removing: true)?.complete(error: error)
    }

    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(followsRedirects ? request : nil)
    }
}

/// Refuses every redirect, so the 3xx response itself is delivered.
private final class RedirectRefusingDelegate: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

extension Duration {
    /// The duration in seconds.
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
