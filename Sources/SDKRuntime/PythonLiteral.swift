// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// Reads a Python literal — what `repr()` or `str()` writes for dicts, lists, tuples, strings,
/// numbers, `True`, `False` and `None` — as JSON.
///
/// Some servers send a stream event's data this way rather than as JSON (a Python server that
/// hands a `dict` to sse-starlette gets `str(dict)` on the wire); the spec says so with
/// `streaming: { format: python }`, and those events are read through this first. Some
/// servers also put the `repr` of FastAPI's validation errors in its 422 messages (see
/// ``APIError/validationIssues(fromBody:)``), read leniently.
enum PythonLiteral {
    /// The JSON value `text` spells as a Python literal, or `nil` if it is not one. `lenient`
    /// also reads what a `repr` holds beyond literals, as text: a name or a call
    /// (`ValueError('bad')`) and `<object at 0x…>`.
    static func jsonValue(_ text: String, lenient: Bool = false) -> JSONValue? {
        var reader = Reader(scalars: Array(text.unicodeScalars), isLenient: lenient)
        reader.skipWhitespace()
        guard let value = reader.value() else { return nil }
        reader.skipWhitespace()
        // Not `isAtEnd ? value : nil`: `JSONValue` takes `nil` as its own `.null`.
        guard reader.isAtEnd else { return nil }
        return value
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        let isLenient: Bool
        var index = 0
        /// Containers nested deeper than this are refused, so no input can exhaust the stack.
        var depth = 0
        static let maximumDepth = 512

        var isAtEnd: Bool { index == scalars.count }
        private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func skipWhitespace() {
            while let scalar = current, scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                index += 1
            }
        }

        mutating func value() -> JSONValue? {
            skipWhitespace()
            guard let scalar = current else { return nil }
            switch scalar {
            case "{": return container(closing: "}", isMapping: true)
            case "[": return container(closing: "]", isMapping: false)
            case "(": return container(closing: ")", isMapping: false)
            case "'", "\"": return string().map(JSONValue.string)
            case "N" where !isLenient: return word("None", .null)
            case "T" where !isLenient: return word("True", .bool(true))
            case "F" where !isLenient: return word("False", .bool(false))
            case "<" where isLenient: return bracketed()
            case _ where isLenient && (scalar.properties.isAlphabetic || scalar == "_"): return name()
            default: return number()
            }
        }

        /// Lenient: `None`, `True` and `False`, or any other name, with a call's arguments when
        /// they follow (`ValueError('bad')`), as text.
        private mutating func name() -> JSONValue? {
            let start = index
            while let scalar = current,
                scalar.properties.isAlphabetic || scalar == "_" || scalar == "."
                    || ("0"..."9").contains(scalar)
            {
                index += 1
            }
            let name = String(String.UnicodeScalarView(scalars[start..<index]))
            if current == "(" {
                guard skipBalanced(open: "(", close: ")") else { return nil }
                return .string(String(String.UnicodeScalarView(scalars[start..<index])))
            }
            switch name {
            case "None": return .null
            case "True": return .bool(true)
            case "False": return .bool(false)
            default: return .string(name)
            }
        }

        /// Lenient: `<object at 0x…>`, as text.
        private mutating func bracketed() -> JSONValue? {
            let start = index
            guard skipBalanced(open: "<", close: ">") else { return nil }
            return .string(String(String.UnicodeScalarView(scalars[start..<index])))
        }

        /// Moves past `open … close`, nested pairs and quoted strings included.
        private mutating func skipBalanced(open: Unicode.Scalar, close: Unicode.Scalar) -> Bool {
            var nesting = 0
            while let scalar = current {
                switch scalar {
                case "'", "\"":
                    guard string() != nil else { return false }
                    continue
                case open: nesting += 1
                case close: nesting -= 1
                default: break
                }
                index += 1
                if nesting == 0 { return true }
            }
            return false
        }

        private mutating func word(_ word: String, _ value: JSONValue) -> JSONValue? {
            let expected = Array(word.unicodeScalars)
            guard index + expected.count <= scalars.count, Array(scalars[index..<index + expected.count]) == expected
            else {
                return nil
            }
            index += expected.count
            return value
        }

        /// A dict (`{k: v, …}`), a list or a tuple; a trailing comma is allowed, as in Python.
        private mutating func container(closing: Unicode.Scalar, isMapping: Bool) -> JSONValue? {
            guard depth < Self.maximumDepth else { return nil }
            depth += 1
            defer { depth -= 1 }
            index += 1
            var items: [JSONValue] = []
            var entries: [String: JSONValue] = [:]
            while true {
                skipWhitespace()
                if current == closing {
                    index += 1
                    return isMapping ? .object(entries) : .array(items)
                }
                if isMapping {
                    guard case .string(let key)? = value() else { return nil }
                    skipWhitespace()
                    guard current == ":" else { return nil }
                    index += 1
                    guard let item = value() else { return nil }
                    entries[key] = item
                } else {
                    guard let item = value() else { return nil }
                    items.append(item)
                }
                skipWhitespace()
                if current == "," {
                    index += 1
                } else if current != closing {
                    return nil
                }
            }
        }

        /// A quoted string with Python's escapes (`\n`, `\'`, `\xhh`, `\uhhhh`, `\Uhhhhhhhh`, …).
        private mutating func string() -> String? {
            guard let quote = current else { return nil }
            index += 1
            var result = String.UnicodeScalarView()
            while let scalar = current {
                index += 1
                if scalar == quote { return String(result) }
                guard scalar == "\\" else {
                    result.append(scalar)
                    continue
                }
                guard let escaped = current else { return nil }
                index += 1
                switch escaped {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                case "0": result.append("\0")
                case "a": result.append("\u{07}")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "v": result.append("\u{0B}")
                case "x", "u", "U":
                    let count = escaped == "x" ? 2 : escaped == "u" ? 4 : 8
                    guard index + count <= scalars.count,
                        let code = UInt32(String(String.UnicodeScalarView(scalars[index..<index + count])), radix: 16),
                        let decoded = Unicode.Scalar(code)
                    else { return nil }
                    index += count
                    result.append(decoded)
                default:
                    // `\\`, `\'`, `\"`, and any other character Python keeps with its backslash.
                    if escaped != "\\" && escaped != "'" && escaped != "\"" { result.append("\\") }
                    result.append(escaped)
                }
            }
            return nil
        }

        /// An integer or a float as Python writes them (`-3`, `2.5`, `1e-05`); `inf` and `nan` are
        /// not JSON and are refused.
        private mutating func number() -> JSONValue? {
            let start = index
            while let scalar = current,
                scalar == "-" || scalar == "+" || scalar == "." || scalar == "e" || scalar == "E"
                    || ("0"..."9").contains(scalar)
            {
                index += 1
            }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            if let integer = Int(text) { return .integer(integer) }
            if let double = Double(text), double.isFinite { return .double(double) }
            return nil
        }
    }
}
