// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Dispatch

/// Runs an action once after a delay, on a serial Dispatch queue of its own rather than Swift's
/// cooperative thread pool: a request's deadline fires on time even while the app keeps every
/// thread of the pool busy (a serial queue gets a thread when it needs one).
final class DeadlineTimer: @unchecked Sendable {
    /// Where every deadline fires; its actions are short (they end an exchange).
    private static let queue = DispatchQueue(label: "sdk-runtime.deadlines")
    private let source: any DispatchSourceTimer

    /// Starts the timer; `action` runs once, `delay` from now, unless ``cancel()`` comes first.
    init(after delay: Duration, action: @escaping @Sendable () -> Void) {
        let (seconds, attoseconds) = delay.components
        let nanoseconds = max(0, seconds) * 1_000_000_000 + max(0, attoseconds) / 1_000_000_000
        source = DispatchSource.makeTimerSource(queue: Self.queue)
        source.setEventHandler(handler: action)
        source.schedule(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds)))
        source.resume()
    }

    /// Stops the timer; the action does not run if it has not started. Later calls do nothing.
    func cancel() {
        source.cancel()
    }
}
