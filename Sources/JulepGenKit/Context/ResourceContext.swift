/// What `resource.mustache` sees for one manager.
struct ResourceContext: Encodable {
    var typeName: String
    var accessorName: String
    /// `client.channels.messages`: how a caller reaches it.
    var path: String
    /// The resources nested in it, each a property.
    var children: [ResourceAccessorContext]
    var doc: [String]
    var operations: [OperationContext]
    /// Whether any operation has a `withRawResponse` variant (every operation but streaming ones).
    var hasRawOperations: Bool
}

struct OperationContext: Encodable {
    var name: String
    var doc: [String]
    var deprecation: [String]
    /// The manager method's declaration: `public func get(id: …, options: …) async throws -> Agent`.
    var signature: SignatureContext
    /// The `withRawResponse` twin's: `… async throws -> APIResponse<Agent>`.
    var rawSignature: SignatureContext
    /// `AgentList`, or nil for an operation without a response body.
    var returnType: String?
    var returnsValue: Bool
    /// The whole object the manager builds from its arguments and the response (0 or 1 element).
    var composedReturn: [ComposedReturnContext]
    /// The whole object the manager reads back after the operation (0 or 1 element).
    var fetchedReturn: [FetchedReturnContext]
    /// Whether the manager returns one of the two above instead of the response.
    var returnsObject: Bool
    var methodCase: String
    /// A Swift string literal for the encoded path, e.g. `"/agents/\(segment: id)"`.
    var pathExpression: String
    /// `let` when nothing is added to the request after creating it, `var` otherwise.
    var requestBinding: String
    var queryItems: [RequestItemContext]
    var headerItems: [RequestItemContext]
    /// The request type built from the arguments when the body's fields are arguments (0 or 1 element).
    var flattenedBody: [FlattenedBodyContext]
    /// The statements that put the body on the request in its media type (see `RequestBodyCode`).
    var bodyLines: [String]
    /// How a non-JSON answer is read and the `Accept` header it names.
    var responseLines: [String]
    /// `, isIdempotent: true`, where the operation's idempotency is not what its method implies
    /// (the runtime's default); empty otherwise.
    var idempotencyArgument: String
    /// `, security: [["apiKey"], ["bearerToken"]]`: the credentials the operation takes; empty
    /// when it takes every credential the client has.
    var securityArgument: String
    /// `, server: "https://upload.example.com"` for an operation sent to a server of its own.
    var serverArgument: String
    var isStreaming: Bool
    var eventType: String?
    /// `, format: .literal` for a stream whose events are Python literals; empty for JSON.
    var eventFormatArgument: String
    /// `id: id, options: options`: the arguments passed on unchanged to another method.
    var forwardedArguments: String
    /// `APIResponse<Agent>`, or `APIResponse<Void>` without a response body.
    var rawReturnType: String
    /// The doc comment of the `withRawResponse` variant.
    var rawDoc: [String]
    /// Argument checks run before the request is built, one statement each, e.g.
    /// `try ParameterValidation.check(limit, "limit", minimum: 1)`.
    var validations: [String]
    /// The `…All` method of a paginated list (0 or 1 element).
    var autoPaging: [AutoPagingContext]
    /// Methods that call this one with a variant of its union body (`shortcuts:`).
    var shortcuts: [ShortcutContext]
    /// The method's former name, a deprecated forward (0 or 1 element).
    var formerNames: [FormerOperationContext] = []
    /// The method writing a bytes answer to a file (0 or 1 element; see `DownloadContext`).
    var downloads: [DownloadContext] = []
}

/// `public func cancelExecution(id:reason:options:) async throws -> Execution { … }`.
struct ShortcutContext: Encodable {
    var name: String
    var doc: [String]
    /// The operation's `@available(*, deprecated…)`: the method calls it (empty when it is not deprecated).
    var deprecation: [String]
    var signature: SignatureContext
    var returnType: String
    var returnsValue: Bool
    /// The method's statements before any `guard`, one line each: argument checks and the call.
    var statements: [String]
    /// The check that the answer holds the value returned, and the return (0 or 1 element).
    var guards: [GuardContext]
}

/// `guard case .visit(let value1) = result.chore else { throw … }` and the `return` after it.
struct GuardContext: Encodable {
    var conditions: [String]
    /// One condition: `guard` and `else {` on one line.
    var isSingle: Bool
    /// The statement leaving when a condition fails (`throw …`).
    var exit: String
    /// The value returned after the guard.
    var value: String
}


/// `@available(*, deprecated, renamed: "get(id:options:)") public func fetch(…)`: the name an
/// operation's method had in an earlier SDK version (`formerSwiftName`), forwarding to the method,
/// beside its `withRawResponse` twin and its `…All` twin.
struct FormerOperationContext: Encodable {
    var name: String
    /// `/// The former name of `get(…)`.`
    var doc: String
    /// `@available(*, deprecated, renamed: "get(id:options:)")`
    var attribute: String
    /// `public func fetch(…) async throws -> Agent`, or `… throws -> AsyncThrowingStream<Event, any Error>`.
    var signature: SignatureContext
    /// The `withRawResponse` twin's, `… async throws -> APIResponse<Agent>` (unused for a stream).
    var rawSignature: SignatureContext
    /// `try await get(id: id, options: options)`: the same in `withRawResponse`, where it calls that twin.
    var call: String
    /// The `withRawResponse` twin's result, `APIResponse<Agent>`; empty for a stream (which has no twin).
    var rawReturnType: String
    var hasRawTwin: Bool
    /// The former `…All` (0 or 1 element).
    var autoPaging: [FormerAutoPagingContext]
}

struct FormerAutoPagingContext: Encodable {
    var name: String
    var doc: String
    var attribute: String
    var signature: SignatureContext
    /// `AutoPagingSequence<AgentList, Agent>`
    var returnType: String
    /// `listAll(limit: limit, options: options)`
    var call: String
}

/// `return Agent(id: response.id, name: name, …)` for an operation with `returns:`.
struct ComposedReturnContext: Encodable {
    var typeName: String
    /// `id: response.id`, `name: name`, … in the type's initializer order.
    var fields: [String]
}

/// `return try await get(id: response.id, options: options)` for an operation with `returns: { fetch: get }`.
struct FetchedReturnContext: Encodable {
    var typeName: String
    /// The reading call, e.g. `get(id: response.id, options: options)`.
    var call: String
    /// Whether the call reads the operation's answer (`response`), or only its arguments.
    var usesResponse: Bool
    /// Instead of `call`: the object found among a list's items (0 or 1 element).
    var listing: [FetchedListingContext]
}

/// `for try await item in listAll(agentID: agentID, options: options) where item.id == response.id { return item }`.
struct FetchedListingContext: Encodable {
    /// The auto-paging call, e.g. `listAll(agentID: agentID, options: options)`.
    var sequence: String
    /// The items' ID property.
    var itemID: String
    /// The response's ID, e.g. `response.id`.
    var responseID: String
    /// The error type thrown when no item has the ID.
    var errorType: String
    /// Its message, as a string literal.
    var message: String
}

/// The method returning every item of a paginated list as an `AutoPagingSequence`.
struct AutoPagingContext: Encodable {
    /// `listAll`.
    var name: String
    /// The list method it calls, e.g. `list`.
    var operationName: String
    var doc: [String]
    var deprecation: [String]
    /// `public func listAll(…) -> AutoPagingSequence<AgentList, Agent>`.
    var signature: SignatureContext
    var pageType: String
    var itemType: String
    /// The first offset as an `Int`, e.g. `offset` or `offset ?? 0`.
    var offsetStart: String
    /// The page size as an `Int?`, e.g. `limit`.
    var limitValue: String
    /// The items of a page `$0`, e.g. `$0.items`.
    var itemsExpression: String
    /// The list method's arguments with the offset taken from `$0`.
    var pageArguments: String
}

struct FlattenedBodyContext: Encodable {
    var typeName: String
    /// `name: name` for each field.
    var fields: [String]
}

struct ArgumentContext: Encodable {
    /// `limit: Int = 100`
    var declaration: String
    /// `limit: limit`: how a call passes this argument on.
    var forwarding: String
}

struct RequestItemContext: Encodable {
    var wireLiteral: String
    var value: String
    var isJSON: Bool
    /// `serialize: dotted`: one `name.key=value` per entry.
    var isDotted: Bool
    /// The `ParameterStyle` case (`.deepObject`) for values the runtime takes apart, else nil.
    var style: String?
}
