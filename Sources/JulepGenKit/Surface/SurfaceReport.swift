/// The API changes between two surfaces as the command line prints them, and the verdict its
/// exit status gives.
///
///     API changes: 2 breaking, 1 behaviour, 1 compatible
///     removed:
///       breaking    AgentsResource.get(…) (also withRawResponse.get(…), JulepAPI.agentsRouteGet(…))
///     changed:
///       behaviour   AgentsResource.list(…): argument `direction:` defaults to `.desc`, was `.asc`
///     added:
///       breaking    SortDirection.random: new case: an exhaustive `switch` must handle it
///       compatible  ChatResponse.text: `String?`
public struct SurfaceReport: Sendable, Hashable {
    public enum Verdict: Sendable, Hashable {
        case unchanged
        /// Only additions, deprecations and other changes code written against the old API survives.
        case compatible
        /// At least one breaking or behaviour change.
        case breaking
    }

    public var changes: [SurfaceChange]

    public init(changes: [SurfaceChange]) {
        self.changes = changes
    }

    public init(from old: APISurface, to new: APISurface) {
        self.init(changes: SurfaceComparison.changes(from: old, to: new))
    }

    public var verdict: Verdict {
        if changes.isEmpty { return .unchanged }
        return changes.contains { $0.impact == .breaking || $0.impact == .behaviour } ? .breaking : .compatible
    }

    /// `API changes: 2 breaking, 1 compatible` then one line per change under `removed:`,
    /// `changed:` and `added:`; `API unchanged.` when there is none.
    public var text: String {
        guard !changes.isEmpty else { return "API unchanged.\n" }
        let counts = SurfaceChange.Impact.allCases.compactMap { impact -> String? in
            let count = changes.filter { $0.impact == impact }.count
            return count == 0 ? nil : "\(count) \(impact.rawValue)"
        }
        var lines = ["API changes: " + counts.joined(separator: ", ")]
        for kind in SurfaceChange.Kind.allCases {
            let entries = changes.filter { $0.kind == kind }
            guard !entries.isEmpty else { continue }
            lines.append("\(kind.rawValue):")
            for change in entries {
                let impact = change.impact.rawValue + String(repeating: " ", count: max(0, 10 - change.impact.rawValue.count))
                var line = "  \(impact)  \(change.subject)"
                if let detail = change.detail { line += ": " + detail }
                if !change.alsoIn.isEmpty { line += " (also \(change.alsoIn.joined(separator: ", ")))" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
