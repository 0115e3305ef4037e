/// How Swift holds a value the spec may leave out, set to `null`, or both: decided here once for
/// model properties, flattened body arguments and the sample values that fill them.
enum SwiftOptionality: Equatable {
    /// Required and not nullable: `T`.
    case plain
    /// Left out or `null`, not both: `T?` (an optional value, or a required nullable one).
    case optional
    /// Optional and nullable, three states: left out (`nil`), `null` (`.null`) and a value
    /// (`.value(…)`): `Nullable<T>?`.
    case nullableOptional

    init(isRequired: Bool, isNullable: Bool) {
        switch (isRequired, isNullable) {
        case (true, false): self = .plain
        case (true, true), (false, false): self = .optional
        case (false, true): self = .nullableOptional
        }
    }

    /// Whether the Swift type is optional (`nil` is a value of it).
    var isOptional: Bool { self != .plain }
}

extension Property {
    var optionality: SwiftOptionality { SwiftOptionality(isRequired: isRequired, isNullable: type.isNullable) }
}

extension Parameter {
    /// A flattened body field is a property of the body and keeps its three states; a path, query
    /// or header parameter is sent or not, so `null` and left out are one (`T?`).
    var optionality: SwiftOptionality {
        let optionality = SwiftOptionality(isRequired: isRequired, isNullable: type.isNullable)
        return optionality == .nullableOptional && location != .body ? .optional : optionality
    }
}
