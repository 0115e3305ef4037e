// The runtime target's stand-in for the file julep-gen writes into each SDK (from
// templates/identity.mustache); it is the one file of this target that is not copied.

/// What the runtime says about the API it serves: its name in log lines and error descriptions,
/// its `User-Agent`, and the environment variable that switches logging on.
enum SDKIdentity {
    static let apiName = "Example"
    static let errorTypeName = "ExampleError"
    static let userAgent = "example-swift/1.0"
    static let logEnvironmentVariable = "EXAMPLE_LOG"
    /// Reads an error message that is the Python `repr` of validation issues; `nil` in an SDK
    /// whose API does not write them (`PythonLiteral.swift` is then left out).
    static let readLiteralMessage: (@Sendable (String) -> JSONValue?)? = {
        PythonLiteral.jsonValue($0, lenient: true)
    }
    /// Reads a stream event's data written as a Python literal; `nil` in an SDK without such streams.
    static let readLiteralEvent: (@Sendable (String) -> JSONValue?)? = { PythonLiteral.jsonValue($0) }
}

/// The error every call of the SDK throws, by the API's name.
public typealias ExampleError = APIError
