/// What changed from one ``APISurface`` to another, judged by Swift's source-compatibility rules
/// for code that uses the SDK (docs/cli.md states the rules and why).
///
/// Types are matched by name, members by kind and name (initializers by their labels, overloads
/// by their argument types); when an overload comes or goes, or an initializer's labels change,
/// the members left over are paired each with the closest one. A member missing on one side that has the same identity as one missing
/// on the other (a method for the same HTTP request, a case with the same JSON value, a property
/// with the same JSON key) was renamed. A member kept as a deprecated forward is reported
/// deprecated, not removed. ``SurfaceMemberComparison`` compares two versions of one member;
/// ``SurfaceChangeList`` turns the findings into the report's entries.
public enum SurfaceComparison {
    public static func changes(from old: APISurface, to new: APISurface) -> [SurfaceChange] {
        guard old.types != new.types else { return [] }
        let old = inheritingProtocolMembers(old)
        let new = inheritingProtocolMembers(new)
        var findings: [SurfaceFinding] = []
        let oldTypes = Dictionary(old.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newTypeNames = Set(new.types.map(\.name))
        for (index, type) in new.types.enumerated() {
            let position = SurfaceSymbol.position(type: index, member: 0)
            guard let previous = oldTypes[type.name] else {
                findings.append(typeFinding(.added, .compatible, type, detail: nil, position: position))
                continue
            }
            for difference in compareTypes(previous, type) {
                findings.append(typeFinding(.changed, difference.impact, type, detail: difference.detail, position: position))
            }
        }
        for (index, type) in old.types.enumerated() where !newTypeNames.contains(type.name) {
            findings.append(typeFinding(.removed, .breaking, type, detail: nil, position: SurfaceSymbol.position(type: index, member: 0)))
        }
        let common = Set(oldTypes.keys).intersection(newTypeNames)
        findings += compareMembers(SurfaceSymbol.symbols(of: old), SurfaceSymbol.symbols(of: new), within: common)
        return SurfaceChangeList.changes(findings, payloads: payloadTypes(old).merging(payloadTypes(new)) { _, new in new })
    }

    private static func typeFinding(
        _ kind: SurfaceChange.Kind, _ impact: SurfaceChange.Impact, _ type: SurfaceType, detail: String?, position: Int
    ) -> SurfaceFinding {
        let subject = "\(type.kind.rawValue) \(type.name)"
        return SurfaceFinding(
            kind: kind, impact: impact, subject: subject, detail: detail, group: "type:" + type.name, shortName: subject,
            position: position, owner: type.name, memberKind: nil, memberName: "")
    }

    /// `surface` with each type also holding the members of the protocols of the surface it
    /// conforms to, as callers see them: a factory moved from a union into a protocol the union
    /// conforms to (`UnionCaseProtocols`) is no change to code that calls it. A protocol's
    /// requirement that the type's own case fulfils (`static func log(_ value: LogStep)` for
    /// `case log(LogStep)`) is the case, not another member. The protocols keep no members of their
    /// own here, so a changed factory is reported once per union, as callers meet it.
    static func inheritingProtocolMembers(_ surface: APISurface) -> APISurface {
        let protocols = Dictionary(
            surface.types.filter { $0.kind == .protocolType }.map { ($0.name, $0.members) }, uniquingKeysWith: { first, _ in first })
        guard !protocols.isEmpty else { return surface }
        var result = surface
        for index in result.types.indices where result.types[index].kind != .protocolType {
            let type = result.types[index]
            for conformance in type.conformances {
                for member in protocols[conformance] ?? [] {
                    let isCase = type.members.contains {
                        $0.kind == .enumCase && $0.name == member.name && $0.parameters?.map(\.type) == member.parameters?.map(\.type)
                    }
                    if !isCase { result.types[index].members.append(member) }
                }
            }
        }
        for index in result.types.indices where result.types[index].kind == .protocolType {
            result.types[index].members = []
        }
        return result
    }

    /// The type a union case holds, by `Owner.case`, for cases that hold one value.
    private static func payloadTypes(_ surface: APISurface) -> [String: String] {
        var types: [String: String] = [:]
        for type in surface.types {
            for member in type.members where member.kind == .enumCase {
                if let parameters = member.parameters, parameters.count == 1 { types[type.name + "." + member.name] = parameters[0].type }
            }
        }
        return types
    }

    // MARK: Types

    static func compareTypes(_ old: SurfaceType, _ new: SurfaceType) -> [SurfaceDifference] {
        var differences: [SurfaceDifference] = []
        if old.kind != new.kind {
            differences.append(SurfaceDifference(.breaking, "was \(article(old.kind))"))
        } else if old.aliasTarget != new.aliasTarget {
            differences.append(SurfaceDifference(.breaking, "stands for `\(new.aliasTarget ?? "")`, was `\(old.aliasTarget ?? "")`"))
        }
        // Conformances of a type that became another kind of type say nothing more.
        if old.kind == new.kind {
            for conformance in old.conformances where !new.conformances.contains(conformance) {
                differences.append(SurfaceDifference(.breaking, "no longer `\(conformance)`"))
            }
            for conformance in new.conformances where !old.conformances.contains(conformance) {
                differences.append(SurfaceDifference(.compatible, "`\(conformance)` now"))
            }
        }
        if let difference = SurfaceMemberComparison.compareDeprecations(old.deprecation, new.deprecation) {
            differences.append(difference)
        }
        return differences
    }

    private static func article(_ kind: SurfaceType.Kind) -> String {
        switch kind {
        case .structure: "a struct"
        case .enumeration: "an enum"
        case .alias: "a typealias"
        case .protocolType: "a protocol"
        }
    }

    // MARK: Members

    private static func compareMembers(_ old: [SurfaceSymbol], _ new: [SurfaceSymbol], within owners: Set<String>) -> [SurfaceFinding] {
        let old = old.filter { owners.contains($0.owner) }
        let new = new.filter { owners.contains($0.owner) }
        let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(new.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var pairs: [String: SurfaceSymbol] = [:]  // new key → its old symbol
        for symbol in new where oldByKey[symbol.key] != nil { pairs[symbol.key] = oldByKey[symbol.key] }
        var unmatchedOld = old.filter { newByKey[$0.key] == nil }
        var unmatchedNew = new.filter { pairs[$0.key] == nil }
        var renamed: Set<String> = []  // new keys of renamed members
        pairOverloads(&unmatchedOld, &unmatchedNew, into: &pairs)
        pairRemaining(&unmatchedOld, &unmatchedNew, into: &pairs, renamed: &renamed)
        var groupOfOld: [String: String] = [:]  // an old group → the new one it became
        for (newKey, symbol) in pairs where !symbol.isTwin {
            if let match = newByKey[newKey] { groupOfOld[symbol.group] = match.group }
        }
        var findings: [SurfaceFinding] = []
        func add(
            _ kind: SurfaceChange.Kind, _ symbol: SurfaceSymbol, _ difference: SurfaceDifference, subject: String? = nil,
            group: String? = nil
        ) {
            findings.append(
                SurfaceFinding(
                    kind: kind, impact: difference.impact, subject: subject ?? symbol.subject,
                    detail: difference.detail.isEmpty ? nil : difference.detail, group: group ?? symbol.group,
                    shortName: symbol.shortName, position: symbol.position, owner: symbol.owner, memberKind: symbol.member.kind,
                    memberName: symbol.member.name, argument: difference.argument))
        }
        // A value an enum did not know was decoded as `.unknown`; a type that was no enum had no such case.
        let formerEnums = Set(old.filter(\.ownerIsForwardCompatible).map(\.owner))
        for symbol in new {
            guard let previous = pairs[symbol.key] else {
                add(.added, symbol, SurfaceMemberComparison.addition(symbol, ownerWasEnum: formerEnums.contains(symbol.owner)))
                continue
            }
            // Most members did not change; the comparison below is for those that did.
            if previous.member == symbol.member, !renamed.contains(symbol.key) { continue }
            if renamed.contains(symbol.key) {
                add(.changed, symbol, SurfaceDifference(.breaking, "renamed `\(symbol.member.name)`"), subject: previous.subject)
            }
            for difference in SurfaceMemberComparison.compare(previous.member, symbol.member, isTwin: symbol.isTwin) {
                add(.changed, symbol, difference)
            }
        }
        for symbol in unmatchedOld {
            let detail = symbol.member.deprecation != nil && !symbol.isTwin ? "it was deprecated" : ""
            add(.removed, symbol, SurfaceDifference(.breaking, detail), group: groupOfOld[symbol.group] ?? "old:" + symbol.group)
        }
        return findings
    }

    /// Pairs the overloads of one name whose keys changed because an overload was added or
    /// removed (a member's key has its argument types only while it has overloads), and the
    /// initializers of a type whose labels changed: each old one
    /// with the new one closest to it (the same arguments first, then the fewest breaking and the
    /// fewest differences), so the one that stayed is unchanged and the other is added or removed.
    private static func pairOverloads(
        _ old: inout [SurfaceSymbol], _ new: inout [SurfaceSymbol], into pairs: inout [String: SurfaceSymbol]
    ) {
        let newGroups = Set(new.map(\.overloadGroup))
        var candidates: [(score: [Int], old: SurfaceSymbol, new: SurfaceSymbol)] = []
        for oldSymbol in old where newGroups.contains(oldSymbol.overloadGroup) {
            for newSymbol in new where newSymbol.overloadGroup == oldSymbol.overloadGroup && newSymbol.isTwin == oldSymbol.isTwin {
                let differences = SurfaceMemberComparison.compare(oldSymbol.member, newSymbol.member, isTwin: newSymbol.isTwin)
                let sameArguments = oldSymbol.member.parameters == newSymbol.member.parameters
                let breaking = differences.filter { $0.impact == .breaking }.count
                candidates.append(([sameArguments ? 0 : 1, breaking, differences.count, oldSymbol.position, newSymbol.position], oldSymbol, newSymbol))
            }
        }
        var pairedOld: Set<String> = []
        var pairedNew: Set<String> = []
        for candidate in candidates.sorted(by: { $0.score.lexicographicallyPrecedes($1.score) }) {
            guard !pairedOld.contains(candidate.old.key), !pairedNew.contains(candidate.new.key) else { continue }
            pairs[candidate.new.key] = candidate.old
            pairedOld.insert(candidate.old.key)
            pairedNew.insert(candidate.new.key)
        }
        old.removeAll { pairedOld.contains($0.key) }
        new.removeAll { pairedNew.contains($0.key) }
    }

    /// Pairs what is left on both sides: members that kept their identity under a new name (and
    /// the methods beside a renamed method).
    private static func pairRemaining(
        _ old: inout [SurfaceSymbol], _ new: inout [SurfaceSymbol], into pairs: inout [String: SurfaceSymbol],
        renamed: inout Set<String>
    ) {
        func pair(_ oldSymbol: SurfaceSymbol, _ newSymbol: SurfaceSymbol) {
            pairs[newSymbol.key] = oldSymbol
            old.removeAll { $0.key == oldSymbol.key }
            new.removeAll { $0.key == newSymbol.key }
        }
        func identity(_ symbol: SurfaceSymbol) -> String? {
            guard !symbol.isTwin else { return nil }
            let member = symbol.member
            switch member.kind {
            case .method: return member.operation.map { "\(symbol.owner) \($0)" }
            case .enumCase, .property: return "\(symbol.owner) \(member.kind.rawValue) \(member.wireName ?? member.name)"
            default: return nil
            }
        }
        let oldByIdentity = Dictionary(grouping: old.filter { identity($0) != nil }) { identity($0)! }
        let newByIdentity = Dictionary(grouping: new.filter { identity($0) != nil }) { identity($0)! }
        for (key, candidates) in newByIdentity.sorted(by: { $0.key < $1.key }) {
            guard candidates.count == 1, let previous = oldByIdentity[key], previous.count == 1 else { continue }
            let (oldSymbol, newSymbol) = (previous[0], candidates[0])
            let oldTwins = old.filter { $0.isTwin && $0.group == oldSymbol.key }
            pair(oldSymbol, newSymbol)
            renamed.insert(newSymbol.key)
            // `withRawResponse.old` became `withRawResponse.new`, `oldAll` became `newAll`.
            for twin in oldTwins {
                let renamedPath = twin.member.name.replacingOccurrences(of: oldSymbol.member.name, with: newSymbol.member.name)
                if let counterpart = new.first(where: { $0.isTwin && $0.group == newSymbol.key && $0.member.name == renamedPath }) {
                    pair(twin, counterpart)
                }
            }
        }
    }
}
