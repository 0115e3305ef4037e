/// How two versions of one member differ, by Swift's source-compatibility rules for the code that
/// uses it: a removed or renamed argument, a new required one, a changed type or result, an
/// optional made required break; a changed default, JSON name or request is a behaviour change;
/// a new argument with a default, an argument that takes more, a new deprecation do not break.
enum SurfaceMemberComparison {
    /// The differences, most important first.
    static func compare(_ old: SurfaceMember, _ new: SurfaceMember, isTwin: Bool = false) -> [SurfaceDifference] {
        var differences: [SurfaceDifference] = []
        if !isTwin, let difference = compareDeprecations(old.deprecation, new.deprecation) { differences.append(difference) }
        if new.kind == .enumCase {
            if old.parameters != new.parameters {
                differences.append(SurfaceDifference(.breaking, "holds \(payload(new.parameters)), was \(payload(old.parameters))"))
            }
        } else if new.kind.isCallable {
            differences += compareArguments(old.parameters ?? [], new.parameters ?? [])
        }
        if old.type != new.type {
            differences.append(compareTypes(old.type, new.type, isResult: new.kind.isCallable))
        }
        if old.effects != new.effects {
            // Dropping `async` or `throws` leaves `await` or `try` that warn, nothing worse.
            let dropped = Set(words(new.effects)).isSubset(of: words(old.effects))
            differences.append(SurfaceDifference(dropped ? .compatible : .breaking, "`\(new.effects ?? "")` now, was `\(old.effects ?? "")`"))
        }
        if old.isReadOnly != new.isReadOnly {
            differences.append(new.isReadOnly ? SurfaceDifference(.breaking, "read-only now") : SurfaceDifference(.compatible, "settable now"))
        }
        // JSON names: a case's value (when both have one), a stored property's key (by default its name).
        let hasWireNames =
            new.kind == .enumCase
            ? old.wireName != nil && new.wireName != nil
            : new.kind == .property && !old.isReadOnly && !new.isReadOnly
        if hasWireNames, old.name == new.name, (old.wireName ?? old.name) != (new.wireName ?? new.name) {
            let what = new.kind == .enumCase ? "JSON value" : "JSON key"
            let (was, now) = (SwiftLiteral.string(old.wireName ?? old.name), SwiftLiteral.string(new.wireName ?? new.name))
            differences.append(SurfaceDifference(.behaviour, "\(what) `\(now)`, was `\(was)`"))
        }
        if old.detail != new.detail {
            differences.append(SurfaceDifference(.behaviour, "`\(new.detail ?? "")` now, was `\(old.detail ?? "")`"))
        }
        if !isTwin, old.operation != new.operation, let operation = new.operation {
            differences.append(SurfaceDifference(.behaviour, "sends `\(operation)`, was `\(old.operation ?? "")`"))
        }
        return differences
    }

    /// What an added member means. A new case breaks: the SDK is a source package, so its enums
    /// are frozen for their users and an exhaustive `switch` must name every case.
    /// `ownerWasEnum`: the owner was a forward-compatible enum before, which read the case's value
    /// as `.unknown`.
    static func addition(_ symbol: SurfaceSymbol, ownerWasEnum: Bool) -> SurfaceDifference {
        let member = symbol.member
        switch member.kind {
        case .enumCase:
            var detail = "new case: an exhaustive `switch` must handle it"
            if symbol.ownerIsForwardCompatible, ownerWasEnum, let value = member.wireName {
                detail += " (`\(SwiftLiteral.string(value))` decoded as `.unknown` before)"
            }
            return SurfaceDifference(.breaking, detail)
        case .property, .constant, .staticConstant:
            return SurfaceDifference(.compatible, member.type.map { "`\($0)`" } ?? "")
        case .method, .staticMethod, .initializer:
            return SurfaceDifference(.compatible, member.operation.map { "`\($0)`" } ?? "")
        }
    }

    static func compareDeprecations(_ old: SurfaceDeprecation?, _ new: SurfaceDeprecation?) -> SurfaceDifference? {
        guard old != new else { return nil }
        guard let new else { return SurfaceDifference(.compatible, "no longer deprecated") }
        var text = "deprecated"
        if let renamed = new.renamed { text += ", renamed `\(renamed)`" }
        if let message = new.message { text += ": \(message)" }
        return SurfaceDifference(.deprecated, text)
    }

    /// A property's type or what a method returns.
    private static func compareTypes(_ old: String?, _ new: String?, isResult: Bool) -> SurfaceDifference {
        let (was, now) = (old ?? "Void", new ?? "Void")
        if isResult {
            // Callers that ignored the missing result still compile (with a warning at most).
            return old == nil
                ? SurfaceDifference(.compatible, "returns `\(now)` now, was Void") : SurfaceDifference(.breaking, "returns `\(now)`, was `\(was)`")
        }
        if was == now + "?" { return SurfaceDifference(.breaking, "no longer optional: `\(now)`, was `\(was)`") }
        if now == was + "?" { return SurfaceDifference(.breaking, "optional now: `\(now)`, was `\(was)`") }
        return SurfaceDifference(.breaking, "`\(now)`, was `\(was)`")
    }

    // MARK: Arguments

    /// Arguments matched by label (a repeated label by its place among its namesakes); a label
    /// that changed in place, the type kept, was renamed.
    static func compareArguments(_ old: [SurfaceParameter], _ new: [SurfaceParameter]) -> [SurfaceDifference] {
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
        var differences: [SurfaceDifference] = []
        for index in removed where added.contains(index) && oldKeyed[index].parameter.type == newKeyed[index].parameter.type {
            let (was, now) = (oldKeyed[index].parameter, newKeyed[index].parameter)
            differences.append(SurfaceDifference(.breaking, "argument \(label(was)) renamed \(label(now))", argument: now.externalLabel))
            differences += compareArgument(was, now)
            removed.removeAll { $0 == index }
            added.removeAll { $0 == index }
        }
        for index in removed {
            let parameter = oldKeyed[index].parameter
            differences.append(SurfaceDifference(.breaking, "argument \(label(parameter)) removed", argument: parameter.externalLabel))
        }
        for index in added {
            let parameter = newKeyed[index].parameter
            if let value = parameter.defaultValue {
                differences.append(
                    SurfaceDifference(
                        .compatible, "new argument `\(parameter.label): \(parameter.type)` (default `\(value)`)",
                        argument: parameter.externalLabel))
            } else {
                differences.append(
                    SurfaceDifference(
                        .breaking, "new required argument `\(parameter.label): \(parameter.type)`", argument: parameter.externalLabel))
            }
        }
        let oldOrder = oldKeyed.map(\.key).filter { newByKey[$0] != nil }
        let newOrder = newKeyed.map(\.key).filter { oldByKey[$0] != nil }
        if oldOrder != newOrder {
            differences.append(SurfaceDifference(.breaking, "arguments in another order: \(labels(newOrder)), was \(labels(oldOrder))"))
        }
        for (key, parameter) in newKeyed {
            guard let previous = oldByKey[key] else { continue }
            differences += compareArgument(previous, parameter)
        }
        return differences
    }

    private static func compareArgument(_ old: SurfaceParameter, _ new: SurfaceParameter) -> [SurfaceDifference] {
        let name = label(new)
        let argument = new.externalLabel
        // `x: T? = nil` → `x: T`: the caller must now pass a value.
        if optionalWrapped(old.type) == new.type, new.defaultValue == nil {
            return [
                SurfaceDifference(
                    .breaking, "argument \(name) is required now: `\(new.declaration)`, was `\(old.declaration)`", argument: argument)
            ]
        }
        var differences: [SurfaceDifference] = []
        if old.type != new.type {
            let widened = accepts(new.type, everyValueOf: old.type)
            differences.append(
                SurfaceDifference(widened ? .compatible : .breaking, "argument \(name) takes `\(new.type)`, was `\(old.type)`", argument: argument))
        }
        switch (old.defaultValue, new.defaultValue) {
        case (nil, let value?):
            differences.append(SurfaceDifference(.compatible, "argument \(name) may be left out now (default `\(value)`)", argument: argument))
        case (let value?, nil):
            differences.append(SurfaceDifference(.breaking, "argument \(name) is required now (its default was `\(value)`)", argument: argument))
        case (let was?, let now?) where was != now:
            differences.append(SurfaceDifference(.behaviour, "argument \(name) defaults to `\(now)`, was `\(was)`", argument: argument))
        default:
            break
        }
        return differences
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
}
