/// The problems collected during one run.
///
/// Every stage appends to one of these instead of throwing at the first problem,
/// so a single run reports everything that is wrong with the input.
public struct Diagnostics: Sendable, Equatable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var isEmpty: Bool { all.isEmpty }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// How many diagnostics there are; with `truncate(to:)`, a way to try something and forget
    /// what it reported without copying everything reported before.
    var count: Int { all.count }

    /// Forgets every diagnostic after the first `count`.
    mutating func truncate(to count: Int) {
        all.removeSubrange(min(count, all.count)...)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    public mutating func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        append(.error(message, at: location, notes: notes))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        append(.warning(message, at: location, notes: notes))
    }

    /// Diagnostics in file order, so output is stable whatever order the stages found them in.
    /// Exact repeats (a YAML alias decoded twice reports the same spot twice) are shown once.
    public var sorted: [Diagnostic] {
        var seen: Set<Diagnostic> = []
        let unique = all.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// Turns every warning into an error (`--warnings-as-errors`).
    public mutating func promoteWarnings() {
        all = all.map { diagnostic in
            var copy = diagnostic
            if copy.severity == .warning { copy.severity = .error }
            return copy
        }
    }
}
