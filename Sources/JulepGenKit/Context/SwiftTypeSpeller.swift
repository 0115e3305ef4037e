/// How a `TypeReference` is written in generated Swift.
struct SwiftTypeSpeller {
    let api: APIDefinition

    func spell(_ reference: TypeReference) -> String {
        switch reference {
        case .builtin(let builtin): Self.spell(builtin)
        case .named(let id): api.type(id)?.qualifiedSwiftName ?? SwiftNaming.typeName(id.rawValue)
        case .list(let element): "[\(spell(element))]"
        case .map(let element): "[String: \(spell(element))]"
        case .nullable(let wrapped): spell(wrapped) + "?"
        }
    }

    static func spell(_ builtin: BuiltinType) -> String {
        switch builtin {
        case .string: "String"
        case .bool: "Bool"
        case .int: "Int"
        case .int32: "Int32"
        case .int64: "Int64"
        case .float: "Float"
        case .double: "Double"
        case .uuid: "UUID"
        case .date: "CalendarDate"
        case .dateTime: "Date"
        case .binary: "Data"
        case .json: "JSONValue"
        case .file: "FileUpload"
        case .responseBody: "ResponseBody"
        }
    }

    /// Follows aliases to what a reference finally is.
    func resolved(_ reference: TypeReference) -> TypeReference {
        var current = reference
        var seen: Set<TypeID> = []
        while case .named(let id) = current, !seen.contains(id), case .alias(let alias)? = api.type(id)?.kind {
            seen.insert(id)
            current = alias.target
        }
        return current
    }
}
