import Dispatch
import Foundation

/// Work spread over the machine's cores, for the pipeline's independent steps (parsing the
/// templates while the spec is read, rendering files, building test suites).
///
/// Dispatch rather than Swift concurrency: `Generator.run` is synchronous (the command line and
/// the tests call it from plain code), and blocking on a task group from synchronous code would
/// tie up the cooperative pool. Results come back in the order of the input, so the output and
/// the diagnostics do not depend on which core finished first.
enum Parallel {
    /// `transform` of every element, in the elements' order, computed on all cores.
    static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Value
    ) -> [Value] {
        if elements.count < 2 { return elements.map(transform) }
        let results = Results<Value>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            results.set(transform(elements[index]), at: index)
        }
        return results.values
    }

    /// Starts `work` on another thread; `wait()` on the result returns its value.
    static func start<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> Pending<Value> {
        let pending = Pending<Value>()
        DispatchQueue.global().async(group: pending.group) { pending.results.set(work(), at: 0) }
        return pending
    }

    /// A value `start(_:)` is computing.
    final class Pending<Value: Sendable>: Sendable {
        fileprivate let group = DispatchGroup()
        fileprivate let results = Results<Value>(count: 1)

        /// Blocks until the value is there.
        func wait() -> Value {
            group.wait()
            return results.values[0]
        }
    }

    /// One slot per index, filled from several threads.
    ///
    /// `@unchecked Sendable`: `slots` is only read or written while holding `lock`. (The standard
    /// library's `Mutex` would say so to the compiler, but needs macOS 15; the package supports 13.)
    fileprivate final class Results<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ value: Value, at index: Int) {
            lock.withLock { slots[index] = value }
        }

        /// Every slot; call once all of them were set.
        var values: [Value] {
            lock.withLock { slots.map { $0! } }
        }
    }
}
