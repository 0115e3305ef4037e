/// What `resource.mustache` sees for one manager.
struct ResourceContext {
    var typeName: String
    var accessorName: String
    var doc: [String]
    var operations: [OperationContext]
}

struct OperationContext {
    var name: String
    var doc: [String]
    var deprecation: [String]
    var arguments: [ArgumentContext]
    var hasArguments: Bool
    /// `AgentList`, or nil for an operation without a response body.
    var returnType: String?
    var returnsValue: Bool
    var methodCase: String
    /// A Swift string expression for the encoded path, e.g. `"/agents/" + PathComponent.encode(id)`.
    var pathExpression: String
    /// `let` when nothing is added to the request after creating it, `var` otherwise.
    var requestBinding: String
    var queryItems: [RequestItemContext]
    var headerItems: [RequestItemContext]
    /// The request type built from the arguments when the body's fields are arguments (0 or 1 element).
    var flattenedBody: [FlattenedBodyContext]
    var hasBody: Bool
    var isIdempotent: Bool
    var isStreaming: Bool
    var eventType: String?
}

struct FlattenedBodyContext {
    var typeName: String
    /// `name: name` for each field.
    var fields: [String]
}

struct ArgumentContext {
    /// `limit: Int = 100`
    var declaration: String
}

struct RequestItemContext {
    var wireLiteral: String
    var value: String
    var isOptional: Bool
    var isJSON: Bool
}
