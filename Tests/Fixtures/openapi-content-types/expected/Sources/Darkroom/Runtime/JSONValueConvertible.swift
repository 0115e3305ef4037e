// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A value that stands for JSON, so a free-form argument (a `map<json>` such as `metadata` or
/// `metadataFilter`) takes a plain dictionary, variables included, without wrapping its values:
///
/// ```swift
/// try await client.agents.create(name: "Ada", model: "gpt-4o", metadata: ["topic": title, "count": 3, "active": true])
/// ```
///
/// ``JSONValue`` conforms, and so do text, numbers, Booleans, UUIDs (in lower case), optionals of
/// them (`nil` is JSON `null`), and lists and string-keyed dictionaries of them. Two literals
/// need the value's type spelled out: a list or dictionary mixing types inside the dictionary
/// (`["tags": ["a", 1] as JSONValue]`), and null (`.null`; `nil` alone names no type).
/// `JSONValue`'s cases are available as they always were: `["topic": .string(title)]`.
public protocol JSONValueConvertible: Sendable {
    /// The value as JSON.
    var jsonValue: JSONValue { get }
}

extension JSONValue: JSONValueConvertible {
    public var jsonValue: JSONValue { self }
}

extension String: JSONValueConvertible {
    public var jsonValue: JSONValue { .string(self) }
}

extension Substring: JSONValueConvertible {
    public var jsonValue: JSONValue { .string(String(self)) }
}

extension Bool: JSONValueConvertible {
    public var jsonValue: JSONValue { .bool(self) }
}

extension Int: JSONValueConvertible {
    public var jsonValue: JSONValue { .integer(self) }
}

extension Int32: JSONValueConvertible {
    public var jsonValue: JSONValue { .integer(Int(self)) }
}

extension Int64: JSONValueConvertible {
    /// A number `Int` cannot hold (on a 32-bit platform) becomes a `double`.
    public var jsonValue: JSONValue { Int(exactly: self).map(JSONValue.integer) ?? .double(Double(self)) }
}

extension Double: JSONValueConvertible {
    public var jsonValue: JSONValue { .double(self) }
}

extension Float: JSONValueConvertible {
    public var jsonValue: JSONValue { .double(Double(self)) }
}

extension UUID: JSONValueConvertible {
    public var jsonValue: JSONValue { .string(uuidString.lowercased()) }
}

extension Optional: JSONValueConvertible where Wrapped: JSONValueConvertible {
    public var jsonValue: JSONValue { map(\.jsonValue) ?? .null }
}

extension Array: JSONValueConvertible where Element: JSONValueConvertible {
    public var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}

extension Dictionary: JSONValueConvertible where Key == String, Value: JSONValueConvertible {
    public var jsonValue: JSONValue { .object(mapValues(\.jsonValue)) }
}

// `JSONValue`'s cases where a `JSONValueConvertible` is expected, so `["topic": .string(title)]`
// and `.null` still read as they did when such arguments took `JSONValue`. Disfavoured, so a
// `JSONValue` context keeps meaning the cases themselves.
extension JSONValueConvertible where Self == JSONValue {
    /// ``JSONValue/null``.
    @_disfavoredOverload public static var null: JSONValue { JSONValue.null }

    /// ``JSONValue/bool(_:)``.
    @_disfavoredOverload public static func bool(_ value: Bool) -> JSONValue { JSONValue.bool(value) }

    /// ``JSONValue/integer(_:)``.
    @_disfavoredOverload public static func integer(_ value: Int) -> JSONValue { JSONValue.integer(value) }

    /// ``JSONValue/double(_:)``.
    @_disfavoredOverload public static func double(_ value: Double) -> JSONValue { JSONValue.double(value) }

    /// ``JSONValue/string(_:)``.
    @_disfavoredOverload public static func string(_ value: String) -> JSONValue { JSONValue.string(value) }

    /// ``JSONValue/array(_:)``.
    @_disfavoredOverload public static func array(_ value: [JSONValue]) -> JSONValue { JSONValue.array(value) }

    /// ``JSONValue/object(_:)``.
    @_disfavoredOverload public static func object(_ value: [String: JSONValue]) -> JSONValue {
        JSONValue.object(value)
    }
}
