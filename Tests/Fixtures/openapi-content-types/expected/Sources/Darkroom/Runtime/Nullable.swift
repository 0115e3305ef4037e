// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A value that may be explicitly JSON `null`.
///
/// Properties that are both optional and nullable are typed `Nullable<T>?`:
/// - `nil`: the key is absent from the JSON (in a PATCH body: "leave unchanged");
/// - `.null`: the key is present with JSON `null` (in a PATCH body: "clear it");
/// - `.value(x)`: the key is present with a value.
///
/// Use ``Swift/KeyedDecodingContainer/decodeNullable(_:forKey:)`` and
/// ``Swift/KeyedEncodingContainer/encodeNullable(_:forKey:)`` to keep the three cases apart.
public enum Nullable<Wrapped> {
    /// An explicit JSON `null`.
    case null
    /// A present, non-null value.
    case value(Wrapped)

    /// Creates `.value(value)` when `value` is non-nil, otherwise `.null`.
    public init(_ value: Wrapped?) {
        if let value {
            self = .value(value)
        } else {
            self = .null
        }
    }

    /// The wrapped value, or `nil` for `.null`.
    public var value: Wrapped? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Whether this is an explicit `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

extension Nullable: Decodable where Wrapped: Decodable {
    /// Decodes JSON `null` as ``null`` and anything else as ``value(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else {
            self = .value(try container.decode(Wrapped.self))
        }
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    /// Encodes ``null`` as JSON `null` and ``value(_:)`` as the wrapped value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let value): try container.encode(value)
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional, nullable property.
    ///
    /// - Returns: `nil` when `key` is absent, ``Nullable/null`` when it holds JSON `null`,
    ///   otherwise ``Nullable/value(_:)``.
    public func decodeNullable<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> Nullable<T>? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) {
            return .null
        }
        return .value(try decode(T.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Encodes an optional, nullable property.
    ///
    /// `nil` omits the key, ``Nullable/null`` writes JSON `null`, ``Nullable/value(_:)`` writes the value.
    public mutating func encodeNullable<T: Encodable>(_ value: Nullable<T>?, forKey key: Key) throws {
        switch value {
        case nil: return
        case .null?: try encodeNil(forKey: key)
        case .value(let wrapped)?: try encode(wrapped, forKey: key)
        }
    }
}
