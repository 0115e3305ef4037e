// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// An endpoint call as built by a generated resource method, before the client adds its base URL,
/// default headers and credentials (see `ClientCore`).
///
/// ```swift
/// var request = APIRequest(method: .get, path: "/agents/\(segment: agentID)/docs")
/// request.addQuery("limit", limit)
/// try request.addJSONQuery("metadata_filter", metadataFilter)
/// return try await core.send(request, options: options, as: DocList.self)
/// ```
struct APIRequest: Sendable {
    /// The request method.
    var method: HTTPMethod
    /// The endpoint path, already percent-encoded, starting with `/` (for example `/agents/123`).
    var path: String
    /// The server the API sends this operation to instead of the client's base URL (an upload
    /// host, say), as the API description gives it; ``ClientConfiguration/serverOverrides`` may
    /// replace it. `nil` for the base URL.
    var server: String?
    /// Query items in order, not yet percent-encoded.
    var query: [(name: String, value: String)] = []
    /// Endpoint-specific headers (header parameters).
    var headers = HTTPHeaders()
    /// The encoded request body, if any.
    var body: Data?
    /// The body as a file, read as it is sent (a large upload); `body` is `nil` then.
    var bodyFile: RequestBodyFile?
    /// Whether sending the request twice has the same effect as sending it once, so the client
    /// may retry it after any transient failure (see ``RetryPolicy``).
    var isIdempotent: Bool
    /// The credentials it takes, by security scheme name: alternatives, the first the client has
    /// all of wins (empty ones aside), each listing schemes sent together. `[]`, or no alternative
    /// the client meets, sends none; `nil` sends every credential the client has.
    var security: [[String]]?
    /// How the 2xx answer is read: as JSON (the default), or as it came (see ``ResponseDecoding``).
    var responseFormat = ResponseDecoding.json
    /// What the caller may not expect about how an argument is sent (a filter value a query
    /// carries only as text), one sentence each: the client's logger writes them before the
    /// request's first attempt (see ``RequestLogger``).
    var notes: [String] = []

    /// Creates a request; `isIdempotent` defaults to what `method` implies (GET, HEAD, OPTIONS,
    /// PUT and DELETE are idempotent). Generated methods pass what the API says.
    init(
        method: HTTPMethod, path: String, server: String? = nil, isIdempotent: Bool? = nil, security: [[String]]? = nil
    ) {
        self.method = method
        self.path = path
        self.server = server
        self.isIdempotent = isIdempotent ?? [.get, .head, .options, .put, .delete].contains(method)
        self.security = security
    }

    // MARK: Query

    /// Adds `name=value`; does nothing when `value` is `nil`.
    mutating func addQuery<Value: QueryParameterValue>(_ name: String, _ value: Value?) {
        guard let value else { return }
        query.append((name, value.queryParameterValue))
    }

    /// Adds `name=value` once per element (`tags=a&tags=b`); does nothing when `values` is `nil`.
    mutating func addQuery<Value: QueryParameterValue>(_ name: String, _ values: [Value]?) {
        for value in values ?? [] {
            query.append((name, value.queryParameterValue))
        }
    }

    /// Adds `name=<raw value>` for a string enumeration; does nothing when `value` is `nil`.
    mutating func addQuery<Value: RawRepresentable>(_ name: String, _ value: Value?)
    where Value.RawValue: QueryParameterValue {
        guard let value else { return }
        query.append((name, value.rawValue.queryParameterValue))
    }

    /// Adds `name=<raw value>` once per element of a list of string enumerations.
    mutating func addQuery<Value: RawRepresentable>(_ name: String, _ values: [Value]?)
    where Value.RawValue: QueryParameterValue {
        for value in values ?? [] {
            query.append((name, value.rawValue.queryParameterValue))
        }
    }

    /// Adds `name=<compact JSON>` (sorted keys), as some servers read a filter object; does nothing
    /// when `value` is `nil`. Throws ``APIError/Kind/invalidArgument`` if `value` cannot be encoded.
    mutating func addJSONQuery<Value: Encodable>(_ name: String, _ value: Value?) throws {
        guard let value else { return }
        let data = try APIRequest.encodeJSON(value, what: "query parameter '\(name)'")
        query.append((name, String(decoding: data, as: UTF8.self)))
    }

    /// Adds a list, object or union spelled in `style` (see ``ParameterStyle``); does nothing when
    /// `value` is `nil`. Throws ``APIError/Kind/invalidArgument`` if `value` cannot be encoded.
    mutating func addQuery<Value: Encodable>(_ name: String, _ value: Value?, style: ParameterStyle) throws {
        guard let value else { return }
        query += style.queryItems(name, try APIRequest.encodeJSONValue(value, what: "query parameter '\(name)'"))
    }

    /// Adds `name.key=value` for each entry of `entries`, sorted by key (as some servers' list routes read
    /// `metadata_filter.team=research`); does nothing when `entries` is `nil`. Text is sent as is,
    /// numbers and booleans as JSON spells them. Throws ``APIError/Kind/invalidArgument`` for
    /// a null, list or object value: one query parameter cannot carry it.
    ///
    /// A query carries text only, so a server reading `name.key=value` must guess each value's
    /// type, and a Boolean or text that reads as a number is read as another type by a server
    /// that converts numbers: each such entry adds one of ``notes``.
    mutating func addDottedQuery(_ name: String, _ entries: [String: JSONValue]?) throws {
        for (key, value) in (entries ?? [:]).sorted(by: { $0.key < $1.key }) {
            let text: String
            // The value as the note shows it: hidden where the log hides the query item's value.
            let shown = { (value: String) in HTTPHeaders.isSensitive("\(name).\(key)") ? "REDACTED" : value }
            switch value {
            case .string(let string):
                text = string
                if APIRequest.readsAsNumber(string) {
                    notes.append(
                        "\(name).\(key)=\(shown(string)) is text that reads as a number: a server that converts "
                            + "numbers compares it as a number, so it does not match the same text stored."
                    )
                }
            case .integer(let integer): text = String(integer)
            case .double(let double): text = double.queryParameterValue
            case .bool(let bool):
                text = bool ? "true" : "false"
                notes.append(
                    "\(name).\(key)=\(shown(text)) is a Boolean sent as text: a server that converts only numbers "
                        + "compares it as the text \"\(shown(text))\", so it does not match a stored Boolean."
                )
            case .null, .array, .object:
                throw APIError(
                    kind: .invalidArgument,
                    message:
                        "'\(name).\(key)' must be a string, a number or a Boolean: "
                        + "the query has no form for null, lists or objects."
                )
            }
            query.append(("\(name).\(key)", text))
        }
    }

    /// Whether a server converting query text to numbers takes `text` for one, read as a server
    /// that tries an integer, then a floating-point number, reads it (the rules of the common
    /// dynamic languages' parsers): surrounding white space, a sign, decimal digits (any script's,
    /// single underscores between them) with a fraction and an exponent, or `inf`, `infinity` and
    /// `nan` in any case.
    static func readsAsNumber(_ text: String) -> Bool {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        if ["inf", "infinity", "nan"].contains(rest.lowercased()) { return true }
        func isDigit(_ character: Character?) -> Bool {
            guard let character, character.unicodeScalars.count == 1 else { return false }
            return character.unicodeScalars.first?.properties.generalCategory == .decimalNumber
        }
        /// Drops the digits at the start of `rest` (an underscore only between two); how many.
        func digits() -> Int {
            var count = 0
            while true {
                if isDigit(rest.first) {
                    rest = rest.dropFirst()
                    count += 1
                } else if count > 0, rest.first == "_", isDigit(rest.dropFirst().first) {
                    rest = rest.dropFirst()
                } else {
                    return count
                }
            }
        }
        let whole = digits()
        var fraction = 0
        if rest.first == "." {
            rest = rest.dropFirst()
            fraction = digits()
        }
        guard whole + fraction > 0 else { return false }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return rest.isEmpty
    }

    /// Adds `name.key=value` for each entry of `entries`, sorted by key; does nothing when `entries` is `nil`.
    mutating func addDottedQuery<Value: QueryParameterValue>(_ name: String, _ entries: [String: Value]?) throws {
        for (key, value) in (entries ?? [:]).sorted(by: { $0.key < $1.key }) {
            query.append(("\(name).\(key)", value.queryParameterValue))
        }
    }

    /// Adds `name.key=<raw value>` for each entry of a map of string enumerations, sorted by key.
    mutating func addDottedQuery<Value: RawRepresentable>(_ name: String, _ entries: [String: Value]?) throws
    where Value.RawValue: QueryParameterValue {
        for (key, value) in (entries ?? [:]).sorted(by: { $0.key < $1.key }) {
            query.append(("\(name).\(key)", value.rawValue.queryParameterValue))
        }
    }

    // MARK: Headers and body

    /// Sets an endpoint header; `nil` removes it. Values are validated when the request is sent.
    mutating func setHeader(_ name: String, _ value: String?) {
        headers[name] = value
    }

    /// Sets a header to a value spelled as in a query string (a UUID in lower case, a date as in
    /// JSON, a number in its shortest form); `nil` removes it.
    mutating func setHeader<Value: QueryParameterValue>(_ name: String, _ value: Value?) {
        headers[name] = value?.queryParameterValue
    }

    /// Sets a header to a string enumeration's raw value; `nil` removes it.
    mutating func setHeader<Value: RawRepresentable>(_ name: String, _ value: Value?)
    where Value.RawValue: QueryParameterValue {
        headers[name] = value?.rawValue.queryParameterValue
    }

    /// Sets a header to a list's elements separated by commas (`a,b`), as HTTP lists are; `nil` removes it.
    mutating func setHeader<Value: QueryParameterValue>(_ name: String, _ values: [Value]?) {
        headers[name] = values?.map(\.queryParameterValue).joined(separator: ",")
    }

    /// Sets a header to a list, object or union in OpenAPI's `simple` style (`a,b`, `x,1,y,2`);
    /// `nil` removes it. Throws ``APIError/Kind/invalidArgument`` if `value` cannot be encoded.
    mutating func setStyledHeader<Value: Encodable>(_ name: String, _ value: Value?) throws {
        guard let value else {
            headers[name] = nil
            return
        }
        headers[name] = ParameterStyle.headerValue(try APIRequest.encodeJSONValue(value, what: "header '\(name)'"))
    }

    /// Encodes `value` as the JSON body (sorted keys; see ``JSONCoding``), sent as `contentType`
    /// when the operation names a JSON-like type of its own (`application/merge-patch+json`).
    /// Throws ``APIError/Kind/invalidArgument`` if `value` cannot be encoded (for example a NaN).
    mutating func setJSONBody<Value: Encodable>(_ value: Value, contentType: String? = nil) throws {
        body = try APIRequest.encodeJSON(value, what: "request body")
        bodyFile = nil
        if let contentType { headers["Content-Type"] = contentType }
    }

    /// `value` as the JSON it encodes to, for the parameter styles that take it apart.
    static func encodeJSONValue<Value: Encodable>(_ value: Value, what: String) throws -> JSONValue {
        let data = try encodeJSON(value, what: what)
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw APIError(kind: .invalidArgument, message: "Could not encode the \(what): \(error)", underlying: error)
        }
    }

    private static func encodeJSON<Value: Encodable>(_ value: Value, what: String) throws -> Data {
        do {
            return try JSONCoding.makeEncoder().encode(value)
        } catch {
            throw APIError(
                kind: .invalidArgument,
                message: "Could not encode the \(what) as JSON: \(error)",
                underlying: error
            )
        }
    }
}

/// A type that can be sent as a query value.
protocol QueryParameterValue {
    /// The value before percent-encoding.
    var queryParameterValue: String { get }
}

extension String: QueryParameterValue {
    var queryParameterValue: String { self }
}

extension Int: QueryParameterValue {
    var queryParameterValue: String { String(self) }
}

extension Int32: QueryParameterValue {
    var queryParameterValue: String { String(self) }
}

extension Int64: QueryParameterValue {
    var queryParameterValue: String { String(self) }
}

extension Float: QueryParameterValue {
    var queryParameterValue: String { String(self) }
}

extension Double: QueryParameterValue {
    var queryParameterValue: String { String(self) }
}

extension Bool: QueryParameterValue {
    var queryParameterValue: String { self ? "true" : "false" }
}

extension UUID: QueryParameterValue {
    var queryParameterValue: String { uuidString.lowercased() }
}

extension Date: QueryParameterValue {
    var queryParameterValue: String { JSONCoding.formatDate(self) }
}

extension CalendarDate: QueryParameterValue {
    var queryParameterValue: String { description }
}
