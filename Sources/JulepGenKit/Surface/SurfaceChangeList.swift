/// The report's entries from the comparison's findings, each change said once:
///
/// - The methods for one request (the manager's, `…All`, `withRawResponse`'s, the route API's)
///   changed the same way are one entry naming the others after "also".
/// - A memberwise initializer's argument changes with its property: it joins the property's entry
///   of the same impact as "init(…)'s argument".
/// - A union's factory (`static func text(…)`) takes the initializer arguments of its case's
///   object: a change there joins the initializer's entry.
/// - A union case's accessor and factory come and go with the case.
///
/// Entries are ordered removed, changed, added; within each by impact, then as the file lists them.
enum SurfaceChangeList {
    static func changes(_ findings: [SurfaceFinding], payloads: [String: String]) -> [SurfaceChange] {
        let findings = findings.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }.map(\.element)
        var target = [Int?](repeating: nil, count: findings.count)
        var alias = [String](repeating: "", count: findings.count)
        var byMember: [String: [Int]] = [:]
        for (index, finding) in findings.enumerated() {
            guard let kind = finding.memberKind else { continue }
            byMember[key(finding.owner, finding.memberName, kind), default: []].append(index)
        }
        func first(_ key: String, matching finding: SurfaceFinding, sameDetail: Bool = false, sameKind: Bool = true) -> Int? {
            byMember[key]?.first { other in
                let candidate = findings[other]
                return candidate.impact == finding.impact && (!sameKind || candidate.kind == finding.kind)
                    && (!sameDetail || candidate.detail == finding.detail)
            }
        }
        for (index, finding) in findings.enumerated() {
            switch finding.memberKind {
            case .initializer?:
                guard let argument = finding.argument,
                    let property = first(key(finding.owner, argument, .property), matching: finding, sameKind: false)
                else { continue }
                (target[index], alias[index]) = (property, "init(…)'s argument")
            case .staticMethod?:
                if finding.argument != nil, let payload = payloads[finding.owner + "." + finding.memberName],
                    let initializer = first(key(payload, "init", .initializer), matching: finding, sameDetail: true)
                {
                    (target[index], alias[index]) = (initializer, "\(finding.owner).\(finding.memberName)(…)")
                } else if finding.argument == nil, let enumCase = first(key(finding.owner, finding.memberName, .enumCase), matching: finding) {
                    (target[index], alias[index]) = (enumCase, "static func \(finding.memberName)(…)")
                }
            case .property?:
                if let enumCase = first(key(finding.owner, finding.memberName, .enumCase), matching: finding) {
                    (target[index], alias[index]) = (enumCase, "var \(finding.memberName)")
                }
            default:
                break
            }
        }
        var changes: [SurfaceChange] = []
        var entryOf = [Int](repeating: -1, count: findings.count)
        var entries: [String: Int] = [:]
        for (index, finding) in findings.enumerated() where target[index] == nil {
            let joinKey = "\(finding.kind.rawValue)|\(finding.impact.rawValue)|\(finding.group)|\(finding.detail ?? "")"
            if let entry = entries[joinKey] {
                changes[entry].alsoIn.append(finding.shortName)
                entryOf[index] = entry
                continue
            }
            entries[joinKey] = changes.count
            entryOf[index] = changes.count
            changes.append(SurfaceChange(kind: finding.kind, impact: finding.impact, subject: finding.subject, detail: finding.detail))
        }
        // The initializer's argument first, then the rest as the file lists them.
        let folded = findings.indices.filter { target[$0] != nil }
        for index in folded.filter({ findings[$0].memberKind == .initializer }) + folded.filter({ findings[$0].memberKind != .initializer }) {
            var root = index
            while let next = target[root] { root = next }
            let entry = entryOf[root]
            if !changes[entry].alsoIn.contains(alias[index]) { changes[entry].alsoIn.append(alias[index]) }
        }
        let order = SurfaceChange.Kind.allCases
        return changes.enumerated().sorted { lhs, rhs in
            let left = (order.firstIndex(of: lhs.element.kind)!, lhs.element.impact)
            let right = (order.firstIndex(of: rhs.element.kind)!, rhs.element.impact)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func key(_ owner: String, _ name: String, _ kind: SurfaceMember.Kind) -> String {
        "\(owner).\(name)|\(kind.rawValue)"
    }
}
