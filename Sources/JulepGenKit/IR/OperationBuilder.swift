/// Builds one operation: method, path template, parameters, body, responses, paging and streaming.
struct OperationBuilder {
    let resolver: TypeResolver
    let typeNames: [TypeID: String]
    let resourceTypeName: String
    let apiSwiftName: String
    private(set) var diagnostics = Diagnostics()
    /// Request types made from inline `body.properties`.
    private(set) var synthesizedTypes: [TypeDeclaration] = []

    static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    static let idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]

    init(resolver: TypeResolver, typeNames: [TypeID: String], resourceTypeName: String, apiSwiftName: String) {
        self.resolver = resolver
        self.typeNames = typeNames
        self.resourceTypeName = resourceTypeName
        self.apiSwiftName = apiSwiftName
    }

    mutating func build(_ spec: SpecOperation, declarations: inout [TypeID: TypeDeclaration]) -> Operation? {
        let method = spec.method.value.uppercased()
        if !Self.methods.contains(method) {
            diagnostics.error(
                "unknown HTTP method '\(spec.method.value)'\(Suggestion.didYouMean(method, in: Self.methods))",
                at: spec.method.location)
        }
        let swiftName = spec.swiftName?.value ?? SwiftNaming.memberName(spec.name.value)
        let path = parsePath(spec.path)
        var arguments = CollisionChecker(what: "argument")
        arguments.reserve(RuntimeNames.requestOptionsArgument, as: "the request options argument")

        var parameters: [Parameter] = []
        parameters += buildParameters(spec.pathParameters, location: .path, arguments: &arguments)
        checkPathParameters(path, declared: spec.pathParameters, template: spec.path)

        var body: RequestBody?
        if let specBody = spec.body {
            body = buildBody(
                specBody, operation: spec, swiftName: swiftName, arguments: &arguments, declarations: &declarations,
                parameters: &parameters)
            if ["GET", "HEAD", "DELETE"].contains(method) {
                diagnostics.warning("a \(method) request with a body is unusual and may be dropped by proxies", at: specBody.location)
            }
        }
        parameters += buildParameters(spec.queryParameters, location: .query, arguments: &arguments)
        parameters += buildParameters(spec.headerParameters, location: .header, arguments: &arguments)
        for header in spec.headerParameters where !HTTPToken.isValid(header.name.value) {
            diagnostics.error("'\(header.name.value)' is not a valid HTTP header name", at: header.name.location)
        }

        var response = Response(status: 200, type: nil, docs: nil)
        if let specResponse = spec.response {
            response = Response(
                status: specResponse.status.value,
                type: specResponse.type.flatMap { resolver.resolve($0, diagnostics: &diagnostics) },
                docs: specResponse.docs)
            readsAsItCame(specResponse.contentTypes, into: &response)
        }
        let errors = spec.errors.map { error in
            ErrorResponse(
                status: error.status.value, type: error.type.flatMap { resolver.resolve($0, diagnostics: &diagnostics) },
                docs: error.docs)
        }
        let streaming = spec.streaming.flatMap { streaming in
            resolver.resolve(streaming.eventType, diagnostics: &diagnostics).map {
                Streaming(eventType: $0, format: streaming.format)
            }
        }
        let pagination = spec.pagination.flatMap {
            buildPagination($0, parameters: parameters, response: response, declarations: declarations)
        }
        return Operation(
            name: spec.name.value, swiftName: swiftName, route: spec.route?.value, mirrors: spec.mirrors.map(\.value),
            method: method, path: path,
            parameters: parameters, body: body, response: response, errors: errors, pagination: pagination,
            streaming: streaming, docs: spec.docs, deprecation: spec.deprecation.map { Deprecation(message: $0.message) },
            isIdempotent: spec.isIdempotent?.value ?? Self.idempotentMethods.contains(method),
            deviations: spec.deviations.map { Deviation(document: $0.document, server: $0.server, sdk: $0.sdk) },
            location: spec.name.location)
    }

    // MARK: Path

    private mutating func parsePath(_ path: Located<String>) -> PathTemplate {
        var pieces: [PathTemplate.Piece] = []
        let scalars = Array(path.value.unicodeScalars)
        if scalars.first != "/" {
            diagnostics.error("a path must start with '/', found '\(path.value)'", at: path.location)
        }
        var literal = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "}" {
                diagnostics.error("'}' without a matching '{' in the path", at: path.location.advanced(by: index))
                return PathTemplate(raw: path.value, pieces: pieces)
            }
            guard scalar == "{" else {
                if scalar == "?" || scalar == "#" {
                    diagnostics.error(
                        "a path cannot contain '\(scalar)'; declare query parameters under 'query'",
                        at: path.location.advanced(by: index))
                } else if !URLText.isPathScalar(scalar) {
                    diagnostics.error(
                        "'\(scalar)' cannot appear in a URL path as is; write it percent-encoded",
                        at: path.location.advanced(by: index))
                }
                literal.append(scalar)
                index += 1
                continue
            }
            guard let close = scalars[index...].firstIndex(of: "}") else {
                diagnostics.error("'{' without a matching '}' in the path", at: path.location.advanced(by: index))
                return PathTemplate(raw: path.value, pieces: pieces)
            }
            if !literal.isEmpty { pieces.append(.literal(String(literal))) }
            literal = String.UnicodeScalarView()
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
            if name.isEmpty {
                diagnostics.error("empty '{}' in the path", at: path.location.advanced(by: index))
            }
            pieces.append(.parameter(name))
            index = close + 1
        }
        if !literal.isEmpty { pieces.append(.literal(String(literal))) }
        return PathTemplate(raw: path.value, pieces: pieces)
    }

    private mutating func checkPathParameters(
        _ path: PathTemplate, declared: [SpecParameter], template: Located<String>
    ) {
        let declaredNames = Set(declared.map(\.name.value))
        var used: Set<String> = []
        var offset = 0
        for piece in path.pieces {
            switch piece {
            case .literal(let text):
                offset += text.unicodeScalars.count
            case .parameter(let name):
                let location = template.location.advanced(by: offset + 1)
                if used.contains(name) {
                    diagnostics.error("path parameter '{\(name)}' appears twice in the path", at: location)
                } else if !declaredNames.contains(name), !name.isEmpty {
                    diagnostics.error(
                        "path parameter '{\(name)}' is not declared under 'pathParams'"
                            + Suggestion.didYouMean(name, in: declaredNames), at: location)
                }
                used.insert(name)
                offset += name.unicodeScalars.count + 2
            }
        }
        for parameter in declared where !used.contains(parameter.name.value) {
            diagnostics.error(
                "path parameter '\(parameter.name.value)' is declared but the path '\(path.raw)' has no '{\(parameter.name.value)}'",
                at: parameter.name.location)
        }
    }

    // MARK: Parameters

    private mutating func buildParameters(
        _ specs: [SpecParameter], location: Parameter.Location, arguments: inout CollisionChecker
    ) -> [Parameter] {
        specs.compactMap { spec in
            var swiftName = spec.swiftName?.value ?? SwiftNaming.memberName(spec.name.value)
            if let explicit = spec.swiftName {
                arguments.claim(swiftName, original: spec.name.value, at: explicit.location, diagnostics: &diagnostics)
            } else {
                // The same name in the path and the query (or next to `options`): `queryName`.
                let prefixed = SwiftNaming.memberName(location.rawValue + " " + spec.name.value)
                swiftName = arguments.claimRenaming(
                    swiftName, original: spec.name.value,
                    candidates: ClashRenaming.candidates(
                        derived: swiftName, raw: spec.name.value, extra: [prefixed], naming: SwiftNaming.memberName),
                    at: spec.name.location, diagnostics: &diagnostics)
            }
            guard var type = resolver.resolve(spec.type, diagnostics: &diagnostics) else { return nil }
            if spec.serialization == .dotted {
                checkDotted(type, what: "query parameter '\(spec.name.value)'", at: spec.type.location)
            }
            // Query and header values of any type have a spelling (`ParameterStyle`); a path segment
            // only for plain values: anything else is taken as the text the caller gives.
            if location == .path, let problem = pathValueProblem(type) {
                diagnostics.warning(
                    "path parameter '\(spec.name.value)' cannot be \(problem); it is passed as a string", at: spec.type.location)
                type = .builtin(.string)
            }
            if location == .path, type.isNullable {
                diagnostics.warning(
                    "path parameter '\(spec.name.value)' cannot be null; the argument is not optional", at: spec.type.location)
                type = type.nonNullable
            }
            var defaultValue: DefaultValue?
            if let value = spec.defaultValue {
                let checker = DefaultValueChecker(declarations: [:])
                defaultValue = defaultFor(value, type: type, checker: checker)
            }
            return Parameter(
                wireName: spec.name.value, swiftName: swiftName, location: location, type: type,
                isRequired: !spec.isOptional, defaultValue: defaultValue, serialization: spec.serialization,
                docs: spec.docs, deprecation: spec.deprecation.map { Deprecation(message: $0.message) },
                constraints: spec.constraints)
        }
    }

    /// Enum defaults need the enum's cases, which the resolver knows from the spec.
    private mutating func defaultFor(
        _ value: Located<LiteralValue>, type: TypeReference, checker: DefaultValueChecker
    ) -> DefaultValue? {
        if case .named(let id) = type.nonNullable, case .enumeration(let cases, let integer)? = resolver.declared[id.rawValue] {
            let text: String? =
                switch value.value {
                case .string(let string) where !integer: string
                case .integer(let number) where integer: String(number)
                default: nil
                }
            guard let string = text, let match = cases.first(where: { $0.value.value == string })
            else {
                diagnostics.warning(
                    "default value \(DefaultValueChecker.describe(value.value)) is not a value of '\(id.rawValue)'; it is ignored",
                    at: value.location)
                return nil
            }
            return .enumCase(match.swiftName?.value ?? (string.isEmpty ? "empty" : SwiftNaming.memberName(string)))
        }
        if case .named(let id) = type.nonNullable, case .alias(let target, _)? = resolver.declared[id.rawValue],
            let resolved = resolver.resolve(target, diagnostics: &diagnostics)
        {
            return defaultFor(value, type: resolved, checker: checker)
        }
        return checker.check(value, against: type, diagnostics: &diagnostics)
    }

    /// `serialize: dotted` sends a map's entries as `name.key=value`: the values must be scalars, or
    /// JSON values (checked to be scalars when sent).
    private mutating func checkDotted(_ type: TypeReference, what: String, at location: SourceLocation) {
        var current = type.nonNullable
        while case .named(let id) = current, case .alias(let target, _)? = resolver.declared[id.rawValue],
            let resolved = resolver.resolve(target, diagnostics: &diagnostics)
        {
            current = resolved.nonNullable
        }
        guard case .map(let element) = current else {
            diagnostics.error("\(what) has 'serialize: dotted', which needs a map (map<json> or a map of scalars)", at: location)
            return
        }
        if element.nonNullable != .builtin(.json) {
            checkScalar(element, what: "the values of \(what)", at: location, allowList: false)
        }
    }

    /// Values that must be text-like: no objects, maps or free JSON.
    private mutating func checkScalar(_ type: TypeReference, what: String, at location: SourceLocation, allowList: Bool) {
        switch type.nonNullable {
        case .builtin(.json), .map:
            diagnostics.error(
                "\(what) cannot be \(allowList ? "an object or map unless it has 'serialize: json'" : "an object, map or JSON value")",
                at: location)
        case .list(let element):
            if allowList {
                checkScalar(element, what: what, at: location, allowList: false)
            } else {
                diagnostics.error("\(what) cannot be a list", at: location)
            }
        case .named(let id):
            switch resolver.declared[id.rawValue] {
            case .object?, .union?:
                diagnostics.error(
                    "\(what) cannot be the object or union type '\(id.rawValue)'\(allowList ? " unless it has 'serialize: json'" : "")",
                    at: location)
            case .alias(let target, _)?:
                if let resolved = resolver.resolve(target, diagnostics: &diagnostics) {
                    checkScalar(resolved, what: what, at: location, allowList: allowList)
                }
            default:
                break
            }
        default:
            break
        }
    }

    /// Why a value cannot be one path segment (an object, a list, JSON, bytes), or nil when it can.
    private mutating func pathValueProblem(_ type: TypeReference) -> String? {
        switch type.nonNullable {
        case .builtin(.json), .map: return "an object, map or JSON value"
        case .builtin(.binary): return "binary data"
        case .list: return "a list"
        case .named(let id):
            switch resolver.declared[id.rawValue] {
            case .object?, .union?: return "the object or union type '\(id.rawValue)'"
            case .alias(let target, _)?:
                return resolver.resolve(target, diagnostics: &diagnostics).flatMap { pathValueProblem($0) }
            default: return nil
            }
        default: return nil
        }
    }

    // MARK: Media types

    /// An answer in media types other than JSON is returned as it came: bytes as `Data`, text as
    /// `String`, anything else (or a mix) as `ResponseBody`. The types go in the `Accept` header.
    private func readsAsItCame(_ contentTypes: [String], into response: inout Response) {
        guard !contentTypes.isEmpty else { return }
        response.mediaTypes = contentTypes
        let answers = contentTypes.filter { !MediaType.isJSON($0) }
        // JSON among others: the JSON schema decodes it only when it is the one answer.
        let kind = answers.isEmpty ? ResponseMediaKind.json : MediaType.responseKind(of: contentTypes.count == answers.count ? answers : contentTypes)
        response.kind = kind
        switch kind {
        case .json: break
        case .binary: response.type = .builtin(.binary)
        case .text: response.type = .builtin(.string)
        case .undecoded: response.type = .builtin(.responseBody)
        }
    }

    /// The type of a multipart field sent as a file: `FileUpload`, or a list of them.
    static func fileType(_ type: TypeReference) -> TypeReference {
        if case .list = type.nonNullable { return .list(.builtin(.file)) }
        return .builtin(.file)
    }

    /// Whether a multipart field is a file: bytes (`binary`), or a part the encoding gives a
    /// content type other than text or JSON.
    static func isFileField(_ parameter: Parameter, encoding: FieldEncoding?) -> Bool {
        if encoding?.isFile == true { return true }
        if let contentType = encoding?.contentType, MediaType.isFilePart(contentType) { return true }
        var type = parameter.type.nonNullable
        if case .list(let element) = type { type = element.nonNullable }
        return type == .builtin(.binary) || type == .builtin(.file)
    }

    // MARK: Body

    private mutating func buildBody(
        _ spec: SpecBody, operation: SpecOperation, swiftName: String, arguments: inout CollisionChecker,
        declarations: inout [TypeID: TypeDeclaration], parameters: inout [Parameter]
    ) -> RequestBody? {
        let kind = MediaType.requestKind(spec.contentType)
        if kind == .binary || kind == .text {
            // Bytes or text as they are: one argument, whatever schema the document gives.
            let name = spec.swiftName?.value ?? RuntimeNames.bodyArgument
            arguments.claim(name, original: "body", at: spec.swiftName?.location ?? spec.location, diagnostics: &diagnostics)
            return RequestBody(
                shape: .value(.builtin(kind == .binary ? .file : .string)), contentType: spec.contentType, docs: spec.docs,
                argumentName: name, encodings: spec.encodings)
        }
        var body = buildShapedBody(
            spec, operation: operation, swiftName: swiftName, arguments: &arguments, declarations: &declarations)
        body?.encodings = spec.encodings
        if kind == .form {
            for name in untypedFields(spec) where spec.encodings[name]?.serialization == nil {
                body?.encodings[name, default: FieldEncoding()].serialization = .json
            }
        }
        if kind == .multipart, case .value(let type)? = body?.shape, type.nonNullable == .builtin(.binary) {
            body?.shape = .value(.builtin(.file))
        }
        return body
    }

    /// The wire names of a body's fields that take any JSON (a schema without a type). In a form
    /// such a field is sent as JSON text under its own name (Twilio's flow `Definition`); the
    /// form style's default would spread an object's members as fields of their own instead.
    private func untypedFields(_ spec: SpecBody) -> [String] {
        let properties: [SpecProperty]
        switch spec.content {
        case .properties(let fields):
            properties = fields
        case .type(.name(let name), _):
            guard case .object(let fields)? = resolver.declared[name.value] else { return [] }
            properties = fields
        case .type:
            return []
        }
        return properties.filter { isUntyped($0.type) }.map(\.name.value)
    }

    private func isUntyped(_ type: TypeExpression) -> Bool {
        switch type {
        case .name(let name): resolver.declared[name.value] == nil && BuiltinType.spellings[name.value] == .json
        case .nullable(let inner, _): isUntyped(inner)
        case .generic, .union: false
        }
    }

    private mutating func buildShapedBody(
        _ spec: SpecBody, operation: SpecOperation, swiftName: String, arguments: inout CollisionChecker,
        declarations: inout [TypeID: TypeDeclaration]
    ) -> RequestBody? {
        switch spec.content {
        case .type(let expression, let flatten):
            guard let type = resolver.resolve(expression, diagnostics: &diagnostics) else { return nil }
            var flatten = flatten
            if flatten, case .named(let id) = type, case .object(let properties)? = resolver.declared[id.rawValue],
                let clash = flattenedClash(properties, operation: operation, arguments: arguments)
            {
                // Its fields would meet another argument; the body is passed whole instead.
                diagnostics.warning(
                    "the body field '\(clash.field)' would be the argument '\(clash.name)', which is \(clash.holder); the body is passed whole as 'body' instead of as separate arguments",
                    at: expression.location)
                flatten = false
            }
            guard flatten else {
                let name = spec.swiftName?.value ?? RuntimeNames.bodyArgument
                if let explicit = spec.swiftName, !SwiftIdentifier.isValid(explicit.value) {
                    diagnostics.error("swiftName '\(explicit.value)' is not a valid Swift identifier", at: explicit.location)
                }
                arguments.claim(name, original: "body", at: spec.swiftName?.location ?? spec.location, diagnostics: &diagnostics)
                return RequestBody(shape: .value(type), contentType: spec.contentType, docs: spec.docs, argumentName: name)
            }
            if let swiftName = spec.swiftName {
                diagnostics.error(
                    "'swiftName' names the body's argument, and a flattened body has none; name its properties instead",
                    at: swiftName.location)
            }
            guard case .named(let id) = type, case .object(let properties)? = resolver.declared[id.rawValue] else {
                diagnostics.error("'flatten' needs an object type; this body is not one", at: expression.location)
                return nil
            }
            if let readOnly = properties.first(where: { $0.isReadOnly && !$0.isOptional }) {
                diagnostics.error(
                    "'flatten' cannot build '\(id.rawValue)': its required property '\(readOnly.name.value)' is read-only, so the client never sends it; make it optional or pass the body whole",
                    at: expression.location, notes: [.note("'\(readOnly.name.value)' is declared here", at: readOnly.name.location)])
            }
            for property in properties where !property.isReadOnly {
                let name = property.swiftName?.value ?? SwiftNaming.memberName(property.name.value)
                arguments.claim(name, original: property.name.value, at: property.name.location, diagnostics: &diagnostics)
            }
            return RequestBody(shape: .flattened(id), contentType: spec.contentType, docs: spec.docs)
        case .properties(let properties):
            if let swiftName = spec.swiftName {
                diagnostics.error(
                    "'swiftName' names the body's argument, and a flattened body has none; name its properties instead",
                    at: swiftName.location)
            }
            let typeName = String(resourceTypeName.dropLast("Resource".count)) + SwiftNaming.typeName(swiftName) + "Request"
            let id = TypeID(typeName)
            var fields: [Property] = []
            for property in properties {
                let name = property.swiftName?.value ?? SwiftNaming.memberName(property.name.value)
                guard arguments.claim(name, original: property.name.value, at: property.name.location, diagnostics: &diagnostics),
                    let type = resolver.resolve(property.type, diagnostics: &diagnostics)
                else { continue }
                var defaultValue: DefaultValue?
                if let value = property.defaultValue {
                    defaultValue = defaultFor(value, type: type, checker: DefaultValueChecker(declarations: [:]))
                }
                fields.append(
                    Property(
                        wireName: property.name.value, swiftName: name, type: type, isRequired: !property.isOptional,
                        defaultValue: defaultValue, isReadOnly: property.isReadOnly, isWriteOnly: property.isWriteOnly,
                        isIndirect: false, docs: property.docs,
                        deprecation: property.deprecation.map { Deprecation(message: $0.message) },
                        constraints: property.constraints))
            }
            let declaration = TypeDeclaration(
                id: id, swiftName: typeName, qualifiedSwiftName: typeName,
                docs: "The request body of ``\(resourceTypeName)/\(swiftName)``.", deprecation: nil,
                kind: .object(ObjectType(properties: fields)), location: spec.location)
            declarations[id] = declaration
            synthesizedTypes.append(declaration)
            return RequestBody(shape: .flattened(id), contentType: spec.contentType, docs: spec.docs)
        }
    }

    /// The first field of a flattened body whose argument name is taken by a path parameter, the
    /// request options or a query or header parameter (which come after the body in the method).
    private func flattenedClash(
        _ properties: [SpecProperty], operation: SpecOperation, arguments: CollisionChecker
    ) -> (field: String, name: String, holder: String)? {
        var later: [String: String] = [:]
        for parameter in operation.queryParameters + operation.headerParameters {
            later[parameter.swiftName?.value ?? SwiftNaming.memberName(parameter.name.value)] = parameter.name.value
        }
        var seen: Set<String> = []
        for property in properties where !property.isReadOnly {
            let name = property.swiftName?.value ?? SwiftNaming.memberName(property.name.value)
            if let holder = arguments.holder(of: name) {
                let what = holder.location == nil ? holder.original : "the parameter '\(holder.original)'"
                return (property.name.value, name, what)
            }
            if let parameter = later[name] { return (property.name.value, name, "the parameter '\(parameter)'") }
            if !seen.insert(name).inserted { return (property.name.value, name, "another field's") }
        }
        return nil
    }

    /// The arguments a flattened body contributes: every property the client may send.
    static func bodyParameters(_ object: ObjectType) -> [Parameter] {
        object.properties.filter { !$0.isReadOnly }.map { property in
            Parameter(
                wireName: property.wireName, swiftName: property.swiftName, location: .body, type: property.type,
                isRequired: property.isRequired, defaultValue: property.defaultValue, serialization: .form,
                docs: property.docs, deprecation: property.deprecation, constraints: property.constraints)
        }
    }

    // MARK: Paging

    private mutating func buildPagination(
        _ spec: SpecPagination, parameters: [Parameter], response: Response, declarations: [TypeID: TypeDeclaration]
    ) -> Pagination? {
        guard spec.style.value == "offset" else {
            diagnostics.error(
                "unknown pagination style '\(spec.style.value)'; julep-gen supports 'offset' (offset/limit)",
                at: spec.style.location)
            return nil
        }
        for name in [spec.offsetParameter, spec.limitParameter]
        where !parameters.contains(where: { $0.location == .query && $0.wireName == name.value }) {
            diagnostics.error(
                "pagination uses the query parameter '\(name.value)', which the operation does not declare",
                at: name.location)
        }
        guard case .named(let id)? = response.type, case .object(let properties)? = resolver.declared[id.rawValue],
            let items = properties.first(where: { $0.name.value == spec.itemsProperty.value }),
            let itemsType = resolver.resolve(items.type, diagnostics: &diagnostics),
            case .list(let element) = itemsType
        else {
            diagnostics.error(
                "pagination needs a response object with a list property '\(spec.itemsProperty.value)'",
                at: spec.itemsProperty.location)
            return nil
        }
        return Pagination(
            offsetParameter: spec.offsetParameter.value, limitParameter: spec.limitParameter.value,
            itemsProperty: spec.itemsProperty.value, itemType: element)
    }
}
