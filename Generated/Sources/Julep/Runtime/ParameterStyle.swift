// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// How a query or header parameter that is not a plain value (a list in another style, an object,
/// a union) is written, as OpenAPI's `style` and `explode` describe it. The value is encoded as
/// JSON first, so any `Encodable` type works, then spelled:
///
/// | style | list `[a, b]` | object `{"x": 1, "y": 2}` |
/// |---|---|---|
/// | ``form`` (explode) | `name=a&name=b` | `x=1&y=2` |
/// | ``commaDelimited`` (form, no explode) | `name=a,b` | `name=x,1,y,2` |
/// | ``spaceDelimited`` | `name=a b` | `name=x 1 y 2` |
/// | ``pipeDelimited`` | `name=a\|b` | `name=x\|1\|y\|2` |
/// | ``deepObject`` | `name=a&name=b` | `name[x]=1&name[y]=2` |
/// | ``json`` | `name=["a","b"]` | `name={"x":1,"y":2}` |
///
/// A header (`simple` style) is written like ``commaDelimited`` without the name: `a,b`, `x,1,y,2`.
/// Object keys are written in sorted order; `null` values are left out; values nested deeper than
/// the style describes are written as compact JSON text.
enum ParameterStyle: Sendable {
    case form
    case commaDelimited
    case spaceDelimited
    case pipeDelimited
    case deepObject
    /// The value as one field of JSON text (plain values as text): a form field whose encoding
    /// says `application/json`, or whose schema allows any JSON.
    case json

    /// The query items that spell `value` under `name`, not yet percent-encoded.
    func queryItems(_ name: String, _ value: JSONValue) -> [(name: String, value: String)] {
        switch (self, value) {
        case (_, .null):
            return []
        case (.json, _):
            return ParameterStyle.text(value).map { [(name, $0)] } ?? []
        case (.form, .array(let items)), (.deepObject, .array(let items)):
            return items.compactMap { item in ParameterStyle.text(item).map { (name, $0) } }
        case (.form, .object(let object)):
            return object.keys.sorted().compactMap { key in ParameterStyle.text(object[key] ?? .null).map { (key, $0) }
            }
        case (.deepObject, .object(let object)):
            return object.keys.sorted().flatMap { key in
                ParameterStyle.deepObject.queryItems(name + "[" + key + "]", object[key] ?? .null)
            }
        case (_, .array), (_, .object):
            return ParameterStyle.joined(value, separator: separator).map { [(name, $0)] } ?? []
        default:
            return ParameterStyle.text(value).map { [(name, $0)] } ?? []
        }
    }

    /// A header value in OpenAPI's `simple` style; `nil` for `null`.
    static func headerValue(_ value: JSONValue) -> String? {
        joined(value, separator: ",")
    }

    private var separator: String {
        switch self {
        case .spaceDelimited: " "
        case .pipeDelimited: "|"
        case .form, .commaDelimited, .deepObject, .json: ","
        }
    }

    /// A list's items or an object's keys and values, separated; a plain value as text.
    private static func joined(_ value: JSONValue, separator: String) -> String? {
        switch value {
        case .array(let items):
            return items.compactMap(text).joined(separator: separator)
        case .object(let object):
            return object.keys.sorted().flatMap { key in
                text(object[key] ?? .null).map { [key, $0] } ?? []
            }.joined(separator: separator)
        default:
            return text(value)
        }
    }

    /// A plain value as a query or header spells it; lists and objects below the top as JSON text.
    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .null: return nil
        case .bool(let bool): return bool ? "true" : "false"
        case .integer(let integer): return String(integer)
        case .double(let double): return String(double)
        case .string(let string): return string
        case .array, .object:
            guard let data = try? JSONCoding.makeEncoder().encode(value) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
