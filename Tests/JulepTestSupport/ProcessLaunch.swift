import Foundation

/// Starts child processes one at a time across the whole test run.
///
/// The tests of every target run in one process and start compilers, `diff` and `julep-gen`
/// side by side; Foundation's `Process.run()` on Linux is not safe to call from several threads at
/// once (it crashed once in `memcpy` inside `run()` under a full test run). Only the start is
/// serialised: the children still run, and are waited for, in parallel.
public enum ProcessLaunch {
    private static let lock = NSLock()

    public static func run(_ process: Process) throws {
        lock.lock()
        defer { lock.unlock() }
        try process.run()
    }
}
