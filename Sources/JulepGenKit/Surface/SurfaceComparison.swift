/// What changed from one ``APISurface`` to another, judged by Swift's source-compatibility rules
/// for code that uses the SDK (see docs/cli.md for the rules and why).
///
/// Types are matched by name, members by kind and name (initializers by their labels, or the one
/// left on each side). A member missing on one side that has the same identity as one missing
/// on the other (a method for the same HTTP request, a case with the same JSON value, a property
/// with the same JSON key) was renamed. A member kept as a deprecated forward is reported
/// deprecated, not removed.
public enum SurfaceComparison {
    public static func changes(from old: APISurface, to new: APISurface) -> [SurfaceChange] {
        var collector = Collector()
        let oldTypes = Dictionary(old.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newTypeNames = Set(new.types.map(\.name))
        for type in new.types {
            guard let previous = oldTypes[type.name] else {
                collector.add(.added, .compatible, subject: "\(type.kind.rawValue) \(type.name)", group: "type:" + type.name)
                continue
            }
            for (impact, detail) in compareTypes(previous, type) {
                collector.add(.changed, impact, subject: "\(type.kind.rawValue) \(type.name)", detail: detail, group: "type:" + type.name)
            }
        }
        for type in old.types where !newTypeNames.contains(type.name) {
            collector.add(.removed, .breaking, subject: "\(type.kind.rawValue) \(type.name)", group: "type:" + type.name)
        }
        let common = Set(oldTypes.keys).intersection(newTypeNames)
        compareMembers(SurfaceSymbol.symbols(of: old), SurfaceSymbol.symbols(of: new), within: common, into: &collector)
        // Removed first, then changed, then added; within each by impact, otherwise in file order.
        return collector.changes.enumerated().sorted { lhs, rhs in
            let left = (SurfaceChange.Kind.allCases.firstIndex(of: lhs.element.kind)!, lhs.element.impact)
            let right = (SurfaceChange.Kind.allCases.firstIndex(of: rhs.element.kind)!, rhs.element.impact)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    // MARK: Types

    static func compareTypes(_ old: SurfaceType, _ new: SurfaceType) -> [(SurfaceChange.Impact, String)] {
        var changes: [(SurfaceChange.Impact, String)] = []
        if old.kind != new.kind {
            changes.append((.breaking, "was \(article(old.kind))"))
        } else if old.aliasTarget != new.aliasTarget {
            changes.append((.breaking, "stands for `\(new.aliasTarget ?? "")`, was `\(old.aliasTarget ?? "")`"))
        }
        for conformance in old.conformances where !new.conformances.contains(conformance) {
            changes.append((.breaking, "no longer `\(conformance)`"))
        }
        for conformance in new.conformances where !old.conformances.contains(conformance) {
            changes.append((.compatible, "`\(conformance)` now"))
        }
        if let change = compareDeprecations(old.deprecation, new.deprecation) { changes.append(change) }
        return changes
    }

    private static func article(_ kind: SurfaceType.Kind) -> String {
        switch kind {
        case .structure: "a struct"
        case .enumeration: "an enum"
        case .alias: "a typealias"
        }
    }

    // MARK: Members

    private static func compareMembers(
        _ old: [SurfaceSymbol], _ new: [SurfaceSymbol], within owners: Set<String>, into collector: inout Collector
    ) {
        let old = old.filter { owners.contains($0.owner) }
        let new = new.filter { owners.contains($0.owner) }
        let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map(\.key))
        var pairs: [String: SurfaceSymbol] = [:]  // new key → its old symbol
        for symbol in new where oldByKey[symbol.key] != nil { pairs[symbol.key] = oldByKey[symbol.key] }
        var unmatchedOld = old.filter { !newKeys.contains($0.key) }
        var unmatchedNew = new.filter { pairs[$0.key] == nil }
        var renamed: Set<String> = []  // new keys of renamed members
        pairRemaining(&unmatchedOld, &unmatchedNew, into: &pairs, renamed: &renamed)
        let newByKey = Dictionary(new.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var groupOfOld: [String: String] = [:]  // an old group → the new one it became
        for (newKey, symbol) in pairs where !symbol.isTwin {
            if let match = newByKey[newKey] { groupOfOld[symbol.group] = match.group }
        }
        for symbol in new {
            guard let previous = pairs[symbol.key] else {
                let (impact, detail) = addition(symbol)
                collector.add(.added, impact, subject: symbol.subject, detail: detail, group: symbol.group, short: symbol.shortName)
                continue
            }
            if renamed.contains(symbol.key) {
                collector.add(
                    .changed, .breaking, subject: previous.subject, detail: "renamed `\(symbol.member.name)`",
                    group: symbol.group, short: previous.shortName)
            }
            for (impact, detail) in compare(previous.member, symbol.member, isTwin: symbol.isTwin) {
                collector.add(.changed, impact, subject: symbol.subject, detail: detail, group: symbol.group, short: symbol.shortName)
            }
        }
        for symbol in unmatchedOld {
            let group = groupOfOld[symbol.group] ?? "old:" + symbol.group
            collector.add(
                .removed, .breaking, subject: symbol.subject,
                detail: symbol.member.deprecation != nil && !symbol.isTwin ? "it was deprecated" : nil, group: group,
                short: symbol.shortName)
        }
    }

    /// Pairs what is left on both sides: the one initializer of a type whose labels changed, and
    /// members that kept their identity under a new name (and the methods beside a renamed method).
    private static func pairRemaining(
        _ old: inout [SurfaceSymbol], _ new: inout [SurfaceSymbol], into pairs: inout [String: SurfaceSymbol],
        renamed: inout Set<String>
    ) {
        func pair(_ oldSymbol: SurfaceSymbol, _ newSymbol: SurfaceSymbol) {
            pairs[newSymbol.key] = oldSymbol
            old.removeAll { $0.key == oldSymbol.key }
            new.removeAll { $0.key == newSymbol.key }
        }
        let oldInits = Dictionary(grouping: old.filter { $0.member.kind == .initializer }, by: \.owner)
        let newInits = Dictionary(grouping: new.filter { $0.member.kind == .initializer }, by: \.owner)
        for (owner, initializers) in oldInits.sorted(by: { $0.key < $1.key }) {
            if initializers.count == 1, let other = newInits[owner], other.count == 1 { pair(initializers[0], other[0]) }
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

    private static func addition(_ symbol: SurfaceSymbol) -> (SurfaceChange.Impact, String?) {
        let member = symbol.member
        switch member.kind {
        case .enumCase:
            var detail = "new case: an exhaustive `switch` must handle it"
            if symbol.ownerIsForwardCompatible, let value = member.wireName {
                detail += " (`\(SwiftLiteral.string(value))` decoded as `.unknown` before)"
            }
            return (.breaking, detail)
        case .property, .constant, .staticConstant:
            return (.compatible, member.type.map { "`\($0)`" })
        case .method, .staticMethod, .initializer:
            return (.compatible, member.operation.map { "`\($0)`" })
        }
    }

    // MARK: Comparing one member

    /// The differences between two versions of a member, most important first.
    static func compare(_ old: SurfaceMember, _ new: SurfaceMember, isTwin: Bool = false) -> [(SurfaceChange.Impact, String)] {
        var changes: [(SurfaceChange.Impact, String)] = []
        if !isTwin, let change = compareDeprecations(old.deprecation, new.deprecation) { changes.append(change) }
        if new.kind == .enumCase {
            if old.parameters != new.parameters {
                changes.append((.breaking, "holds \(payload(new.parameters)), was \(payload(old.parameters))"))
            }
        } else if new.kind.isCallable {
            changes += compareArguments(old.parameters ?? [], new.parameters ?? [])
        }
        if old.type != new.type {
            changes.append(compareTypes(old.type, new.type, isResult: new.kind.isCallable))
        }
        if old.effects != new.effects {
            let dropped = Set(words(new.effects)).isSubset(of: words(old.effects))
            changes.append((dropped ? .compatible : .breaking, "`\(new.effects ?? "")` now, was `\(old.effects ?? "")`"))
        }
        if old.isReadOnly != new.isReadOnly {
            changes.append(new.isReadOnly ? (.breaking, "read-only now") : (.compatible, "settable now"))
        }
        // JSON names: a case's value (both with one), a stored property's key (it defaults to the name).
        let hasWireNames =
            new.kind == .enumCase
            ? old.wireName != nil && new.wireName != nil
            : new.kind == .property && !old.isReadOnly && !new.isReadOnly
        if hasWireNames, (old.wireName ?? old.name) != (new.wireName ?? new.name), old.name == new.name {
            let what = new.kind == .enumCase ? "JSON value" : "JSON key"
            changes.append(
                (.behaviour, "\(what) `\(SwiftLiteral.string(new.wireName ?? new.name))`, was `\(SwiftLiteral.string(old.wireName ?? old.name))`"))
        }
        if old.detail != new.detail {
            changes.append((.behaviour, "`\(new.detail ?? "")` now, was `\(old.detail ?? "")`"))
        }
        if !isTwin, old.operation != new.operation, let operation = new.operation {
            changes.append((.behaviour, "sends `\(operation)`, was `\(old.operation ?? "")`"))
        }
        return changes
    }

    private static func compareDeprecations(
        _ old: SurfaceDeprecation?, _ new: SurfaceDeprecation?
    ) -> (SurfaceChange.Impact, String)? {
        guard old != new else { return nil }
        guard let new else { return (.compatible, "no longer deprecated") }
        var text = "deprecated"
        if let renamed = new.renamed { text += ", renamed `\(renamed)`" }
        if let message = new.message { text += ": \(message)" }
        return (.deprecated, text)
    }

    /// A property's type or what a method returns.
    private static func compareTypes(_ old: String?, _ new: String?, isResult: Bool) -> (SurfaceChange.Impact, String) {
        let (was, now) = (old ?? "Void", new ?? "Void")
        if isResult {
            // Callers that ignored the missing result still compile (with a warning at most).
            return old == nil ? (.compatible, "returns `\(now)` now, was Void") : (.breaking, "returns `\(now)`, was `\(was)`")
        }
        if was == now + "?" { return (.breaking, "no longer optional: `\(now)`, was `\(was)`") }
        if now == was + "?" { return (.breaking, "optional now: `\(now)`, was `\(was)`") }
        return (.breaking, "`\(now)`, was `\(was)`")
    }

    // MARK: Arguments

    /// Arguments matched by label (an unlabelled one by its place among the unlabelled).
    static func compareArguments(_ old: [SurfaceParameter], _ new: [SurfaceParameter]) -> [(SurfaceChange.Impact, String)] {
        func keyed(_ parameters: [SurfaceParameter]) -> [(key: String, parameter: SurfaceParameter)] {
            var seen: [String: Int] = [:]
            return parameters.map { parameter in
                let label = parameter.externalLabel
                seen[label, default: 0] += 1
                return (seen[label]! > 1 ? "\(label)#\(seen[label]!)" : label, parameter)
            }
        }
        let oldKeyed = keyed(old)
        let newKeyed = keyed(new)
        let oldByKey = Dictionary(oldKeyed.map { ($0.key, $0.parameter) }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(newKeyed.map { ($0.key, $0.parameter) }, uniquingKeysWith: { first, _ in first })
        var removed = oldKeyed.indices.filter { newByKey[oldKeyed[$0].key] == nil }
        var added = newKeyed.indices.filter { oldByKey[newKeyed[$0].key] == nil }
        var changes: [(SurfaceChange.Impact, String)] = []
        // A label that changed in place, the type kept, was renamed.
        for index in removed where added.contains(index) && oldKeyed[index].parameter.type == newKeyed[index].parameter.type {
            let (was, now) = (oldKeyed[index].parameter, newKeyed[index].parameter)
            changes.append((.breaking, "argument \(label(was)) renamed \(label(now))"))
            changes += compareArgument(was, now)
            removed.removeAll { $0 == index }
            added.removeAll { $0 == index }
        }
        for index in removed {
            changes.append((.breaking, "argument \(label(oldKeyed[index].parameter)) removed"))
        }
        for index in added {
            let parameter = newKeyed[index].parameter
            if let value = parameter.defaultValue {
                changes.append((.compatible, "new argument `\(parameter.label): \(parameter.type)` (default `\(value)`)"))
            } else {
                changes.append((.breaking, "new required argument `\(parameter.label): \(parameter.type)`"))
            }
        }
        let oldOrder = oldKeyed.map(\.key).filter { newByKey[$0] != nil }
        let newOrder = newKeyed.map(\.key).filter { oldByKey[$0] != nil }
        if oldOrder != newOrder {
            changes.append((.breaking, "arguments in another order: \(labels(newOrder)), was \(labels(oldOrder))"))
        }
        for (key, parameter) in newKeyed {
            guard let previous = oldByKey[key] else { continue }
            changes += compareArgument(previous, parameter)
        }
        return changes
    }

    private static func compareArgument(_ old: SurfaceParameter, _ new: SurfaceParameter) -> [(SurfaceChange.Impact, String)] {
        let name = label(new)
        // `x: T? = nil` → `x: T`: the caller must now pass a value.
        if optionalWrapped(old.type) == new.type, new.defaultValue == nil {
            return [(.breaking, "argument \(name) is required now: `\(new.declaration)`, was `\(old.declaration)`")]
        }
        var changes: [(SurfaceChange.Impact, String)] = []
        if old.type != new.type {
            let widened = accepts(new.type, everyValueOf: old.type)
            changes.append((widened ? .compatible : .breaking, "argument \(name) takes `\(new.type)`, was `\(old.type)`"))
        }
        switch (old.defaultValue, new.defaultValue) {
        case (nil, let value?):
            changes.append((.compatible, "argument \(name) may be left out now (default `\(value)`)"))
        case (let value?, nil):
            changes.append((.breaking, "argument \(name) is required now (its default was `\(value)`)"))
        case (let was?, let now?) where was != now:
            changes.append((.behaviour, "argument \(name) defaults to `\(now)`, was `\(was)`"))
        default:
            break
        }
        return changes
    }

    /// Whether an argument of type `new` takes every value one of type `old` took: `T` → `T?`, and
    /// `UUID` → `some UUIDConvertible` (an ID given as a `UUID` or a `String`).
    static func accepts(_ new: String, everyValueOf old: String) -> Bool {
        if new == old || optionalWrapped(new) == old { return true }
        let widenings: [String: Set<String>] = [
            "UUID": ["some UUIDConvertible", "any UUIDConvertible", "(some UUIDConvertible)?", "(any UUIDConvertible)?"],
            "UUID?": ["(some UUIDConvertible)?", "(any UUIDConvertible)?"],
            "[UUID]": ["[some UUIDConvertible]", "[any UUIDConvertible]", "[any UUIDConvertible]?"],
            "[UUID]?": ["[any UUIDConvertible]?"],
        ]
        return widenings[old]?.contains(new) ?? false
    }

    /// `T` for `T?` or `(T)?`.
    private static func optionalWrapped(_ type: String) -> String? {
        guard type.hasSuffix("?") else { return nil }
        let inner = type.dropLast()
        if inner.hasPrefix("("), inner.hasSuffix(")") { return String(inner.dropFirst().dropLast()) }
        return String(inner)
    }

    private static func label(_ parameter: SurfaceParameter) -> String {
        let label = parameter.externalLabel
        return label == "_" ? "`_ \(parameter.type)`" : "`\(label):`"
    }

    private static func labels(_ keys: [String]) -> String {
        "`(" + keys.map { ($0.split(separator: "#").first.map(String.init) ?? $0) + ":" }.joined() + ")`"
    }

    private static func payload(_ parameters: [SurfaceParameter]?) -> String {
        guard let parameters else { return "no value" }
        return "`(" + parameters.map(\.type).joined(separator: ", ") + ")`"
    }

    private static func words(_ effects: String?) -> [String] {
        (effects ?? "").split(separator: " ").map(String.init)
    }

    // MARK: Collecting

    /// Changes in the order found; a change that repeats one of the same group (the methods beside
    /// a method, changed the same way) joins it.
    private struct Collector {
        var changes: [SurfaceChange] = []
        private var positions: [String: Int] = [:]

        mutating func add(
            _ kind: SurfaceChange.Kind, _ impact: SurfaceChange.Impact, subject: String, detail: String? = nil, group: String,
            short: String? = nil
        ) {
            let key = "\(kind.rawValue)|\(impact.rawValue)|\(group)|\(detail ?? "")"
            if let position = positions[key] {
                changes[position].alsoIn.append(short ?? subject)
                return
            }
            positions[key] = changes.count
            changes.append(SurfaceChange(kind: kind, impact: impact, subject: subject, detail: detail))
        }
    }
}
