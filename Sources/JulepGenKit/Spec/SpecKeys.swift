/// Every key the native spec format knows, per place. `docs/spec-format.md` documents each one.
enum SpecKeys {
    static let rootFile = ["julep-gen", "api", "profile", "environments", "auth", "security", "include", "types", "resources"]
    static let includedFile = ["include", "types", "resources"]
    static let api = ["name", "version", "docs", "baseURLEnv"]
    static let environment = ["name", "url", "default", "docs"]
    static let auth = ["name", "type", "header", "query", "cookie", "prefix", "format", "env", "docs"]
    static let constraints = [
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern",
        "minItems", "maxItems", "format", "allowedValues", "items",
    ]
    static let typeKinds = ["properties", "enum", "alias", "union"]
    static let type = ["docs", "swiftName", "deprecated", "exclusive", "additionalProperties"] + typeKinds + constraints
        + ["accessors", "formerLabeledFactories"]
    static let exclusiveGroup = ["properties", "required"]
    static let accessor = ["path", "docs"]
    static let property = ["type", "docs", "default", "readOnly", "writeOnly", "deprecated", "swiftName", "formerSwiftName"]
        + constraints
    static let enumCase = ["value", "swiftName", "docs", "deprecated"]
    static let taggedUnion = ["discriminator", "discriminatorReadOnly", "discriminatorInteger", "variants"]
    static let unionVariant = ["type", "swiftName", "formerSwiftName"]
    static let untaggedUnionMember = ["type", "swiftName", "formerSwiftName"]
    static let resource = ["docs", "swiftName", "operations"]
    static let operation = [
        "route", "method", "path", "docs", "deprecated", "idempotent", "swiftName", "formerSwiftName", "pathParams", "query",
        "headers",
        "body", "response", "errors", "pagination", "streaming", "returns", "mirrors", "deviations",
        "security", "server", "shortcuts",
    ]
    static let shortcut = ["name", "variant", "unlabeled", "returns", "docs"]
    static let deviation = ["document", "server", "sdk"]
    static let returns = ["type", "fill", "fetch"]
    static let pathParameter = ["type", "docs", "deprecated", "swiftName"] + constraints
    static let queryParameter = ["type", "docs", "default", "deprecated", "swiftName", "serialize"] + constraints
    static let headerParameter = ["type", "docs", "default", "deprecated", "swiftName"]
    static let body = ["type", "flatten", "properties", "contentType", "encoding", "docs", "swiftName"]
    static let fieldEncoding = ["contentType", "serialize", "file"]
    static let response = ["status", "type", "contentType", "docs"]
    static let errorResponse = ["type", "docs"]
    static let pagination = ["style", "offsetParam", "limitParam", "items"]
    static let streaming = ["events", "format"]
}
