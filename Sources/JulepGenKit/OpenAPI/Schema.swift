/// A JSON Schema object as OpenAPI writes it, with typed, diagnosed access to its keywords.
struct Schema {
    let node: YAMLNode
    /// The file the schema is written in, for resolving its relative references.
    let file: String
    /// Where it was reached through a `$ref`, if it was: identifies component schemas.
    var address: String?

    init(node: YAMLNode, file: String, address: String? = nil) {
        self.node = node
        self.file = file
        self.address = address
    }

    var location: SourceLocation { node.location }

    var reference: String? { node["$ref"]?.string }

    /// `type: string` or, in 3.1, `type: [string, "null"]`.
    var typeNames: [String] {
        guard let type = node["type"] else { return [] }
        if let single = type.string { return [single] }
        return type.sequence?.compactMap(\.string) ?? []
    }

    /// `{type: 'null'}` or `nullable: true` with nothing else: the null member of a union.
    var isNullType: Bool {
        typeNames == ["null"] || (node["enum"]?.sequence.map { $0.count == 1 && $0[0].isNull } ?? false)
    }

    func bool(_ key: String, _ diagnostics: inout Diagnostics) -> Bool? {
        guard let value = node[key] else { return nil }
        guard let bool = value.bool else {
            diagnostics.error("expected '\(key)' to be true or false, found \(value.kindDescription)", at: value.location)
            return nil
        }
        return bool
    }

    func string(_ key: String, _ diagnostics: inout Diagnostics) -> String? {
        guard let value = node[key] else { return nil }
        guard let string = value.string, value.scalar != nil else {
            diagnostics.error("expected '\(key)' to be a string, found \(value.kindDescription)", at: value.location)
            return nil
        }
        return string
    }

    func list(_ key: String, _ diagnostics: inout Diagnostics) -> [YAMLNode]? {
        guard let value = node[key] else { return nil }
        guard let items = value.sequence else {
            diagnostics.error("expected '\(key)' to be a list, found \(value.kindDescription)", at: value.location)
            return nil
        }
        // JSON Schema requires `oneOf`, `anyOf` and `allOf` to be non-empty; an empty one, seen in
        // published documents, says nothing the rest of the schema does not.
        if items.isEmpty, ["oneOf", "anyOf", "allOf"].contains(key) {
            diagnostics.warning("an empty '\(key)' is ignored (JSON Schema requires at least one schema)", at: value.location)
            return nil
        }
        return items
    }
}

/// Writes a `TypeExpression` back in the spec's type language: `list<map<Agent>>`, `(a | b)?`.
enum TypeExpressionText {
    static func write(_ expression: TypeExpression) -> String {
        switch expression {
        case .name(let name): return name.value
        case .generic(let name, let argument): return "\(name.value)<\(write(argument))>"
        case .nullable(let wrapped, _):
            if case .union = wrapped { return "(\(write(wrapped)))?" }
            return write(wrapped) + "?"
        case .union(let members, _): return members.map(write).joined(separator: " | ")
        }
    }
}
