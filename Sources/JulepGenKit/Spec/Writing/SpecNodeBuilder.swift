/// Turns the parts of a `SpecDocument` into the YAML a person would write for them.
///
/// It picks the short forms the format allows (`name: type`, `response: Type`,
/// `pagination: offset`, `enum: [a, b]`) and puts keys in the order `SpecKeys` lists them,
/// which is the order `docs/spec-format.md` documents. What the format cannot say is
/// reported in `warnings` (and, where it matters to the reader, in a comment above the key).
struct SpecNodeBuilder {
    private(set) var warnings: [Diagnostic] = []

    // MARK: Root file

    mutating func apiEntries(_ document: SpecDocument) -> [YAMLOutputEntry] {
        var entries = [YAMLOutputEntry("julep-gen", .verbatim("1"))]
        if let api = document.api {
            entries.append(YAMLOutputEntry("api", apiNode(api)))
        }
        if let profile = document.profile, profile.value != .standard {
            entries.append(YAMLOutputEntry("profile", .text(profile.value.rawValue)))
        }
        if !document.environments.isEmpty {
            let environments = document.environments.map { environment($0) }
            entries.append(YAMLOutputEntry("environments", .sequence(environments, .block)))
        }
        if !document.authSchemes.isEmpty {
            let schemes = document.authSchemes.map { authScheme($0) }
            entries.append(YAMLOutputEntry("auth", .sequence(schemes, .block)))
        }
        if let security = document.security {
            entries.append(YAMLOutputEntry("security", Self.security(security)))
        }
        return entries
    }

    private mutating func apiNode(_ api: SpecAPI) -> YAMLOutputNode {
        mapping(SpecKeys.api, what: "'api'", at: api.location, layout: .flowWhenShort, [
            ("name", .text(api.name.value)),
            ("version", api.version.map { .text($0.value) }),
            ("docs", api.docs.map(YAMLOutputNode.text)),
            ("baseURLEnv", api.baseURLEnvironmentVariables.isEmpty
                ? nil : .sequence(api.baseURLEnvironmentVariables.map(YAMLOutputNode.text), .flowWhenShort)),
        ])
    }

    private mutating func environment(_ environment: SpecEnvironment) -> YAMLOutputNode {
        mapping(SpecKeys.environment, what: "an environment", at: environment.name.location, layout: .flowWhenShort, [
            ("name", .text(environment.name.value)),
            ("url", .text(environment.url.value)),
            ("default", environment.isDefault ? .verbatim("true") : nil),
            ("docs", environment.docs.map(YAMLOutputNode.text)),
        ])
    }

    private mutating func authScheme(_ scheme: SpecAuthScheme) -> YAMLOutputNode {
        var pairs: [(String, YAMLOutputNode?)] = [("name", .text(scheme.name.value))]
        switch scheme.kind {
        case .apiKey(let location, let name, let prefix):
            pairs += [(location.rawValue, .text(name.value)), ("prefix", prefix.map(YAMLOutputNode.text))]
            pairs.append(("env", Self.environmentVariables(scheme.environmentVariables)))
        case .bearer(let format):
            pairs += [("type", .text("bearer")), ("format", format.map(YAMLOutputNode.text))]
            pairs.append(("env", Self.environmentVariables(scheme.environmentVariables)))
        case .basic:
            pairs.append(("type", .text("basic")))
            let env = [
                ("username", Self.environmentVariables(scheme.environmentVariables)),
                ("password", Self.environmentVariables(scheme.passwordEnvironmentVariables)),
            ].compactMap { key, value in value.map { YAMLOutputEntry(key, $0) } }
            pairs.append(("env", env.isEmpty ? nil : .mapping(env, .flowWhenShort)))
        }
        pairs.append(("docs", scheme.docs.map(YAMLOutputNode.text)))
        return mapping(SpecKeys.auth, what: "an auth scheme", at: scheme.name.location, layout: .flowWhenShort, pairs)
    }

    /// `NAME`, or a list of names read in order.
    private static func environmentVariables(_ variables: [String]) -> YAMLOutputNode? {
        switch variables.count {
        case 0: nil
        case 1: .text(variables[0])
        default: .sequence(variables.map(YAMLOutputNode.text), .flowWhenShort)
        }
    }

    /// `[apiKey, [appKey, appSecret]]`; `[]` for none.
    static func security(_ security: SpecSecurity) -> YAMLOutputNode {
        .sequence(security.alternatives.map { alternative in
            alternative.count == 1
                ? .text(alternative[0].value) : .sequence(alternative.map { .text($0.value) }, .flowWhenShort)
        }, .flowWhenShort)
    }

    // MARK: Types

    mutating func typesEntry(_ types: [SpecType]) -> YAMLOutputEntry {
        YAMLOutputEntry("types", .mapping(types.map { YAMLOutputEntry($0.name.value, type($0)) }, .spacedBlock))
    }

    private mutating func type(_ type: SpecType) -> YAMLOutputNode {
        let what = "type '\(type.name.value)'"
        var pairs: [(String, YAMLOutputNode?)] = [
            ("docs", type.docs.map(YAMLOutputNode.text)),
            ("swiftName", type.swiftName.map { .text($0.value) }),
            ("deprecated", type.deprecation.map(Self.deprecation)),
        ]
        switch type.kind {
        case .object(let properties):
            if !type.exclusiveGroups.isEmpty {
                pairs.append(("exclusive", .sequence(type.exclusiveGroups.map(Self.exclusiveGroup), .block)))
            }
            pairs.append(("properties", self.properties(properties)))
            pairs.append(("additionalProperties", type.additionalProperties.map { .text($0.spelling) }))
        case .enumeration(let cases, let integer):
            pairs.append(("enum", enumeration(cases, integer: integer)))
        case .alias(let target, let constraints):
            pairs.append(("alias", .text(target.spelling)))
            pairs += Self.constraints(constraints)
        case .union(let union):
            pairs.append(("union", self.union(union, owner: what)))
            pairs.append(("formerLabeledFactories", type.formerLabeledFactories.map { .verbatim($0.value ? "true" : "false") }))
        }
        if !type.accessors.isEmpty {
            pairs.append(("accessors", .mapping(type.accessors.map { accessor($0) }, .block)))
        }
        return mapping(SpecKeys.type, what: what, at: type.name.location, layout: .block, pairs)
    }

    /// The path alone when there are no docs.
    private mutating func accessor(_ accessor: SpecAccessor) -> YAMLOutputEntry {
        guard let docs = accessor.docs else { return YAMLOutputEntry(accessor.name.value, .text(accessor.path.value)) }
        let value = mapping(
            SpecKeys.accessor, what: "accessor '\(accessor.name.value)'", at: accessor.name.location,
            layout: .flowWhenShort, [("path", .text(accessor.path.value)), ("docs", .text(docs))])
        return YAMLOutputEntry(accessor.name.value, value)
    }

    /// `{ properties: [a, b], required: true }`.
    private static func exclusiveGroup(_ group: SpecExclusiveGroup) -> YAMLOutputNode {
        var entries = [YAMLOutputEntry("properties", .sequence(group.properties.map { .text($0.value) }, .flowWhenShort))]
        if group.isRequired { entries.append(YAMLOutputEntry("required", .verbatim("true"))) }
        return .mapping(entries, .flowWhenShort)
    }

    private mutating func properties(_ properties: [SpecProperty]) -> YAMLOutputNode {
        .mapping(properties.map { property($0) }, .block)
    }

    private mutating func property(_ property: SpecProperty) -> YAMLOutputEntry {
        let (key, comment) = optionalMarkedKey(property.name, isOptional: property.isOptional, what: "property")
        let pairs: [(String, YAMLOutputNode?)] = [
            ("type", .text(property.type.spelling)),
            ("docs", property.docs.map(YAMLOutputNode.text)),
            ("default", property.defaultValue.map { Self.value($0.value) }),
            ("readOnly", property.isReadOnly ? .verbatim("true") : nil),
            ("writeOnly", property.isWriteOnly ? .verbatim("true") : nil),
            ("deprecated", property.deprecation.map(Self.deprecation)),
            ("swiftName", property.swiftName.map { .text($0.value) }),
            ("formerSwiftName", property.formerSwiftName.map { .text($0.value) }),
        ] + Self.constraints(property.constraints)
        let value = typeOrMapping(
            SpecKeys.property, what: "property '\(property.name.value)'", at: property.name.location, pairs)
        return YAMLOutputEntry(key, value, comment: comment)
    }

    /// An enum's values; integers unquoted (the spec format reads a list of plain integers as an
    /// integer enum), strings quoted where YAML would read them as something else.
    private mutating func enumeration(_ cases: [SpecEnumCase], integer: Bool) -> YAMLOutputNode {
        func value(_ enumCase: SpecEnumCase) -> YAMLOutputNode {
            integer ? .verbatim(enumCase.value.value) : .text(enumCase.value.value)
        }
        let isPlainList = cases.allSatisfy { $0.swiftName == nil && $0.docs == nil && $0.deprecation == nil }
        if isPlainList {
            return .sequence(cases.map(value), .flowWhenShort)
        }
        return .sequence(
            cases.map { enumCase in
                if enumCase.swiftName == nil && enumCase.docs == nil && enumCase.deprecation == nil {
                    return value(enumCase)
                }
                return mapping(
                    SpecKeys.enumCase, what: "enum case '\(enumCase.value.value)'", at: enumCase.value.location,
                    layout: .flowWhenShort, [
                        ("value", value(enumCase)),
                        ("swiftName", enumCase.swiftName.map { .text($0.value) }),
                        ("docs", enumCase.docs.map(YAMLOutputNode.text)),
                        ("deprecated", enumCase.deprecation.map(Self.deprecation)),
                    ])
            }, .block)
    }

    private mutating func union(_ union: SpecUnion, owner: String) -> YAMLOutputNode {
        switch union.variants {
        case .untagged(let members):
            return .sequence(
                members.enumerated().map { index, member in
                    guard let names = union.memberNames[index] else { return .text(member.spelling) }
                    return typeOrMapping(
                        SpecKeys.untaggedUnionMember, what: "a member of the union of \(owner)", at: member.location, [
                            ("type", .text(member.spelling)),
                            ("swiftName", names.swiftName.map { .text($0.value) }),
                            ("formerSwiftName", names.formerSwiftName.map { .text($0.value) }),
                        ])
                }, .flowWhenShort)
        case .tagged(let discriminator, let variants):
            let variantEntries = variants.map { variant in
                YAMLOutputEntry(
                    variant.value.value,
                    typeOrMapping(
                        SpecKeys.unionVariant, what: "variant '\(variant.value.value)' of \(owner)",
                        at: variant.value.location, [
                            ("type", .text(variant.type.spelling)),
                            ("swiftName", variant.swiftName.map { .text($0.value) }),
                            ("formerSwiftName", variant.formerSwiftName.map { .text($0.value) }),
                        ]))
            }
            let what = "the union of \(owner)"
            return mapping(SpecKeys.taggedUnion, what: what, at: discriminator.location, layout: .block, [
                ("discriminator", .text(discriminator.value)),
                ("discriminatorReadOnly", union.discriminatorIsReadOnly ? .verbatim("true") : nil),
                ("discriminatorInteger", union.discriminatorIsInteger ? .verbatim("true") : nil),
                ("variants", .mapping(variantEntries, .block)),
            ])
        }
    }

    // MARK: Resources and operations

    mutating func resourcesEntry(_ resources: [SpecResource]) -> YAMLOutputEntry {
        let entries = resources.map { YAMLOutputEntry($0.name.value, resource($0)) }
        return YAMLOutputEntry("resources", .mapping(entries, .spacedBlock))
    }

    private mutating func resource(_ resource: SpecResource) -> YAMLOutputNode {
        let operations = resource.operations.map { YAMLOutputEntry($0.name.value, operation($0)) }
        let what = "resource '\(resource.name.value)'"
        return mapping(SpecKeys.resource, what: what, at: resource.name.location, layout: .block, [
            ("docs", resource.docs.map(YAMLOutputNode.text)),
            ("swiftName", resource.swiftName.map { .text($0.value) }),
            ("operations", .mapping(operations, .spacedBlock)),
        ])
    }

    private mutating func operation(_ operation: SpecOperation) -> YAMLOutputNode {
        let what = "operation '\(operation.name.value)'"
        return mapping(SpecKeys.operation, what: what, at: operation.location, layout: .block, [
            ("route", operation.route.map { .text($0.value) }),
            ("mirrors", operation.mirrors.isEmpty ? nil : .sequence(operation.mirrors.map { .text($0.value) }, .flowWhenShort)),
            ("method", .text(operation.method.value)),
            ("path", .text(operation.path.value)),
            ("docs", operation.docs.map(YAMLOutputNode.text)),
            ("deprecated", operation.deprecation.map(Self.deprecation)),
            ("idempotent", operation.isIdempotent.map { .verbatim($0.value ? "true" : "false") }),
            ("swiftName", operation.swiftName.map { .text($0.value) }),
            ("formerSwiftName", operation.formerSwiftName.map { .text($0.value) }),
            ("pathParams", parameters(operation.pathParameters, keys: SpecKeys.pathParameter, kind: "path parameter")),
            ("query", parameters(operation.queryParameters, keys: SpecKeys.queryParameter, kind: "query parameter")),
            ("headers", parameters(operation.headerParameters, keys: SpecKeys.headerParameter, kind: "header")),
            ("body", operation.body.map { body($0) }),
            ("response", operation.response.map(Self.response)),
            ("errors", operation.errors.isEmpty ? nil : .mapping(operation.errors.map(Self.errorResponse), .block)),
            ("pagination", operation.pagination.map(Self.pagination)),
            ("streaming", operation.streaming.map(Self.streaming)),
            ("returns", operation.returns.map(Self.returns)),
            ("deviations", operation.deviations.isEmpty ? nil : .sequence(operation.deviations.map(Self.deviation), .block)),
            ("security", operation.security.map(Self.security)),
            ("server", operation.server.map { .text($0.value) }),
            ("shortcuts", operation.shortcuts.isEmpty ? nil : .sequence(operation.shortcuts.map(Self.shortcut), .block)),
        ])
    }

    private static func shortcut(_ shortcut: SpecShortcut) -> YAMLOutputNode {
        let entries: [YAMLOutputEntry?] = [
            YAMLOutputEntry("name", .text(shortcut.name.value)),
            YAMLOutputEntry("variant", .text(shortcut.variant.value)),
            shortcut.unlabeled.map { YAMLOutputEntry("unlabeled", .text($0.value)) },
            shortcut.returns.map { YAMLOutputEntry("returns", .text($0.value)) },
            shortcut.docs.map { YAMLOutputEntry("docs", .text($0)) },
        ]
        return .mapping(entries.compactMap { $0 }, .flowWhenShort)
    }

    /// `streaming: T`, or `{ events: T, format: python }`.
    private static func streaming(_ streaming: SpecStreaming) -> YAMLOutputNode {
        guard streaming.format != .json else { return .text(streaming.eventType.spelling) }
        return .mapping([
            YAMLOutputEntry("events", .text(streaming.eventType.spelling)),
            YAMLOutputEntry("format", .text(streaming.format.rawValue)),
        ], .flowWhenShort)
    }

    private static func deviation(_ deviation: SpecDeviation) -> YAMLOutputNode {
        .mapping([
            YAMLOutputEntry("document", .text(deviation.document)),
            YAMLOutputEntry("server", .text(deviation.server)),
            YAMLOutputEntry("sdk", .text(deviation.sdk)),
        ], .block)
    }

    /// Parameters of one kind; keys that kind does not take (a header's constraints, a path
    /// parameter's default) are left out with a warning, since the spec would not load.
    private mutating func parameters(_ parameters: [SpecParameter], keys: [String], kind: String) -> YAMLOutputNode? {
        guard !parameters.isEmpty else { return nil }
        let entries = parameters.map { parameter in
            let (key, comment) = optionalMarkedKey(parameter.name, isOptional: parameter.isOptional, what: kind)
            let pairs: [(String, YAMLOutputNode?)] = [
                ("type", .text(parameter.type.spelling)),
                ("docs", parameter.docs.map(YAMLOutputNode.text)),
                ("default", parameter.defaultValue.map { Self.value($0.value) }),
                ("deprecated", parameter.deprecation.map(Self.deprecation)),
                ("swiftName", parameter.swiftName.map { .text($0.value) }),
                ("serialize", parameter.serialization == .form ? nil : .text(parameter.serialization.rawValue)),
            ] + Self.constraints(parameter.constraints)
            let what = "\(kind) '\(parameter.name.value)'"
            let value = typeOrMapping(keys, what: what, at: parameter.name.location, pairs)
            return YAMLOutputEntry(key, value, comment: comment)
        }
        return .mapping(entries, .block)
    }

    private mutating func body(_ body: SpecBody) -> YAMLOutputNode {
        let contentType: YAMLOutputNode? = body.contentType == "application/json" ? nil : .text(body.contentType)
        switch body.content {
        case .type(let type, let flatten):
            return typeOrMapping(SpecKeys.body, what: "'body'", at: body.location, [
                ("type", .text(type.spelling)),
                ("flatten", flatten ? .verbatim("true") : nil),
                ("contentType", contentType),
                ("encoding", Self.encodings(body.encodings)),
                ("docs", body.docs.map(YAMLOutputNode.text)),
                ("swiftName", body.swiftName.map { .text($0.value) }),
            ])
        case .properties(let properties):
            return mapping(SpecKeys.body, what: "'body'", at: body.location, layout: .block, [
                ("properties", self.properties(properties)),
                ("contentType", contentType),
                ("encoding", Self.encodings(body.encodings)),
                ("docs", body.docs.map(YAMLOutputNode.text)),
            ])
        }
    }

    /// `encoding:` of a form or multipart body, fields in name order; `nil` when there is none.
    private static func encodings(_ encodings: [String: FieldEncoding]) -> YAMLOutputNode? {
        guard !encodings.isEmpty else { return nil }
        return .mapping(encodings.keys.sorted().map { name in
            let encoding = encodings[name] ?? FieldEncoding()
            var entries: [YAMLOutputEntry] = []
            if let contentType = encoding.contentType { entries.append(YAMLOutputEntry("contentType", .text(contentType))) }
            if let style = encoding.serialization { entries.append(YAMLOutputEntry("serialize", .text(style.rawValue))) }
            if encoding.isFile { entries.append(YAMLOutputEntry("file", .verbatim("true"))) }
            return YAMLOutputEntry(name, .mapping(entries, .flowWhenShort))
        }, .block)
    }

    /// `response: Type` for the usual 200 with a body; the mapping otherwise, its `status`
    /// left out when it is 200 and something else is said.
    private static func response(_ response: SpecResponse) -> YAMLOutputNode {
        if response.status.value == 200, let type = response.type, response.docs == nil, response.contentTypes.isEmpty {
            return .text(type.spelling)
        }
        var entries: [YAMLOutputEntry] = []
        if response.status.value != 200 || (response.type == nil && response.docs == nil && response.contentTypes.isEmpty) {
            entries.append(YAMLOutputEntry("status", .verbatim(String(response.status.value))))
        }
        if let type = response.type { entries.append(YAMLOutputEntry("type", .text(type.spelling))) }
        if response.contentTypes.count == 1 {
            entries.append(YAMLOutputEntry("contentType", .text(response.contentTypes[0])))
        } else if !response.contentTypes.isEmpty {
            entries.append(YAMLOutputEntry("contentType", .sequence(response.contentTypes.map(YAMLOutputNode.text), .flowWhenShort)))
        }
        if let docs = response.docs { entries.append(YAMLOutputEntry("docs", .text(docs))) }
        return .mapping(entries, .flowWhenShort)
    }

    private static func errorResponse(_ error: SpecErrorResponse) -> YAMLOutputEntry {
        let key = String(error.status.value)
        if let type = error.type, error.docs == nil {
            return YAMLOutputEntry(key, .text(type.spelling), isVerbatimKey: true)
        }
        var entries: [YAMLOutputEntry] = []
        if let type = error.type { entries.append(YAMLOutputEntry("type", .text(type.spelling))) }
        if let docs = error.docs { entries.append(YAMLOutputEntry("docs", .text(docs))) }
        return YAMLOutputEntry(key, .mapping(entries, .flowWhenShort), isVerbatimKey: true)
    }

    /// `pagination: offset` when the parameter and property names are the defaults.
    /// `returns: T`, or `{ type: T, fill: { … } }` (fill entries in key order, for stable output),
    /// or `{ type: T, fetch: operation }`.
    private static func returns(_ returns: SpecReturns) -> YAMLOutputNode {
        var entries = [YAMLOutputEntry("type", .text(returns.type.spelling))]
        if !returns.fill.isEmpty {
            let fill = returns.fill.sorted { $0.key.value < $1.key.value }.map { YAMLOutputEntry($0.key.value, .text($0.value.value)) }
            entries.append(YAMLOutputEntry("fill", .mapping(fill, .flowWhenShort)))
        }
        if let fetch = returns.fetch { entries.append(YAMLOutputEntry("fetch", .text(fetch.value))) }
        return entries.count == 1 ? .text(returns.type.spelling) : .mapping(entries, .flowWhenShort)
    }

    private static func pagination(_ pagination: SpecPagination) -> YAMLOutputNode {
        let offset = pagination.offsetParameter.value, limit = pagination.limitParameter.value
        let items = pagination.itemsProperty.value
        if offset == "offset" && limit == "limit" && items == "items" {
            return .text(pagination.style.value)
        }
        var entries = [YAMLOutputEntry("style", .text(pagination.style.value))]
        if offset != "offset" { entries.append(YAMLOutputEntry("offsetParam", .text(offset))) }
        if limit != "limit" { entries.append(YAMLOutputEntry("limitParam", .text(limit))) }
        if items != "items" { entries.append(YAMLOutputEntry("items", .text(items))) }
        return .mapping(entries, .flowWhenShort)
    }

    // MARK: Shared pieces

    private static func deprecation(_ deprecation: SpecDeprecation) -> YAMLOutputNode {
        deprecation.message.map(YAMLOutputNode.text) ?? .verbatim("true")
    }

    private static func constraints(_ constraints: Constraints) -> [(String, YAMLOutputNode?)] {
        [
            ("minimum", constraints.minimum.map { .verbatim(constraintNumber($0)) }),
            ("maximum", constraints.maximum.map { .verbatim(constraintNumber($0)) }),
            ("exclusiveMinimum", constraints.exclusiveMinimum ? .verbatim("true") : nil),
            ("exclusiveMaximum", constraints.exclusiveMaximum ? .verbatim("true") : nil),
            ("multipleOf", constraints.multipleOf.map { .verbatim(constraintNumber($0)) }),
            ("minLength", constraints.minLength.map { .verbatim(String($0)) }),
            ("maxLength", constraints.maxLength.map { .verbatim(String($0)) }),
            ("pattern", constraints.pattern.map(YAMLOutputNode.text)),
            ("minItems", constraints.minItems.map { .verbatim(String($0)) }),
            ("maxItems", constraints.maxItems.map { .verbatim(String($0)) }),
            ("format", constraints.format.map(YAMLOutputNode.text)),
            ("allowedValues", constraints.allowedValues.map { values in
                .sequence(values.map { Int($0) != nil ? .verbatim($0) : .text($0) }, .flowWhenShort)
            }),
            ("items", constraints.items.map { elements in
                let entries = Self.constraints(elements.constraints).compactMap { key, value in value.map { YAMLOutputEntry(key, $0) } }
                return .mapping(entries, .flowWhenShort)
            }),
        ]
    }

    /// Bounds are read as numbers of any kind, so a whole number is written as one (`1`, not `1.0`).
    private static func constraintNumber(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 9_007_199_254_740_992, let whole = Int(exactly: value) {
            return String(whole)
        }
        return number(value)
    }

    /// A default value with its type kept: a double always has a `.` or an exponent (`1.0`),
    /// a string that looks like anything else is quoted (`"1"`), map keys are sorted.
    static func value(_ value: LiteralValue) -> YAMLOutputNode {
        switch value {
        case .null: .verbatim("null")
        case .bool(let flag): .verbatim(flag ? "true" : "false")
        case .integer(let integer): .verbatim(String(integer))
        case .double(let double): .verbatim(number(double))
        case .string(let text): .text(text)
        case .list(let items): .sequence(items.map(Self.value), .flowWhenShort)
        case .map(let map):
            .mapping(map.sorted { $0.key < $1.key }.map { YAMLOutputEntry($0.key, Self.value($0.value)) }, .flowWhenShort)
        }
    }

    /// Swift's shortest round-tripping spelling (`1.0`, `0.1`, `1e-05`), which the core schema
    /// reads as a float, or `.inf`, `-.inf`, `.nan`.
    static func number(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        return "\(value)"
    }

    /// The key of a property or parameter: its name, `?` appended when it is optional.
    ///
    /// A required name that itself ends in `?` cannot be written: the format reads a final `?`
    /// as the optional marker whatever the quoting. It is written as an optional key
    /// (`name?` + `?`), which keeps the JSON key exact and only loosens the requirement, with a
    /// comment above it and a warning: sending the wrong key would be worse than a missing check.
    private mutating func optionalMarkedKey(
        _ name: Located<String>, isOptional: Bool, what: String
    ) -> (key: String, comment: String?) {
        let key = isOptional ? name.value + "?" : name.value
        guard !isOptional && name.value.hasSuffix("?") else { return (key, nil) }
        let message =
            "the \(what) '\(name.value)' is required, but a key ending in '?' can only be written as "
            + "optional: written as '\(name.value)?', which keeps the JSON key and makes it optional"
        warnings.append(.warning(message, at: name.location))
        let comment =
            "julep-gen: '\(name.value)' is required in the source; the format can only write it as optional. Check it."
        return (name.value + "?", comment)
    }

    /// `name: type` when only `type` is set; the full mapping otherwise.
    private mutating func typeOrMapping(
        _ keys: [String], what: String, at location: SourceLocation, _ pairs: [(String, YAMLOutputNode?)]
    ) -> YAMLOutputNode {
        let node = mapping(keys, what: what, at: location, layout: .flowWhenShort, pairs)
        if case .mapping(let entries, _) = node, entries.count == 1, entries[0].key == "type" {
            return entries[0].value
        }
        return node
    }

    /// The given entries in `order`, nil values left out; a key `order` lacks is dropped with a warning.
    private mutating func mapping(
        _ order: [String], what: String, at location: SourceLocation, layout: YAMLCollectionLayout,
        _ pairs: [(String, YAMLOutputNode?)]
    ) -> YAMLOutputNode {
        var ranked: [(rank: Int, entry: YAMLOutputEntry)] = []
        for (key, value) in pairs {
            guard let value else { continue }
            guard let rank = order.firstIndex(of: key) else {
                let message = "\(what) cannot have '\(key)' in the spec format; it was left out"
                warnings.append(.warning(message, at: location))
                continue
            }
            ranked.append((rank, YAMLOutputEntry(key, value)))
        }
        ranked.sort { $0.rank < $1.rank }
        return .mapping(ranked.map(\.entry), layout)
    }
}
