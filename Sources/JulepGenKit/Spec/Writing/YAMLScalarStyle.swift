/// How one string is spelled in YAML so that it reads back as exactly that string.
///
/// Plain when nothing could misread it, single quotes when the text holds `"` or `\` but
/// nothing that needs an escape, double quotes otherwise (and always when an escape is needed:
/// control characters, line breaks in keys or flow values, characters YAML does not allow raw).
enum YAMLScalarStyle: Equatable {
    case plain
    case singleQuoted
    case doubleQuoted

    /// Where a scalar sits: flow collections (`{ … }`, `[ … ]`) forbid more characters in plain text.
    enum Context {
        case block
        case flow
    }

    static func choose(for text: String, in context: Context) -> YAMLScalarStyle {
        if text.unicodeScalars.contains(where: needsEscape) { return .doubleQuoted }
        if canBePlain(text, in: context) { return .plain }
        if text.utf8.contains(UInt8(ascii: "\"")) || text.utf8.contains(UInt8(ascii: "\\")) { return .singleQuoted }
        return .doubleQuoted
    }

    /// The text spelled in the chosen style, on one line.
    static func spell(_ text: String, in context: Context) -> String {
        var result = ""
        spell(text, in: context, into: &result)
        return result
    }

    static func spell(_ text: String, in context: Context, into output: inout String) {
        switch choose(for: text, in: context) {
        case .plain:
            output += text
        case .singleQuoted:
            output += "'"
            for scalar in text.unicodeScalars {
                if scalar == "'" { output += "''" } else { output.unicodeScalars.append(scalar) }
            }
            output += "'"
        case .doubleQuoted:
            output += "\""
            for scalar in text.unicodeScalars { appendEscaped(scalar, to: &output) }
            output += "\""
        }
    }

    /// Appends `scalar` as it is written inside double quotes.
    static func appendEscaped(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\0": output += "\\0"
        case "\u{07}": output += "\\a"
        case "\u{08}": output += "\\b"
        case "\t": output += "\\t"
        case "\n": output += "\\n"
        case "\u{0B}": output += "\\v"
        case "\u{0C}": output += "\\f"
        case "\r": output += "\\r"
        case "\u{1B}": output += "\\e"
        case "\u{85}": output += "\\N"
        case "\u{2028}": output += "\\L"
        case "\u{2029}": output += "\\P"
        default:
            guard needsEscape(scalar) else {
                output.unicodeScalars.append(scalar)
                return
            }
            let (prefix, width) = scalar.value <= 0xFF ? ("\\x", 2) : scalar.value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
            let digits = String(scalar.value, radix: 16, uppercase: true)
            output += prefix
            output += String(repeating: "0", count: width - digits.count)
            output += digits
        }
    }

    /// Characters that cannot appear raw in a quoted-on-one-line scalar, or that YAML readers
    /// treat as line breaks (NEL, LS, PS) or strip (BOM). Tabs are escaped too: invisible in review.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: false
        case 0xA0...0xD7FF: scalar.value == 0x2028 || scalar.value == 0x2029
        case 0xE000...0xFFFD: scalar.value == 0xFEFF
        case 0x10000...0x10FFFF: false
        default: true
        }
    }

    /// Whether YAML reads `text` back unchanged, as a string, when written without quotes.
    static func canBePlain(_ text: String, in context: Context) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if indicators.contains(first) { return false }
        if text == "..." || text.hasPrefix("... ") || text == "<<" { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { return false }
            if previous == ":" && scalar == " " { return false }
            if previous == " " && scalar == "#" { return false }
            if context == .flow && flowUnsafe.contains(scalar) { return false }
            previous = scalar
        }
        return !isTyped(text)
    }

    /// Characters that cannot start a plain scalar (or would start a comment, tag, anchor,
    /// alias, block scalar, quoted scalar, flow collection, directive or sequence/mapping entry).
    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]

    /// Inside `{ … }` and `[ … ]` these end or split a plain scalar. `:` is included although
    /// libyaml 0.2 accepts `https://x` there: older libyaml and PyYAML versions do not.
    private static let flowUnsafe: Set<Unicode.Scalar> = [",", "[", "]", "{", "}", ":"]

    /// Whether a plain `text` would be read as something other than a string: by the core
    /// schema the decoder applies (exactly its rules), or by a YAML 1.1 reader (PyYAML and
    /// older tools people run over specs: `yes`, `off`, `1_000`, `1:30`, `2024-05-01`).
    /// Quoting those costs nothing and keeps every reader's view of the spec the same.
    static func isTyped(_ text: String) -> Bool {
        // Every typed form starts with a digit, a sign, `.`, `~` or the first letter of
        // true/false/null/yes/no/on/off: most text is ruled out without building a node.
        guard let first = text.utf8.first else { return true }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            break
        default:
            guard "tTfFnNyYoO".utf8.contains(first) else { return false }
        }
        let node = YAMLNode(
            content: .scalar(YAMLScalar(value: text, style: .plain)),
            location: SourceLocation(file: "", line: 1, column: 1))
        if node.isNull || node.bool != nil || node.double != nil { return true }
        return isYAML11Boolean(text) || isYAML11Number(text) || isYAML11Timestamp(text)
    }

    private static let yaml11Booleans: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
    ]

    private static func isYAML11Boolean(_ text: String) -> Bool { yaml11Booleans.contains(text) }

    /// YAML 1.1 integers and floats beyond the core schema: `_` separators, `0b…`, sexagesimal `1:30`.
    private static func isYAML11Number(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard let first = bytes.first else { return false }
        let isDigit: (UInt8) -> Bool = { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if bytes.starts(with: "0b".utf8) {
            let digits = bytes.dropFirst(2)
            return !digits.isEmpty && digits.allSatisfy { "01_".utf8.contains($0) }
        }
        guard isDigit(first) || first == UInt8(ascii: ".") else { return false }
        // Digits with `_`, `:` and at most one `.`, then an optional exponent: a generous cover of
        // 1.1's int, float and sexagesimal forms (a string such as `1.2.3` stays plain).
        var dots = 0
        var sawDigit = false
        var rest = bytes
        while let byte = rest.first {
            if isDigit(byte) {
                sawDigit = true
            } else if byte == UInt8(ascii: ".") {
                dots += 1
            } else if byte != UInt8(ascii: "_") && byte != UInt8(ascii: ":") {
                break
            }
            rest = rest.dropFirst()
        }
        guard sawDigit, dots <= 1 else { return false }
        if rest.isEmpty { return true }
        guard rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") else { return false }
        rest = rest.dropFirst()
        if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy(isDigit)
    }

    /// `2024-05-01` and everything that starts like it (1.1 timestamps): `dddd-d?d-d?d`.
    private static func isYAML11Timestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(10))
        let isDigit: (UInt8) -> Bool = { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard bytes.count >= 8, bytes[0..<4].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-") else { return false }
        var index = 5
        for part in 0..<2 {
            let start = index
            while index < bytes.count, index - start < 2, isDigit(bytes[index]) { index += 1 }
            if index == start { return false }
            if part == 0 {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "-") else { return false }
                index += 1
            }
        }
        return true
    }
}
