/// Every name the generated SDK's own code declares, in one place.
///
/// Spec names must not take these: a spec type with one of them would break the runtime
/// or shadow a type users rely on. `TypeNamer` renames or reports such types.
public enum RuntimeNames {
    /// Types the runtime declares (`Sources/SDKRuntime`, read when julep-gen is built), independent
    /// of the API's name.
    public static let runtimeTypes = Set(EmbeddedRuntime.declaredTypes)

    /// Types the generated sample tests declare at the top of their module: the loopback server
    /// they carry (`Sources/SampleTestSupport`, read when julep-gen is built) and the helpers of
    /// `templates/tests/support.mustache`. In the test module one of them would hide an SDK type
    /// of its name, so SDK types do not take them, tests or not (an SDK's names do not depend on
    /// whether its tests are written).
    public static let sampleTestTypes = Set(EmbeddedSampleTestSupport.declaredTypes)
        .union(["SampleCheck", "WireQueryItem", "WireExchange"])

    /// The runtime's error type; each SDK also names it after its API (`errorType(api:)`).
    public static let runtimeErrorType = "APIError"

    public static func clientType(api: String) -> String { api + "Client" }
    public static func errorType(api: String) -> String { api + "Error" }
    public static func environmentType(api: String) -> String { api + "Environment" }
    /// The low-level client with one method per documented route, reached as `client.api`.
    public static func routesType(api: String) -> String { api + "API" }
    /// The client's property for the low-level client.
    public static let routesAccessor = "api"
    /// The manager type for a resource, e.g. `AgentsResource`.
    public static func resourceType(_ resourceTypeName: String) -> String { resourceTypeName + "Resource" }
    /// The method argument every operation takes last, and its type.
    public static let requestOptionsArgument = "options"
    public static let requestOptionsType = "RequestOptions"
    /// What a `withRawResponse` method returns: the decoded value with the status and headers.
    public static let apiResponseType = "APIResponse"
    /// The runtime's checks of arguments before sending.
    public static let validationType = "ParameterValidation"
    /// The argument that carries an unflattened request body.
    public static let bodyArgument = "body"
    /// What the body of every generated operation method names itself: its request local and the
    /// resource's members it reaches without `self.`. (A flattened body adds the local `body`, a
    /// `returns:` the local `response`.) An argument of one of these names gets another name
    /// inside the method (`ArgumentNames`), so none can hide them.
    public static let methodBodyNames: Set<String> = ["request", "core", "withRawResponse"]
    /// The local a `returns:` method keeps the API's answer in.
    public static let responseLocal = "response"
    /// The client initializer's own arguments, which no credential argument may take.
    public static let clientInitializerArguments = [
        "baseURL", "environment", "configuration", "timeout", "maxRetries", "middlewares", "transport",
    ]

    /// All names reserved for a given API: runtime, sample test and client types together.
    public static func reserved(api: String) -> Set<String> {
        runtimeTypes.union(sampleTestTypes).union([clientType(api: api), errorType(api: api), environmentType(api: api), routesType(api: api)])
    }
}
