/// One difference between two versions of an SDK's API, and what it means for code written
/// against the older one.
public struct SurfaceChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case removed, changed, added
    }

    /// By Swift's source-compatibility rules, for code that calls the SDK.
    public enum Impact: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Code that compiled against the old API may no longer compile.
        case breaking
        /// It still compiles, but does something else (a default value, a JSON name, a request).
        case behaviour
        /// Still there, deprecated: code compiles with a warning.
        case deprecated
        case compatible

        public static func < (lhs: Impact, rhs: Impact) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    public var impact: Impact
    /// What changed: `struct Agent`, `AgentsResource.list(…)`, `SortDirection.asc`.
    public var subject: String
    /// How, e.g. "argument `metadataFilter:` removed"; `nil` when the subject says it all.
    public var detail: String?
    /// The methods beside the subject for the same operation that changed the same way.
    public var alsoIn: [String]

    public init(kind: Kind, impact: Impact, subject: String, detail: String? = nil, alsoIn: [String] = []) {
        self.kind = kind
        self.impact = impact
        self.subject = subject
        self.detail = detail
        self.alsoIn = alsoIn
    }
}
