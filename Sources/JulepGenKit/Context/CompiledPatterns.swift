import Foundation

/// The spec's `pattern`s compiled once per run: the sample values of a model and of every
/// operation that takes it check the same few patterns again and again, and compiling one
/// (building ICU's character sets for `\p{…}`) costs far more than matching it.
///
/// `@unchecked Sendable`: `compiled` is only read or written while holding `lock`, and an
/// `NSRegularExpression` is immutable, safe to match from several threads.
final class CompiledPatterns: @unchecked Sendable {
    static let shared = CompiledPatterns()

    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression?] = [:]

    /// `pattern` compiled, or `nil` when it is not a regular expression `NSRegularExpression` reads.
    func regex(_ pattern: String) -> NSRegularExpression? {
        if let known = lock.withLock({ compiled[pattern] }) { return known }
        let regex = try? NSRegularExpression(pattern: pattern)
        lock.withLock { compiled[pattern] = regex }
        return regex
    }
}
