/// Decodes the node tree of one spec file into `SpecDocument` parts.
///
/// It checks shapes and keys only; names are resolved later, when the IR is built.
struct SpecDecoder {
    var diagnostics = Diagnostics()

    /// What one file contributes; `includes` are resolved by `SpecLoader`.
    struct FileContent {
        var includes: [Located<String>] = []
        var types: [SpecType] = []
        var resources: [SpecResource] = []
        var brokenTypeNames: Set<String> = []
    }

    mutating func decodeRoot(_ node: YAMLNode, into document: inout SpecDocument) -> FileContent? {
        guard let root = KeyedNode(node, what: "the spec", allowedKeys: SpecKeys.rootFile, diagnostics: &diagnostics)
        else { return nil }
        if root.has("julep-gen") {
            document.formatVersion = root.int("julep-gen", diagnostics: &diagnostics)
            if let version = document.formatVersion, version.value != 1 {
                diagnostics.error(
                    "unsupported spec format version \(version.value); this julep-gen reads version 1",
                    at: version.location)
            }
        } else {
            diagnostics.error("the root spec file must start with 'julep-gen: 1' (the spec format version)", at: node.location)
        }
        if let apiNode = root["api"] {
            document.api = decodeAPI(apiNode)
        } else {
            diagnostics.error("the root spec file is missing required key 'api'", at: node.location)
        }
        if let profile = root.string("profile", diagnostics: &diagnostics) {
            if let value = APIProfile(rawValue: profile.value) {
                document.profile = Located(value, at: profile.location)
            } else {
                let known = APIProfile.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")
                diagnostics.error("unknown profile '\(profile.value)'; expected \(known)", at: profile.location)
            }
        }
        if let environments = root["environments"] {
            document.environments = list(environments, what: "'environments'").compactMap { decodeEnvironment($0) }
        }
        if let auth = root["auth"] {
            document.authSchemes = list(auth, what: "'auth'").compactMap { decodeAuthScheme($0) }
        }
        document.security = root["security"].flatMap { decodeSecurity($0) }
        return decodeContent(root)
    }

    mutating func decodeIncluded(_ node: YAMLNode) -> FileContent? {
        let rootOnly = ["julep-gen", "api", "profile", "environments", "auth", "security"]
        let allowed = SpecKeys.includedFile + rootOnly
        guard let file = KeyedNode(node, what: "an included spec file", allowedKeys: allowed, diagnostics: &diagnostics)
        else { return nil }
        for key in rootOnly {
            if let location = file.keyLocation(key) {
                diagnostics.error("'\(key)' is allowed only in the root spec file", at: location)
            }
        }
        return decodeContent(file)
    }

    private mutating func decodeContent(_ file: KeyedNode) -> FileContent {
        var content = FileContent()
        if let includes = file["include"] {
            content.includes = list(includes, what: "'include'").compactMap {
                KeyedNode.string($0, what: "an include path", diagnostics: &diagnostics)
            }
        }
        if let types = file["types"] {
            for (name, node) in entries(types, what: "'types'") {
                if let type = decodeType(name: name, node: node) {
                    content.types.append(type)
                } else {
                    content.brokenTypeNames.insert(name.value)
                }
            }
        }
        if let resources = file["resources"] {
            content.resources = entries(resources, what: "'resources'").compactMap { decodeResource(name: $0, node: $1) }
        }
        return content
    }

    // MARK: API, environments, auth

    private mutating func decodeAPI(_ node: YAMLNode) -> SpecAPI? {
        guard let api = KeyedNode(node, what: "'api'", allowedKeys: SpecKeys.api, diagnostics: &diagnostics),
            let name = api.requiredString("name", in: "'api'", diagnostics: &diagnostics)
        else { return nil }
        var result = SpecAPI(
            name: name, version: api.string("version", diagnostics: &diagnostics),
            docs: api.string("docs", diagnostics: &diagnostics)?.value, location: node.location)
        if let variables = api["baseURLEnv"] {
            result.baseURLEnvironmentVariables = (variables.sequence ?? [variables]).compactMap {
                KeyedNode.string($0, what: "an environment variable name", diagnostics: &diagnostics)?.value
            }
        }
        return result
    }

    private mutating func decodeEnvironment(_ node: YAMLNode) -> SpecEnvironment? {
        guard
            let environment = KeyedNode(
                node, what: "an environment", allowedKeys: SpecKeys.environment, diagnostics: &diagnostics),
            let name = environment.requiredString("name", in: "an environment", diagnostics: &diagnostics),
            let url = environment.requiredString("url", in: "environment '\(name.value)'", diagnostics: &diagnostics)
        else { return nil }
        return SpecEnvironment(
            name: name, url: url, isDefault: environment.bool("default", diagnostics: &diagnostics)?.value ?? false,
            docs: environment.string("docs", diagnostics: &diagnostics)?.value)
    }

    /// `{ name: apiKey, header: Authorization }`, `{ name: token, type: bearer }`, `{ name: login, type: basic }`.
    private mutating func decodeAuthScheme(_ node: YAMLNode) -> SpecAuthScheme? {
        guard
            let auth = KeyedNode(node, what: "an auth scheme", allowedKeys: SpecKeys.auth, diagnostics: &diagnostics),
            let name = auth.requiredString("name", in: "an auth scheme", diagnostics: &diagnostics)
        else { return nil }
        let what = "auth scheme '\(name.value)'"
        let type = auth.string("type", diagnostics: &diagnostics)
        let locations = SpecAPIKeyLocation.allCases.filter { auth.has($0.rawValue) }
        let prefix = auth.string("prefix", diagnostics: &diagnostics)
        let format = auth.string("format", diagnostics: &diagnostics)
        let kind: SpecAuthKind
        switch type?.value ?? "apiKey" {
        case "apiKey":
            guard locations.count == 1, let location = locations.first,
                let keyName = auth.string(location.rawValue, diagnostics: &diagnostics)
            else {
                diagnostics.error(
                    "\(what) needs exactly one of 'header', 'query' or 'cookie': where the key is sent",
                    at: locations.count > 1 ? auth.keyLocation(locations[1].rawValue) ?? name.location : name.location)
                return nil
            }
            if location != .header, let prefix {
                diagnostics.error("'prefix' applies to keys sent in a header", at: auth.keyLocation("prefix") ?? prefix.location)
            }
            kind = .apiKey(location, name: keyName, prefix: prefix?.value)
        case "bearer", "basic":
            for key in locations.map(\.rawValue) + ["prefix"] where auth.has(key) {
                diagnostics.error(
                    "'\(key)' does not apply to a \(type?.value ?? "") scheme: it is sent in the Authorization header",
                    at: auth.keyLocation(key) ?? name.location)
            }
            kind = type?.value == "basic" ? .basic : .bearer(format: format?.value)
        default:
            let types = ["apiKey", "bearer", "basic"]
            diagnostics.error(
                "unknown auth scheme type '\(type?.value ?? "")'; expected 'apiKey', 'bearer' or 'basic'"
                    + Suggestion.didYouMean(type?.value ?? "", in: types),
                at: type?.location ?? name.location)
            return nil
        }
        if let format, kind != .bearer(format: format.value) {
            diagnostics.error("'format' applies to bearer schemes", at: auth.keyLocation("format") ?? format.location)
        }
        var scheme = SpecAuthScheme(name: name, kind: kind, docs: auth.string("docs", diagnostics: &diagnostics)?.value)
        if let env = auth["env"] {
            if kind == .basic {
                if let pair = KeyedNode(env, what: "'env' of \(what)", allowedKeys: ["username", "password"], diagnostics: &diagnostics) {
                    scheme.environmentVariables = pair["username"].map { environmentVariables($0) } ?? []
                    scheme.passwordEnvironmentVariables = pair["password"].map { environmentVariables($0) } ?? []
                }
            } else {
                scheme.environmentVariables = environmentVariables(env)
            }
        }
        return scheme
    }

    /// `NAME` or `[FIRST, SECOND]`.
    private mutating func environmentVariables(_ node: YAMLNode) -> [String] {
        if node.sequence != nil {
            return list(node, what: "'env'").compactMap {
                KeyedNode.string($0, what: "an environment variable name", diagnostics: &diagnostics)?.value
            }
        }
        return KeyedNode.string(node, what: "'env'", diagnostics: &diagnostics).map { [$0.value] } ?? []
    }

    /// `security: [apiKey, [appKey, appSecret]]`: alternatives, each a scheme name or a list of
    /// names sent together; `[]` sends no credentials.
    private mutating func decodeSecurity(_ node: YAMLNode) -> SpecSecurity? {
        guard node.sequence != nil else {
            diagnostics.error("expected 'security' to be a list of scheme names, found \(node.kindDescription)", at: node.location)
            return nil
        }
        let alternatives = list(node, what: "'security'").map { alternative -> [Located<String>] in
            if alternative.sequence != nil {
                return list(alternative, what: "a security alternative").compactMap {
                    KeyedNode.string($0, what: "an auth scheme name", diagnostics: &diagnostics)
                }
            }
            return KeyedNode.string(alternative, what: "an auth scheme name", diagnostics: &diagnostics).map { [$0] } ?? []
        }
        return SpecSecurity(alternatives: alternatives, location: node.location)
    }

    // MARK: Types

    private mutating func decodeType(name: Located<String>, node: YAMLNode) -> SpecType? {
        let what = "type '\(name.value)'"
        guard let type = KeyedNode(node, what: what, allowedKeys: SpecKeys.type, diagnostics: &diagnostics) else {
            return nil
        }
        let kinds = SpecKeys.typeKinds.filter(type.has)
        guard kinds.count == 1, let kindKey = kinds.first else {
            if kinds.isEmpty {
                diagnostics.error(
                    "\(what) needs one of 'properties', 'enum', 'alias' or 'union'", at: name.location)
            } else {
                diagnostics.error(
                    "\(what) has both '\(kinds[0])' and '\(kinds[1])'; a type is exactly one kind",
                    at: type.keyLocation(kinds[1]) ?? name.location)
            }
            return nil
        }
        let constraints = decodeConstraints(type)
        if kindKey != "alias", let first = SpecKeys.constraints.first(where: type.has) {
            diagnostics.error(
                "'\(first)' applies to an alias; put it on the property or declare an alias type",
                at: type.keyLocation(first) ?? name.location)
        }
        let kind: SpecType.Kind
        switch kindKey {
        case "properties":
            guard let node = type["properties"] else { return nil }
            kind = .object(decodeProperties(node, owner: what))
        case "enum":
            guard let node = type["enum"] else { return nil }
            let items = list(node, what: "'enum'")
            // Plain integers (`[1, 2]`, or `value: 1`) make an integer enum; `["1", "2"]` is strings.
            let values = items.map { $0.scalar == nil ? $0["value"] : $0 }
            let integers = values.compactMap { $0?.int }
            let integer = !values.isEmpty && integers.count == values.count
            var cases = items.compactMap { decodeEnumCase($0) }
            if integer, cases.count == integers.count {
                for index in cases.indices { cases[index].value.value = String(integers[index]) }  // `0x10` is 16
            }
            kind = .enumeration(cases, integer: integer)
        case "alias":
            guard let node = type["alias"], let target = typeExpression(node) else { return nil }
            kind = .alias(target, constraints)
        default:
            guard let node = type["union"], let union = decodeUnion(node, owner: what) else { return nil }
            kind = .union(union)
        }
        var result = SpecType(
            name: name, swiftName: type.string("swiftName", diagnostics: &diagnostics),
            docs: type.string("docs", diagnostics: &diagnostics)?.value, deprecation: deprecation(type), kind: kind)
        if let node = type["additionalProperties"] {
            if kindKey == "properties" {
                result.additionalProperties = typeExpression(node)
            } else {
                diagnostics.error(
                    "'additionalProperties' applies to a type with 'properties'", at: type.keyLocation("additionalProperties") ?? name.location)
            }
        }
        if let node = type["exclusive"] {
            if kindKey == "properties" {
                result.exclusiveGroups = list(node, what: "'exclusive'").compactMap { decodeExclusiveGroup($0) }
            } else {
                diagnostics.error(
                    "'exclusive' applies to an object type (one with 'properties')",
                    at: type.keyLocation("exclusive") ?? name.location)
            }
        }
        if let flag = type.bool("formerLabeledFactories", diagnostics: &diagnostics) {
            if kindKey == "union" {
                result.formerLabeledFactories = flag
            } else {
                diagnostics.error(
                    "'formerLabeledFactories' applies to a union type",
                    at: type.keyLocation("formerLabeledFactories") ?? name.location)
            }
        }
        if let node = type["accessors"] {
            result.accessors = entries(node, what: "'accessors' of \(what)").compactMap { key, value in
                decodeAccessor(name: key, node: value)
            }
        }
        return result
    }

    private mutating func decodeExclusiveGroup(_ node: YAMLNode) -> SpecExclusiveGroup? {
        let what = "an exclusive group"
        guard let group = KeyedNode(node, what: what, allowedKeys: SpecKeys.exclusiveGroup, diagnostics: &diagnostics)
        else { return nil }
        guard let propertiesNode = group["properties"] else {
            diagnostics.error("\(what) is missing required key 'properties'", at: node.location)
            return nil
        }
        let properties = list(propertiesNode, what: "'properties'").compactMap {
            KeyedNode.string($0, what: "a property name", diagnostics: &diagnostics)
        }
        if properties.count < 2 {
            diagnostics.error("an exclusive group needs at least two properties", at: propertiesNode.location)
        }
        return SpecExclusiveGroup(
            properties: properties, isRequired: group.bool("required", diagnostics: &diagnostics)?.value ?? false,
            location: node.location)
    }

    private mutating func decodeAccessor(name: Located<String>, node: YAMLNode) -> SpecAccessor? {
        let what = "accessor '\(name.value)'"
        if node.scalar != nil {
            guard let path = KeyedNode.string(node, what: what, diagnostics: &diagnostics) else { return nil }
            return SpecAccessor(name: name, path: path)
        }
        guard let accessor = KeyedNode(node, what: what, allowedKeys: SpecKeys.accessor, diagnostics: &diagnostics),
            let path = accessor.requiredString("path", in: what, diagnostics: &diagnostics)
        else { return nil }
        return SpecAccessor(name: name, path: path, docs: accessor.string("docs", diagnostics: &diagnostics)?.value)
    }

    mutating func decodeProperties(_ node: YAMLNode, owner: String) -> [SpecProperty] {
        entries(node, what: "'properties' of \(owner)").compactMap { key, value in
            decodeProperty(key: key, node: value)
        }
    }

    private mutating func decodeProperty(key: Located<String>, node: YAMLNode) -> SpecProperty? {
        let (name, isOptional) = splitOptionalMarker(key)
        let what = "property '\(name.value)'"
        if node.scalar != nil {
            guard let type = typeExpression(node) else { return nil }
            return SpecProperty(name: name, isOptional: isOptional, type: type)
        }
        guard let property = KeyedNode(node, what: what, allowedKeys: SpecKeys.property, diagnostics: &diagnostics)
        else { return nil }
        guard let typeNode = property["type"] else {
            diagnostics.error("\(what) is missing required key 'type'", at: node.location)
            return nil
        }
        guard let type = typeExpression(typeNode) else { return nil }
        var result = SpecProperty(name: name, isOptional: isOptional, type: type)
        result.swiftName = property.string("swiftName", diagnostics: &diagnostics)
        result.formerSwiftName = property.string("formerSwiftName", diagnostics: &diagnostics)
        result.docs = property.string("docs", diagnostics: &diagnostics)?.value
        result.defaultValue = property["default"].map { Located(value($0), at: $0.location) }
        result.isReadOnly = property.bool("readOnly", diagnostics: &diagnostics)?.value ?? false
        result.isWriteOnly = property.bool("writeOnly", diagnostics: &diagnostics)?.value ?? false
        result.deprecation = deprecation(property)
        result.constraints = decodeConstraints(property)
        if result.isReadOnly && result.isWriteOnly {
            diagnostics.error("\(what) cannot be both readOnly and writeOnly", at: key.location)
        }
        return result
    }

    private mutating func decodeEnumCase(_ node: YAMLNode) -> SpecEnumCase? {
        if node.scalar != nil {
            guard let value = KeyedNode.string(node, what: "an enum value", diagnostics: &diagnostics) else {
                return nil
            }
            return SpecEnumCase(value: value)
        }
        guard
            let entry = KeyedNode(node, what: "an enum case", allowedKeys: SpecKeys.enumCase, diagnostics: &diagnostics),
            let value = entry.requiredString("value", in: "an enum case", diagnostics: &diagnostics)
        else { return nil }
        return SpecEnumCase(
            value: value, swiftName: entry.string("swiftName", diagnostics: &diagnostics),
            docs: entry.string("docs", diagnostics: &diagnostics)?.value, deprecation: deprecation(entry))
    }

    private mutating func decodeUnion(_ node: YAMLNode, owner: String) -> SpecUnion? {
        if node.sequence != nil {
            var members: [TypeExpression] = []
            var names: [Int: SpecUnionMemberNames] = [:]
            for item in list(node, what: "'union'") {
                guard item.mapping != nil else {
                    if let member = typeExpression(item) { members.append(member) }
                    continue
                }
                // `{ type: T, swiftName: name, formerSwiftName: old }`: a member with its case named.
                guard
                    let member = KeyedNode(
                        item, what: "a member of the union of \(owner)", allowedKeys: SpecKeys.untaggedUnionMember,
                        diagnostics: &diagnostics)
                else { continue }
                guard let typeNode = member["type"], let type = typeExpression(typeNode) else {
                    if !member.has("type") {
                        diagnostics.error("a union member is missing required key 'type'", at: item.location)
                    }
                    continue
                }
                names[members.count] = SpecUnionMemberNames(
                    swiftName: member.string("swiftName", diagnostics: &diagnostics),
                    formerSwiftName: member.string("formerSwiftName", diagnostics: &diagnostics))
                members.append(type)
            }
            if members.count < 2 {
                diagnostics.error("a union needs at least two variants", at: node.location)
            }
            return SpecUnion(variants: .untagged(members), memberNames: names)
        }
        guard
            let union = KeyedNode(
                node, what: "'union' of \(owner)", allowedKeys: SpecKeys.taggedUnion, diagnostics: &diagnostics),
            let discriminator = union.requiredString("discriminator", in: "a tagged union", diagnostics: &diagnostics)
        else { return nil }
        guard let variantsNode = union["variants"] else {
            diagnostics.error("a tagged union is missing required key 'variants'", at: node.location)
            return nil
        }
        let variants = entries(variantsNode, what: "'variants'").compactMap { value, node -> SpecUnionVariant? in
            if node.scalar != nil {
                guard let type = typeExpression(node) else { return nil }
                return SpecUnionVariant(value: value, type: type)
            }
            guard
                let variant = KeyedNode(
                    node, what: "variant '\(value.value)'", allowedKeys: SpecKeys.unionVariant,
                    diagnostics: &diagnostics)
            else { return nil }
            guard let typeNode = variant["type"], let type = typeExpression(typeNode) else {
                if !variant.has("type") {
                    diagnostics.error("variant '\(value.value)' is missing required key 'type'", at: node.location)
                }
                return nil
            }
            return SpecUnionVariant(
                value: value, type: type, swiftName: variant.string("swiftName", diagnostics: &diagnostics),
                formerSwiftName: variant.string("formerSwiftName", diagnostics: &diagnostics))
        }
        if variants.isEmpty {
            diagnostics.error("a tagged union needs at least one variant", at: variantsNode.location)
        }
        var result = SpecUnion(
            variants: .tagged(discriminator: discriminator, variants: variants),
            discriminatorIsReadOnly: union.bool("discriminatorReadOnly", diagnostics: &diagnostics)?.value ?? false)
        result.discriminatorIsInteger = union.bool("discriminatorInteger", diagnostics: &diagnostics)?.value ?? false
        if result.discriminatorIsInteger, let variant = variants.first(where: { Int($0.value.value) == nil }) {
            diagnostics.error(
                "variant '\(variant.value.value)' is not an integer, and 'discriminatorInteger' says the tags are",
                at: variant.value.location)
        }
        return result
    }

    private mutating func decodeConstraints(_ node: KeyedNode) -> Constraints {
        var constraints = Constraints()
        constraints.minimum = node.double("minimum", diagnostics: &diagnostics)
        constraints.maximum = node.double("maximum", diagnostics: &diagnostics)
        constraints.exclusiveMinimum = node.bool("exclusiveMinimum", diagnostics: &diagnostics)?.value ?? false
        constraints.exclusiveMaximum = node.bool("exclusiveMaximum", diagnostics: &diagnostics)?.value ?? false
        if let multiple = node.double("multipleOf", diagnostics: &diagnostics) {
            if multiple > 0 {
                constraints.multipleOf = multiple
            } else {
                diagnostics.warning("'multipleOf' must be greater than 0; it is ignored", at: node["multipleOf"]?.location)
            }
        }
        func count(_ key: String) -> Int? {
            let value = node.int(key, diagnostics: &diagnostics)
            return CountBounds.checked(value?.value, key: key, at: value?.location, diagnostics: &diagnostics)
        }
        constraints.minLength = count("minLength")
        constraints.maxLength = count("maxLength")
        constraints.pattern = node.string("pattern", diagnostics: &diagnostics)?.value
        constraints.minItems = count("minItems")
        constraints.maxItems = count("maxItems")
        constraints.format = node.string("format", diagnostics: &diagnostics)?.value
        if let values = node["allowedValues"] {
            constraints.allowedValues = list(values, what: "'allowedValues'").compactMap { value in
                if let number = value.int { return String(number) }
                if let text = value.string { return text }
                diagnostics.error("expected an allowed value to be a string or an integer, found \(value.kindDescription)", at: value.location)
                return nil
            }
        }
        if let items = node["items"],
            let keyed = KeyedNode(items, what: "'items'", allowedKeys: SpecKeys.constraints, diagnostics: &diagnostics)
        {
            constraints.items = .of(decodeConstraints(keyed))
        }
        return constraints
    }

    // MARK: Resources and operations

    private mutating func decodeResource(name: Located<String>, node: YAMLNode) -> SpecResource? {
        let what = "resource '\(name.value)'"
        guard let resource = KeyedNode(node, what: what, allowedKeys: SpecKeys.resource, diagnostics: &diagnostics)
        else { return nil }
        var operations: [SpecOperation] = []
        if let node = resource["operations"] {
            operations = entries(node, what: "'operations' of \(what)").compactMap { decodeOperation(name: $0, node: $1) }
        } else {
            diagnostics.error("\(what) is missing required key 'operations'", at: name.location)
        }
        return SpecResource(
            name: name, swiftName: resource.string("swiftName", diagnostics: &diagnostics),
            docs: resource.string("docs", diagnostics: &diagnostics)?.value, operations: operations)
    }

    private mutating func decodeOperation(name: Located<String>, node: YAMLNode) -> SpecOperation? {
        let what = "operation '\(name.value)'"
        guard let operation = KeyedNode(node, what: what, allowedKeys: SpecKeys.operation, diagnostics: &diagnostics)
        else { return nil }
        let method = operation.requiredString("method", in: what, diagnostics: &diagnostics)
        let path = operation.requiredString("path", in: what, diagnostics: &diagnostics)
        guard let method, var path else { return nil }
        // Point path diagnostics at characters inside the text, past an opening quote.
        if let style = operation["path"]?.scalar?.style, style == .singleQuoted || style == .doubleQuoted {
            path.location = path.location.advanced(by: 1)
        }
        var result = SpecOperation(
            name: name, method: method, path: path, location: name.location)
        result.swiftName = operation.string("swiftName", diagnostics: &diagnostics)
        result.formerSwiftName = operation.string("formerSwiftName", diagnostics: &diagnostics)
        result.route = operation.string("route", diagnostics: &diagnostics)
        if let mirrors = operation["mirrors"] {
            result.mirrors = list(mirrors, what: "'mirrors'").compactMap {
                KeyedNode.string($0, what: "a documented method name", diagnostics: &diagnostics)
            }
        }
        result.docs = operation.string("docs", diagnostics: &diagnostics)?.value
        result.deprecation = deprecation(operation)
        result.isIdempotent = operation.bool("idempotent", diagnostics: &diagnostics)
        if let node = operation["pathParams"] {
            result.pathParameters = decodeParameters(node, kind: "path parameter", keys: SpecKeys.pathParameter)
        }
        if let node = operation["query"] {
            result.queryParameters = decodeParameters(node, kind: "query parameter", keys: SpecKeys.queryParameter)
        }
        if let node = operation["headers"] {
            result.headerParameters = decodeParameters(node, kind: "header", keys: SpecKeys.headerParameter)
        }
        result.body = operation["body"].flatMap { decodeBody($0) }
        result.response = operation["response"].flatMap { decodeResponse($0) }
        if let node = operation["errors"] {
            result.errors = entries(node, what: "'errors'").compactMap { decodeErrorResponse(status: $0, node: $1) }
        }
        result.pagination = operation["pagination"].flatMap { decodePagination($0) }
        result.streaming = operation["streaming"].flatMap { decodeStreaming($0) }
        result.returns = operation["returns"].flatMap { decodeReturns($0) }
        if let node = operation["deviations"] {
            result.deviations = list(node, what: "'deviations'").compactMap { decodeDeviation($0) }
        }
        result.security = operation["security"].flatMap { decodeSecurity($0) }
        result.server = operation.string("server", diagnostics: &diagnostics)
        if let node = operation["shortcuts"] {
            result.shortcuts = list(node, what: "'shortcuts'").compactMap { decodeShortcut($0) }
        }
        return result
    }

    private mutating func decodeShortcut(_ node: YAMLNode) -> SpecShortcut? {
        let what = "a shortcut"
        guard let shortcut = KeyedNode(node, what: what, allowedKeys: SpecKeys.shortcut, diagnostics: &diagnostics),
            let name = shortcut.requiredString("name", in: what, diagnostics: &diagnostics),
            let variant = shortcut.requiredString("variant", in: what, diagnostics: &diagnostics)
        else { return nil }
        return SpecShortcut(
            name: name, variant: variant, unlabeled: shortcut.string("unlabeled", diagnostics: &diagnostics),
            returns: shortcut.string("returns", diagnostics: &diagnostics),
            docs: shortcut.string("docs", diagnostics: &diagnostics)?.value, location: node.location)
    }

    private mutating func decodeDeviation(_ node: YAMLNode) -> SpecDeviation? {
        let what = "a deviation"
        guard let deviation = KeyedNode(node, what: what, allowedKeys: SpecKeys.deviation, diagnostics: &diagnostics),
            let document = deviation.requiredString("document", in: what, diagnostics: &diagnostics),
            let server = deviation.requiredString("server", in: what, diagnostics: &diagnostics),
            let sdk = deviation.requiredString("sdk", in: what, diagnostics: &diagnostics)
        else { return nil }
        return SpecDeviation(document: document.value, server: server.value, sdk: sdk.value, location: node.location)
    }

    private mutating func decodeParameters(_ node: YAMLNode, kind: String, keys: [String]) -> [SpecParameter] {
        entries(node, what: "the \(kind)s").compactMap { key, node -> SpecParameter? in
            let (name, isOptional) = splitOptionalMarker(key)
            if isOptional && kind == "path parameter" {
                diagnostics.error("path parameter '\(name.value)' cannot be optional: the path needs it", at: key.location)
            }
            if node.scalar != nil {
                guard let type = typeExpression(node) else { return nil }
                return SpecParameter(name: name, isOptional: isOptional, type: type)
            }
            let what = "\(kind) '\(name.value)'"
            guard let parameter = KeyedNode(node, what: what, allowedKeys: keys, diagnostics: &diagnostics) else {
                return nil
            }
            guard let typeNode = parameter["type"] else {
                diagnostics.error("\(what) is missing required key 'type'", at: node.location)
                return nil
            }
            guard let type = typeExpression(typeNode) else { return nil }
            var result = SpecParameter(name: name, isOptional: isOptional, type: type)
            result.swiftName = parameter.string("swiftName", diagnostics: &diagnostics)
            result.docs = parameter.string("docs", diagnostics: &diagnostics)?.value
            result.defaultValue = parameter["default"].map { Located(value($0), at: $0.location) }
            result.deprecation = deprecation(parameter)
            result.constraints = decodeConstraints(parameter)
            if let serialization = choice(parameter, "serialize", of: ParameterSerialization.self, what: "serialization") {
                result.serialization = serialization
            }
            return result
        }
    }

    private mutating func decodeBody(_ node: YAMLNode) -> SpecBody? {
        if node.scalar != nil {
            guard let type = typeExpression(node) else { return nil }
            return SpecBody(
                content: .type(type, flatten: false), contentType: "application/json", location: node.location)
        }
        guard let body = KeyedNode(node, what: "'body'", allowedKeys: SpecKeys.body, diagnostics: &diagnostics) else {
            return nil
        }
        let contentType = body.string("contentType", diagnostics: &diagnostics)?.value ?? "application/json"
        let kind = MediaType.requestKind(contentType)
        let content: SpecBody.Content
        switch (body["type"], body["properties"]) {
        case (nil, nil) where kind == .binary || kind == .text:
            // Bytes or text need no type: the argument is a `FileUpload` or a `String`.
            content = .type(.name(Located(kind == .binary ? "binary" : "string", at: node.location)), flatten: false)
        case (let typeNode?, nil):
            guard let type = typeExpression(typeNode) else { return nil }
            content = .type(type, flatten: body.bool("flatten", diagnostics: &diagnostics)?.value ?? false)
        case (nil, let properties?):
            if let location = body.keyLocation("flatten") {
                diagnostics.error("inline 'properties' are always flattened; remove 'flatten'", at: location)
            }
            content = .properties(decodeProperties(properties, owner: "the body"))
        case (_?, _?):
            diagnostics.error(
                "'body' has both 'type' and 'properties'; give one", at: body.keyLocation("properties") ?? node.location)
            return nil
        case (nil, nil):
            diagnostics.error("'body' needs 'type' or 'properties'", at: node.location)
            return nil
        }
        var spec = SpecBody(
            content: content, contentType: contentType, docs: body.string("docs", diagnostics: &diagnostics)?.value,
            swiftName: body.string("swiftName", diagnostics: &diagnostics), location: node.location)
        if let encoding = body["encoding"] {
            if kind != .form && kind != .multipart {
                diagnostics.warning(
                    "'encoding' describes the fields of a form or multipart body; this body is '\(contentType)', so it is ignored",
                    at: body.keyLocation("encoding") ?? node.location)
            }
            spec.encodings = decodeFieldEncodings(encoding)
        }
        return spec
    }

    /// `encoding:` of a form or multipart body: per field, a part's `contentType`, a form
    /// field's `serialize` style, or `file: true` for a file part.
    private mutating func decodeFieldEncodings(_ node: YAMLNode) -> [String: FieldEncoding] {
        guard let entries = node.mapping else {
            diagnostics.error("expected 'encoding' to be a mapping of field names, found \(node.kindDescription)", at: node.location)
            return [:]
        }
        var encodings: [String: FieldEncoding] = [:]
        for entry in entries {
            guard let name = entry.key.string,
                let field = KeyedNode(
                    entry.value, what: "the encoding of '\(name)'", allowedKeys: SpecKeys.fieldEncoding, diagnostics: &diagnostics)
            else { continue }
            var encoding = FieldEncoding(contentType: field.string("contentType", diagnostics: &diagnostics)?.value)
            encoding.serialization = choice(field, "serialize", of: ParameterSerialization.self, what: "serialization")
            encoding.isFile = field.bool("file", diagnostics: &diagnostics)?.value ?? false
            encodings[name] = encoding
        }
        return encodings
    }

    private mutating func decodeResponse(_ node: YAMLNode) -> SpecResponse? {
        if node.scalar != nil {
            guard let type = typeExpression(node) else { return nil }
            return SpecResponse(status: Located(200, at: node.location), type: type)
        }
        guard
            let response = KeyedNode(node, what: "'response'", allowedKeys: SpecKeys.response, diagnostics: &diagnostics)
        else { return nil }
        let status = response.int("status", diagnostics: &diagnostics) ?? Located(200, at: node.location)
        if !(200...299).contains(status.value) {
            diagnostics.error("a success response needs a 2xx status, found \(status.value)", at: status.location)
        }
        var spec = SpecResponse(
            status: status, type: response["type"].flatMap { typeExpression($0) },
            docs: response.string("docs", diagnostics: &diagnostics)?.value)
        if let contentType = response["contentType"] {
            // One media type, or a list of them.
            let items = contentType.sequence ?? [contentType]
            spec.contentTypes = items.compactMap { KeyedNode.string($0, what: "'contentType'", diagnostics: &diagnostics)?.value }
        }
        return spec
    }

    private mutating func decodeErrorResponse(status: Located<String>, node: YAMLNode) -> SpecErrorResponse? {
        guard let code = Int(status.value), (400...599).contains(code) else {
            diagnostics.error("expected an error status between 400 and 599, found '\(status.value)'", at: status.location)
            return nil
        }
        let located = Located(code, at: status.location)
        if node.scalar != nil {
            return SpecErrorResponse(status: located, type: typeExpression(node))
        }
        guard
            let error = KeyedNode(
                node, what: "error \(code)", allowedKeys: SpecKeys.errorResponse, diagnostics: &diagnostics)
        else { return nil }
        return SpecErrorResponse(
            status: located, type: error["type"].flatMap { typeExpression($0) },
            docs: error.string("docs", diagnostics: &diagnostics)?.value)
    }

    private mutating func decodePagination(_ node: YAMLNode) -> SpecPagination? {
        if node.scalar != nil {
            guard let style = KeyedNode.string(node, what: "'pagination'", diagnostics: &diagnostics) else { return nil }
            return SpecPagination(
                style: style, offsetParameter: Located("offset", at: node.location),
                limitParameter: Located("limit", at: node.location), itemsProperty: Located("items", at: node.location),
                location: node.location)
        }
        guard
            let pagination = KeyedNode(
                node, what: "'pagination'", allowedKeys: SpecKeys.pagination, diagnostics: &diagnostics),
            let style = pagination.requiredString("style", in: "'pagination'", diagnostics: &diagnostics)
        else { return nil }
        return SpecPagination(
            style: style,
            offsetParameter: pagination.string("offsetParam", diagnostics: &diagnostics)
                ?? Located("offset", at: node.location),
            limitParameter: pagination.string("limitParam", diagnostics: &diagnostics)
                ?? Located("limit", at: node.location),
            itemsProperty: pagination.string("items", diagnostics: &diagnostics) ?? Located("items", at: node.location),
            location: node.location)
    }

    private mutating func decodeStreaming(_ node: YAMLNode) -> SpecStreaming? {
        if node.scalar != nil {
            guard let type = typeExpression(node) else { return nil }
            return SpecStreaming(eventType: type, location: node.location)
        }
        guard
            let streaming = KeyedNode(
                node, what: "'streaming'", allowedKeys: SpecKeys.streaming, diagnostics: &diagnostics)
        else { return nil }
        guard let events = streaming["events"], let type = typeExpression(events) else {
            if !streaming.has("events") {
                diagnostics.error("'streaming' is missing required key 'events'", at: node.location)
            }
            return nil
        }
        var result = SpecStreaming(eventType: type, location: node.location)
        if let format = choice(streaming, "format", of: StreamFormat.self, what: "event format") {
            result.format = format
        }
        return result
    }

    /// The value of `key`, one of the names of `Choice`; another name is an error with a suggestion.
    private mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: KeyedNode, _ key: String, of _: Choice.Type, what: String
    ) -> Choice? where Choice.RawValue == String {
        guard let text = node.string(key, diagnostics: &diagnostics) else { return nil }
        if let known = Choice(rawValue: text.value) { return known }
        let names = Choice.allCases.map(\.rawValue)
        diagnostics.error(
            "unknown \(what) '\(text.value)'; expected one of \(names.joined(separator: ", "))"
                + Suggestion.didYouMean(text.value, in: names), at: text.location)
        return nil
    }

    private mutating func decodeReturns(_ node: YAMLNode) -> SpecReturns? {
        if node.scalar != nil {
            guard let type = typeExpression(node) else { return nil }
            return SpecReturns(type: type, fill: [:], location: node.location)
        }
        guard let returns = KeyedNode(node, what: "'returns'", allowedKeys: SpecKeys.returns, diagnostics: &diagnostics)
        else { return nil }
        guard let typeNode = returns["type"], let type = typeExpression(typeNode) else {
            if !returns.has("type") { diagnostics.error("'returns' is missing required key 'type'", at: node.location) }
            return nil
        }
        var fill: [Located<String>: Located<String>] = [:]
        if let fillNode = returns["fill"] {
            for (target, source) in entries(fillNode, what: "'fill'") {
                guard let source = KeyedNode.string(source, what: "the response property for '\(target.value)'", diagnostics: &diagnostics)
                else { continue }
                fill[target] = source
            }
        }
        var fetch: Located<String>?
        if let fetchNode = returns["fetch"] {
            fetch = KeyedNode.string(fetchNode, what: "'fetch'", diagnostics: &diagnostics)
            if fetch != nil, let fillNode = returns["fill"] {
                diagnostics.error(
                    "'returns' takes either 'fill' (build the object) or 'fetch' (read it back), not both",
                    at: fillNode.location)
            }
        }
        return SpecReturns(type: type, fill: fill, fetch: fetch, location: node.location)
    }

    // MARK: Shared pieces

    private mutating func deprecation(_ node: KeyedNode) -> SpecDeprecation? {
        guard let value = node["deprecated"] else { return nil }
        if let flag = value.bool { return flag ? SpecDeprecation(message: nil) : nil }
        guard let message = KeyedNode.string(value, what: "'deprecated'", diagnostics: &diagnostics) else { return nil }
        return SpecDeprecation(message: message.value)
    }

    /// Parses a type written as a scalar, pointing diagnostics into the scalar's text.
    mutating func typeExpression(_ node: YAMLNode) -> TypeExpression? {
        guard let scalar = node.scalar, !node.isNull else {
            diagnostics.error("expected a type, found \(node.kindDescription)", at: node.location)
            return nil
        }
        // Quoted scalars start one column before their text; offsets are exact for one-line values.
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        return TypeExpressionParser.parse(
            scalar.value, at: node.location.advanced(by: quoted ? 1 : 0), diagnostics: &diagnostics)
    }

    /// `about?` → (`about`, optional).
    private func splitOptionalMarker(_ key: Located<String>) -> (Located<String>, Bool) {
        guard key.value.hasSuffix("?") else { return (key, false) }
        return (Located(String(key.value.dropLast()), at: key.location), true)
    }

    private mutating func list(_ node: YAMLNode, what: String) -> [YAMLNode] {
        guard let items = node.sequence else {
            diagnostics.error("expected \(what) to be a list, found \(node.kindDescription)", at: node.location)
            return []
        }
        return items
    }

    /// The entries of a mapping whose keys are names chosen by the spec author, duplicates reported.
    private mutating func entries(_ node: YAMLNode, what: String) -> [(Located<String>, YAMLNode)] {
        if node.isNull { return [] }
        guard let entries = node.mapping else {
            diagnostics.error("expected \(what) to be a mapping, found \(node.kindDescription)", at: node.location)
            return []
        }
        var seen: [String: SourceLocation] = [:]
        var result: [(Located<String>, YAMLNode)] = []
        for entry in entries {
            guard let key = KeyedNode.string(entry.key, what: "a name", diagnostics: &diagnostics) else { continue }
            if let previous = seen[key.value] {
                diagnostics.error(
                    "duplicate name '\(key.value)' in \(what)", at: key.location,
                    notes: [.note("first given here", at: previous)])
                continue
            }
            seen[key.value] = key.location
            result.append((key, entry.value))
        }
        return result
    }

    private func value(_ node: YAMLNode) -> LiteralValue { LiteralValue(node) }
}
