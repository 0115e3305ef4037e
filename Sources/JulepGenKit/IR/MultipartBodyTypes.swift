/// The type of a flattened multipart body is not part of the SDK: its fields are the method's
/// arguments, sent part by part (a file field as a `FileUpload`, where the type has bytes), so a
/// struct of them would only mislead. It is left out unless something else names it.
enum MultipartBodyTypes {
    static func withoutUnused(_ types: [TypeDeclaration], resources: [Resource]) -> [TypeDeclaration] {
        let operations = resources.flatMap(\.operations)
        var candidates: Set<TypeID> = []
        for operation in operations where operation.body?.kind == .multipart {
            if case .flattened(let id)? = operation.body?.shape { candidates.insert(id) }
        }
        guard !candidates.isEmpty else { return types }
        var named: Set<TypeID> = []
        func collect(_ type: TypeReference?) {
            switch type {
            case .named(let id)?: named.insert(id)
            case .list(let wrapped)?, .map(let wrapped)?, .nullable(let wrapped)?: collect(wrapped)
            case .builtin?, nil: break
            }
        }
        for declaration in types + types.flatMap(\.nested) {
            switch declaration.kind {
            case .object(let object):
                object.properties.forEach { collect($0.type) }
                collect(object.additionalProperties?.valueType)
            case .union(let union): union.variants.forEach { collect($0.type) }
            case .alias(let alias): collect(alias.target)
            case .enumeration: break
            }
            declaration.accessors.forEach { collect($0.type) }
        }
        for operation in operations {
            operation.parameters.forEach { collect($0.type) }
            switch operation.body?.shape {
            case .value(let type)?: collect(type)
            case .flattened(let id)? where operation.body?.kind != .multipart: named.insert(id)
            case .flattened?, nil: break
            }
            collect(operation.response.type)
            operation.errors.forEach { collect($0.type) }
            collect(operation.streaming?.eventType)
            collect(operation.pagination?.itemType)
            switch operation.returns {
            case .composed(let returns)?: named.insert(returns.type)
            case .fetched(let returns)?: collect(returns.type)
            case nil: break
            }
            for shortcut in operation.shortcuts {
                named.insert(shortcut.payload)
                collect(shortcut.returnType)
            }
        }
        // A type with nested declarations keeps them reachable for the arguments that use them.
        return types.filter { !candidates.contains($0.id) || named.contains($0.id) || !$0.nested.isEmpty }
    }
}
