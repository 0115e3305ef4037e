// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A box that lets a struct hold a property of its own type (directly or through other types).
///
/// Generated code stores a recursive property as `private var _next: Indirect<Node>?` and exposes
/// `public var next: Node?`. The box is invisible on the wire: it encodes and decodes exactly
/// as the wrapped value.
public indirect enum Indirect<Wrapped> {
    /// The wrapped value.
    case wrapped(Wrapped)

    /// Boxes `value`.
    public init(_ value: Wrapped) {
        self = .wrapped(value)
    }

    /// The wrapped value.
    public var value: Wrapped {
        get {
            switch self {
            case .wrapped(let value): return value
            }
        }
        set {
            self = .wrapped(newValue)
        }
    }
}

extension Indirect: Sendable where Wrapped: Sendable {}
extension Indirect: Equatable where Wrapped: Equatable {}
extension Indirect: Hashable where Wrapped: Hashable {}

extension Indirect: Decodable where Wrapped: Decodable {
    /// Decodes the wrapped value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = .wrapped(try container.decode(Wrapped.self))
    }
}

extension Indirect: Encodable where Wrapped: Encodable {
    /// Encodes the wrapped value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
