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

    /// Pretty-printed with two-space indentation, one member or element per line.
    var pretty: String { lines(indent: "").joined(separator: "\n") }

    /// On one line, without spaces.
    var compact: String {
        switch self {
        case .array(let items): "[" + items.map(\.compact).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.map { Self.quoted($0.key) + ":" + $0.value.compact }.joined(separator: ",") + "}"
        default: scalarText
        }
    }

    private func lines(indent: String) -> [String] {
        let inner = indent + "  "
        switch self {
        case .array(let items) where !items.isEmpty:
            var result = ["["]
            for (index, item) in items.enumerated() {
                var itemLines = item.lines(indent: inner)
                itemLines[0] = inner + itemLines[0]
                if index < items.count - 1 { itemLines[itemLines.count - 1] += "," }
                result += itemLines
            }
            return result + [indent + "]"]
        case .object(let members) where !members.isEmpty:
            var result = ["{"]
            for (index, member) in members.enumerated() {
                var memberLines = member.value.lines(indent: inner)
                memberLines[0] = inner + Self.quoted(member.key) + ": " + memberLines[0]
                if index < members.count - 1 { memberLines[memberLines.count - 1] += "," }
                result += memberLines
            }
            return result + [indent + "}"]
        case .array: return ["[]"]
        case .object: return ["{}"]
        default: return [scalarText]
        }
    }

    private var scalarText: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .double(let value): "\(value)"
        case .string(let value): Self.quoted(value)
        case .array, .object: compact
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func quoted(_ text: String) -> String {
        var result = "\""
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
        return result + "\""
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

    /// A multi-line raw string literal whose lines are indented by `indent` spaces, the closing
    /// delimiter included (so Swift strips exactly that indentation). The first line holds only
    /// the opening delimiter, so the literal can follow `label: ` on a line of code.
    static func multiLine(_ text: String, indent: Int) -> String {
        let hashes = String(repeating: "#", count: delimiterCount(text))
        let margin = String(repeating: " ", count: indent)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : margin + $0 }
        return ([hashes + "\"\"\""] + body + [margin + "\"\"\"" + hashes]).joined(separator: "\n")
    }

    /// One more `#` than the longest run of `#` that follows a quote or a backslash in `text`.
    private static func delimiterCount(_ text: String) -> Int {
        var longest = 0
        var run = -1
        for character in text {
            if character == "\"" || character == "\\" {
                run = 0
            } else if character == "#", run >= 0 {
                run += 1
                longest = max(longest, run)
            } else {
                run = -1
            }
        }
        return longest + 1
    }
}
