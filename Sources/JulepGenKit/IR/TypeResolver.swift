/// Turns type expressions into references to built-ins and declared types, reporting unknown names.
struct TypeResolver {
    /// Spec name → kind of declaration, for every declared type.
    let declared: [String: SpecType.Kind]
    /// Declared but not decodable (already reported): references resolve to nothing, silently.
    var broken: Set<String> = []

    /// How many lists and maps one type may nest: Swift's type checker takes time exponential in
    /// this nesting (a property of `[[…[String]…]]` 24 deep takes it seconds, 31 deep minutes), so
    /// deeper levels are taken as `json`, with a warning.
    static let maximumCollectionDepth = 16

    func resolve(_ expression: TypeExpression, diagnostics: inout Diagnostics) -> TypeReference? {
        resolve(expression, collectionDepth: 0, diagnostics: &diagnostics)
    }

    private func resolve(
        _ expression: TypeExpression, collectionDepth: Int, diagnostics: inout Diagnostics
    ) -> TypeReference? {
        switch expression {
        case .name(let name):
            if let builtin = BuiltinType.spellings[name.value] { return .builtin(builtin) }
            if declared[name.value] != nil { return .named(TypeID(name.value)) }
            if broken.contains(name.value) { return nil }
            if name.value == "list" || name.value == "map" {
                diagnostics.error("'\(name.value)' needs an element type: \(name.value)<T>", at: name.location)
                return nil
            }
            let candidates = Array(declared.keys) + Array(BuiltinType.spellings.keys)
            diagnostics.error(
                "unknown type '\(name.value)'\(Suggestion.didYouMean(name.value, in: candidates))", at: name.location)
            return nil
        case .generic(let name, let argument):
            guard name.value == "list" || name.value == "map" else {
                let hint = Suggestion.didYouMean(name.value, in: ["list", "map"])
                diagnostics.error(
                    "unknown generic type '\(name.value)'; only list<T> and map<T> take a type\(hint)", at: name.location)
                return nil
            }
            if case .union(_, let location) = argument {
                diagnostics.error(
                    "a union inside \(name.value)<…> needs a name: declare it under 'types' and use that name",
                    at: location)
                return nil
            }
            guard collectionDepth < Self.maximumCollectionDepth else {
                diagnostics.warning(
                    "lists and maps nest more than \(Self.maximumCollectionDepth) levels deep in this type; from here "
                        + "on the value is taken as 'json' (Swift's compiler would take too long over the type)",
                    at: name.location)
                return .builtin(.json)
            }
            guard let element = resolve(argument, collectionDepth: collectionDepth + 1, diagnostics: &diagnostics)
            else { return nil }
            return name.value == "list" ? .list(element) : .map(element)
        case .nullable(let wrapped, let location):
            guard let inner = resolve(wrapped, collectionDepth: collectionDepth, diagnostics: &diagnostics) else { return nil }
            if case .builtin(.json) = inner {
                diagnostics.warning("'json?' is the same as 'json': JSON values can already be null", at: location)
                return inner
            }
            return .nullable(inner)
        case .union(_, let location):
            diagnostics.error(
                "a union can be written inline only as the whole type of a property; declare it under 'types'",
                at: location)
            return nil
        }
    }

    /// The case name a variant of an untagged union gets from its type: `string`, `agent`, `stringList`.
    static func caseName(for reference: TypeReference, swiftNames: [TypeID: String]) -> String {
        switch reference {
        case .builtin(let builtin):
            switch builtin {
            case .dateTime: return "date"
            case .binary: return "data"
            case .bool: return "bool"
            default: return SwiftNaming.memberName(builtin.rawValue)
            }
        case .named(let id):
            return SwiftNaming.memberName(swiftNames[id] ?? id.rawValue)
        case .list(let element):
            return caseName(for: element, swiftNames: swiftNames) + "List"
        case .map(let element):
            return caseName(for: element, swiftNames: swiftNames) + "Map"
        case .nullable(let wrapped):
            return caseName(for: wrapped, swiftNames: swiftNames)
        }
    }
}
