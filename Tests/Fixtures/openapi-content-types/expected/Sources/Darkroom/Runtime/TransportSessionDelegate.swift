// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What a task of ``URLSessionTransport``'s session reports to: ``BufferedExchange`` or ``StreamingExchange``.
protocol TransportExchange: AnyObject, Sendable {
    /// The status and headers arrived.
    func receive(_ response: URLResponse)
    /// A piece of the body arrived.
    func receive(_ data: Data)
    /// The task ended; `response` is its last response, if any.
    func complete(response: URLResponse?, error: (any Error)?)
    /// Ends the exchange with `error` before the response (too many redirects), from inside a
    /// delegate callback: the task is left to end on its own, as the callback's answer says.
    /// (Cancelling it while FoundationNetworking waits for a redirect decision traps there.)
    func abort(with error: APIError)
    /// The exchange's task, cancelled at once if the exchange has already ended.
    func attach(_ task: URLSessionTask)
    /// Fails the exchange with a timeout if it has not got far enough within `timeout`.
    func startDeadline(after timeout: Duration)
}

/// The delegate of ``URLSessionTransport``'s session: routes each task's callbacks to its
/// exchange, and decides about redirects with the task's ``RedirectRule``.
final class TransportSessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Registration {
        var exchange: any TransportExchange
        var redirects: RedirectRule
        var redirectCount = 0
    }

    private let lock = NSLock()
    private var registrations: [Int: Registration] = [:]
    private let followsRedirects: Bool

    init(followsRedirects: Bool) {
        self.followsRedirects = followsRedirects
    }

    /// Routes `task`'s callbacks to `exchange`; call before resuming the task.
    func register(_ exchange: any TransportExchange, redirects: RedirectRule, for task: URLSessionTask) {
        lock.lock()
        registrations[task.taskIdentifier] = Registration(exchange: exchange, redirects: redirects)
        lock.unlock()
    }

    private func registration(for task: URLSessionTask, removing: Bool = false) -> Registration? {
        lock.lock()
        defer { lock.unlock() }
        return removing ? registrations.removeValue(forKey: task.taskIdentifier) : registrations[task.taskIdentifier]
    }

    func urlSession(
        _ session: URLSession,
        dataTask: URLSessionDataTask,
        didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        registration(for: dataTask)?.exchange.receive(response)
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        registration(for: dataTask)?.exchange.receive(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        registration(for: task, removing: true)?.exchange.complete(response: task.response, error: error)
    }

    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        lock.lock()
        registrations[task.taskIdentifier]?.redirectCount += 1
        let registration = registrations[task.taskIdentifier]
        lock.unlock()
        guard followsRedirects, let registration else {
            completionHandler(nil)
            return
        }
        guard registration.redirectCount <= RedirectRule.maxRedirects else {
            registration.exchange.abort(
                with: APIError(
                    kind: .connection, message: "More than \(RedirectRule.maxRedirects) redirects in a row.",
                    underlying: URLError(.httpTooManyRedirects)))
            completionHandler(nil)
            return
        }
        completionHandler(registration.redirects.request(following: response, to: request))
    }
}
