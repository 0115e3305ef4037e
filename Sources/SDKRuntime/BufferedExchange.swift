// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One exchange of ``URLSessionTransport/send(_:)``: collects the body as it arrives, up to a
/// limit, and completes exactly once: with the response, a failure, the deadline, or cancellation.
final class BufferedExchange: TransportExchange, @unchecked Sendable {
    private let lock = NSLock()
    private let maxBodyBytes: Int
    private var continuation: CheckedContinuation<HTTPResponse, any Error>?
    private var task: URLSessionTask?
    private var deadline: DeadlineTimer?
    private var earlyResult: Result<HTTPResponse, any Error>?
    private var isFinished = false
    private var head: (statusCode: Int, headers: HTTPHeaders)?
    private var body = Data()

    /// An exchange that fails with ``APIError/Kind/responseTooLarge`` past `maxBodyBytes` (`nil`: no limit).
    init(maxBodyBytes: Int?) {
        self.maxBodyBytes = maxBodyBytes ?? .max
    }

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
        if alreadyFinished { task.cancelWithoutWaiting() }
    }

    func startDeadline(after timeout: Duration) {
        let deadline = DeadlineTimer(after: timeout) { [weak self] in
            self?.finish(with: .failure(APIError(kind: .timeout, message: "The request timed out after \(timeout).")))
        }
        lock.lock()
        let alreadyFinished = isFinished
        if !alreadyFinished { self.deadline = deadline }
        lock.unlock()
        if alreadyFinished { deadline.cancel() }
    }

    /// The status and headers arrived. A `Content-Length` over the limit fails the exchange at once.
    func receive(_ response: URLResponse) {
        guard let httpResponse = response as? HTTPURLResponse else { return }
        let head = (httpResponse.statusCode, URLSessionTransport.makeHeaders(httpResponse))
        lock.lock()
        self.head = head
        // A new response (the answer to a followed redirect) starts a new body.
        body = Data()
        lock.unlock()
        if httpResponse.expectedContentLength > maxBodyBytes {
            finish(with: .failure(APIError.bodyTooLarge(limit: maxBodyBytes, statusCode: head.0, headers: head.1)))
        }
    }

    /// A piece of the body arrived: kept while the body stays within the limit.
    func receive(_ data: Data) {
        lock.lock()
        guard !isFinished else {
            lock.unlock()
            return
        }
        guard data.count <= maxBodyBytes - body.count else {
            let head = self.head
            lock.unlock()
            finish(
                with: .failure(
                    APIError.bodyTooLarge(
                        limit: maxBodyBytes, statusCode: head?.statusCode, headers: head?.headers ?? HTTPHeaders())))
            return
        }
        body.append(data)
        lock.unlock()
    }

    /// The task ended: with the whole response (`response` is the task's last), or with `error`.
    func complete(response: URLResponse?, error: (any Error)?) {
        if let error {
            finish(with: .failure(URLSessionTransport.mapError(error)))
            return
        }
        guard let httpResponse = response as? HTTPURLResponse else {
            finish(with: .failure(APIError(kind: .connection, message: "The server's answer is not an HTTP response.")))
            return
        }
        lock.lock()
        let body = self.body
        self.body = Data()
        lock.unlock()
        let headers = URLSessionTransport.makeHeaders(httpResponse)
        finish(with: .success(HTTPResponse(statusCode: httpResponse.statusCode, headers: headers, body: body)))
    }

    func abort(with error: APIError) {
        finish(with: .failure(error), cancellingTask: false)
    }

    /// Ends the exchange with `result` unless it already ended, and cancels the task unless
    /// `cancellingTask` is `false`.
    func finish(with result: Result<HTTPResponse, any Error>, cancellingTask: Bool = true) {
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
        body = Data()
        if continuation == nil { earlyResult = result }
        lock.unlock()

        deadline?.cancel()
        continuation?.resume(with: result)
        if cancellingTask { task?.cancelWithoutWaiting() }
    }
}
