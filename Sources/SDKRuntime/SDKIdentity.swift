// The runtime target's stand-in for the file julep-gen writes into each SDK (from
// templates/identity.mustache); it is the one file of this target that is not copied.

/// What the runtime says about the API it serves: its name in log lines and error descriptions,
/// its `User-Agent`, and the environment variable that switches logging on.
enum SDKIdentity {
    static let apiName = "Example"
    static let errorTypeName = "ExampleError"
    static let userAgent = "example-swift/1.0"
    static let logEnvironmentVariable = "EXAMPLE_LOG"
}

/// The error every call of the SDK throws, by the API's name.
public typealias ExampleError = APIError
