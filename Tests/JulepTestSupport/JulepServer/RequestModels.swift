/// The server's pydantic request models (agents-api `autogen/openapi_model.py`, API 0.4.0), as far as
/// the emulator checks them. Fields with a default are optional here even where the published
/// document marks them required.
enum RequestModels {
    /// A tool's name: a Python identifier of at most 40 characters.
    static let toolName = BodySchema.string(maxLength: 40, pattern: #"^[^\W0-9]\w*$"#)
    static let instructions = BodySchema.union([("str", .string()), ("list[str]", .list(.string()))])
    static let stringOrStrings = instructions

    static let createAgent = BodySchema.model(
        name: "CreateAgentRequest",
        fields: [
            .optional("metadata", .dictionary),
            .optional("name", .string(maxLength: 120)),
            .optional("about", .string()),
            .optional("model", .string()),
            .optional("instructions", instructions),
            .optional("default_settings", .dictionary),
        ])

    static let updateAgent = createAgent
    static let patchAgent = createAgent

    static let createUser = BodySchema.model(
        name: "CreateUserRequest",
        fields: [
            .optional("metadata", .dictionary),
            .optional("name", .string(maxLength: 120)),
            .optional("about", .string()),
        ])

    static let sessionFields: [BodyField] = [
        .optional("user", .uuid),
        .optional("users", .list(.uuid)),
        .optional("agent", .uuid),
        .optional("agents", .list(.uuid)),
        .optional("situation", .string()),
        .optional("render_templates", .bool),
        .optional("token_budget", .int()),
        .optional("context_overflow", .literal(["truncate", "adaptive"])),
        .optional("forward_tool_results", .bool),
        .optional("metadata", .dictionary),
    ]
    static let createSession = BodySchema.model(name: "CreateSessionRequest", fields: sessionFields)
    static let updateSession = BodySchema.model(
        name: "UpdateSessionRequest", fields: sessionFields.filter { !["user", "users", "agent", "agents"].contains($0.name) })

    static let functionDef = BodySchema.model(
        name: "FunctionDef",
        fields: [.optional("name", .any), .optional("description", .any), .optional("parameters", .dictionary)])
    static let integrationDef = BodySchema.model(
        name: "IntegrationDef",
        fields: [
            .required("provider", .string()), .optional("method", .string()), .optional("setup", .dictionary),
            .optional("arguments", .dictionary),
        ])
    static let systemDef = BodySchema.model(
        name: "SystemDef",
        fields: [
            .required("resource", .string()), .optional("subresource", .string()), .required("operation", .string()),
            .optional("resource_id", .uuid), .optional("arguments", .dictionary),
        ])
    static let apiCallDef = BodySchema.model(
        name: "ApiCallDef",
        fields: [
            .required("method", .literal(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "CONNECT", "TRACE"])),
            .required("url", .string()),
            .optional("headers", .dictionary), .optional("content", .string()), .optional("data", .dictionary),
            .optional("json", .dictionary), .optional("cookies", .dictionary), .optional("params", .any),
            .optional("follow_redirects", .bool),
        ])
    static let toolType = BodySchema.literal(["function", "integration", "system", "api_call"])

    /// `CreateToolRequest`; `UpdateToolRequest` has the same fields.
    static let createTool = BodySchema.model(
        name: "CreateToolRequest",
        fields: [
            .required("name", toolName),
            .optional("type", toolType),
            .optional("description", .string()),
            .optional("function", functionDef),
            .optional("integration", integrationDef),
            .optional("system", systemDef),
            .optional("api_call", apiCallDef),
        ])

    /// `PatchToolRequest`: every field optional, the definitions' fields too.
    static let patchTool = BodySchema.model(
        name: "PatchToolRequest",
        fields: [
            .optional("name", toolName),
            .optional("type", toolType),
            .optional("description", .string()),
            .optional("function", .dictionary),
            .optional("integration", .dictionary),
            .optional("system", .dictionary),
            .optional("api_call", .dictionary),
        ])

    /// A full `Tool`, as `ChatInput.tools` requires its items.
    static let tool = BodySchema.model(
        name: "Tool",
        fields: [
            .required("name", toolName),
            .optional("type", toolType),
            .optional("description", .string()),
            .optional("function", functionDef),
            .optional("integration", integrationDef),
            .optional("system", systemDef),
            .optional("api_call", apiCallDef),
            .required("created_at", .string()),
            .required("updated_at", .string()),
            .required("id", .uuid),
        ])

    static let chatRoles = ["user", "assistant", "system", "function", "function_response", "function_call", "auto"]
    static let message = BodySchema.model(
        name: "Message",
        fields: [
            .required("role", .literal(chatRoles)),
            .required("content", .union([("str", .string()), ("list[str]", .list(.string())), ("list[dict]", .list(.dictionary))])),
            .optional("name", .string()),
            .optional("continue", .bool),
        ])

    static let chatInput = BodySchema.model(
        name: "ChatInput",
        fields: [
            .required("messages", .list(message, minLength: 1)),
            .optional("tools", .list(tool)),
            .optional("tool_choice", .any),
            .optional("recall", .bool),
            .optional("save", .bool),
            .optional("model", .string()),
            .optional("stream", .bool),
            .optional("stop", .list(.string())),
            .optional("seed", .int(minimum: -1, maximum: 1000)),
            .optional("max_tokens", .int(minimum: 1)),
            .optional("logit_bias", .dictionary),
            .optional("response_format", .dictionary),
            .optional("agent", .uuid),
            .optional("repetition_penalty", .number(minimum: 0, maximum: 2)),
            .optional("length_penalty", .number(minimum: 0, maximum: 2)),
            .optional("min_p", .number(minimum: 0, maximum: 1)),
            .optional("frequency_penalty", .number(minimum: -2, maximum: 2)),
            .optional("presence_penalty", .number(minimum: -2, maximum: 2)),
            .optional("temperature", .number(minimum: 0, maximum: 5)),
            .optional("top_p", .number(minimum: 0, maximum: 1)),
        ])

    static let createDoc = BodySchema.model(
        name: "CreateDocRequest",
        fields: [
            .optional("metadata", .dictionary),
            .required("title", .string(maxLength: 800)),
            .required("content", stringOrStrings),
            .optional("embed_instruction", .string()),
        ])

    private static let searchBase: [BodyField] = [
        .optional("limit", .int(minimum: 1, maximum: 50)),
        .optional("lang", .literal(["en-US"])),
        .optional("metadata_filter", .dictionary),
        .optional("mmr_strength", .number(minimum: 0, maximum: 1)),
    ]
    static let textSearch = BodySchema.model(
        name: "TextOnlyDocSearchRequest", fields: [.required("text", .string())] + searchBase)
    static let vectorSearch = BodySchema.model(
        name: "VectorDocSearchRequest",
        fields: [.required("vector", .list(.number())), .optional("confidence", .number(minimum: 0, maximum: 1))]
            + searchBase)
    static let hybridSearch = BodySchema.model(
        name: "HybridDocSearchRequest",
        fields: [
            .required("text", .string()), .required("vector", .list(.number())),
            .optional("confidence", .number(minimum: 0, maximum: 1)), .optional("alpha", .number(minimum: 0, maximum: 1)),
        ] + searchBase)
    /// The search route's body: `TextOnlyDocSearchRequest | VectorDocSearchRequest | HybridDocSearchRequest`.
    static let docSearch = BodySchema.union([
        ("TextOnlyDocSearchRequest", textSearch), ("VectorDocSearchRequest", vectorSearch),
        ("HybridDocSearchRequest", hybridSearch),
    ])

    /// `POST /embed`'s body: `SingleEmbedQueryRequest | MultipleEmbedQueryRequest`.
    static let embed = BodySchema.union([
        (
            "SingleEmbedQueryRequest",
            .model(
                name: "SingleEmbedQueryRequest",
                fields: [.required("text", .string()), .optional("embed_instruction", .string())])
        ),
        (
            "MultipleEmbedQueryRequest",
            .model(
                name: "MultipleEmbedQueryRequest",
                fields: [.required("text", .list(.string(), minLength: 1)), .optional("embed_instruction", .string())])
        ),
    ])

    static let createTask = BodySchema.model(
        name: "CreateTaskRequest",
        fields: [
            .required("name", .string()),
            .optional("description", .string()),
            .required("main", .list(.dictionary, minLength: 1)),
            .optional("input_schema", .dictionary),
            .optional("tools", .list(.dictionary)),
            .optional("inherit_tools", .bool),
            .optional("metadata", .dictionary),
        ])

    static let createExecution = BodySchema.model(
        name: "CreateExecutionRequest",
        fields: [
            .required("input", .dictionary), .optional("output", .any), .optional("error", .string()),
            .optional("metadata", .dictionary),
        ])

    /// `ResumeExecutionRequest | StopExecutionRequest`.
    static let updateExecution = BodySchema.union([
        (
            "ResumeExecutionRequest",
            .model(
                name: "ResumeExecutionRequest",
                fields: [.optional("status", .literal(["running"])), .optional("input", .dictionary)])
        ),
        (
            "StopExecutionRequest",
            .model(
                name: "StopExecutionRequest",
                fields: [.optional("status", .literal(["cancelled"])), .optional("reason", .string())])
        ),
    ])
}
