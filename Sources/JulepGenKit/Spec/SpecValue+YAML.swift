extension LiteralValue {
    /// A value as written in YAML or JSON: plain scalars are typed by the YAML 1.2 core schema
    /// (`true`, `1`, `1.5`, `null`), quoted ones are always strings.
    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.style != .plain {
                self = .string(scalar.value)
            } else if node.isNull {
                self = .null
            } else if let bool = node.bool {
                self = .bool(bool)
            } else if let int = node.int {
                self = .integer(int)
            } else if let double = node.double {
                self = .double(double)
            } else {
                self = .string(scalar.value)
            }
        case .sequence(let items):
            self = .list(items.map(LiteralValue.init))
        case .mapping(let entries):
            var map: [String: LiteralValue] = [:]
            for entry in entries {
                if let key = entry.key.string { map[key] = LiteralValue(entry.value) }
            }
            self = .map(map)
        }
    }
}
