/// Which values decode only as something this SDK version does not know, and how the generated
/// code tells: the rule an untagged union decodes by when its variants overlap.
///
/// Enums and discriminated unions accept what they do not know (`unknown`): any string, any
/// object with a string discriminator. So a variant of an untagged union that is such a type (or
/// a list or map of one, or another untagged union holding one) also accepts values meant for a
/// later variant: a list of tool calls reads as a list of content parts whose discriminator,
/// `"function"`, is not one of theirs. The decoder therefore weighs the discriminating values: a
/// variant that decodes only as `unknown` at its top level (the value, an element of a list or a
/// value of a map is `unknown`, through untagged unions) is kept as a fallback, and the first
/// variant that knows the value wins; without one, the first fallback does.
///
/// The generated types that take part get an internal `isUnrecognized` (see ``check(_:type:)``).
struct UnrecognizedValues {
    /// The internal property of enums and unions that says their value is not one this SDK knows.
    static let propertyName = "isUnrecognized"

    let api: APIDefinition

    /// Whether a value of `type` can decode as `unknown` at its top level.
    func canBeUnrecognized(_ type: TypeReference) -> Bool {
        var visiting: Set<TypeID> = []
        return canBeUnrecognized(type, visiting: &visiting)
    }

    private func canBeUnrecognized(_ type: TypeReference, visiting: inout Set<TypeID>) -> Bool {
        switch type {
        case .builtin: return false
        case .nullable(let wrapped), .list(let wrapped), .map(let wrapped):
            return canBeUnrecognized(wrapped, visiting: &visiting)
        case .named(let id):
            guard visiting.insert(id).inserted, let declaration = api.type(id) else { return false }
            defer { visiting.remove(id) }
            switch declaration.kind {
            case .enumeration: return true
            case .object: return false
            case .alias(let alias): return canBeUnrecognized(alias.target, visiting: &visiting)
            case .union(let union):
                return union.discriminator != nil || union.variants.contains { canBeUnrecognized($0.type, visiting: &visiting) }
            }
        }
    }

    /// A Boolean expression saying whether `expression`, a value of `type`, is `unknown` at its
    /// top level; `nil` when it cannot be.
    func check(_ expression: String, type: TypeReference) -> String? {
        guard canBeUnrecognized(type) else { return nil }
        switch type {
        case .builtin:
            return nil
        case .nullable(let wrapped):
            return check("$0", type: wrapped).map { "(\(expression).map { \($0) } ?? false)" }
        case .list(let element):
            return elementCheck(element).map { "\(expression).contains(\($0))" }
        case .map(let value):
            return elementCheck(value).map { "\(expression).values.contains(\($0))" }
        case .named(let id):
            if case .alias(let alias)? = api.type(id)?.kind { return check(expression, type: alias.target) }
            return "\(expression).\(Self.propertyName)"
        }
    }

    /// The argument of `contains` for the elements of a list or map: a key path when it can be.
    private func elementCheck(_ element: TypeReference) -> String? {
        guard let check = check("$0", type: element) else { return nil }
        let keyPath = "$0." + Self.propertyName
        return check == keyPath ? "where: \\.\(Self.propertyName)" : "where: { \(check) }"
    }

    /// The declarations that need `isUnrecognized`: every type an untagged union's variant can
    /// reach through lists, maps, aliases and further untagged unions, when it can be `unknown`.
    func declarationsNeedingCheck() -> Set<TypeID> {
        var needed: Set<TypeID> = []
        func visit(_ type: TypeReference) {
            switch type {
            case .builtin: return
            case .nullable(let wrapped), .list(let wrapped), .map(let wrapped): visit(wrapped)
            case .named(let id):
                guard canBeUnrecognized(type), let declaration = api.type(id) else { return }
                if case .alias(let alias) = declaration.kind {
                    visit(alias.target)
                    return
                }
                guard needed.insert(id).inserted else { return }
                if case .union(let union) = declaration.kind, union.discriminator == nil {
                    union.variants.forEach { visit($0.type) }
                }
            }
        }
        for declaration in api.types + api.types.flatMap(\.nested) {
            guard case .union(let union) = declaration.kind, union.discriminator == nil else { continue }
            union.variants.forEach { visit($0.type) }
        }
        return needed
    }
}
