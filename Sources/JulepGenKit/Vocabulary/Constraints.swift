/// Checks a document states about values (`minimum`, `pattern`, `maxItems`, …): documented on
/// the generated code, checked before sending where Swift can, and followed by the sample values.
public struct Constraints: Sendable, Hashable {
    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum = false
    public var exclusiveMaximum = false
    /// The value divided by this is an integer (`multipleOf: 8`); documented, and followed by the
    /// sample values.
    public var multipleOf: Double?
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var minItems: Int?
    public var maxItems: Int?
    /// A format of text the Swift type does not express (`email`, `uri`, `ipv4`, …): documented,
    /// and followed by the sample values the generated tests send.
    public var format: String?
    /// The values of the type's enumeration this value may take, when it takes fewer than the
    /// type has (OpenAPI's `enum: [1, 2]` beside an `allOf` reference to a wider enum), spelled as
    /// on the wire: documented, and followed by the sample values the generated tests send.
    public var allowedValues: [String]?
    /// The constraints of a list's elements (`items:`; an OpenAPI array's `items`).
    public var items: ElementConstraints?

    public init() {}

    public var isEmpty: Bool { self == Constraints() }

    /// No value is valid (`allowedValues: []`, OpenAPI's `enum: []`).
    public var allowsNoValue: Bool { allowedValues == [] }

    /// Only `null` is valid (`allowedValues: ["null"]`, OpenAPI's `{type: 'null'}`).
    public var allowsOnlyNull: Bool { allowedValues == ["null"] }
}

/// ``Constraints`` of a list's elements, held indirectly (constraints nest).
public indirect enum ElementConstraints: Sendable, Hashable {
    case of(Constraints)

    public var constraints: Constraints {
        switch self {
        case .of(let constraints): constraints
        }
    }
}
