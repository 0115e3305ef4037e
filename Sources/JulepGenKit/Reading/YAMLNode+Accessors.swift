/// Typed views of a node, resolved with the YAML 1.2 core schema.
///
/// Only untagged plain scalars are resolved (a quoted `"true"` stays a string), unless an
/// explicit core tag such as `!!int` asks for the type; `!!str` and other tags stop resolution.
extension YAMLNode {
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The text of a scalar of any style; nil for collections.
    public var string: String? { scalar?.value }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLMappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// `null`, `Null`, `NULL`, `~` or nothing at all (`key:` with no value).
    public var isNull: Bool {
        guard let text = resolvableText(coreTag: CoreTag.null) else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    public var bool: Bool? {
        switch resolvableText(coreTag: CoreTag.bool) {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// Decimal with an optional sign, `0x` hexadecimal or `0o` octal; nil when it does not fit an `Int`.
    public var int: Int? {
        resolvableText(coreTag: CoreTag.int).flatMap(CoreSchema.int)
    }

    /// Any core-schema integer or float, including `.inf`, `-.inf` and `.nan`.
    public var double: Double? {
        guard let text = resolvableText(coreTag: CoreTag.float) ?? resolvableText(coreTag: CoreTag.int) else {
            return nil
        }
        return CoreSchema.double(text)
    }

    /// What the node is, in words for messages such as "expected a list, found a string".
    public var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar:
            if isNull { "null" }
            else if bool != nil { "a boolean" }
            else if double != nil { "a number" }
            else { "a string" }
        }
    }

    /// The value of the first entry whose key is the scalar `key` (any quoting style).
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let entries) = content else { return nil }
        return entries.first { $0.key.string == key }?.value
    }

    /// The scalar text if the core schema may give it the type of `coreTag`.
    private func resolvableText(coreTag: String) -> String? {
        guard case .scalar(let scalar) = content else { return nil }
        switch tag {
        case nil: return scalar.style == .plain ? scalar.value : nil
        case coreTag?: return scalar.value
        default: return nil
        }
    }
}

/// The core-schema tags that select a type explicitly (`!!int 42`).
enum CoreTag {
    static let null = "tag:yaml.org,2002:null"
    static let bool = "tag:yaml.org,2002:bool"
    static let int = "tag:yaml.org,2002:int"
    static let float = "tag:yaml.org,2002:float"
}

/// The YAML 1.2 core-schema number grammar, checked byte by byte so that Swift's
/// more lenient parsers (`Double("0x1p3")`, `Int("+")`) cannot widen it.
enum CoreSchema {
    static func int(_ text: String) -> Int? {
        if text.hasPrefix("0x") { return digits(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return digits(text.dropFirst(2), radix: 8) }
        guard isDecimalInteger(text.utf8[...]) else { return nil }
        return Int(text)
    }

    static func double(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        if text.hasPrefix("0x") || text.hasPrefix("0o") { return int(text).map(Double.init) }
        return isFloat(text.utf8[...]) ? Double(text) : nil
    }

    private static func digits(_ text: Substring, radix: Int) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ digitValue($0).map { $0 < radix } ?? false }) else {
            return nil
        }
        return Int(text, radix: radix)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func droppingSign(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
        guard let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") else { return bytes }
        return bytes.dropFirst()
    }

    /// `[-+]? [0-9]+`
    private static func isDecimalInteger(_ bytes: Substring.UTF8View) -> Bool {
        let unsigned = droppingSign(bytes)
        return !unsigned.isEmpty && unsigned.allSatisfy(isDigit)
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isFloat(_ bytes: Substring.UTF8View) -> Bool {
        var rest = droppingSign(bytes)
        let integerDigits = rest.prefix(while: isDigit).count
        rest = rest.dropFirst(integerDigits)
        var fractionDigits = 0
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            fractionDigits = rest.prefix(while: isDigit).count
            rest = rest.dropFirst(fractionDigits)
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if let first = rest.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E") {
            rest = droppingSign(rest.dropFirst())
            let exponentDigits = rest.prefix(while: isDigit).count
            guard exponentDigits > 0 else { return false }
            rest = rest.dropFirst(exponentDigits)
        }
        return rest.isEmpty
    }
}
