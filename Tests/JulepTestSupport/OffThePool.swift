import Foundation

/// `work`'s value, computed on a thread of its own while the calling test waits without a thread.
///
/// Every test target runs in one `swift test` process, and Swift's cooperative pool has one thread
/// per core (two here). A test that holds one for seconds of synchronous work (generating a large
/// document, waiting for a process) stalls every async test meanwhile: the generated SDK's wire
/// tests, which run in this process too, have a time limit (three minutes).
public func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
