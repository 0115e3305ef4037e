/// A JSON value as the generated tests spell it: members keep their order, so the text reads in
/// the order the spec declares the properties.
indirect enum SampleJSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    /// Written as Swift's `description` of the value (`2.5`), which is also valid JSON.
    case double(Double)
    case string(String)
    case array([SampleJSON])
    case object([(key: String, value: SampleJSON)])

    static func == (lhs: SampleJSON, rhs: SampleJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    /// This object with `key` set to `value` in front (a tagged union's discriminator).
    func prepending(_ key: String, _ value: SampleJSON) -> SampleJSON {
        guard case .object(let members) = self else { return self }
        return .object([(key, value)] + members.filter { $0.key != key })
    }

    // MARK: Text

    /// Pretty-printed with two-space indentation, one member or element per line; past an
    /// indentation of `maximumIndent`, compact (deep values would take room quadratic in their depth).
    var pretty: String {
        var text = ""
        writePretty(into: &text, indent: 0)
        return text
    }

    /// On one line, without spaces.
    var compact: String {
        var text = ""
        writeCompact(into: &text)
        return text
    }

    static let maximumIndent = 80

    private func writePretty(into text: inout String, indent: Int) {
        guard indent <= Self.maximumIndent else { return writeCompact(into: &text) }
        func newLine(_ indent: Int) {
            text += "\n"
            text += String(repeating: " ", count: indent)
        }
        switch self {
        case .array(let items) where !items.isEmpty:
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                newLine(indent + 2)
                item.writePretty(into: &text, indent: indent + 2)
            }
            newLine(indent)
            text += "]"
        case .object(let members) where !members.isEmpty:
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                newLine(indent + 2)
                Self.writeQuoted(member.key, into: &text)
                text += ": "
                member.value.writePretty(into: &text, indent: indent + 2)
            }
            newLine(indent)
            text += "}"
        default: writeCompact(into: &text)
        }
    }

    private func writeCompact(into text: inout String) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .integer(let value): text += String(value)
        case .double(let value): text += "\(value)"
        case .string(let value): Self.writeQuoted(value, into: &text)
        case .array(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                item.writeCompact(into: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                Self.writeQuoted(member.key, into: &text)
                text += ":"
                member.value.writeCompact(into: &text)
            }
            text += "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func quoted(_ text: String) -> String {
        var result = ""
        writeQuoted(text, into: &result)
        return result
    }

    private static func writeQuoted(_ text: String, into result: inout String) {
        result += "\""
        // Most strings need no escape: checked on bytes (U+2028 and U+2029 are E2 80 A8/A9).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            result += text
            result += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result += "\""
    }
}

/// Swift raw string literals holding JSON text.
enum RawStringLiteral {
    /// `#"…"#` with enough `#`s that nothing inside ends the literal or interpolates; `text` must
    /// be one line.
    static func singleLine(_ text: String) -> String {
        let hashes = String(repeating: "#", count: delimiterCount(text))
        return hashes + "\"" + text + "\"" + hashes
    }

    /// A multi-line raw string literal holding `text`, its lines unindented: the template places
    /// the literal, and `MultilineStringIndentation` indents its lines to the line that opens it.
    /// The first line holds only the opening delimiter, so the literal can follow `label: `.
    static func multiLine(_ text: String) -> String {
        let hashes = String(repeating: "#", count: delimiterCount(text))
        return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
    }

    /// One more `#` than the longest run of `#` that follows a quote or a backslash in `text`.
    /// Counted on bytes, as Swift's lexer reads them: none of the three is part of a multi-byte
    /// character.
    private static func delimiterCount(_ text: String) -> Int {
        var longest = 0
        var run = -1
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                run = 0
            } else if byte == UInt8(ascii: "#"), run >= 0 {
                run += 1
                longest = max(longest, run)
            } else {
                run = -1
            }
        }
        return longest + 1
    }
}
