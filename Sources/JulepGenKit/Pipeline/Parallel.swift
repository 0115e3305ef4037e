import Foundation

/// Work spread over the machine's cores, for the pipeline's independent steps (parsing the
/// templates while the spec is read, rendering files, building test suites), on threads with a
/// stack large enough for the deepest document `NestingLimit` lets through.
///
/// Threads of our own rather than Swift concurrency or Dispatch: `Generator.run` is synchronous
/// (the command line and the tests call it from plain code), blocking on a task group from
/// synchronous code would tie up the cooperative pool, and neither lets us choose the stack size
/// (Dispatch's worker threads have 512 KB on macOS). Results come back in the order of the input,
/// so the output and the diagnostics do not depend on which core finished first.
enum Parallel {
    /// The stack of every thread the pipeline runs on: the stages recurse once per level of a
    /// document's nesting, which `NestingLimit.maximumDepth` bounds. Only the pages a thread
    /// touches take memory.
    static let stackSize = 512 << 20

    /// `work`'s value, computed on a thread with a stack of `stackSize`; the caller waits.
    static func onLargeStack<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> Value {
        start(work).wait()
    }

    /// `transform` of every element, in the elements' order, computed on all cores.
    static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Value
    ) -> [Value] {
        let results = Results<Value>(count: elements.count)
        let next = Counter()
        let workers = min(elements.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let pending = (0..<workers).map { _ in
            start {
                while let index = next.take(below: elements.count) {
                    results.set(transform(elements[index]), at: index)
                }
            }
        }
        for worker in pending { worker.wait() }
        return results.values
    }

    /// Starts `work` on a thread of its own (with a stack of `stackSize`); `wait()` on the result
    /// returns its value.
    static func start<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> Pending<Value> {
        let pending = Pending<Value>()
        let thread = Thread {
            pending.results.set(work(), at: 0)
            pending.done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        return pending
    }

    /// A value `start(_:)` is computing.
    final class Pending<Value: Sendable>: Sendable {
        fileprivate let done = DispatchSemaphore(value: 0)
        fileprivate let results = Results<Value>(count: 1)

        /// Blocks until the value is there; call once.
        func wait() -> Value {
            done.wait()
            return results.values[0]
        }
    }

    /// Hands out the indices `0..<count` one at a time to the threads of `map`.
    ///
    /// `@unchecked Sendable`: `value` is only read or written while holding `lock`.
    fileprivate final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func take(below count: Int) -> Int? {
            lock.withLock {
                guard value < count else { return nil }
                defer { value += 1 }
                return value
            }
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
