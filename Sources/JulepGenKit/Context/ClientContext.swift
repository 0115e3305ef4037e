/// What `client.mustache`, `environment.mustache` and `package.mustache` see.
struct ClientContext {
    var apiName: String
    var clientType: String
    var errorType: String
    var environmentType: String
    var version: String?
    var versionLiteral: String
    /// `"julep-swift/0.4.0"`: the SDK's default `User-Agent`.
    var userAgentLiteral: String
    /// `JULEP_LOG`: the environment variable that turns request logging on.
    var logEnvironmentVariable: String
    var logEnvironmentVariableLiteral: String
    var doc: [String]
    var environments: [EnvironmentContext]
    var hasEnvironments: Bool
    /// `var` when auth headers are added to the configuration, `let` otherwise.
    var configurationBinding: String
    var defaultEnvironment: String?
    /// `"JULEP_BASE_URL", "JULEP_API_URL"`: read for the base URL when no environment is given.
    var baseURLEnvironmentVariableLiterals: String
    var baseURLEnvironmentVariables: [String]
    var readsBaseURLEnvironment: Bool
    var authSchemes: [AuthSchemeContext]
    var resources: [ResourceAccessorContext]
}

struct EnvironmentContext {
    var caseName: String
    var urlLiteral: String
    var nameLiteral: String
    var doc: [String]
}

struct AuthSchemeContext {
    var parameterName: String
    var header: String
    var headerLiteral: String
    var readsEnvironment: Bool
    /// The header value built from `value`: `value`, or `"Bearer " + value` with a prefix.
    var headerValueExpression: String
    var environmentVariables: [String]
    var environmentVariableLiterals: String
    var doc: [String]
}

struct ResourceAccessorContext {
    var typeName: String
    var accessorName: String
    var doc: [String]
}

/// Every generated file's header.
struct HeaderContext {
    var apiName: String
}
