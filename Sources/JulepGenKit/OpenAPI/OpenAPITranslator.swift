/// Translates an OpenAPI 3.0/3.1 document into the native `SpecDocument`, so both inputs share
/// the IR builder, its checks, naming and templates.
///
/// Operations are grouped into resources and named by `ResourceNaming`. In the Julep profile,
/// `route` is the operationId in snake case (`agents_route_create`), the name the Python SDK
/// gives the method. What cannot be represented is reported at its location and the rest is
/// translated.
public struct OpenAPITranslator {
    public private(set) var diagnostics = Diagnostics()
    public private(set) var sources = SourceFiles()
    private var schemas: SchemaTranslator
    private let rootPath: String
    private let overlay: OpenAPIOverlay
    private var document: SpecDocument
    /// The path of a relative server URL (`/api`), put in front of every operation's path.
    private var basePath: String?
    private var operationIDs: Set<String> = []
    private var security: SecurityTranslator
    /// `profile: julep` (overlay or command line): operationIds become Python route names, and
    /// form-style query objects are sent as JSON text, as Julep's server reads them.
    private var isJulepProfile: Bool { overlay.profile == .julep }

    /// Whether `node` (a parsed root file) is an OpenAPI document rather than a native spec.
    public static func isOpenAPI(_ node: YAMLNode) -> Bool {
        node["openapi"] != nil || node["swagger"] != nil
    }

    public static func translate(
        path: String, root: YAMLNode, text: String, baseDirectory: String?, overlay: OpenAPIOverlay = OpenAPIOverlay(),
        diagnostics: inout Diagnostics, sources: inout SourceFiles
    ) -> SpecDocument? {
        let root = DuplicateKeys.removing(from: root, diagnostics: &diagnostics)
        guard let documents = OpenAPIDocuments(rootPath: path, root: root, text: text, baseDirectory: baseDirectory) else {
            return nil
        }
        var translator = OpenAPITranslator(documents: documents, rootPath: path, overlay: overlay)
        let result = translator.run(root)
        diagnostics.append(contentsOf: translator.diagnostics)
        diagnostics.append(contentsOf: translator.security.diagnostics)
        diagnostics.append(contentsOf: translator.schemas.diagnostics)
        if let error = translator.schemas.nestingError { diagnostics.append(error) }
        diagnostics.append(contentsOf: translator.schemas.documents.diagnostics)
        diagnostics.append(contentsOf: translator.schemas.documents.fileDiagnostics)
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
        self.security = SecurityTranslator(overlay: overlay)
        self.document = SpecDocument(rootFile: rootPath)
    }

    private mutating func run(_ root: YAMLNode) -> SpecDocument? {
        guard checkVersion(root) else { return nil }
        document.formatVersion = Located(1, at: root.location)
        if let profile = overlay.profile { document.profile = Located(profile, at: root.location) }
        translateInfo(root)
        translateServers(root["servers"])
        let schemeEntries = (root["components"]?["securitySchemes"]?.mapping ?? []).compactMap { entry in
            followReference(entry.value, file: rootPath).map { (key: entry.key, scheme: $0.0) }
        }
        security.readSchemes(schemeEntries)
        if let componentSchemas = root["components"]?["schemas"] {
            schemas.declareComponents(componentSchemas, file: rootPath)
            schemas.findDiscriminators(in: root, file: rootPath)
            schemas.translateComponents(componentSchemas, file: rootPath)
        }
        translatePaths(root["paths"], tags: root["tags"])
        finishSecurity(root)
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
        let allRelative = servers.allSatisfy { !($0["url"]?.string ?? "").contains("://") }
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
            if !substituted.contains("://") {
                // `/api`: the caller's base URL gives the host; the path goes in front of every operation's.
                let path = substituted.hasPrefix("/") ? substituted : "/" + substituted
                if basePath == nil, allRelative {
                    basePath = path.hasSuffix("/") ? String(path.dropLast()) : path
                    diagnostics.warning(
                        "the server URL '\(template)' is relative: operation paths start with '\(basePath ?? "")', and the client needs a base URL with the host",
                        at: url.location)
                } else {
                    diagnostics.warning("the relative server URL '\(template)' is left out; the client uses the other servers", at: url.location)
                }
                continue
            }
            if !URLText.isHTTPURL(substituted.replacingOccurrences(of: "\u{0}", with: choices.first?.value ?? "")) {
                diagnostics.warning("the server URL '\(template)' is not an http(s) URL; it is left out", at: url.location)
                continue
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

    /// Names the schemes the requirements use, and puts the names into every requirement.
    private mutating func finishSecurity(_ root: YAMLNode) {
        if let node = root["security"] {
            document.security = security.requirements(node)
        }
        let (schemes, names) = security.finish()
        document.authSchemes = schemes
        // Without a top-level requirement, operations without their own send no credentials;
        // without any scheme to send, requirements say nothing.
        let rename: (SpecSecurity?) -> SpecSecurity? = { $0.map { Self.renamed($0, names) } }
        document.security = schemes.isEmpty
            ? nil : rename(document.security ?? SpecSecurity(alternatives: [], location: root.location))
        for index in document.resources.indices {
            for operation in document.resources[index].operations.indices {
                let own = document.resources[index].operations[operation].security
                document.resources[index].operations[operation].security = schemes.isEmpty ? nil : rename(own)
            }
        }
    }

    private static func renamed(_ security: SpecSecurity, _ names: [String: String]) -> SpecSecurity {
        var result = security
        result.alternatives = security.alternatives.map { alternative in
            alternative.map { Located(names[$0.value] ?? $0.value, at: $0.location) }
        }
        return result
    }

    // MARK: Paths

    private static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// `tags`: the document's tag list, whose descriptions document the resources tags name.
    private mutating func translatePaths(_ node: YAMLNode?, tags: YAMLNode?) {
        guard let paths = node?.mapping else { return }
        // First every operation with its place, so resources and method names are decided over the
        // whole document (`ResourceNaming`); then each is translated.
        struct Found {
            var node: YAMLNode
            var file: String
            var method: String
            var path: Located<String>
            /// The path as the document writes it, without a relative server's prefix.
            var documentPath: String
            var fixedQuery: [(name: String, value: String)]
            var shared: [(YAMLNode, String)]
            /// The operation's `servers`, else its path item's.
            var servers: YAMLNode?
        }
        var found: [Found] = []
        for entry in paths {
            guard let key = entry.key.string else { continue }
            // A path item, and each operation in it, may live in another file (`$ref`): what they
            // reference in turn is relative to that file.
            guard let (item, itemFile) = followReference(entry.value, file: rootPath) else { continue }
            let keyLocation = entry.key.location
            let template = PathTemplateText(key, at: keyLocation)
            for warning in template.warnings { diagnostics.warning(warning.message, at: warning.location) }
            let shared = (item["parameters"]?.sequence ?? []).map { ($0, itemFile) }
            for operationEntry in item.mapping ?? [] {
                guard let method = operationEntry.key.string, Self.methods.contains(method) else { continue }
                if method == "trace" {
                    diagnostics.warning("TRACE operations are not supported; this one is left out", at: operationEntry.key.location)
                    continue
                }
                guard let (operationNode, operationFile) = followReference(operationEntry.value, file: itemFile) else { continue }
                found.append(
                    Found(
                        node: operationNode, file: operationFile, method: method,
                        path: Located((basePath ?? "") + template.path, at: keyLocation), documentPath: template.path,
                        fixedQuery: template.query,
                        shared: shared, servers: operationNode["servers"] ?? item["servers"]))
            }
        }
        let namingOperations = found.map { operation in
            ResourceNaming.Operation(
                operationID: operation.node["operationId"]?.string,
                tags: operation.node["tags"]?.sequence?.compactMap(\.string) ?? [], method: operation.method,
                path: operation.documentPath)
        }
        let names = ResourceNaming.names(for: namingOperations, apiName: document.api?.name.value ?? "")
        // Resources named after tags are documented by the tags' descriptions.
        var tagDocs: [String: String] = [:]
        if ResourceNaming.tagsNameResources(namingOperations) {
            for tag in tags?.sequence ?? [] {
                if let name = tag["name"]?.string, let description = tag["description"]?.string, tagDocs[name] == nil {
                    tagDocs[name] = description
                }
            }
        }
        var resources: [String: SpecResource] = [:]
        var order: [String] = []
        for (operation, name) in zip(found, names) {
            guard
                let (resourceName, translatedOperation) = translateOperation(
                    operation.node, file: operation.file, method: operation.method, path: operation.path,
                    fixedQuery: operation.fixedQuery, sharedParameters: operation.shared, name: name)
            else { continue }
            var translated = translatedOperation
            translated.server = operationServer(operation.servers)
            if resources[resourceName] == nil {
                let tag = operation.node["tags"]?.sequence?.first?.string
                resources[resourceName] = SpecResource(
                    name: Located(resourceName, at: translated.location), docs: tag.flatMap { tagDocs[$0] }, operations: [])
                order.append(resourceName)
            }
            resources[resourceName]?.operations.append(translated)
        }
        document.resources = order.compactMap { resources[$0] }
    }

    /// The server an operation (or its path item) names for itself, variables at their defaults,
    /// when none of its servers is the API's default one; relative and non-HTTP URLs are left out
    /// with a warning (the operation goes to the client's base URL).
    private mutating func operationServer(_ node: YAMLNode?) -> Located<String>? {
        guard let servers = node?.sequence, !servers.isEmpty else { return nil }
        var urls: [Located<String>] = []
        for server in servers {
            guard let url = server["url"], var text = url.string else {
                diagnostics.error("a server needs a 'url'", at: server.location)
                continue
            }
            for variable in server["variables"]?.mapping ?? [] {
                guard let key = variable.key.string else { continue }
                text = text.replacingOccurrences(of: "{\(key)}", with: variable.value["default"]?.string ?? "")
            }
            while text.hasSuffix("/") { text.removeLast() }
            urls.append(Located(text, at: url.location))
        }
        let defaultURL = document.environments.first(where: \.isDefault)?.url.value
        if let defaultURL, urls.contains(where: { $0.value == defaultURL || $0.value + "/" == defaultURL }) { return nil }
        guard let first = urls.first else { return nil }
        guard URLText.isHTTPURL(first.value) else {
            diagnostics.warning(
                "the operation's server '\(first.value)' is not an absolute http(s) URL; the operation is sent to the client's base URL",
                at: first.location)
            return nil
        }
        return first
    }

    /// `node`, or what its `$ref` (and theirs) lead to, with the file it is written in.
    private mutating func followReference(_ node: YAMLNode, file: String) -> (YAMLNode, String)? {
        var current = (node, file)
        for _ in 0..<16 {
            guard let reference = current.0["$ref"]?.string else { return current }
            guard let target = schemas.documents.resolve(reference, from: current.1, at: current.0.location) else { return nil }
            current = (target.node, target.file)
        }
        diagnostics.error("too many '$ref' in a row, or a cycle of them", at: node.location)
        return nil
    }

    private mutating func translateOperation(
        _ node: YAMLNode, file: String, method: String, path: Located<String>, fixedQuery: [(name: String, value: String)],
        sharedParameters: [(YAMLNode, String)], name: ResourceNaming.Name
    ) -> (String, SpecOperation)? {
        let operationID = node["operationId"]?.string
        var (resourceName, operationName) = (name.resource, name.operation)
        resourceName = overlay.resourceNames[resourceName] ?? resourceName
        if let id = operationID, let rename = overlay.operations[id] {
            resourceName = rename.resource ?? resourceName
            operationName = rename.name ?? operationName
        }
        let location = node["operationId"]?.location ?? node.location
        var operation = SpecOperation(
            name: Located(operationName, at: location), method: Located(method.uppercased(), at: location), path: path,
            location: location)
        if let id = operationID, !operationIDs.insert(id).inserted {
            // OpenAPI requires unique operationIds; the second keeps its operation, not the mirrored route.
            diagnostics.warning("operationId '\(id)' is used by another operation already", at: location)
        } else if isJulepProfile {
            operation.route = operationID.map { Located(Self.snakeCase($0), at: location) }
        }
        operation.docs = [node["summary"]?.string, node["description"]?.string].compactMap { $0 }.joined(separator: "\n\n")
        if operation.docs?.isEmpty == true { operation.docs = nil }
        if node["deprecated"]?.bool == true { operation.deprecation = SpecDeprecation(message: nil) }
        operation.security = node["security"].map { security.requirements($0) }
        let hint = SwiftNaming.typeName(resourceName) + SwiftNaming.typeName(operationName)

        var parameters: [String: (YAMLNode, String)] = [:]
        var parameterOrder: [String] = []
        for (parameter, parameterFile) in sharedParameters + (node["parameters"]?.sequence ?? []).map({ ($0, file) }) {
            guard let resolved = followReference(parameter, file: parameterFile) else { continue }
            guard let name = resolved.0["name"]?.string, let place = resolved.0["in"]?.string else {
                diagnostics.error("a parameter needs 'name' and 'in'", at: parameter.location)
                continue
            }
            let key = place + ":" + name
            if parameters[key] == nil { parameterOrder.append(key) }
            parameters[key] = resolved
        }
        for key in parameterOrder {
            guard let (parameter, parameterFile) = parameters[key] else { continue }
            translateParameter(parameter, file: parameterFile, hint: hint, into: &operation)
        }
        addFixedQuery(fixedQuery, at: path.location, into: &operation)
        if let body = node["requestBody"] {
            operation.body = translateBody(body, file: file, hint: hint)
        }
        translateResponses(node["responses"], file: file, hint: hint, into: &operation)
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

    private mutating func translateParameter(_ node: YAMLNode, file: String, hint: String, into operation: inout SpecOperation) {
        guard let name = node["name"], let nameText = name.string, let place = node["in"]?.string else { return }
        // OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be
        // ignored" (the responses, the request body and the security schemes say those). Taken as
        // an argument, it overrode the Content-Type of the body the SDK sends (DigitalOcean's
        // `createApp` sent JSON as `application/yaml`).
        if place == "header", ["accept", "content-type", "authorization"].contains(nameText.lowercased()) {
            diagnostics.warning(
                "the header parameter '\(nameText)' is ignored, as OpenAPI says: the SDK sets that header itself",
                at: name.location)
            return
        }
        let content = node["content"]?.mapping?.first
        let schemaNode = node["schema"] ?? content?.value["schema"]
        guard let schemaNode else {
            // Valid OpenAPI: any value the server takes as text.
            diagnostics.warning("parameter '\(nameText)' has no schema; it is sent as text", at: node.location)
            var parameter = SpecParameter(
                name: Located(nameText, at: name.location), isOptional: !(node["required"]?.bool ?? (place == "path")),
                type: .name(Located("string", at: node.location)))
            parameter.docs = node["description"]?.string
            append(parameter, place: place, at: node.location, into: &operation)
            return
        }
        let schema = Schema(node: schemaNode, file: file)
        guard let type = schemas.expression(for: schema, hint: hint + SwiftNaming.typeName(nameText)) else { return }
        let required = node["required"]?.bool ?? (place == "path")
        var parameter = SpecParameter(name: Located(nameText, at: name.location), isOptional: !required, type: type)
        parameter.docs = node["description"]?.string ?? schemas.docs(schema)
        // Its bounds and pattern; a referenced schema's come with its named type, if it has one.
        parameter.constraints = schemas.valueConstraints(schema)
        if let value = schemaNode["default"], !value.isNull {
            parameter.defaultValue = Located(SchemaTranslator.value(value), at: value.location)
        }
        if node["deprecated"]?.bool == true { parameter.deprecation = SpecDeprecation(message: nil) }
        if place == "query" {
            parameter.serialization = querySerialization(node, type: type, content: content)
            if parameter.defaultValue == nil, case .nullable = type, !parameter.isOptional {
                // Required but nullable without a default: sending nothing is how a client says null.
                parameter.isOptional = true
            }
        }
        append(parameter, place: place, at: node.location, into: &operation)
    }

    private mutating func append(
        _ parameter: SpecParameter, place: String, at location: SourceLocation, into operation: inout SpecOperation
    ) {
        var parameter = parameter
        switch place {
        case "path":
            parameter.isOptional = false
            operation.pathParameters.append(parameter)
        case "query":
            operation.queryParameters.append(parameter)
        case "header":
            operation.headerParameters.append(parameter)
        default:
            diagnostics.warning("'\(place)' parameters are not supported; '\(parameter.name.value)' is left out", at: location)
        }
    }

    /// OpenAPI's `style` and `explode` (or `content`) as the native spec's `serialize`.
    private mutating func querySerialization(
        _ node: YAMLNode, type: TypeExpression, content: YAMLMappingEntry?
    ) -> ParameterSerialization {
        if let content {
            let mediaType = content.key.string ?? ""
            if mediaType != "application/json" && !mediaType.hasSuffix("+json") {
                diagnostics.warning("a query parameter in '\(mediaType)' is sent as JSON text", at: content.key.location)
            }
            return .json
        }
        let explode = node["explode"]?.bool
        switch node["style"]?.string {
        case nil, "form"?:
            // Objects and maps in the form style: Julep's documents (and its server) take them as
            // JSON text; OpenAPI's rule (`x=1&y=2`, or `name=x,1,y,2` without explode) otherwise.
            if isJulepProfile {
                if case .generic(let generic, _) = type.nonNullableExpression, generic.value == "map" { return .json }
                if case .name(let typeName) = type.nonNullableExpression, isObjectType(typeName.value) { return .json }
            }
            return explode == false ? .commaDelimited : .form
        case "spaceDelimited"?: return .spaceDelimited
        case "pipeDelimited"?: return .pipeDelimited
        case "deepObject"?: return .deepObject
        case let other?:
            diagnostics.warning(
                "style '\(other)' is not a query style; the parameter is sent in the default style (form)",
                at: node["style"]?.location ?? node.location)
            return .form
        }
    }

    /// A query written into the path key (`/files?fields=name`) becomes optional parameters with
    /// those values as defaults, unless the operation declares them already.
    private mutating func addFixedQuery(
        _ pairs: [(name: String, value: String)], at location: SourceLocation, into operation: inout SpecOperation
    ) {
        for pair in pairs {
            if let index = operation.queryParameters.firstIndex(where: { $0.name.value == pair.name }) {
                if operation.queryParameters[index].defaultValue == nil {
                    operation.queryParameters[index].defaultValue = Located(.string(pair.value), at: location)
                }
                continue
            }
            var parameter = SpecParameter(
                name: Located(pair.name, at: location), isOptional: true, type: .name(Located("string", at: location)))
            parameter.defaultValue = Located(.string(pair.value), at: location)
            parameter.docs = "Written into the path of the API description as `\(pair.name)=\(pair.value)`."
            operation.queryParameters.append(parameter)
        }
    }

    private func isObjectType(_ name: String) -> Bool {
        guard let type = schemas.types.first(where: { $0.name.value == name }) else { return false }
        if case .object = type.kind { return true }
        return false
    }

    private mutating func translateBody(_ node: YAMLNode, file: String, hint: String) -> SpecBody? {
        guard let (body, file) = followReference(node, file: file) else { return nil }
        guard let content = body["content"]?.mapping, !content.isEmpty,
            let chosen = BodyMediaChoice.choose(content, file: file, documents: &schemas.documents)
        else { return nil }
        let contentType = chosen.contentType
        let location = chosen.node["schema"]?.location ?? chosen.node.location
        if let degradation = chosen.degradation {
            diagnostics.warning(degradation, at: location)
        }
        // The SDK sends one content type; the method's docs say which, and what else the API accepts.
        let others = content.compactMap(\.key.string).filter { $0 != contentType }
        var docs = body["description"]?.string
        if !others.isEmpty || MediaType.essence(contentType) != "application/json" {
            var note = "Sent as `\(contentType)`"
            if !others.isEmpty { note += "; the API also accepts " + others.map { "`\($0)`" }.joined(separator: ", ") }
            docs = docs.map { $0 + "\n\n" + note + "." } ?? note + "."
        }
        let kind = MediaType.requestKind(contentType)
        let schemaNode = chosen.node["schema"]
        var type: TypeExpression
        var flatten = false
        switch kind {
        case .binary:
            type = .name(Located("binary", at: location))
        case .text:
            type = .name(Located("string", at: location))
        case .json, .form, .multipart:
            guard let schemaNode, let expression = schemas.expression(for: Schema(node: schemaNode, file: file), hint: hint + "Request")
            else { return nil }
            type = expression
            if case .name(let name) = type, let declared = schemas.types.first(where: { $0.name.value == name.value }),
                case .object(let properties) = declared.kind
            {
                // Flattened arguments, as the Python SDK has them, unless a required field is read-only.
                // Multipart fields are always arguments: a file field takes a `FileUpload`.
                flatten = kind == .multipart || !properties.contains { $0.isReadOnly && !$0.isOptional }
            }
        }
        var spec = SpecBody(content: .type(type, flatten: flatten), contentType: contentType, docs: docs, location: location)
        spec.encodings = chosen.encodings
        return spec
    }

    private mutating func translateResponses(_ node: YAMLNode?, file: String, hint: String, into operation: inout SpecOperation) {
        for entry in node?.mapping ?? [] {
            guard let statusText = entry.key.string, let (response, file) = followReference(entry.value, file: file) else { continue }
            let status = Int(statusText)
            let content = response["content"]?.mapping ?? []
            let json = content.first { $0.key.string == "application/json" || $0.key.string?.hasSuffix("+json") == true }
            let events = content.first { $0.key.string == "text/event-stream" }
            let docs = response["description"]?.string
            if let status, (200...299).contains(status) {
                guard operation.response == nil, operation.streaming == nil else { continue }
                if let events, let schemaNode = events.value["schema"] {
                    if let type = schemas.expression(for: Schema(node: schemaNode, file: file), hint: hint + "Event") {
                        operation.streaming = SpecStreaming(eventType: type, location: schemaNode.location)
                    }
                    if json != nil {
                        diagnostics.warning("both JSON and an event stream answer this operation; the SDK uses the stream", at: entry.key.location)
                    }
                    continue
                }
                var type: TypeExpression?
                if let schemaNode = json?.value["schema"] {
                    type = schemas.expression(for: Schema(node: schemaNode, file: file), hint: hint + "Response")
                } else if let json {
                    // JSON whose schema is not given (only examples): any JSON value, never `Void`.
                    type = .name(Located("json", at: json.key.location))
                }
                var answer = SpecResponse(status: Located(status, at: entry.key.location), type: type, docs: docs)
                if let json {
                    // Decoded as JSON; a JSON-like type of its own is named in `Accept`.
                    if let mediaType = json.key.string, MediaType.essence(mediaType) != "application/json" {
                        answer.contentTypes = [mediaType]
                    }
                } else {
                    // Bytes, text or media the SDK does not decode: returned as they came.
                    answer.contentTypes = content.compactMap(\.key.string)
                }
                operation.response = answer
            } else if let status, (400...599).contains(status) {
                let type = json?.value["schema"].flatMap { schemas.expression(for: Schema(node: $0, file: file), hint: hint + "Error\(status)") }
                operation.errors.append(SpecErrorResponse(status: Located(status, at: entry.key.location), type: type, docs: docs))
            }
        }
    }

    // MARK: Naming

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
