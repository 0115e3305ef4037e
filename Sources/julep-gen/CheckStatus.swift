import JulepGenKit

/// The exit status of `--check` (and `diff`) by what the API change is, so CI can tell a change
/// that needs a new major version from one that does not. 1 is also every error's status.
enum CheckStatus: Int32 {
    /// Up to date (`--check`), the same API (`diff`).
    case unchanged = 0
    /// A breaking or behaviour change, or (`--check`) an API change that cannot be told because the
    /// output has no readable `API.md`.
    case breaking = 1
    /// Additions, deprecations and other changes that code written against the old API survives.
    case compatible = 2
    /// `--check`: the output is out of date but its public API is the same (docs, implementation, tests).
    case apiUnchanged = 3

    /// For `--check` on an out-of-date output; `nil` when the API change is not known.
    init(_ verdict: SurfaceReport.Verdict?) {
        switch verdict {
        case .breaking?, nil: self = .breaking
        case .compatible?: self = .compatible
        case .unchanged?: self = .apiUnchanged
        }
    }

    var summary: String {
        switch self {
        case .unchanged: "the API is unchanged"
        case .breaking: "the API change is breaking"
        case .compatible: "the API change is compatible"
        case .apiUnchanged: "the public API is unchanged"
        }
    }
}
