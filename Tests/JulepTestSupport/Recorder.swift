import Foundation

/// Collects values from any task or thread.
public final class Recorder<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Value] = []

    public init() {}

    public func append(_ value: Value) {
        lock.lock()
        recorded.append(value)
        lock.unlock()
    }

    /// Everything recorded so far, in order.
    public var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}

/// A sleeper for `ClientConfiguration.sleep` that records the requested waits and returns at once.
public final class RecordingSleeper: Sendable {
    private let recorder = Recorder<Duration>()

    public init() {}

    /// The waits requested so far.
    public var delays: [Duration] { recorder.values }

    /// The closure to install as `ClientConfiguration.sleep`.
    public var sleep: @Sendable (Duration) async throws -> Void {
        { [recorder] duration in
            recorder.append(duration)
            try Task.checkCancellation()
        }
    }
}

/// A one-shot signal between a test and a server thread.
public final class Signal: @unchecked Sendable {
    private let condition = NSCondition()
    private var isSet = false

    public init() {}

    public func set() {
        condition.lock()
        isSet = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether `set()` was called.
    public var isSignalled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return isSet
    }

    /// Waits for `set()` without blocking a thread of the cooperative pool; `false` on timeout.
    public func waitAsync(timeout: Duration) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while !isSignalled {
            guard clock.now < deadline, (try? await Task.sleep(for: .milliseconds(5))) != nil else { return isSignalled }
        }
        return true
    }

    /// Waits for `set()`, blocking the calling thread (a server thread, never a task); `false` on timeout.
    public func wait(timeout: TimeInterval) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while !isSet {
            if !condition.wait(until: deadline) { return isSet }
        }
        return true
    }
}

/// A thread-safe counter: `next()` returns 1, 2, 3, …
public final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    public init() {}

    public func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
