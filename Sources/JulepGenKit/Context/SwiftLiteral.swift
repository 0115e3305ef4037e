/// Swift source spellings of values: string literals that survive any text, numbers, defaults.
enum SwiftLiteral {
    /// A double-quoted literal; quotes, backslashes (so `\(` stays text) and control characters are escaped.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func double(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.infinity" : ".infinity" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) + ".0" }
        return "\(value)"
    }

    /// A default value as Swift source for a parameter of type `type`.
    static func value(_ value: DefaultValue, type: TypeReference, speller: SwiftTypeSpeller) -> String {
        switch value {
        case .null: return "nil"
        case .bool(let bool): return bool ? "true" : "false"
        case .integer(let int): return String(int)
        case .double(let double): return Self.double(double)
        case .string(let string):
            switch speller.resolved(type.nonNullable) {
            case .builtin(.uuid): return "UUID(uuidString: \(Self.string(string)))!"
            case .builtin(.dateTime), .builtin(.date): return Self.string(string)
            default: return Self.string(string)
            }
        case .enumCase(let name): return "." + SwiftNaming.escapedMemberName(name)
        case .randomUUID: return "UUID()"
        case .now: return "Date()"
        case .unionCase(let name, let payload):
            var variantType = TypeReference.builtin(.json)
            if case .named(let id) = speller.resolved(type.nonNullable), case .union(let union)? = speller.api.type(id)?.kind,
                let variant = union.variants.first(where: { $0.caseName == name })
            {
                variantType = variant.type
            }
            return ".\(SwiftNaming.escapedMemberName(name))(\(Self.value(payload, type: variantType, speller: speller)))"
        case .list(let items):
            var element = TypeReference.builtin(.json)
            if case .list(let inner) = speller.resolved(type.nonNullable) { element = inner }
            return "[" + items.map { Self.value($0, type: element, speller: speller) }.joined(separator: ", ") + "]"
        case .map(let entries):
            guard !entries.isEmpty else { return "[:]" }
            var element = TypeReference.builtin(.json)
            if case .map(let inner) = speller.resolved(type.nonNullable) { element = inner }
            let pairs = entries.sorted { $0.key < $1.key }.map {
                "\(Self.string($0.key)): \(Self.value($0.value, type: element, speller: speller))"
            }
            return "[" + pairs.joined(separator: ", ") + "]"
        case .json(let spec): return json(spec)
        }
    }

    /// A `JSONValue` literal.
    static func json(_ value: LiteralValue) -> String {
        switch value {
        case .null: ".null"
        case .bool(let bool): ".bool(\(bool))"
        case .integer(let int): ".integer(\(int))"
        case .double(let double): ".double(\(Self.double(double)))"
        case .string(let string): ".string(\(Self.string(string)))"
        case .list(let items): ".array([" + items.map(json).joined(separator: ", ") + "])"
        case .map(let entries):
            entries.isEmpty
                ? ".object([:])"
                : ".object([" + entries.sorted { $0.key < $1.key }.map { "\(Self.string($0.key)): \(json($0.value))" }
                    .joined(separator: ", ") + "])"
        }
    }
}
