/// How the generated code writes UUIDs into JSON: in lower case, the canonical form (RFC 9562)
/// that paths and query strings already use, rather than Foundation's `uuidString`, which
/// `Codable` writes in upper case and no `JSONEncoder` setting changes.
///
/// Each place that hands a value to an encoder (a model's `encode(to:)`, a union's, a body passed
/// whole, a query or header value encoded as JSON) passes the value through the expression made
/// here when its type holds UUIDs directly or in lists, maps and optionals; objects, unions and
/// enums write their own UUIDs. Decoding accepts either case.
struct UUIDSpelling {
    let api: APIDefinition

    /// An expression of `expression` (a value of `type`, as a non-optional Swift value) with every
    /// UUID it holds spelled in lower case, or `nil` when it holds none directly.
    func lowercased(_ expression: String, type: TypeReference) -> String? {
        switch type {
        case .builtin(.uuid):
            return "\(expression).uuidString.lowercased()"
        case .builtin:
            return nil
        case .nullable(let wrapped):
            return lowercased(optional: expression, type: wrapped)
        case .list(let element):
            return lowercased("$0", type: element).map { "\(expression).map { \($0) }" }
        case .map(let value):
            return lowercased("$0", type: value).map { "\(expression).mapValues { \($0) }" }
        case .named(let id):
            guard case .alias(let alias)? = api.type(id)?.kind else { return nil }
            return lowercased(expression, type: alias.target)
        }
    }

    /// The same for a Swift optional of `type` (an optional property or argument).
    func lowercased(optional expression: String, type: TypeReference) -> String? {
        if case .builtin(.uuid) = resolvedAliases(type) { return "\(expression)?.uuidString.lowercased()" }
        return lowercased("$0", type: type).map { "\(expression).map { \($0) }" }
    }

    /// The same for `Nullable<type>?` (an optional nullable property): `nil`, `.null` and values kept apart.
    func lowercased(nullable expression: String, type: TypeReference) -> String? {
        lowercased(optional: "$0.value", type: type).map { "\(expression).map { Nullable(\($0)) }" }
    }

    private func resolvedAliases(_ type: TypeReference) -> TypeReference {
        var current = type
        var seen: Set<TypeID> = []
        while case .named(let id) = current, !seen.contains(id), case .alias(let alias)? = api.type(id)?.kind {
            seen.insert(id)
            current = alias.target
        }
        return current
    }
}
