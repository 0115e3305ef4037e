/// Renames applied while translating an OpenAPI document, for where the derived names read badly.
///
///     api: { name: Julep }
///     profile: julep                                        # Julep's Python SDK and server (default: standard)
///     auth: { ApiKeyAuth: apiKey, ApiKeyAuth_: authKey }    # security scheme → client argument
///     auth: { bearerAuth: { name: token, env: EXAMPLE_TOKEN } }   # … and environment variables
///     types: { Agents.Agent: Agent }                        # schema key → type name
///     resources: { agentDocs: docs }                        # derived resource name → name
///     operations:                                           # operationId → resource and/or name
///       AgentDocsRoute_create: { resource: docs, name: createForAgent }
public struct OpenAPIOverlay: Sendable {
    public var apiName: String?
    /// `profile: julep`: the SDK gets what Julep's Python SDK and server need; `nil`: standard.
    public var profile: APIProfile?
    /// Security scheme key → its client argument and environment variables.
    public var auth: [String: AuthSettings] = [:]
    public var typeNames: [String: String] = [:]
    public var resourceNames: [String: String] = [:]
    public var operations: [String: (resource: String?, name: String?)] = [:]

    public init() {}

    /// `apiKey`, or `{ name: apiKey, env: EXAMPLE_KEY }` (Basic: `env: { username: U, password: P }`).
    public struct AuthSettings: Sendable, Hashable {
        public var name: String?
        public var environmentVariables: [String] = []
        public var passwordEnvironmentVariables: [String] = []
    }

    static let keys = ["api", "profile", "auth", "types", "resources", "operations"]

    /// Reads an overlay file's node tree, reporting unknown keys and wrong shapes.
    static func decode(_ node: YAMLNode, diagnostics: inout Diagnostics) -> OpenAPIOverlay {
        var overlay = OpenAPIOverlay()
        guard let root = KeyedNode(node, what: "the overlay", allowedKeys: keys, diagnostics: &diagnostics) else {
            return overlay
        }
        if let api = root["api"], let keyed = KeyedNode(api, what: "'api'", allowedKeys: ["name"], diagnostics: &diagnostics) {
            overlay.apiName = keyed.string("name", diagnostics: &diagnostics)?.value
        }
        if let profile = root.string("profile", diagnostics: &diagnostics) {
            overlay.profile = APIProfile(rawValue: profile.value)
            if overlay.profile == nil {
                let known = APIProfile.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")
                diagnostics.error("unknown profile '\(profile.value)'; expected \(known)", at: profile.location)
            }
        }
        overlay.auth = authSettings(root["auth"], diagnostics: &diagnostics)
        overlay.typeNames = stringMap(root["types"], what: "'types'", diagnostics: &diagnostics)
        overlay.resourceNames = stringMap(root["resources"], what: "'resources'", diagnostics: &diagnostics)
        for entry in root["operations"]?.mapping ?? [] {
            guard let id = entry.key.string,
                let keyed = KeyedNode(
                    entry.value, what: "operation '\(id)'", allowedKeys: ["resource", "name"], diagnostics: &diagnostics)
            else { continue }
            overlay.operations[id] = (
                keyed.string("resource", diagnostics: &diagnostics)?.value, keyed.string("name", diagnostics: &diagnostics)?.value
            )
        }
        return overlay
    }

    private static func authSettings(_ node: YAMLNode?, diagnostics: inout Diagnostics) -> [String: AuthSettings] {
        guard let node else { return [:] }
        guard let entries = node.mapping else {
            diagnostics.error("expected 'auth' to be a mapping, found \(node.kindDescription)", at: node.location)
            return [:]
        }
        var result: [String: AuthSettings] = [:]
        for entry in entries {
            guard let key = entry.key.string else { continue }
            if entry.value.scalar != nil {
                result[key] = AuthSettings(
                    name: KeyedNode.string(entry.value, what: "the new name of '\(key)'", diagnostics: &diagnostics)?.value)
                continue
            }
            guard let keyed = KeyedNode(entry.value, what: "'auth' of '\(key)'", allowedKeys: ["name", "env"], diagnostics: &diagnostics)
            else { continue }
            var settings = AuthSettings(name: keyed.string("name", diagnostics: &diagnostics)?.value)
            if let env = keyed["env"] {
                if env.mapping != nil {
                    if let pair = KeyedNode(env, what: "'env' of '\(key)'", allowedKeys: ["username", "password"], diagnostics: &diagnostics) {
                        settings.environmentVariables = pair["username"].map { variables($0, diagnostics: &diagnostics) } ?? []
                        settings.passwordEnvironmentVariables = pair["password"].map { variables($0, diagnostics: &diagnostics) } ?? []
                    }
                } else {
                    settings.environmentVariables = variables(env, diagnostics: &diagnostics)
                }
            }
            result[key] = settings
        }
        return result
    }

    /// `NAME` or `[FIRST, SECOND]`.
    private static func variables(_ node: YAMLNode, diagnostics: inout Diagnostics) -> [String] {
        let items = node.sequence ?? [node]
        return items.compactMap { KeyedNode.string($0, what: "an environment variable name", diagnostics: &diagnostics)?.value }
    }

    private static func stringMap(_ node: YAMLNode?, what: String, diagnostics: inout Diagnostics) -> [String: String] {
        guard let node else { return [:] }
        guard let entries = node.mapping else {
            diagnostics.error("expected \(what) to be a mapping, found \(node.kindDescription)", at: node.location)
            return [:]
        }
        var result: [String: String] = [:]
        for entry in entries {
            guard let key = entry.key.string,
                let value = KeyedNode.string(entry.value, what: "the new name of '\(key)'", diagnostics: &diagnostics)
            else { continue }
            result[key] = value.value
        }
        return result
    }
}
