import Foundation

/// A JSON value as the emulator reads and answers it. Objects keep their key order, so answers list
/// fields in the order the server's pydantic models do.
enum EmulatorJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([EmulatorJSON])
    case object(JSONObject)

    var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    var objectValue: JSONObject? {
        if case .object(let value) = self { value } else { nil }
    }

    var arrayValue: [EmulatorJSON]? {
        if case .array(let value) = self { value } else { nil }
    }

    var isNull: Bool { self == .null }

    /// The value at `key` when this is an object.
    subscript(key: String) -> EmulatorJSON? {
        objectValue?[key]
    }
}

/// A JSON object with its keys in insertion order.
struct JSONObject: Sendable, Equatable {
    private(set) var keys: [String] = []
    private var values: [String: EmulatorJSON] = [:]

    init() {}

    init(_ pairs: KeyValuePairs<String, EmulatorJSON>) {
        for (key, value) in pairs { self[key] = value }
    }

    init(pairs: [(String, EmulatorJSON)]) {
        for (key, value) in pairs { self[key] = value }
    }

    /// Setting `nil` removes the key; setting an existing key keeps its position.
    subscript(key: String) -> EmulatorJSON? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    var pairs: [(String, EmulatorJSON)] {
        keys.map { ($0, values[$0] ?? .null) }
    }

    var isEmpty: Bool { keys.isEmpty }
}

extension EmulatorJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByFloatLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(nilLiteral: ()) { self = .null }
    init(arrayLiteral elements: EmulatorJSON...) { self = .array(elements) }
    init(floatLiteral value: Double) { self = .double(value) }
}

// MARK: - Writing

extension EmulatorJSON {
    /// Compact JSON, as Starlette's `JSONResponse` writes it (`separators=(",", ":")`, no ASCII escaping).
    var serialized: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += Self.pythonFloat(value)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (index, (key, value)) in object.pairs.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    /// A float as Python prints it: `1.0`, not `1`.
    static func pythonFloat(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e16 {
            return String(format: "%.1f", value)
        }
        return "\(value)"
    }

    private static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

// MARK: - Reading

/// Why a body is not JSON; `position` is the offset Python's `json` module reports.
struct JSONSyntaxError: Error {
    var message: String
    var position: Int
}

extension EmulatorJSON {
    /// Parses `data` as one JSON document (surrounding whitespace allowed).
    static func parse(_ data: Data) throws(JSONSyntaxError) -> EmulatorJSON {
        var parser = JSONParser(bytes: Array(data))
        return try parser.document()
    }
}

private struct JSONParser {
    let bytes: [UInt8]
    var index = 0

    mutating func document() throws(JSONSyntaxError) -> EmulatorJSON {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index != bytes.count { throw JSONSyntaxError(message: "Extra data", position: index) }
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> EmulatorJSON {
        guard index < bytes.count else { throw JSONSyntaxError(message: "Expecting value", position: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw JSONSyntaxError(message: "Expecting value", position: index)
        }
    }

    private mutating func literal(_ word: String, _ value: EmulatorJSON) throws(JSONSyntaxError) -> EmulatorJSON {
        let wordBytes = Array(word.utf8)
        guard index + wordBytes.count <= bytes.count, Array(bytes[index..<index + wordBytes.count]) == wordBytes else {
            throw JSONSyntaxError(message: "Expecting value", position: index)
        }
        index += wordBytes.count
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> EmulatorJSON {
        let start = index
        var isFloat = false
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        while index < bytes.count {
            let byte = bytes[index]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                index += 1
            } else if [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-")]
                .contains(byte)
            {
                isFloat = true
                index += 1
            } else {
                break
            }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if !isFloat, let value = Int(text) { return .int(value) }
        guard let value = Double(text) else { throw JSONSyntaxError(message: "Expecting value", position: start) }
        return .double(value)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        var scalars = String.UnicodeScalarView()
        var chunkStart = index
        func flush(_ parser: JSONParser, into scalars: inout String.UnicodeScalarView, from: Int) {
            scalars.append(contentsOf: String(decoding: parser.bytes[from..<parser.index], as: UTF8.self).unicodeScalars)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(self, into: &scalars, from: chunkStart)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw JSONSyntaxError(message: "Invalid control character at", position: index) }
            if byte == UInt8(ascii: "\\") {
                flush(self, into: &scalars, from: chunkStart)
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    {
                        index += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: throw JSONSyntaxError(message: "Invalid \\escape", position: index - 2)
                }
                chunkStart = index
                continue
            }
            index += 1
        }
        throw JSONSyntaxError(message: "Unterminated string starting at", position: start)
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count,
            let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw JSONSyntaxError(message: "Invalid \\uXXXX escape", position: index) }
        index += 4
        return code
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> EmulatorJSON {
        index += 1
        var items: [EmulatorJSON] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw JSONSyntaxError(message: "Expecting ',' delimiter", position: index) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            } else {
                throw JSONSyntaxError(message: "Expecting ',' delimiter", position: index)
            }
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> EmulatorJSON {
        index += 1
        var object = JSONObject()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw JSONSyntaxError(
                    message: "Expecting property name enclosed in double quotes", position: index)
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw JSONSyntaxError(message: "Expecting ':' delimiter", position: index)
            }
            index += 1
            skipWhitespace()
            object[key] = try parseValue()
            skipWhitespace()
            guard index < bytes.count else { throw JSONSyntaxError(message: "Expecting ',' delimiter", position: index) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(object)
            } else {
                throw JSONSyntaxError(message: "Expecting ',' delimiter", position: index)
            }
        }
    }
}
