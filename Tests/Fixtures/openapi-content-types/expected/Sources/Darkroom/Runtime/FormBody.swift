// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A request body in `application/x-www-form-urlencoded`, spelled by OpenAPI's rules for forms:
/// each field of the body is written as a query parameter of the same name would be, in the
/// style its `encoding` gives (see ``ParameterStyle``; by default `form`, exploded).
///
/// | field | written as |
/// |---|---|
/// | `"FriendlyName": "Ada"` | `FriendlyName=Ada` |
/// | `"Tag": ["a", "b"]` | `Tag=a&Tag=b` (``ParameterStyle/commaDelimited``: `Tag=a,b`) |
/// | `"Filter": {"x": 1}` | `x=1` (``ParameterStyle/deepObject``: `Filter[x]=1`) |
/// | `"Active": true`, `"Count": 2.5` | `Active=true`, `Count=2.5`, as JSON spells them |
/// | `null` | left out |
///
/// Dates and UUIDs are written as the SDK writes them in JSON. Names and values are
/// percent-encoded (space as `%20`).
enum FormBody {
    /// The media type a form body is sent as.
    static let contentType = "application/x-www-form-urlencoded"

    /// The encoded body of `value`, which must encode to a JSON object.
    /// Throws ``APIError/Kind/invalidArgument`` for anything else.
    static func encode<Value: Encodable>(_ value: Value, styles: [String: ParameterStyle] = [:]) throws -> Data {
        guard case .object(let fields) = try APIRequest.encodeJSONValue(value, what: "form body") else {
            throw APIError(kind: .invalidArgument, message: "A form body must be an object of fields.")
        }
        let items = fields.keys.sorted().flatMap { name in
            (styles[name] ?? .form).queryItems(name, fields[name] ?? .null)
        }
        let text = items.map { QueryComponent.encode($0.name) + "=" + QueryComponent.encode($0.value) }
            .joined(separator: "&")
        return Data(text.utf8)
    }
}

extension APIRequest {
    /// Sets `value` as an `application/x-www-form-urlencoded` body (see ``FormBody``), with its
    /// `Content-Type`.
    mutating func setFormBody<Value: Encodable>(_ value: Value, styles: [String: ParameterStyle] = [:]) throws {
        body = try FormBody.encode(value, styles: styles)
        headers["Content-Type"] = FormBody.contentType
    }
}
