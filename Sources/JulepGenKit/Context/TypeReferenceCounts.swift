/// How many places of the API name each declared type: properties, union variants, alias
/// targets, and every type an operation takes or returns.
///
/// A union's factory flattens a wrapper object into its arguments only when the wrapper is used
/// once (`ForeachStep.foreach: ForeachDo`): a type used elsewhere is a value callers build and
/// pass around, and keeps its own initializer in the factory.
struct TypeReferenceCounts {
    private var counts: [TypeID: Int] = [:]

    init(api: APIDefinition) {
        for declaration in api.types + api.types.flatMap(\.nested) {
            switch declaration.kind {
            case .object(let object):
                object.properties.forEach { count($0.type) }
                if let extra = object.additionalProperties { count(extra.valueType) }
            case .union(let union):
                union.variants.forEach { count($0.type) }
            case .alias(let alias):
                count(alias.target)
            case .enumeration:
                break
            }
        }
        for operation in api.resources.flatMap(\.operations) {
            operation.parameters.filter { $0.location != .body }.forEach { count($0.type) }
            switch operation.body?.shape {
            case .value(let type)?: count(type)
            case .flattened(let id)?: count(.named(id))
            case nil: break
            }
            if let type = operation.response.type { count(type) }
            operation.errors.compactMap(\.type).forEach { count($0) }
            if let streaming = operation.streaming { count(streaming.eventType) }
        }
    }

    /// The number of places that name `id`.
    func uses(of id: TypeID) -> Int { counts[id] ?? 0 }

    private mutating func count(_ type: TypeReference) {
        switch type {
        case .builtin: break
        case .named(let id): counts[id, default: 0] += 1
        case .list(let wrapped), .map(let wrapped), .nullable(let wrapped): count(wrapped)
        }
    }
}
