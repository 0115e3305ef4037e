/// What `model.mustache` sees for one declared type (and, through `nested`, the types inside it).
///
/// Every name is final and every Swift type spelled out: templates only arrange text.
struct ModelContext: Encodable {
    var name: String
    var qualifiedName: String
    var doc: [String]
    /// `@available(*, deprecated…)`, or empty. Optional text is a 0-or-1 element list throughout the
    /// contexts: Mustache looks a `nil` value up in the enclosing context, which would be wrong here.
    var deprecation: [String]
    var isObject: Bool
    var isEnum: Bool
    var isAlias: Bool
    var isUnion: Bool
    var object: ObjectContext?
    var enumeration: EnumContext?
    var alias: AliasContext?
    var union: UnionContext?
    /// The enclosing type of a nested type (empty for a top-level one).
    var ownerName: String
    /// Types declared in an `extension` of this one, e.g. `Agent.Instructions`.
    var nested: [ModelContext]
    /// The spec's `accessors:`, as computed properties.
    var accessors: [AccessorContext] = []
    /// `isUnrecognized`, for an enum or union an untagged union may hold (0 or 1 element).
    var unrecognized: [UnrecognizedContext] = []
    /// A protocol holding the factories of a case several unions share (no other kind is set).
    var isCaseProtocol = false
    var caseProtocol: CaseProtocolContext? = nil
}

/// `public protocol EvaluateStepUnion: Sendable { static func evaluate(_ value: EvaluateStep) -> Self }`
/// and an extension with the case's factories (see ``UnionCaseProtocols``).
struct CaseProtocolContext: Encodable {
    /// The case the requirement names: `evaluate`.
    var caseName: String
    var payloadType: String
    var requirementDoc: [String]
    var factories: [UnionFactoryContext]
}

/// `var isUnrecognized: Bool { … }`: the getter's lines (see ``UnrecognizedValues``).
struct UnrecognizedContext: Encodable {
    var body: [String]
}

/// `public var text: String? { guard case .message(let value1) = self, … else { return nil } … }`.
struct AccessorContext: Encodable {
    var name: String
    var type: String
    var doc: [String]
    /// The conditions of the getter's `guard`, each a step that may find nothing
    /// (`case .lion(let value1) = self`); none when every step finds a value.
    var conditions: [String]
    var hasConditions: Bool
    /// The value returned (`value1.maneLength`).
    var value: String
}

struct ObjectContext: Encodable {
    var properties: [PropertyContext]
    var hasProperties: Bool
    /// The memberwise initializer's declaration: a parameter per property.
    var initializer: SignatureContext
    /// Properties that travel in JSON when encoding (read-only ones are left out).
    var encodedProperties: [PropertyContext]
    var hasEncodedProperties: Bool
    /// The tag the object writes as a union's variant (0 or 1 element; see ``VariantTags``).
    var encodedTag: [EncodedTagContext] = []
    /// The initializer taking `String` where a property is a union holding text (0 or 1 element).
    var textInitializer: [TextInitializerContext] = []
}

/// `public init(role: ChatMLRole, content: String, …) { self.init(role: role, content: .string(content), …) }`.
struct TextInitializerContext: Encodable {
    var doc: [String]
    var signature: SignatureContext
    /// `self.init(…)`, arguments on one line or one per line.
    var call: String
}

struct PropertyContext: Encodable {
    /// As declared: `name`, `` `default` ``.
    var name: String
    /// The stored property: `name`, or `_next` when the value is boxed.
    var storageName: String
    var wireName: String
    /// The JSON key as a string literal, `"created_at"`: the models' Codable code uses the
    /// runtime's shared `AnyCodingKey` (a string literal) instead of a `CodingKeys` enum per type.
    var keyLiteral: String
    var type: String
    var storageType: String
    var isIndirect: Bool
    var doc: [String]
    var deprecation: [String]
    /// `name: String` or `about: String? = nil`, for the memberwise initializer.
    var initParameter: String
    /// The right-hand side that stores the initializer's argument.
    var initValue: String
    /// `decode`, `decodeIfPresent` or `decodeNullable`, and the type passed to it.
    var decodeExpression: String
    var encodeMethod: String
    /// Boxed or deprecated: a computed property over private storage.
    var hasAccessors: Bool
    /// The name an earlier SDK version used, kept as a deprecated accessor (0 or 1 element).
    var formerNames: [FormerPropertyNameContext]
    /// The getter's expression and the value the setter stores.
    var getter: String
    /// What encoding writes: the getter, with UUIDs spelled in lower case (see ``UUIDSpelling``).
    var encodedValue: String
    var setterValue: String
    var isLast: Bool
    /// For the property holding undeclared keys: the declared keys as a set literal, which its
    /// decoding and encoding leave to the other properties.
    var excludedKeys: String? = nil
}

/// `@available(*, deprecated, renamed: "sessionID") public var sessionId: UUID { … }`.
/// The type, getter and setter come from the enclosing ``PropertyContext``.
struct FormerPropertyNameContext: Encodable {
    var name: String
    var doc: String
    var attribute: String
}

struct EnumContext: Encodable {
    var cases: [EnumCaseContext]
    /// The Swift type of the JSON values: `String`, or `Int` for an integer enum.
    var rawType: String
}

struct EnumCaseContext: Encodable {
    var name: String
    var literal: String
    var doc: [String]
    var deprecation: [String]
}

struct AliasContext: Encodable {
    var target: String
}

struct UnionContext: Encodable {
    var isTagged: Bool
    /// The discriminator's JSON key as a string literal (a variant's `discriminatorLiteral` is its value).
    var discriminatorKeyLiteral: String?
    /// The Swift type the discriminator is read as: `String`, or `Int` for numbers.
    var discriminatorType: String
    /// The tag `.unknown(tag, raw)` keeps, from the decoded `discriminator`.
    var unknownTag: String
    /// Whether encoding writes the discriminator (not when the API declares it read-only).
    var sendsDiscriminator: Bool
    var variants: [UnionVariantContext]
    /// Whether a variant may decode only as `unknown`, so decoding keeps a fallback.
    var hasFallback: Bool
    /// `"String", "[String]"`: the variants' types for the error thrown when none decodes.
    var expectedTypeLiterals: String
    /// Accessors for what every variant has (see `ContextBuilder.sharedProperties`).
    var sharedProperties: [SharedPropertyContext]
    /// `var string: String?`: each case's value, `nil` for the other cases.
    var caseAccessors: [CaseAccessorContext]
    /// `static func textSearch(_:limit:)`: a case built from its payload's properties. All the
    /// union offers, those of its shared cases included (the API surface lists them).
    var factories: [UnionFactoryContext]
    /// The factories declared in the union itself: those of cases no ``caseProtocols`` holds.
    var declaredFactories: [UnionFactoryContext]
    /// The protocols that give the union the factories of its shared cases (see
    /// ``UnionCaseProtocols``): `EvaluateStepUnion`.
    var caseProtocols: [String]
    /// `asList` for a union of `T` and `[T]` (0 or 1 element).
    var listAccessor: [ListAccessorContext]
    /// The case a string literal makes (0 or 1 element; see `ContextBuilder.literalCases`).
    var stringLiteral: [LiteralCaseContext]
    /// The case an array literal makes (0 or 1 element).
    var arrayLiteral: [LiteralCaseContext]
    /// The case a dictionary literal makes (0 or 1 element).
    var dictionaryLiteral: [LiteralCaseContext]
}

/// `public var agent: Agent? { if case .agent(let value) = self { value } else { nil } }`.
struct CaseAccessorContext: Encodable {
    var name: String
    var caseName: String
    var type: String
    var doc: [String]
    /// `@available(*, deprecated, renamed: …)` for a case's former name, or empty.
    var deprecation: [String]
}

/// `public static func text(_ text: String, limit: Int = 10) -> Self { .text(TextSearch(text: text, limit: limit)) }`.
struct UnionFactoryContext: Encodable, Hashable {
    var name: String
    var doc: [String]
    /// `@available(*, deprecated, …)` for an earlier spelling, or empty.
    var deprecation: [String]
    var parameters: [String]
    /// The function's body, one line (`.text(TextSearch(text: text))`); `SwiftLineBreaker` breaks
    /// it where it is too long.
    var body: [String]
    /// `text(_:limit:)`, for `renamed:` and docs.
    var fullName: String

    /// `public static func text(_ text: String, limit: Int = 10) -> Self`.
    var signature: SignatureContext {
        SignatureContext(opening: "public static func " + name, parameters: parameters, tail: " -> Self")
    }

    private enum CodingKeys: String, CodingKey {
        case doc, deprecation, signature, body
    }

    /// What `union-factory.mustache` reads: the declaration as one ``SignatureContext``.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(doc, forKey: .doc)
        try container.encode(deprecation, forKey: .deprecation)
        try container.encode(signature, forKey: .signature)
        try container.encode(body, forKey: .body)
    }
}

/// `public var asList: [String]` on a union of `String` and `[String]`.
struct ListAccessorContext: Encodable {
    var elementType: String
    var singleCase: String
    var listCase: String
    var doc: [String]
}

/// A literal conformance of a union: the case it makes and the literal's element (and key) type.
struct LiteralCaseContext: Encodable {
    var caseName: String
    var elementType: String
}

/// `var id: UUID? { switch self { … } }` on a union whose variants all have an `id`.
struct SharedPropertyContext: Encodable {
    var name: String
    /// The variants' type; optional for a tagged union, whose `unknown` case has no value.
    var type: String
    var doc: [String]
    /// `case .single(let value): value.id`, one per variant, and `case .unknown: nil`.
    var cases: [String]
}

/// `try container.encode("folder", forKey: "type")`.
struct EncodedTagContext: Encodable {
    var valueLiteral: String
    var keyLiteral: String
}

struct UnionVariantContext: Encodable {
    var caseName: String
    var type: String
    var discriminatorLiteral: String?
    /// Whether the union writes the tag after the case's value: not when the value writes it itself.
    var sendsDiscriminator: Bool
    var isIndirect: Bool
    /// What an untagged union encodes for the case's `value` (UUIDs in lower case).
    var encodedValue: String
    /// Whether the decoded `value` is `unknown` at its top level, so a later variant may take it (0 or 1 element).
    var unrecognizedCheck: [String]
}
