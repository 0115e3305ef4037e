// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One exchange of ``URLSessionTransport/stream(_:)``: resumes the caller once with the response
/// head (or a failure), then feeds the body stream until the task completes.
final class StreamingExchange: TransportExchange, @unchecked Sendable {
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
    private var deadline: DeadlineTimer?

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
        if alreadyFinished { task.cancelWithoutWaiting() }
    }

    /// Fails the exchange with a timeout unless the head arrives within `timeout`.
    func startDeadline(after timeout: Duration) {
        let deadline = DeadlineTimer(after: timeout) { [weak self] in
            self?.fail(APIError(kind: .timeout, message: "No response within \(timeout)."))
        }
        lock.lock()
        let waiting = state == .waitingForHead
        if waiting { self.deadline = deadline }
        lock.unlock()
        if !waiting { deadline.cancel() }
    }

    /// Ends the exchange with `error` if the head has not arrived yet (cancellation, deadline),
    /// and cancels the task unless `cancellingTask` is `false`.
    func fail(_ error: any Error, cancellingTask: Bool = true) {
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
        head?.resume(throwing: error)
        if cancellingTask { task?.cancelWithoutWaiting() }
    }

    func abort(with error: APIError) {
        fail(error, cancellingTask: false)
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
    func complete(response: URLResponse?, error: (any Error)?) {
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
        task?.cancelWithoutWaiting()
    }
}
