/// The native spec as written: every file's content merged, nothing resolved yet.
///
/// Values keep their locations (`Located`), and the decoder has already checked shapes and keys.
/// Name resolution, naming and semantic checks happen when the IR is built (`IRBuilder`).
public struct SpecDocument: Sendable, Hashable {
    public var rootFile: String
    public var formatVersion: Located<Int>?
    public var api: SpecAPI?
    /// `profile: julep` turns on what exists for Julep's Python SDK and server (see `APIProfile`).
    public var profile: Located<APIProfile>?
    public var environments: [SpecEnvironment] = []
    public var authSchemes: [SpecAuthScheme] = []
    /// The requirement of operations without their own; `nil`: every credential the client has.
    public var security: SpecSecurity?
    public var types: [SpecType] = []
    public var resources: [SpecResource] = []
    /// Types that are declared but could not be decoded (already reported): references to them
    /// are not reported again as unknown.
    public var brokenTypeNames: Set<String> = []
    /// Whether every file could be read and parsed; when not, later stages would only report
    /// the consequences of the missing content.
    public var isComplete = true

    public init(rootFile: String) {
        self.rootFile = rootFile
    }
}

/// What a spec asks for beyond the API itself: `standard` (the default) describes the API only;
/// `julep` adds what Julep's Python SDK and server need (docs/spec-format.md, "The Julep profile").
public enum APIProfile: String, Sendable, Hashable, CaseIterable {
    case standard
    case julep
}

public struct SpecAPI: Sendable, Hashable {
    public var name: Located<String>
    public var version: Located<String>?
    public var docs: String?
    public var location: SourceLocation
    /// Read, in order, for the base URL when the client is given neither a URL nor an environment.
    public var baseURLEnvironmentVariables: [String] = []
}

public struct SpecEnvironment: Sendable, Hashable {
    public var name: Located<String>
    public var url: Located<String>
    public var isDefault: Bool
    public var docs: String?
}

/// `auth:` — one way the client can prove who it is: an API key (in a header, the query or a
/// cookie), a bearer token, or HTTP Basic credentials.
public struct SpecAuthScheme: Sendable, Hashable {
    /// The scheme's name: the client initializer's argument (`apiKey`, `bearerToken`) and what
    /// `security:` requirements name.
    public var name: Located<String>
    public var kind: SpecAuthKind
    /// Read, in order, when the credential is not passed (for Basic: the user name).
    public var environmentVariables: [String]
    /// For Basic: read, in order, for the password.
    public var passwordEnvironmentVariables: [String] = []
    public var docs: String?

    public init(
        name: Located<String>, kind: SpecAuthKind, environmentVariables: [String] = [],
        passwordEnvironmentVariables: [String] = [], docs: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.environmentVariables = environmentVariables
        self.passwordEnvironmentVariables = passwordEnvironmentVariables
        self.docs = docs
    }
}

/// How a scheme's credential travels.
public enum SpecAuthKind: Sendable, Hashable {
    /// A key sent as is (after `prefix`) in a header, a query item or a cookie.
    case apiKey(SpecAPIKeyLocation, name: Located<String>, prefix: String?)
    /// `Authorization: Bearer <token>`; `format` (e.g. `JWT`) is documentation.
    case bearer(format: String?)
    /// `Authorization: Basic base64(user:password)`.
    case basic
}

public enum SpecAPIKeyLocation: String, Sendable, Hashable, CaseIterable {
    case header, query, cookie
}

/// `security:` — which credentials requests send: alternatives, the first the client can satisfy
/// wins; each alternative lists schemes sent together. An empty list sends none; an empty
/// alternative allows calls without credentials.
public struct SpecSecurity: Sendable, Hashable {
    public var alternatives: [[Located<String>]]
    public var location: SourceLocation

    public init(alternatives: [[Located<String>]], location: SourceLocation) {
        self.alternatives = alternatives
        self.location = location
    }
}

/// `deprecated: true` or `deprecated: "Use X instead."`.
public struct SpecDeprecation: Sendable, Hashable {
    public var message: String?
}

public struct SpecType: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case object([SpecProperty])
        /// Values of one JSON type: strings, or integers when `integer` (`1`, not `"1"`, on the wire;
        /// each case's `value` holds the integer's decimal text).
        case enumeration([SpecEnumCase], integer: Bool = false)
        case alias(TypeExpression, Constraints)
        case union(SpecUnion)
    }

    public var name: Located<String>
    public var swiftName: Located<String>?
    public var docs: String?
    public var deprecation: SpecDeprecation?
    public var kind: Kind
    /// For an object: the type of the values of keys it does not declare (OpenAPI's
    /// `additionalProperties` beside `properties`), kept in a `[String: T]` and encoded back.
    public var additionalProperties: TypeExpression? = nil
    /// Properties of an object that exclude each other (`exclusive:`); checked before sending.
    public var exclusiveGroups: [SpecExclusiveGroup] = []
    /// Read-only shortcuts to a value inside (`accessors:`), by Swift name.
    public var accessors: [SpecAccessor] = []
    /// For a union: also generate its factories as earlier julep-gen versions spelled them (every
    /// argument labelled, wrappers not flattened), deprecated (`formerLabeledFactories: true`).
    public var formerLabeledFactories: Located<Bool>? = nil
}

/// `exclusive: [{ properties: [agent, agents], required: true }]`: at most one of the properties
/// may be given, or exactly one when `required`.
public struct SpecExclusiveGroup: Sendable, Hashable {
    public var properties: [Located<String>]
    public var isRequired: Bool
    public var location: SourceLocation
}

/// `text: { path: message.choices.0.content, docs: … }`: a computed property that follows `path`
/// from the type to a value inside it.
public struct SpecAccessor: Sendable, Hashable {
    public var name: Located<String>
    /// Dot-separated steps: a property (JSON key), a union's variant, or a list index.
    public var path: Located<String>
    public var docs: String?
}

public struct SpecProperty: Sendable, Hashable {
    /// The JSON key.
    public var name: Located<String>
    public var isOptional: Bool
    public var type: TypeExpression
    public var swiftName: Located<String>?
    /// The Swift name an earlier SDK version used; kept as a deprecated accessor.
    public var formerSwiftName: Located<String>?
    public var docs: String?
    public var defaultValue: Located<LiteralValue>?
    public var isReadOnly = false
    public var isWriteOnly = false
    public var deprecation: SpecDeprecation?
    public var constraints = Constraints()
}

public struct SpecEnumCase: Sendable, Hashable {
    public var value: Located<String>
    public var swiftName: Located<String>?
    public var docs: String?
    public var deprecation: SpecDeprecation?
}

public struct SpecUnion: Sendable, Hashable {
    public enum Variants: Sendable, Hashable {
        /// Tried in order when decoding; the first that knows the value wins.
        case untagged([TypeExpression])
        /// `discriminator` names the JSON property whose value picks the variant.
        case tagged(discriminator: Located<String>, variants: [SpecUnionVariant])
    }

    public var variants: Variants
    /// Case names given to members of an untagged union (`{ type: T, swiftName: … }`), by the
    /// member's position.
    public var memberNames: [Int: SpecUnionMemberNames] = [:]
    /// A tagged union's discriminator is read-only (`discriminatorReadOnly: true`; OpenAPI's
    /// `readOnly` on the property in every variant): decoded, never sent.
    public var discriminatorIsReadOnly = false
    /// A tagged union's discriminator values are JSON integers (`"type": 1`), each variant's
    /// `value` holding the decimal text.
    public var discriminatorIsInteger = false

    public init(
        variants: Variants, memberNames: [Int: SpecUnionMemberNames] = [:], discriminatorIsReadOnly: Bool = false
    ) {
        self.variants = variants
        self.memberNames = memberNames
        self.discriminatorIsReadOnly = discriminatorIsReadOnly
    }
}

/// The case name of an untagged union's member, and the one an earlier SDK version used.
public struct SpecUnionMemberNames: Sendable, Hashable {
    public var swiftName: Located<String>?
    public var formerSwiftName: Located<String>?

    public init(swiftName: Located<String>? = nil, formerSwiftName: Located<String>? = nil) {
        self.swiftName = swiftName
        self.formerSwiftName = formerSwiftName
    }
}

public struct SpecUnionVariant: Sendable, Hashable {
    /// The discriminator value that selects this variant.
    public var value: Located<String>
    public var type: TypeExpression
    public var swiftName: Located<String>?
    /// The case name an earlier SDK version used; kept as deprecated members.
    public var formerSwiftName: Located<String>? = nil
}

public struct SpecResource: Sendable, Hashable {
    public var name: Located<String>
    public var swiftName: Located<String>?
    public var docs: String?
    public var operations: [SpecOperation]
}

public struct SpecOperation: Sendable, Hashable {
    public var name: Located<String>
    public var swiftName: Located<String>?
    /// The method name an earlier version of the SDK used, kept as a deprecated forward.
    public var formerSwiftName: Located<String>?
    /// The documented Python route this operation mirrors, e.g. `agents_route_create`.
    public var route: Located<String>?
    /// Documented Python manager methods it also stands for, e.g. `TasksManager.create`.
    public var mirrors: [Located<String>] = []
    public var method: Located<String>
    public var path: Located<String>
    public var docs: String?
    public var deprecation: SpecDeprecation?
    public var isIdempotent: Located<Bool>?
    public var pathParameters: [SpecParameter] = []
    public var queryParameters: [SpecParameter] = []
    public var headerParameters: [SpecParameter] = []
    public var body: SpecBody?
    public var response: SpecResponse?
    public var errors: [SpecErrorResponse] = []
    public var pagination: SpecPagination?
    public var streaming: SpecStreaming?
    /// The manager method returns this instead of the response: built from the arguments and the
    /// response, or read back with another operation of the resource.
    public var returns: SpecReturns?
    /// Where the server differs from the API's published description, and what the SDK does.
    public var deviations: [SpecDeviation] = []
    /// The credentials this operation sends, replacing the document's `security`.
    public var security: SpecSecurity?
    /// The absolute URL of the server this operation is sent to instead of the API's (`server:`,
    /// or an OpenAPI operation's `servers`): Box sends uploads to `https://upload.box.com/api/2.0`.
    public var server: Located<String>?
    /// Further manager methods that call this operation with one variant of its union body.
    public var shortcuts: [SpecShortcut] = []
    public var location: SourceLocation
}

/// `shortcuts: [{ name: cancelExecution, variant: cancelled }]`: a manager method that calls the
/// operation with the body's union `variant`, built from that variant's properties as arguments,
/// and returns what the manager method returns, or the value at `returns` inside it.
public struct SpecShortcut: Sendable, Hashable {
    /// The method's name; several shortcuts (and the operation) may share one when their
    /// arguments differ.
    public var name: Located<String>
    /// The variant of the body's union: a case name, a type as written, or a discriminator value.
    public var variant: Located<String>
    /// The argument taken without a label (it must be the first).
    public var unlabeled: Located<String>?
    /// A path (as in `accessors:`) to the value the method returns, inside the operation's result.
    public var returns: Located<String>?
    public var docs: String?
    public var location: SourceLocation
}

/// `deviations:` — one place where the server does not do what the API's published description
/// says: the description's claim, the server's behaviour, and what the SDK does about it.
public struct SpecDeviation: Sendable, Hashable {
    public var document: String
    public var server: String
    public var sdk: String
    public var location: SourceLocation
}

/// `returns: { type: Agent, fill: { updated_at: created_at } }`: what a manager method gives back
/// when the API answers with less than the whole object (`id`, `created_at`, `jobs`).
///
/// Each property of `type` is taken from the argument of the same wire name, else from the
/// response property of the same name, else from the response property `fill` names.
public struct SpecReturns: Sendable, Hashable {
    public var type: TypeExpression
    /// Target property → response property, for properties named differently in the response.
    public var fill: [Located<String>: Located<String>]
    /// The operation of the same resource (e.g. `get`) that reads the object back after this one,
    /// given the response's `id`; instead of building it from the arguments.
    public var fetch: Located<String>?
    public var location: SourceLocation

    public init(
        type: TypeExpression, fill: [Located<String>: Located<String>] = [:], fetch: Located<String>? = nil,
        location: SourceLocation
    ) {
        self.type = type
        self.fill = fill
        self.fetch = fetch
        self.location = location
    }
}

public struct SpecParameter: Sendable, Hashable {

    public var name: Located<String>
    public var isOptional: Bool
    public var type: TypeExpression
    public var swiftName: Located<String>?
    public var docs: String?
    public var defaultValue: Located<LiteralValue>?
    public var deprecation: SpecDeprecation?
    public var serialization: ParameterSerialization = .form
    public var constraints = Constraints()
}

public struct SpecBody: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// A declared type; `flatten` turns its properties into method arguments.
        case type(TypeExpression, flatten: Bool)
        /// Fields declared right here; they become method arguments and a synthesized request type.
        case properties([SpecProperty])
    }

    public var content: Content
    public var contentType: String
    public var docs: String?
    /// The argument's name when the body is passed whole (`body` unless given).
    public var swiftName: Located<String>? = nil
    public var location: SourceLocation
    /// How fields of a form or multipart body are written, by wire name (`encoding:`).
    public var encodings: [String: FieldEncoding] = [:]
}

public struct SpecResponse: Sendable, Hashable {
    public var status: Located<Int>
    /// `nil` for a response without a body (204, say).
    public var type: TypeExpression?
    public var docs: String?
    /// The media types it answers with when not JSON (`contentType:`): bytes, text or undecoded.
    public var contentTypes: [String] = []
}

public struct SpecErrorResponse: Sendable, Hashable {
    public var status: Located<Int>
    public var type: TypeExpression?
    public var docs: String?
}

public struct SpecPagination: Sendable, Hashable {
    public var style: Located<String>
    public var offsetParameter: Located<String>
    public var limitParameter: Located<String>
    public var itemsProperty: Located<String>
    public var location: SourceLocation
}

public struct SpecStreaming: Sendable, Hashable {

    /// The type every server-sent event's `data` decodes to.
    public var eventType: TypeExpression
    public var format: StreamFormat = .json
    public var location: SourceLocation
}
