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
    /// Read, in order, for the base URL when the client is given neither a URL nor an environment.
    public var baseURLEnvironmentVariables: [String] = []
    public var environments: [Environment]
    public var authSchemes: [AuthScheme]
    /// Top-level declarations, sorted by Swift name so output order never depends on file order.
    public var types: [TypeDeclaration]
    public var resources: [Resource]

    public var defaultEnvironment: Environment? { environments.first(where: \.isDefault) }

    /// Finds a declaration (top-level or nested) by its ID.
    public func type(_ id: TypeID) -> TypeDeclaration? {
        for declaration in types {
            if declaration.id == id { return declaration }
            if let nested = declaration.nested.first(where: { $0.id == id }) { return nested }
        }
        return nil
    }
}

public struct Environment: Sendable, Hashable {
    public var name: String
    /// The Swift case name, e.g. `apiAlpha` for `api-alpha`.
    public var caseName: String
    public var url: String
    public var isDefault: Bool
    public var docs: String?
}

/// An API key sent in a header.
public struct AuthScheme: Sendable, Hashable {
    public var name: String
    /// The client initializer's parameter, e.g. `apiKey`.
    public var parameterName: String
    public var header: String
    /// Put before the key, e.g. `Bearer `.
    public var prefix: String?
    /// Read, in order, when the key is not passed to the client.
    public var environmentVariables: [String]
    public var docs: String?
}

public struct Deprecation: Sendable, Hashable {
    public var message: String?
}
