// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A resource ID: a `UUID`, or a `String` holding one.
///
/// Methods that take an ID accept either. A string that is not
/// a UUID fails with an ``APIError`` of kind `.invalidArgument` before any request is sent.
public protocol UUIDConvertible: Sendable {
    /// The UUID, or an `.invalidArgument` error naming `argument` when there is none.
    func validatedUUID(argument: String) throws -> UUID
}

extension UUID: UUIDConvertible {
    public func validatedUUID(argument: String) -> UUID { self }
}

extension String: UUIDConvertible {
    public func validatedUUID(argument: String) throws -> UUID {
        guard let uuid = UUID(uuidString: self) else {
            throw APIError(
                kind: .invalidArgument,
                message:
                    "'\(argument)' must be a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, "
                    + "got \"\(self.prefix(64))\""
            )
        }
        return uuid
    }
}

extension Substring: UUIDConvertible {
    public func validatedUUID(argument: String) throws -> UUID {
        try String(self).validatedUUID(argument: argument)
    }
}

extension String.StringInterpolation {
    /// Interpolates a UUID argument as a path segment, lower-cased, once it is checked:
    /// `try "/agents/\(segment: agentID, argument: "agentID")"` throws the `.invalidArgument`
    /// error of ``UUIDConvertible/validatedUUID(argument:)`` for a string that is not a UUID.
    mutating func appendInterpolation(segment value: some UUIDConvertible, argument: String) throws {
        appendLiteral(PathComponent.encode(try value.validatedUUID(argument: argument)))
    }
}
