/// Identifies a declaration: the spec name, or `Owner#property` for a type the generator named.
public struct TypeID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: TypeID, rhs: TypeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

public struct TypeDeclaration: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case object(ObjectType)
        case enumeration(EnumType)
        case alias(AliasType)
        case union(UnionType)
    }

    public var id: TypeID
    /// The name inside its scope: `Agent`, or `Instructions` for a type nested in `Agent`.
    public var swiftName: String
    /// How other code spells it: `Agent`, `Agent.Instructions`.
    public var qualifiedSwiftName: String
    public var docs: String?
    public var deprecation: Deprecation?
    public var kind: Kind
    /// Types declared inside this one (inline unions of its properties).
    public var nested: [TypeDeclaration] = []
    /// Shortcuts to values inside (`accessors:` in the spec).
    public var accessors: [Accessor] = []
    public var location: SourceLocation?
}

/// A type as used by a property, parameter or response.
public indirect enum TypeReference: Sendable, Hashable {
    case builtin(BuiltinType)
    case named(TypeID)
    case list(TypeReference)
    case map(TypeReference)
    /// The value may be JSON `null`.
    case nullable(TypeReference)

    public var isNullable: Bool {
        if case .nullable = self { return true }
        return false
    }

    /// Without the outer `nullable`.
    public var nonNullable: TypeReference {
        if case .nullable(let wrapped) = self { return wrapped }
        return self
    }

    /// As the spec writes it, for messages: `list<Agent>`, `string?`.
    public var specSpelling: String {
        switch self {
        case .builtin(let builtin): builtin.rawValue
        case .named(let id): id.rawValue
        case .list(let element): "list<\(element.specSpelling)>"
        case .map(let value): "map<\(value.specSpelling)>"
        case .nullable(let wrapped): wrapped.specSpelling + "?"
        }
    }
}

public enum BuiltinType: String, Sendable, Hashable, CaseIterable {
    case string
    case bool
    case int
    case int32
    case int64
    case float
    case double
    case uuid
    case date
    case dateTime = "date-time"
    case binary
    case json
    /// A file to send (`FileUpload`): a multipart file field or a raw body. Not spelled in specs:
    /// the body's content type makes it.
    case file
    /// An answer returned undecoded (`ResponseBody`). Not spelled in specs either.
    case responseBody = "response-body"

    /// Accepted spellings in the spec's type language.
    static let spellings: [String: BuiltinType] = {
        var table = Dictionary(
            uniqueKeysWithValues: allCases.filter { $0 != .file && $0 != .responseBody }.map { ($0.rawValue, $0) })
        table["boolean"] = .bool
        table["integer"] = .int
        table["number"] = .double
        return table
    }()
}

public struct ObjectType: Sendable, Hashable {
    public var properties: [Property]
    /// Keys beyond the declared ones, kept as `[String: T]` (OpenAPI `additionalProperties`).
    public var additionalProperties: AdditionalProperties? = nil
    /// Properties that exclude each other, checked before a request with this object is sent.
    public var exclusiveGroups: [ExclusiveGroup] = []
    /// The tag the object writes as a variant of a tagged union, when it is sent on its own too
    /// (see ``VariantTags``).
    public var tag: ObjectTag? = nil
}

/// A constant key and value an object always encodes: its discriminator as a union's variant
/// (`"type": "folder"`), which the union does not hold as a property.
public struct ObjectTag: Sendable, Hashable {
    public var key: String
    /// The value as on the wire: the decimal text of an integer when `isInteger`.
    public var value: String
    public var isInteger: Bool
}

/// At most one of `properties` may be given (non-`nil`), or exactly one when `isRequired`.
public struct ExclusiveGroup: Sendable, Hashable {
    /// The group's optional properties by wire name, and by Swift name in the same order.
    public var wireNames: [String]
    public var swiftNames: [String]
    public var isRequired: Bool
}

/// The property that holds an object's undeclared keys and their values.
public struct AdditionalProperties: Sendable, Hashable {
    public var swiftName: String
    public var valueType: TypeReference
}

public struct Property: Sendable, Hashable {
    public var wireName: String
    public var swiftName: String
    /// The name an earlier SDK version used, generated as a deprecated accessor.
    public var formerSwiftName: String? = nil
    public var type: TypeReference
    /// Whether the key must be present; optional properties are left out when `nil`.
    public var isRequired: Bool
    public var defaultValue: DefaultValue?
    public var isReadOnly: Bool
    public var isWriteOnly: Bool
    /// Stored behind a box because the type contains itself through this property.
    public var isIndirect: Bool
    public var docs: String?
    public var deprecation: Deprecation?
    public var constraints: Constraints
}

public struct EnumType: Sendable, Hashable {
    public var cases: [EnumCase]
    /// Whether the values are JSON integers (each case's `value` is the decimal text), not strings.
    public var isInteger = false
}

public struct EnumCase: Sendable, Hashable {
    public var value: String
    public var swiftName: String
    public var docs: String?
    public var deprecation: Deprecation?
}

public struct AliasType: Sendable, Hashable {
    public var target: TypeReference
    public var constraints: Constraints
}

public struct UnionType: Sendable, Hashable {
    /// The JSON property that selects the variant; `nil` for a union decoded by trying each variant.
    public var discriminator: String?
    public var variants: [UnionVariant]
    /// The discriminator is decoded but never encoded: the API declares it read-only.
    public var discriminatorIsReadOnly = false
    /// The discriminator's values are JSON integers (each variant's `discriminatorValue` is the decimal text).
    public var discriminatorIsInteger = false
    /// Whether the factories are also generated as earlier julep-gen versions spelled them
    /// (every argument labelled, wrappers not flattened), deprecated.
    public var keepsFormerLabeledFactories = false
}

public struct UnionVariant: Sendable, Hashable {
    public var caseName: String
    /// The case name an earlier SDK version used, kept as deprecated members.
    public var formerCaseName: String? = nil
    public var type: TypeReference
    /// The discriminator value for tagged unions.
    public var discriminatorValue: String?
    /// Declared `indirect` because the union contains itself through this variant.
    public var isIndirect: Bool
}

/// A default, already checked against its type.
public indirect enum DefaultValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
    /// An enum case by its Swift name.
    case enumCase(String)
    /// A union case by its Swift name, holding the value for that variant.
    case unionCase(String, DefaultValue)
    case list([DefaultValue])
    case map([String: DefaultValue])
    /// A default for a free-form JSON value.
    case json(LiteralValue)
    /// A new random UUID (`default: random` on a `uuid`).
    case randomUUID
    /// The current time (`default: now` on a `date-time`).
    case now
}
