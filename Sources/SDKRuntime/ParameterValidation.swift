// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// Checks arguments against the constraints the API documents, before anything is sent.
///
/// Generated methods call these for their path, query and header parameters, the fields of a
/// flattened body and the groups of body properties that exclude each other; a violation throws
/// ``APIError/Kind/invalidArgument`` naming the parameter. String lengths count Unicode
/// scalars, as JSON Schema does.
enum ParameterValidation {
    /// Checks that `value` (when not `nil`) lies within the given bounds.
    static func check<Value: BinaryInteger>(
        _ value: Value?,
        _ name: String,
        minimum: Double? = nil,
        exclusiveMinimum: Bool = false,
        maximum: Double? = nil,
        exclusiveMaximum: Bool = false
    ) throws {
        guard let value else { return }
        try checkNumber(
            Double(value), description: String(value), name, minimum: minimum, exclusiveMinimum: exclusiveMinimum,
            maximum: maximum, exclusiveMaximum: exclusiveMaximum)
    }

    /// Checks that `value` (when not `nil`) is a number within the given bounds.
    static func check<Value: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: Value?,
        _ name: String,
        minimum: Double? = nil,
        exclusiveMinimum: Bool = false,
        maximum: Double? = nil,
        exclusiveMaximum: Bool = false
    ) throws {
        guard let value else { return }
        guard value.isFinite else {
            throw APIError(kind: .invalidArgument, message: "'\(name)' must be a finite number, got \(value).")
        }
        try checkNumber(
            Double(value), description: String(value), name, minimum: minimum, exclusiveMinimum: exclusiveMinimum,
            maximum: maximum, exclusiveMaximum: exclusiveMaximum)
    }

    /// Checks the length of `value` (when not `nil`) in Unicode scalars.
    static func check(_ value: String?, _ name: String, minLength: Int? = nil, maxLength: Int? = nil) throws {
        guard let value else { return }
        let length = value.unicodeScalars.count
        if let minLength, length < minLength {
            throw APIError(
                kind: .invalidArgument,
                message: "'\(name)' must be at least \(counted(minLength, "character")) long, got \(length).")
        }
        if let maxLength, length > maxLength {
            throw APIError(
                kind: .invalidArgument,
                message: "'\(name)' must be at most \(counted(maxLength, "character")) long, got \(length).")
        }
    }

    /// "1 item", "2 items".
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Checks the number of elements of `values` (when not `nil`).
    static func check<Element>(_ values: [Element]?, _ name: String, minItems: Int? = nil, maxItems: Int? = nil) throws
    {
        guard let values else { return }
        if let minItems, values.count < minItems {
            throw APIError(
                kind: .invalidArgument,
                message: "'\(name)' must have at least \(counted(minItems, "item")), got \(values.count).")
        }
        if let maxItems, values.count > maxItems {
            throw APIError(
                kind: .invalidArgument,
                message: "'\(name)' must have at most \(counted(maxItems, "item")), got \(values.count).")
        }
    }

    /// Checks that at most one of the named values was given, or exactly one when `required`:
    /// `given` pairs each argument's name with whether the caller gave a value for it.
    static func checkExclusive(_ given: [(name: String, isGiven: Bool)], required: Bool) throws {
        let names = given.map { "'\($0.name)'" }
        let chosen = given.filter(\.isGiven).map { "'\($0.name)'" }
        if chosen.count > 1 {
            throw APIError(
                kind: .invalidArgument,
                message: "Give \(required ? "exactly" : "at most") one of \(names.joined(separator: ", ")); "
                    + "got \(chosen.joined(separator: " and "))."
            )
        }
        if required && chosen.isEmpty {
            throw APIError(kind: .invalidArgument, message: "Give one of \(names.joined(separator: ", ")); got none.")
        }
    }

    private static func checkNumber(
        _ value: Double,
        description: String,
        _ name: String,
        minimum: Double?,
        exclusiveMinimum: Bool,
        maximum: Double?,
        exclusiveMaximum: Bool
    ) throws {
        if let minimum, exclusiveMinimum ? !(value > minimum) : !(value >= minimum) {
            throw APIError(
                kind: .invalidArgument,
                message: "'\(name)' must be \(exclusiveMinimum ? "greater than" : "at least") \(format(minimum)), "
                    + "got \(description)."
            )
        }
        if let maximum, exclusiveMaximum ? !(value < maximum) : !(value <= maximum) {
            throw APIError(
                kind: .invalidArgument,
                message: "'\(name)' must be \(exclusiveMaximum ? "less than" : "at most") \(format(maximum)), "
                    + "got \(description)."
            )
        }
    }

    private static func format(_ bound: Double) -> String {
        bound == bound.rounded() && abs(bound) < 1e15 ? String(Int64(bound)) : String(bound)
    }
}
