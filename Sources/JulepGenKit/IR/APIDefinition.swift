/// The resolved, named and checked description of an API: what the templates' context is built from.
///
/// Every name here is final (Swift spelling decided, collisions ruled out) and every type
/// reference points at a declaration that exists. Both front ends (the native spec and, later,
/// OpenAPI) produce this same structure.
public struct APIDefinition: Sendable, Hashable {
    public var name: String
    /// The API's name as a Swift type prefix: `Julep` → `JulepClient`, `JulepError`.
    public var swiftName: String
    public var version: String?
    public var docs: String?
    /// `julep`: the SDK also has what Julep's Python SDK and server need (the route API, its
    /// README tables, Python literals); `standard`: the API alone.
    public var profile: APIProfile = .standard
    /// Read, in order, for the base URL when the client is given neither a URL nor an environment.
    public var baseURLEnvironmentVariables: [String] = []
    public var environments: [Environment]
    public var authSchemes: [AuthScheme]
    /// Top-level declarations, sorted by Swift name so output order never depends on file order.
    public var types: [TypeDeclaration] {
        didSet { typeIndex = TypeIndex(types) }
    }
    public var resources: [Resource]
    /// Where each ID is in `types`, so `type(_:)` doesn't search (it is called for every type reference).
    private var typeIndex: TypeIndex

    public init(
        name: String, swiftName: String, version: String?, docs: String?, baseURLEnvironmentVariables: [String] = [],
        environments: [Environment], authSchemes: [AuthScheme], types: [TypeDeclaration], resources: [Resource]
    ) {
        self.name = name
        self.swiftName = swiftName
        self.version = version
        self.docs = docs
        self.baseURLEnvironmentVariables = baseURLEnvironmentVariables
        self.environments = environments
        self.authSchemes = authSchemes
        self.types = types
        self.resources = resources
        self.typeIndex = TypeIndex(types)
    }

    public var defaultEnvironment: Environment? { environments.first(where: \.isDefault) }

    public var isJulepProfile: Bool { profile == .julep }

    /// The accessors from the client down to `resource`: `["channels", "messages"]`.
    public func accessorPath(_ resource: Resource) -> [String] {
        var names = [resource.accessorName]
        var parent = resource.parent
        while let name = parent, let owner = resources.first(where: { $0.name == name }) {
            names.insert(owner.accessorName, at: 0)
            parent = owner.parent
        }
        return names
    }

    /// Whether the SDK reads Python literals: Julep's server writes validation errors as Python
    /// `repr` (the Julep profile), and a stream may send its events as `str(dict)`.
    public var readsPythonLiterals: Bool {
        isJulepProfile || resources.contains { $0.operations.contains { $0.streaming?.format == .python } }
    }

    /// Finds a declaration (top-level or nested) by its ID.
    public func type(_ id: TypeID) -> TypeDeclaration? {
        guard let position = typeIndex.positions[id] else { return nil }
        guard let nested = position.nested else { return types[position.top] }
        return types[position.top].nested[nested]
    }
}

/// The position of every declaration in `APIDefinition.types`: derived from them, so it takes no
/// part in comparing or hashing definitions.
private struct TypeIndex: Sendable, Hashable {
    var positions: [TypeID: (top: Int, nested: Int?)] = [:]

    init(_ types: [TypeDeclaration]) {
        positions.reserveCapacity(types.count)
        // The first declaration with an ID wins, as a search in order would find it.
        for (top, declaration) in types.enumerated() {
            if positions[declaration.id] == nil { positions[declaration.id] = (top, nil) }
            for (nested, inner) in declaration.nested.enumerated() where positions[inner.id] == nil {
                positions[inner.id] = (top, nested)
            }
        }
    }

    static func == (lhs: TypeIndex, rhs: TypeIndex) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}

public struct Environment: Sendable, Hashable {
    public var name: String
    /// The Swift case name, e.g. `apiAlpha` for `api-alpha`.
    public var caseName: String
    public var url: String
    public var isDefault: Bool
    public var docs: String?
}

/// One way the client proves who it is, and the initializer arguments that take its credential.
public struct AuthScheme: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A key sent as is (after `prefix`) in the header, query item or cookie `name`.
        case apiKey(Location, name: String, prefix: String?)
        /// `Authorization: Bearer <token>`; `format` (e.g. `JWT`) is documentation.
        case bearer(format: String?)
        /// `Authorization: Basic base64(user:password)`.
        case basic
    }

    public enum Location: String, Sendable, Hashable {
        case header, query, cookie
    }

    /// The spec's name for it, which `security` requirements use; unique.
    public var name: String
    public var kind: Kind
    /// The client initializer's argument: the key, the token, or (Basic) the user name.
    public var parameterName: String
    /// Basic: the password's argument.
    public var passwordParameterName: String?
    /// Bearer: the argument of the closure that supplies the current token per request.
    public var tokenProviderParameterName: String?
    /// Read, in order, when the credential is not passed (Basic: the user name).
    public var environmentVariables: [String]
    /// Basic: read, in order, for the password.
    public var passwordEnvironmentVariables: [String] = []
    public var docs: String?
}

public struct Deprecation: Sendable, Hashable {
    public var message: String?
}
