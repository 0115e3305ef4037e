// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// An HTTP request method.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method token as sent on the wire, for example `"GET"`.
    public let rawValue: String

    /// Creates a method from its token.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `GET`
    public static let get = HTTPMethod(rawValue: "GET")
    /// `POST`
    public static let post = HTTPMethod(rawValue: "POST")
    /// `PUT`
    public static let put = HTTPMethod(rawValue: "PUT")
    /// `PATCH`
    public static let patch = HTTPMethod(rawValue: "PATCH")
    /// `DELETE`
    public static let delete = HTTPMethod(rawValue: "DELETE")
    /// `HEAD`
    public static let head = HTTPMethod(rawValue: "HEAD")
    /// `OPTIONS`
    public static let options = HTTPMethod(rawValue: "OPTIONS")

    /// The method token.
    public var description: String { rawValue }
}

/// An ordered list of HTTP header fields with case-insensitive name lookup.
///
/// Iterating yields the fields in insertion order; a name may occur more than once.
/// Equality and hashing ignore the case of names but respect order and values.
/// The `description` redacts credentials (see ``isSensitive(_:)``).
public struct HTTPHeaders: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible,
    CustomReflectable
{
    /// One header field.
    public typealias Element = (name: String, value: String)

    private var fields: [Field] = []

    private struct Field: Sendable {
        var name: String
        var value: String
    }

    /// Creates an empty list.
    public init() {}

    /// Creates a list from `(name, value)` pairs, keeping their order and repetitions.
    public init(_ fields: some Sequence<(String, String)>) {
        for (name, value) in fields {
            add(name: name, value: value)
        }
    }

    /// Creates a list from a literal, keeping order and repetitions.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// The first value for `name` (case-insensitive). Setting replaces every field with that name
    /// by a single field at the position of the first one (or at the end); setting `nil` removes them.
    public subscript(name: String) -> String? {
        get {
            fields.first { HTTPHeaders.namesMatch($0.name, name) }?.value
        }
        set {
            guard let newValue else {
                remove(name: name)
                return
            }
            if let index = fields.firstIndex(where: { HTTPHeaders.namesMatch($0.name, name) }) {
                fields[index] = Field(name: name, value: newValue)
                var next = fields.index(after: index)
                while next < fields.endIndex {
                    if HTTPHeaders.namesMatch(fields[next].name, name) {
                        fields.remove(at: next)
                    } else {
                        next = fields.index(after: next)
                    }
                }
            } else {
                fields.append(Field(name: name, value: newValue))
            }
        }
    }

    /// All values for `name` (case-insensitive), in order.
    public func values(for name: String) -> [String] {
        fields.filter { HTTPHeaders.namesMatch($0.name, name) }.map(\.value)
    }

    /// Whether a field named `name` (case-insensitive) exists.
    public func contains(name: String) -> Bool {
        fields.contains { HTTPHeaders.namesMatch($0.name, name) }
    }

    /// Appends a field, keeping any existing fields with the same name.
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Removes every field named `name` (case-insensitive).
    public mutating func remove(name: String) {
        fields.removeAll { HTTPHeaders.namesMatch($0.name, name) }
    }

    /// Sets every name in `other` to its values there, replacing existing fields with those names.
    public mutating func merge(_ other: HTTPHeaders) {
        var replaced: [String] = []
        for field in other.fields {
            let key = field.name.lowercased()
            if !replaced.contains(key) {
                remove(name: field.name)
                replaced.append(key)
            }
            fields.append(field)
        }
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// Whether there are no fields.
    public var isEmpty: Bool { fields.isEmpty }

    /// Iterates over the fields in order.
    public func makeIterator() -> AnyIterator<Element> {
        var iterator = fields.makeIterator()
        return AnyIterator {
            iterator.next().map { (name: $0.name, value: $0.value) }
        }
    }

    /// A copy in which the value of every sensitive field (see ``isSensitive(_:)``) is replaced by `REDACTED`.
    public func redacted() -> HTTPHeaders {
        redacted(alsoRedacting: [])
    }

    /// ``redacted()``, also redacting the fields named in `names` (lowercased): credentials sent
    /// in headers whose names do not look sensitive.
    func redacted(alsoRedacting names: Set<String>) -> HTTPHeaders {
        var copy = self
        for index in copy.fields.indices
        where HTTPHeaders.isSensitive(copy.fields[index].name) || names.contains(copy.fields[index].name.lowercased()) {
            copy.fields[index].value = "REDACTED"
        }
        return copy
    }

    /// Whether a header named `name` may carry credentials: `Authorization`, `Proxy-Authorization`,
    /// `Cookie`, `Set-Cookie`, or any name containing `key`, `token`, `secret` or `auth` (case-insensitive).
    public static func isSensitive(_ name: String) -> Bool {
        let lowercased = name.lowercased()
        if lowercased == "cookie" || lowercased == "set-cookie" { return true }
        return ["auth", "key", "token", "secret"].contains { lowercased.contains($0) }
    }

    /// The fields as `[Name: value, ...]` with sensitive values redacted.
    public var description: String {
        "[" + redacted().fields.map { "\($0.name): \($0.value)" }.joined(separator: ", ") + "]"
    }

    /// The fields as `name: value` strings with sensitive values redacted, so `dump` cannot show credentials.
    public var customMirror: Mirror {
        Mirror(self, unlabeledChildren: redacted().fields.map { "\($0.name): \($0.value)" }, displayStyle: .collection)
    }

    /// Compares fields in order, ignoring the case of names.
    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { namesMatch($0.name, $1.name) && $0.value == $1.value }
    }

    /// Hashes fields in order, ignoring the case of names.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields.count)
        for field in fields {
            hasher.combine(field.name.lowercased())
            hasher.combine(field.value)
        }
    }

    private static func namesMatch(_ lhs: String, _ rhs: String) -> Bool {
        lhs.caseInsensitiveCompare(rhs) == .orderedSame
    }
}

/// A fully built HTTP request, as handed to an ``HTTPTransport``.
public struct HTTPRequest: Sendable, CustomStringConvertible {
    /// The request method.
    public var method: HTTPMethod
    /// The absolute URL, including the percent-encoded query.
    public var url: URL
    /// The header fields, including credentials.
    public var headers: HTTPHeaders
    /// The body, if any.
    public var body: Data?
    /// A file whose contents are the body (a large upload), read as the request is sent; `body` is
    /// `nil` then. A transport reads the file again for each attempt; ``URLSessionTransport``
    /// streams it from disk.
    public var bodyFile: URL?
    /// The deadline for the whole exchange (connecting, sending and receiving the full response);
    /// `nil` leaves it to the transport.
    public var timeout: Duration?
    /// The largest response body to accept, in bytes as received (after any `Content-Encoding` is
    /// undone); `nil` for no limit. A transport fails with ``APIError/Kind/responseTooLarge`` as
    /// soon as more arrives (for ``HTTPTransport/stream(_:)``, the client bounds events instead).
    public var maxResponseBodyBytes: Int?
    /// Names (lowercased) of the headers that carry the client's credentials: redacted by
    /// ``description`` whatever they are called, and not sent on to another origin by a redirect.
    var credentialHeaderNames: Set<String> = []
    /// Names (lowercased) of the query items that carry the client's credentials (see ``credentialHeaderNames``).
    var credentialQueryNames: Set<String> = []

    /// Creates a request.
    public init(
        method: HTTPMethod, url: URL, headers: HTTPHeaders = HTTPHeaders(), body: Data? = nil, timeout: Duration? = nil,
        maxResponseBodyBytes: Int? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maxResponseBodyBytes = maxResponseBodyBytes
    }

    /// Method, URL, redacted headers and body size; never credentials.
    public var description: String {
        let url = APIError.RequestSummary.sanitizedURL(url, alsoRedacting: credentialQueryNames)
        let headers = headers.redacted(alsoRedacting: credentialHeaderNames)
        let bodyText = body.map { "\($0.count) bytes" } ?? bodyFile.map { "the file \($0.lastPathComponent)" } ?? "none"
        return "\(method) \(url) headers: \(headers) body: \(bodyText)"
    }
}

/// An HTTP response as returned by an ``HTTPTransport``, whatever its status.
public struct HTTPResponse: Sendable, CustomStringConvertible {
    /// The status code, for example `200`.
    public var statusCode: Int
    /// The header fields.
    public var headers: HTTPHeaders
    /// The complete body (empty when there is none).
    public var body: Data

    /// Creates a response.
    public init(statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }

    /// Whether the status code is in 200...299.
    public var isSuccess: Bool {
        (200...299).contains(statusCode)
    }

    /// Status, redacted headers and body size.
    public var description: String {
        "HTTP \(statusCode) headers: \(headers) body: \(body.count) bytes"
    }
}
