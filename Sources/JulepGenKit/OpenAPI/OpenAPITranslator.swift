/// Translates an OpenAPI 3.0/3.1 document into the native `SpecDocument`, so both inputs share
/// the IR builder, its checks, naming and templates.
///
/// Grouping: an operation belongs to its first tag's resource; without tags, to the prefix of its
/// operationId (`AgentsRoute_create` → `agents`, operation `create`); without either, to the
/// first path segment. `route` is the operationId in snake case (`agents_route_create`), the name
/// the Python SDK gives the method. What cannot be represented is reported at its location and
/// the rest is translated.
public struct OpenAPITranslator {
    public private(set) var diagnostics = Diagnostics()
    public private(set) var sources = SourceFiles()
    private var schemas: SchemaTranslator
    private let rootPath: String
    private let overlay: OpenAPIOverlay
    private var document: SpecDocument

    /// Whether `node` (a parsed root file) is an OpenAPI document rather than a native spec.
    public static func isOpenAPI(_ node: YAMLNode) -> Bool {
        node["openapi"] != nil || node["swagger"] != nil
    }

    public static func translate(
        path: String, root: YAMLNode, text: String, baseDirectory: String?, overlay: OpenAPIOverlay = OpenAPIOverlay(),
        diagnostics: inout Diagnostics, sources: inout SourceFiles
    ) -> SpecDocument? {
        guard let documents = OpenAPIDocuments(rootPath: path, root: root, text: text, baseDirectory: baseDirectory) else {
            return nil
        }
        var translator = OpenAPITranslator(documents: documents, rootPath: path, overlay: overlay)
        let result = translator.run(root)
        diagnostics.append(contentsOf: translator.diagnostics)
        diagnostics.append(contentsOf: translator.schemas.diagnostics)
        diagnostics.append(contentsOf: translator.schemas.documents.diagnostics)
        let files = translator.schemas.documents.sources
        for file in [path] + files.paths where files.text(of: file) != nil {
            sources.add(path: file, text: files.text(of: file) ?? "")
        }
        return result
    }

    private init(documents: OpenAPIDocuments, rootPath: String, overlay: OpenAPIOverlay) {
        let version = documents.root?["openapi"]?.string ?? ""
        self.schemas = SchemaTranslator(documents: documents, isVersion31: version.hasPrefix("3.1"))
        self.schemas.renames = overlay.typeNames
        self.rootPath = rootPath
        self.overlay = overlay
        self.document = SpecDocument(rootFile: rootPath)
    }

    private mutating func run(_ root: YAMLNode) -> SpecDocument? {
        guard checkVersion(root) else { return nil }
        document.formatVersion = Located(1, at: root.location)
        translateInfo(root)
        translateServers(root["servers"])
        translateSecurity(root["components"]?["securitySchemes"])
        if let componentSchemas = root["components"]?["schemas"] {
            schemas.declareComponents(componentSchemas, file: rootPath)
            schemas.findDiscriminators(in: root, file: rootPath)
            schemas.translateComponents(componentSchemas, file: rootPath)
        }
        translatePaths(root["paths"])
        document.types = schemas.types
        return document
    }

    private mutating func checkVersion(_ root: YAMLNode) -> Bool {
        if let swagger = root["swagger"] {
            diagnostics.error("Swagger 2.0 is not supported; convert the document to OpenAPI 3", at: swagger.location)
            return false
        }
        guard let version = root["openapi"], let text = version.string, version.scalar != nil else {
            diagnostics.error("expected 'openapi' to be a version string such as \"3.0.3\"", at: root["openapi"]?.location ?? root.location)
            return false
        }
        guard text.hasPrefix("3.0") || text.hasPrefix("3.1") else {
            diagnostics.error("OpenAPI \(text) is not supported; julep-gen reads 3.0.x and 3.1.x", at: version.location)
            return false
        }
        return true
    }

    // MARK: Info, servers, security

    private mutating func translateInfo(_ root: YAMLNode) {
        let info = root["info"]
        let title = info?["title"]?.string ?? "API"
        var name = title
        for suffix in [" API", " Api", " api"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name = String(name.dropLast(suffix.count))
        }
        name = overlay.apiName ?? SwiftNaming.typeName(name)
        let location = info?["title"]?.location ?? root.location
        if let summary = info?["summary"], root["openapi"]?.string?.hasPrefix("3.0") == true {
            // Seen in real documents (Julep's among them); harmless, so a warning rather than a refusal.
            diagnostics.warning("'info.summary' is an OpenAPI 3.1 field; ignored in this 3.0 document", at: summary.location)
        }
        let version = info?["version"].flatMap { node in node.string.map { Located($0, at: node.location) } }
        document.api = SpecAPI(
            name: Located(name, at: location), version: version, docs: info?["description"]?.string, location: location)
    }

    private mutating func translateServers(_ node: YAMLNode?) {
        guard let servers = node?.sequence else { return }
        var environments: [SpecEnvironment] = []
        for (index, server) in servers.enumerated() {
            guard let url = server["url"], let template = url.string else {
                diagnostics.error("a server needs a 'url'", at: server.location)
                continue
            }
            let variables = server["variables"]?.mapping ?? []
            // One environment per value of the first variable with an enum; others take their defaults.
            var substituted = template
            var choices: [(name: String, value: String, isDefault: Bool)] = []
            for variable in variables {
                guard let key = variable.key.string else { continue }
                let defaultValue = variable.value["default"]?.string ?? ""
                if choices.isEmpty, let values = variable.value["enum"]?.sequence?.compactMap(\.string), !values.isEmpty {
                    choices = values.map { ($0, $0, $0 == defaultValue) }
                    substituted = substituted.replacingOccurrences(of: "{\(key)}", with: "\u{0}")
                } else {
                    substituted = substituted.replacingOccurrences(of: "{\(key)}", with: defaultValue)
                }
            }
            if choices.isEmpty {
                let name = server["description"]?.string.map { _ in servers.count == 1 ? "default" : "server\(index + 1)" }
                    ?? (servers.count == 1 ? "default" : "server\(index + 1)")
                choices = [(name, "", index == 0)]
            }
            for choice in choices {
                environments.append(
                    SpecEnvironment(
                        name: Located(choice.name, at: url.location),
                        url: Located(substituted.replacingOccurrences(of: "\u{0}", with: choice.value), at: url.location),
                        isDefault: choice.isDefault && !environments.contains(where: \.isDefault),
                        docs: server["description"]?.string))
            }
        }
        document.environments = environments
    }

    private mutating func translateSecurity(_ node: YAMLNode?) {
        for entry in node?.mapping ?? [] {
            guard let key = entry.key.string else { continue }
            let scheme = entry.value
            guard scheme["type"]?.string == "apiKey", scheme["in"]?.string == "header", let header = scheme["name"]?.string
            else {
                diagnostics.warning(
                    "security scheme '\(key)' is not an API key in a header; the client does not send it", at: entry.key.location)
                continue
            }
            var name = overlay.authNames[key] ?? SwiftNaming.memberName(header.hasPrefix("X-") ? String(header.dropFirst(2)) : header)
            if document.authSchemes.contains(where: { $0.name.value == name }) { name = SwiftNaming.memberName(key) }
            document.authSchemes.append(
                SpecAuthScheme(
                    name: Located(name, at: entry.key.location), header: Located(header, at: scheme.location), prefix: nil,
                    environmentVariables: [], docs: scheme["description"]?.string))
        }
    }

    // MARK: Paths

    private static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    private mutating func translatePaths(_ node: YAMLNode?) {
        guard let paths = node?.mapping else { return }
        var resources: [String: SpecResource] = [:]
        var order: [String] = []
        for entry in paths {
            guard let path = entry.key.string else { continue }
            var item = entry.value
            if let reference = item["$ref"]?.string,
                let target = schemas.documents.resolve(reference, from: rootPath, at: item.location)
            {
                item = target.node
            }
            let shared = item["parameters"]?.sequence ?? []
            for operationEntry in item.mapping ?? [] {
                guard let method = operationEntry.key.string, Self.methods.contains(method) else { continue }
                guard let (resourceName, operation) = translateOperation(
                    operationEntry.value, method: method, path: Located(path, at: entry.key.location.advanced(by: 0)),
                    sharedParameters: shared)
                else { continue }
                if resources[resourceName] == nil {
                    resources[resourceName] = SpecResource(
                        name: Located(resourceName, at: operation.location), docs: nil, operations: [])
                    order.append(resourceName)
                }
                resources[resourceName]?.operations.append(operation)
            }
        }
        document.resources = order.compactMap { resources[$0] }
    }

    private mutating func translateOperation(
        _ node: YAMLNode, method: String, path: Located<String>, sharedParameters: [YAMLNode]
    ) -> (String, SpecOperation)? {
        let operationID = node["operationId"]?.string
        var (resourceName, operationName) = Self.grouping(operationID: operationID, tags: node["tags"]?.sequence?.compactMap(\.string) ?? [], method: method, path: path.value)
        resourceName = overlay.resourceNames[resourceName] ?? resourceName
        if let id = operationID, let rename = overlay.operations[id] {
            resourceName = rename.resource ?? resourceName
            operationName = rename.name ?? operationName
        }
        let location = node["operationId"]?.location ?? node.location
        var operation = SpecOperation(
            name: Located(operationName, at: location), method: Located(method.uppercased(), at: location), path: path,
            location: location)
        operation.route = operationID.map { Located(Self.snakeCase($0), at: location) }
        operation.docs = [node["summary"]?.string, node["description"]?.string].compactMap { $0 }.joined(separator: "\n\n")
        if operation.docs?.isEmpty == true { operation.docs = nil }
        if node["deprecated"]?.bool == true { operation.deprecation = SpecDeprecation(message: nil) }
        let hint = SwiftNaming.typeName(resourceName) + SwiftNaming.typeName(operationName)

        var parameters: [String: YAMLNode] = [:]
        var parameterOrder: [String] = []
        for parameter in sharedParameters + (node["parameters"]?.sequence ?? []) {
            var resolved = parameter
            if let reference = parameter["$ref"]?.string {
                guard let target = schemas.documents.resolve(reference, from: rootPath, at: parameter.location) else { continue }
                resolved = target.node
            }
            guard let name = resolved["name"]?.string, let place = resolved["in"]?.string else {
                diagnostics.error("a parameter needs 'name' and 'in'", at: parameter.location)
                continue
            }
            let key = place + ":" + name
            if parameters[key] == nil { parameterOrder.append(key) }
            parameters[key] = resolved
        }
        for key in parameterOrder {
            guard let parameter = parameters[key] else { continue }
            translateParameter(parameter, hint: hint, into: &operation)
        }
        if let body = node["requestBody"] {
            operation.body = translateBody(body, hint: hint)
        }
        translateResponses(node["responses"], hint: hint, into: &operation)
        if operation.queryParameters.contains(where: { $0.name.value == "offset" }),
            operation.queryParameters.contains(where: { $0.name.value == "limit" }),
            case .name(let name)? = operation.response?.type, hasItemsList(name.value)
        {
            operation.pagination = SpecPagination(
                style: Located("offset", at: location), offsetParameter: Located("offset", at: location),
                limitParameter: Located("limit", at: location), itemsProperty: Located("items", at: location), location: location)
        }
        return (resourceName, operation)
    }

    private func hasItemsList(_ typeName: String) -> Bool {
        guard let type = schemas.types.first(where: { $0.name.value == typeName }), case .object(let properties) = type.kind,
            let items = properties.first(where: { $0.name.value == "items" }), case .generic(let generic, _) = items.type
        else { return false }
        return generic.value == "list"
    }

    private mutating func translateParameter(_ node: YAMLNode, hint: String, into operation: inout SpecOperation) {
        guard let name = node["name"], let nameText = name.string, let place = node["in"]?.string else { return }
        let schemaNode = node["schema"] ?? node["content"]?.mapping?.first?.value["schema"]
        guard let schemaNode else {
            diagnostics.error("parameter '\(nameText)' has no schema", at: node.location)
            return
        }
        let schema = Schema(node: schemaNode, file: rootPath)
        guard let type = schemas.expression(for: schema, hint: hint + SwiftNaming.typeName(nameText)) else { return }
        let required = node["required"]?.bool ?? (place == "path")
        var parameter = SpecParameter(name: Located(nameText, at: name.location), isOptional: !required, type: type)
        parameter.docs = node["description"]?.string ?? schemas.docs(schema)
        if let value = schemaNode["default"], !value.isNull {
            parameter.defaultValue = Located(SchemaTranslator.value(value), at: value.location)
        }
        if node["deprecated"]?.bool == true { parameter.deprecation = SpecDeprecation(message: nil) }
        switch place {
        case "path":
            parameter.isOptional = false
            operation.pathParameters.append(parameter)
        case "query":
            // Objects and maps in a query string: Julep's documents send them as JSON text.
            if case .generic(let generic, _) = type.nonNullableExpression, generic.value == "map" {
                parameter.serialization = .json
            } else if case .name(let typeName) = type.nonNullableExpression, isObjectType(typeName.value) {
                parameter.serialization = .json
            }
            if parameter.defaultValue == nil, case .nullable = type, !parameter.isOptional {
                // Required but nullable without a default: sending nothing is how a client says null.
                parameter.isOptional = true
            }
            operation.queryParameters.append(parameter)
        case "header":
            operation.headerParameters.append(parameter)
        default:
            diagnostics.warning("'\(place)' parameters are not supported; '\(nameText)' is left out", at: node.location)
        }
    }

    private func isObjectType(_ name: String) -> Bool {
        guard let type = schemas.types.first(where: { $0.name.value == name }) else { return false }
        if case .object = type.kind { return true }
        return false
    }

    private mutating func translateBody(_ node: YAMLNode, hint: String) -> SpecBody? {
        var body = node
        if let reference = node["$ref"]?.string, let target = schemas.documents.resolve(reference, from: rootPath, at: node.location) {
            body = target.node
        }
        guard let content = body["content"]?.mapping, !content.isEmpty else { return nil }
        let chosen = content.first { $0.key.string == "application/json" } ?? content.first { $0.key.string?.hasSuffix("+json") == true } ?? content[0]
        let contentType = chosen.key.string ?? "application/json"
        guard let schemaNode = chosen.value["schema"] else { return nil }
        let schema = Schema(node: schemaNode, file: rootPath)
        guard let type = schemas.expression(for: schema, hint: hint + "Request") else { return nil }
        let flatten: Bool
        if case .name(let name) = type, let declared = schemas.types.first(where: { $0.name.value == name.value }),
            case .object(let properties) = declared.kind
        {
            // Flattened arguments, as the Python SDK has them, unless a required field is read-only.
            flatten = !properties.contains { $0.isReadOnly && !$0.isOptional }
        } else {
            flatten = false
        }
        // The SDK sends one content type; the others the API accepts are recorded in the docs.
        let others = content.compactMap(\.key.string).filter { $0 != contentType }
        var docs = body["description"]?.string
        if !others.isEmpty {
            let note = "Sent as `\(contentType)`; the API also accepts " + others.map { "`\($0)`" }.joined(separator: ", ") + "."
            docs = docs.map { $0 + "\n\n" + note } ?? note
        }
        return SpecBody(
            content: .type(type, flatten: flatten), contentType: contentType, docs: docs, location: schemaNode.location)
    }

    private mutating func translateResponses(_ node: YAMLNode?, hint: String, into operation: inout SpecOperation) {
        for entry in node?.mapping ?? [] {
            guard let statusText = entry.key.string else { continue }
            var response = entry.value
            if let reference = response["$ref"]?.string,
                let target = schemas.documents.resolve(reference, from: rootPath, at: response.location)
            {
                response = target.node
            }
            let status = Int(statusText)
            let content = response["content"]?.mapping ?? []
            let json = content.first { $0.key.string == "application/json" || $0.key.string?.hasSuffix("+json") == true }
            let events = content.first { $0.key.string == "text/event-stream" }
            let docs = response["description"]?.string
            if let status, (200...299).contains(status) {
                guard operation.response == nil, operation.streaming == nil else { continue }
                if let events, let schemaNode = events.value["schema"] {
                    if let type = schemas.expression(for: Schema(node: schemaNode, file: rootPath), hint: hint + "Event") {
                        operation.streaming = SpecStreaming(eventType: type, location: schemaNode.location)
                    }
                    if json != nil {
                        diagnostics.warning("both JSON and an event stream answer this operation; the SDK uses the stream", at: entry.key.location)
                    }
                    continue
                }
                var type: TypeExpression?
                if let schemaNode = json?.value["schema"] {
                    type = schemas.expression(for: Schema(node: schemaNode, file: rootPath), hint: hint + "Response")
                }
                operation.response = SpecResponse(status: Located(status, at: entry.key.location), type: type, docs: docs)
            } else if let status, (400...599).contains(status) {
                let type = json?.value["schema"].flatMap { schemas.expression(for: Schema(node: $0, file: rootPath), hint: hint + "Error\(status)") }
                operation.errors.append(SpecErrorResponse(status: Located(status, at: entry.key.location), type: type, docs: docs))
            }
        }
    }

    // MARK: Naming

    /// (resource, operation) for an operation.
    static func grouping(operationID: String?, tags: [String], method: String, path: String) -> (String, String) {
        let segments = path.split(separator: "/").filter { !$0.hasPrefix("{") }.map(String.init)
        var operation = SwiftNaming.memberName(method + " " + segments.joined(separator: " "))
        var resource = SwiftNaming.memberName(segments.first ?? "default")
        if let id = operationID {
            if let underscore = id.firstIndex(of: "_") {
                var prefix = String(id[..<underscore])
                for suffix in ["Route", "Controller", "Api", "API", "Service"] where prefix.hasSuffix(suffix) && prefix.count > suffix.count {
                    prefix = String(prefix.dropLast(suffix.count))
                }
                resource = SwiftNaming.memberName(prefix)
                operation = SwiftNaming.memberName(String(id[id.index(after: underscore)...]))
            } else {
                operation = SwiftNaming.memberName(id)
            }
        }
        if let tag = tags.first { resource = SwiftNaming.memberName(tag) }
        return (resource, operation)
    }

    /// `AgentsRoute_createOrUpdate` → `agents_route_create_or_update`.
    static func snakeCase(_ identifier: String) -> String {
        SwiftNaming.splitWords(identifier).map { $0.lowercased() }.joined(separator: "_")
    }
}

extension TypeExpression {
    var nonNullableExpression: TypeExpression {
        if case .nullable(let wrapped, _) = self { return wrapped }
        return self
    }
}

extension SourceFiles {
    /// Every file held, in a stable order.
    var paths: [String] { texts.keys.sorted() }
}
