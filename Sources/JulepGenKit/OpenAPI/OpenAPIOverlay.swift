/// Renames applied while translating an OpenAPI document, for where the derived names read badly.
///
///     api: { name: Julep }
///     auth: { ApiKeyAuth: apiKey, ApiKeyAuth_: authKey }    # security scheme → client argument
///     types: { Agents.Agent: Agent }                        # schema key → type name
///     resources: { agentDocs: docs }                        # derived resource name → name
///     operations:                                           # operationId → resource and/or name
///       AgentDocsRoute_create: { resource: docs, name: createForAgent }
public struct OpenAPIOverlay: Sendable {
    public var apiName: String?
    public var authNames: [String: String] = [:]
    public var typeNames: [String: String] = [:]
    public var resourceNames: [String: String] = [:]
    public var operations: [String: (resource: String?, name: String?)] = [:]

    public init() {}

    static let keys = ["api", "auth", "types", "resources", "operations"]

    /// Reads an overlay file's node tree, reporting unknown keys and wrong shapes.
    static func decode(_ node: YAMLNode, diagnostics: inout Diagnostics) -> OpenAPIOverlay {
        var overlay = OpenAPIOverlay()
        guard let root = KeyedNode(node, what: "the overlay", allowedKeys: keys, diagnostics: &diagnostics) else {
            return overlay
        }
        if let api = root["api"], let keyed = KeyedNode(api, what: "'api'", allowedKeys: ["name"], diagnostics: &diagnostics) {
            overlay.apiName = keyed.string("name", diagnostics: &diagnostics)?.value
        }
        overlay.authNames = stringMap(root["auth"], what: "'auth'", diagnostics: &diagnostics)
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
