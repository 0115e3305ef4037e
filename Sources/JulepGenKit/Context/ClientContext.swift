/// What `client.mustache`, `environment.mustache` and `package.mustache` see.
struct ClientContext: Encodable {
    var apiName: String
    var apiNameLiteral: String
    var clientType: String
    /// `JulepError`: the API's name for the runtime's `APIError`; `nil` when that is its name already.
    var errorTypeAlias: String?
    /// `"JulepError"`: how error descriptions name the error type.
    var errorTypeLiteral: String
    var environmentType: String
    var version: String?
    var versionLiteral: String
    /// `"julep-swift/0.4.0"`: the SDK's default `User-Agent`.
    var userAgentLiteral: String
    /// `"JULEP_LOG"`: the environment variable that turns request logging on.
    var logEnvironmentVariableLiteral: String
    /// The Julep profile: error messages that are the Python `repr` of validation issues are read.
    var readsPythonReprMessages: Bool
    /// A stream sends its events as Python literals (`streaming: { format: python }`).
    var hasPythonLiteralEvents: Bool
    var doc: [String]
    var environments: [EnvironmentContext]
    var hasEnvironments: Bool
    /// `var` when credentials are added to the configuration, `let` otherwise.
    var configurationBinding: String
    var defaultEnvironment: String?
    /// `"JULEP_BASE_URL", "JULEP_API_URL"`: read for the base URL when no environment is given.
    var baseURLEnvironmentVariableLiterals: String
    var baseURLEnvironmentVariables: [String]
    var readsBaseURLEnvironment: Bool
    var authSchemes: [AuthSchemeContext]
    var resources: [ResourceAccessorContext]
    /// `Package.swift`'s test target of the generated sample tests, `JulepSampleTests` (0 or 1
    /// element; none when the tests are not written).
    var sampleTestTargets: [String] = []
}

struct EnvironmentContext: Encodable {
    var caseName: String
    var urlLiteral: String
    var nameLiteral: String
    var doc: [String]
}

/// One auth scheme in the client's initializer: its arguments, their docs, and the statement
/// that turns them into a credential (one of `isAPIKey`, `isBearer`, `isBasic` is set).
struct AuthSchemeContext: Encodable {
    /// The initializer's argument for the key, token or user name.
    var argumentName: String
    /// `"apiKey"`: the scheme's name, as requests' `security` names it.
    var schemeLiteral: String
    /// `///   - apiKey: …` lines for the initializer's `- Parameters:`.
    var parameterDocs: [String]
    /// `apiKey: String? = nil`, …
    var parameters: [String]
    /// The credential's value: `apiKey ?? Self.environmentValue("JULEP_API_KEY")`.
    var valueExpression: String
    var isAPIKey: Bool
    /// API keys: `.header("Authorization")`, `.query("api_key")`, `.cookie("session")`.
    var placementExpression: String
    /// API keys: `, prefix: "Token "`, or empty.
    var prefixArgument: String
    var isBearer: Bool
    /// Bearer: the token provider argument.
    var providerName: String
    var isBasic: Bool
    /// Basic: `username`, or `username = username ?? Self.environmentValue(…)` (after `if let`).
    var usernameBinding: String
    /// Basic: the password, `nil` when neither given nor in the environment.
    var passwordExpression: String
}

struct ResourceAccessorContext: Encodable {
    var typeName: String
    var accessorName: String
    var doc: [String]
}

/// Every generated file's header.
struct HeaderContext: Encodable {
    var apiName: String
}
