/// Translates OpenAPI schemas into native spec types and type expressions.
///
/// Component schemas become named types; inline schemas that need a name in Swift (objects,
/// enums, unions below a property) become types named after where they appear. Trivial aliases
/// (a bare `string`/`uuid`/… without constraints or docs) are inlined so the SDK does not fill
/// up with typealiases like `CommonUuid`.
struct SchemaTranslator {
    var documents: OpenAPIDocuments
    var diagnostics = Diagnostics()
    /// Types made so far, in a stable order.
    private(set) var types: [SpecType] = []
    /// Component address (`file#/components/schemas/X`) → spec type name, or nil when inlined.
    private var componentNames: [String: String] = [:]
    private var inlinedComponents: Set<String> = []
    private var takenNames: [String: SourceLocation] = [:]
    /// Inline schemas declared so far, by node, so one reached twice is declared once.
    private var inlineByNode: [YAMLNode: String] = [:]
    private var translated: Set<String> = []
    /// Addresses whose `allOf` is being merged, to catch `allOf` cycles.
    private var merging: [String] = []
    /// Properties to drop from variant objects of inferred or declared tagged unions.
    private var discriminatorOwners: [String: Set<String>] = [:]
    /// Schemas being translated inside one another (`NestingLimit`).
    private var depth = 0
    /// Inline schemas' names that were shortened (`NameShortening`).
    private var shortenedInlineNames: Set<String> = []
    /// The first place past the limit, reported once (every level above would report it again)
    /// and kept apart from `diagnostics`, which guesses truncate.
    private(set) var nestingError: Diagnostic?
    let isVersion31: Bool
    /// Overlay renames: schema key → type name.
    var renames: [String: String] = [:]

    init(documents: OpenAPIDocuments, isVersion31: Bool) {
        self.documents = documents
        self.isVersion31 = isVersion31
    }

    // MARK: Components

    /// Names every component schema first, so references can be written before their targets.
    mutating func declareComponents(_ schemas: YAMLNode, file: String) {
        guard let entries = schemas.mapping else {
            diagnostics.error("expected 'components.schemas' to be a mapping, found \(schemas.kindDescription)", at: schemas.location)
            return
        }
        var shortCounts: [String: Int] = [:]
        for entry in entries {
            guard let key = entry.key.string else { continue }
            shortCounts[Self.shortName(key), default: 0] += 1
        }
        for entry in entries {
            guard let key = entry.key.string else { continue }
            let address = file + "#/components/schemas/" + Self.escape(key)
            if renames[key] == nil, isTrivialAlias(entry.value) {
                inlinedComponents.insert(address)
                continue
            }
            let short = Self.shortName(key)
            var name = renames[key] ?? Self.sanitized(shortCounts[short] == 1 ? short : key)
            if renames[key] == nil, BuiltinType.spellings[name] != nil || name == "list" || name == "map" {
                name = key
            }
            if let previous = takenNames[name] {
                let renamed = freeName(name)
                diagnostics.warning(
                    "schemas '\(key)' and another both map to the type name '\(name)'; this one is named '\(renamed)' (the overlay can rename it)",
                    at: entry.key.location, notes: [.note("the other is here", at: previous)])
                name = renamed
            }
            takenNames[name] = entry.key.location
            componentNames[address] = name
        }
    }

    mutating func translateComponents(_ schemas: YAMLNode, file: String) {
        for entry in schemas.mapping ?? [] {
            guard let key = entry.key.string else { continue }
            let address = file + "#/components/schemas/" + Self.escape(key)
            guard let name = componentNames[address] else { continue }
            translateNamed(entry.value, file: file, address: address, name: Located(name, at: entry.key.location))
        }
    }

    /// `Agents.Agent` → `Agent`; the qualified key is kept when the short one is not unique.
    static func shortName(_ key: String) -> String {
        key.split(separator: ".").last.map(String.init) ?? key
    }

    /// Schema keys may hold any character; spec names only letters, digits, `_`, `-` and `.`.
    static func sanitized(_ key: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            result.append(TypeExpressionParser.isNameScalar(scalar) ? scalar : "-")
        }
        return String(result)
    }

    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// A bare primitive with nothing worth a name of its own: no docs, constraints, enum or default.
    private func isTrivialAlias(_ node: YAMLNode) -> Bool {
        guard let entries = node.mapping else { return false }
        let keys = Set(entries.compactMap(\.key.string))
        guard let type = node["type"]?.string, ["string", "integer", "number", "boolean"].contains(type) else {
            return false
        }
        return keys.isSubset(of: ["type", "format"])
    }

    // MARK: Named types

    private mutating func translateNamed(_ node: YAMLNode, file: String, address: String, name: Located<String>) {
        guard !translated.contains(address) else { return }
        translated.insert(address)
        let schema = Schema(node: node, file: file)
        guard let kind = declarationKind(schema, name: name.value) else { return }
        var type = SpecType(name: name, docs: docs(schema), kind: kind)
        if schema.bool("deprecated", &diagnostics) == true { type.deprecation = SpecDeprecation(message: nil) }
        // A schema beside `properties`: the undeclared keys' values, kept in `[String: T]`.
        if case .object = kind, schema.node["properties"] != nil, let extra = schema.node["additionalProperties"],
            extra.mapping?.isEmpty == false
        {
            type.additionalProperties = expression(for: Schema(node: extra, file: schema.file), hint: name.value + "AdditionalProperty")
        }
        types.append(type)
    }

    /// What a schema declares when it has a name of its own.
    private mutating func declarationKind(_ schema: Schema, name: String) -> SpecType.Kind? {
        if let reference = schema.reference {
            guard let target = expression(forReference: reference, schema: schema, hint: name) else { return nil }
            return .alias(target, Constraints())
        }
        if let members = schema.list("oneOf", &diagnostics) ?? schema.list("anyOf", &diagnostics) {
            if let constants = constantCases(members, file: schema.file) {
                return .enumeration(constants.cases, integer: constants.integer)
            }
            return unionKind(schema, members: members, name: name)
        }
        if let allOf = schema.list("allOf", &diagnostics), schema.node["properties"] == nil, schema.node["required"] == nil,
            let member = Self.essentialMember(allOf), Self.isAliasTarget(Schema(node: member, file: schema.file))
        {
            let inner = Schema(node: member, file: schema.file)
            guard let target = expression(for: inner, hint: name) else { return nil }
            return .alias(
                schema.bool("nullable", &diagnostics) == true ? .nullable(target, at: schema.location) : target,
                valueConstraints(schema))
        }
        if let values = enumValues(schema) {
            return .enumeration(values.cases, integer: values.integer)
        }
        if isObject(schema) {
            if schema.node["properties"] == nil, schema.list("allOf", &diagnostics) == nil {
                // Only additionalProperties: a map, not an object type.
                guard let expression = expression(for: schema, hint: name) else { return nil }
                return .alias(expression, Constraints())
            }
            return .object(properties(of: schema, ownerName: name))
        }
        guard let expression = expression(for: schema, hint: name) else { return nil }
        return .alias(expression, constraints(schema))
    }

    /// Whether the member an `allOf` stands for makes the named schema an alias: a reference, or
    /// a plain scalar (`allOf: [{type: string}, {maxLength: 16}]`); an object stays an object.
    private static func isAliasTarget(_ member: Schema) -> Bool {
        if member.reference != nil { return true }
        guard member.node["enum"] == nil, member.node["const"] == nil, let type = member.typeNames.first(where: { $0 != "null" })
        else { return false }
        return ["string", "integer", "number", "boolean"].contains(type)
    }

    // MARK: Objects

    private func isObject(_ schema: Schema) -> Bool {
        let types = schema.typeNames
        return types.contains("object") || (types.isEmpty && (schema.node["properties"] != nil || schema.node["allOf"] != nil
            || schema.node["additionalProperties"] != nil))
    }

    /// Own properties plus those of every `allOf` member, required lists merged. A property stated
    /// again in an `allOf` member keeps its first (most specific) definition; a restatement with a
    /// different JSON type is a conflict.
    private mutating func properties(of schema: Schema, ownerName: String) -> [SpecProperty] {
        var collected: [(name: Located<String>, schema: Schema)] = []
        var required: Set<String> = []
        collectProperties(schema, into: &collected, required: &required)
        var result: [SpecProperty] = []
        var firstSchema: [String: (schema: Schema, location: SourceLocation)] = [:]
        let dropped = discriminatorOwners[ownerName] ?? []
        for (name, propertySchema) in collected where !dropped.contains(name.value) {
            if let first = firstSchema[name.value] {
                let (a, b) = (baseType(first.schema), baseType(propertySchema))
                if let a, let b, a != b {
                    diagnostics.error(
                        "property '\(name.value)' of '\(ownerName)' is '\(a)' here and '\(b)' through allOf; the types conflict",
                        at: first.location, notes: [.note("the other definition is here", at: name.location)])
                }
                if let index = result.firstIndex(where: { $0.name.value == name.value }), result[index].docs == nil {
                    result[index].docs = docs(propertySchema)
                }
                continue
            }
            firstSchema[name.value] = (propertySchema, name.location)
            let hint = ownerName + SwiftNaming.typeName(name.value)
            guard let type = expression(for: propertySchema, hint: hint, allowsInlineUnion: true) else { continue }
            var property = SpecProperty(name: name, isOptional: !required.contains(name.value), type: type)
            property.docs = docs(propertySchema)
            property.defaultValue = propertySchema.node["default"].map { Located(Self.value($0), at: $0.location) }
            if property.defaultValue?.value == .null, !isNullable(type) { property.defaultValue = nil }
            property.isReadOnly = propertySchema.bool("readOnly", &diagnostics) ?? referencedFlag("readOnly", of: propertySchema)
            property.isWriteOnly = propertySchema.bool("writeOnly", &diagnostics) ?? referencedFlag("writeOnly", of: propertySchema)
            if property.isReadOnly && property.isWriteOnly { property.isWriteOnly = false }
            if propertySchema.bool("deprecated", &diagnostics) == true { property.deprecation = SpecDeprecation(message: nil) }
            property.constraints = valueConstraints(propertySchema)
            result.append(property)
        }
        result += undeclaredRequiredProperties(of: schema, required: required, declared: Set(collected.map(\.name.value)).union(dropped))
        return result
    }

    /// Names a schema requires without describing them (Box's invite `actionable_by` requires
    /// `id` and declares only `login`): JSON Schema allows any value there, and a body without
    /// them is refused, so each becomes a property of any JSON value, with a warning. It is
    /// optional in Swift, documented as required: such a name is as often a slip of the
    /// description (Box's shared links require an `accessed` no answer has), and an answer
    /// without it must still decode. Where `additionalProperties: false` forbids them, no value
    /// is valid, and they are left out.
    private mutating func undeclaredRequiredProperties(
        of schema: Schema, required: Set<String>, declared: Set<String>
    ) -> [SpecProperty] {
        let undeclared = required.subtracting(declared).sorted()
        guard !undeclared.isEmpty else { return [] }
        let listed = schema.node["required"]?.sequence ?? []
        let closed = schema.node["additionalProperties"]?.bool == false
        var result: [SpecProperty] = []
        for name in undeclared {
            let location = listed.first { $0.string == name }?.location ?? schema.location
            if closed {
                diagnostics.warning(
                    "'\(name)' is required but not among the properties, and additionalProperties is false: no value is valid; it is left out",
                    at: location)
                continue
            }
            diagnostics.warning(
                "'\(name)' is required but not among the properties; it is an optional property of any JSON value", at: location)
            var property = SpecProperty(name: Located(name, at: location), isOptional: true, type: .name(Located("json", at: location)))
            property.docs = "Required by the API description, which does not describe its value: send one."
            result.append(property)
        }
        return result
    }

    /// Whether the schema a property refers to (through `$ref` and one-member `allOf`) says
    /// `key` (`readOnly`, `writeOnly`): DigitalOcean marks its IDs read-only in the files its
    /// properties reference, and a server refuses a body that sends them.
    private mutating func referencedFlag(_ key: String, of schema: Schema) -> Bool {
        var current = schema
        for _ in 0..<32 {
            if let value = current.node[key]?.bool { return value }
            if let reference = current.reference {
                guard let target = documents.resolveQuietly(reference, from: current.file) else { return false }
                current = Schema(node: target.node, file: target.file, address: target.address)
            } else if let allOf = current.node["allOf"]?.sequence, let member = Self.essentialMember(allOf) {
                // `allOf: [{$ref: connection.yml}, {readOnly: true}]`: said by an annotating member.
                if let flag = allOf.lazy.compactMap({ $0[key]?.bool }).first { return flag }
                current = Schema(node: member, file: current.file)
            } else {
                return false
            }
        }
        return false
    }

    /// The one member of an `allOf` that describes a value, when the others only annotate it
    /// (`allOf: [{$ref: tags.yml}, {description: …}]`, DigitalOcean's way of describing a
    /// reference in place): the `allOf` is that member.
    /// Members that only bound the value (`{maxLength: 16}`, DigitalOcean's volume label) annotate
    /// too: their bounds are the value's (see `valueConstraints`).
    static func essentialMember(_ allOf: [YAMLNode]) -> YAMLNode? {
        let essential = allOf.filter { member in
            !(member.mapping ?? []).allSatisfy { entry in
                entry.key.string.map { annotationKeys.contains($0) || boundKeys.contains($0) || $0.hasPrefix("x-") } ?? false
            }
        }
        return essential.count == 1 ? essential[0] : nil
    }

    private static let annotationKeys: Set<String> = [
        "description", "title", "summary", "example", "examples", "deprecated", "externalDocs", "readOnly", "writeOnly",
        "nullable", "default",
    ]

    private static let boundKeys: Set<String> = [
        "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "minItems", "maxItems", "uniqueItems",
    ]

    /// The JSON type a schema finally describes (through `$ref` and one-member `allOf`), if plain.
    private mutating func baseType(_ schema: Schema) -> String? {
        var current = schema
        for _ in 0..<32 {
            if let reference = current.reference {
                guard let target = documents.resolveQuietly(reference, from: current.file) else { return nil }
                current = Schema(node: target.node, file: target.file, address: target.address)
            } else if let allOf = current.node["allOf"]?.sequence, current.node["properties"] == nil,
                let member = Self.essentialMember(allOf)
            {
                current = Schema(node: member, file: current.file)
            } else {
                break
            }
        }
        if current.node["oneOf"] != nil || current.node["anyOf"] != nil { return nil }
        if let type = current.typeNames.first(where: { $0 != "null" }) { return type == "integer" ? "number" : type }
        if current.node["properties"] != nil { return "object" }
        if current.node["enum"] != nil { return "string" }
        return nil
    }

    private mutating func collectProperties(
        _ schema: Schema, into collected: inout [(name: Located<String>, schema: Schema)], required: inout Set<String>,
        isMember: Bool = false
    ) {
        var schema = schema
        var hops = 0
        while let reference = schema.reference {
            guard hops < 64, let target = documents.resolve(reference, from: schema.file, at: schema.location) else { return }
            if merging.contains(target.address) {
                diagnostics.error("'\(reference)' is part of an allOf cycle; a type cannot include itself", at: schema.location)
                return
            }
            schema = Schema(node: target.node, file: target.file, address: target.address)
            hops += 1
        }
        guard enter(schema) else { return }
        defer { depth -= 1 }
        if let address = schema.address { merging.append(address) }
        defer { if schema.address != nil { merging.removeLast() } }
        for name in schema.list("required", &diagnostics) ?? [] {
            if let string = name.string { required.insert(string) }
        }
        if var properties = schema.node["properties"] {
            var file = schema.file
            // `properties: {$ref: attributes.yml#/load_balancer_droplet_ids}` (DigitalOcean): JSON
            // Schema reads one property named `$ref`; the author meant the properties it refers to.
            if let entries = properties.mapping, entries.count == 1, entries[0].key.string == "$ref",
                let reference = entries[0].value.string,
                let target = documents.resolve(reference, from: schema.file, at: entries[0].value.location),
                target.node.mapping != nil
            {
                diagnostics.warning(
                    "'properties' holds a $ref, which JSON Schema reads as a property named '$ref'; read as the properties it refers to",
                    at: entries[0].key.location)
                properties = target.node
                file = target.file
            }
            if let entries = properties.mapping {
                for entry in entries {
                    guard let key = entry.key.string else { continue }
                    collected.append((Located(key, at: entry.key.location), Schema(node: entry.value, file: file)))
                }
            } else {
                diagnostics.error("expected 'properties' to be a mapping, found \(properties.kindDescription)", at: properties.location)
            }
        }
        for member in schema.list("allOf", &diagnostics) ?? [] {
            collectProperties(Schema(node: member, file: schema.file), into: &collected, required: &required, isMember: true)
        }
        // The type's own are kept (`translateNamed`); an allOf member's are not merged.
        if isMember, let extra = schema.node["additionalProperties"], extra.mapping?.isEmpty == false,
            schema.node["properties"] != nil
        {
            diagnostics.warning(
                "additionalProperties of an allOf member are not represented; extra keys are ignored when decoding",
                at: extra.location)
        }
    }

    private static func sameShape(_ a: TypeExpression, _ b: TypeExpression) -> Bool {
        TypeExpressionText.write(a) == TypeExpressionText.write(b)
    }

    private func isNullable(_ expression: TypeExpression) -> Bool {
        if case .nullable = expression { return true }
        if case .name(let name) = expression, name.value == "json" { return true }
        return false
    }

    // MARK: Unions

    private mutating func unionKind(_ schema: Schema, members: [YAMLNode], name: String) -> SpecType.Kind? {
        let nonNull = members.filter { !Schema(node: $0, file: schema.file).isNullType }
        if let discriminator = schema.node["discriminator"] {
            if taggedVariantsAreNamed(nonNull, file: schema.file, name: name) {
                return taggedUnion(schema, members: nonNull, discriminator: discriminator)
            }
            diagnostics.warning(
                "a discriminated union whose variants are not all references to object schemas is decoded by trying each variant in turn",
                at: discriminator.location)
        }
        if let candidate = discriminatorCandidate(nonNull, file: schema.file),
            let kind = inferredTaggedUnion(nonNull, candidate: candidate, file: schema.file, hint: name)
        {
            return kind
        }
        var expressions: [TypeExpression] = []
        for (index, member) in nonNull.enumerated() {
            let hint = name + "Variant\(index + 1)"
            guard let expression = expression(for: Schema(node: member, file: schema.file), hint: hint) else { return nil }
            if !expressions.contains(where: { Self.sameShape($0, expression) }) { expressions.append(expression) }
        }
        if expressions.count == 1 { return .alias(expressions[0], Constraints()) }
        return .union(SpecUnion(variants: .untagged(expressions)))
    }

    /// Whether every member is a `$ref` to an object schema with a type name, declaring those in
    /// other files (`models/records.yml#/record_a`) on the way.
    private mutating func taggedVariantsAreNamed(_ members: [YAMLNode], file: String, name: String) -> Bool {
        for member in members {
            let memberSchema = Schema(node: member, file: file)
            guard let reference = memberSchema.reference, let target = documents.resolveQuietly(reference, from: file) else {
                return false
            }
            if componentNames[target.address] == nil {
                _ = expression(for: memberSchema, hint: name + "Variant")
            }
            guard let typeName = componentNames[target.address],
                let type = types.first(where: { $0.name.value == typeName }), case .object = type.kind
            else { return false }
        }
        return true
    }

    private mutating func taggedUnion(_ schema: Schema, members: [YAMLNode], discriminator: YAMLNode) -> SpecType.Kind? {
        guard let property = discriminator["propertyName"], let propertyName = property.string else {
            diagnostics.error("a discriminator needs 'propertyName'", at: discriminator.location)
            return nil
        }
        var variants: [SpecUnionVariant] = []
        var mapping: [String: String] = [:]
        for entry in discriminator["mapping"]?.mapping ?? [] {
            if let value = entry.key.string, let target = entry.value.string { mapping[target] = value }
        }
        for member in members {
            let memberSchema = Schema(node: member, file: schema.file)
            guard let reference = memberSchema.reference,
                let target = documents.resolve(reference, from: schema.file, at: memberSchema.location),
                let typeName = componentNames[target.address]
            else {
                diagnostics.error("a variant of a discriminated union must be a $ref to a named object schema", at: member.location)
                continue
            }
            let targetSchema = Schema(node: target.node, file: target.file, address: target.address)
            var declared: [(name: Located<String>, schema: Schema)] = []
            var required: Set<String> = []
            collectProperties(targetSchema, into: &declared, required: &required)
            guard declared.contains(where: { $0.name.value == propertyName }) else {
                diagnostics.error(
                    "the discriminator '\(propertyName)' is not a property of '\(target.pointer.last ?? reference)'",
                    at: property.location)
                continue
            }
            // OpenAPI's discriminator values are strings, even where a variant declares `enum: [1]`.
            let value = mapping[reference] ?? singleEnumValue(of: propertyName, in: declared)?.value ?? Self.shortName(target.pointer.last ?? typeName)
            discriminatorOwners[typeName, default: []].insert(propertyName)
            // A variant declared before its union was found (in another file) still holds the
            // discriminator, which the union writes itself.
            if let index = types.firstIndex(where: { $0.name.value == typeName }), case .object(let properties) = types[index].kind {
                types[index].kind = .object(properties.filter { $0.name.value != propertyName })
            }
            variants.append(SpecUnionVariant(value: Located(value, at: member.location), type: .name(Located(typeName, at: member.location))))
        }
        return .union(SpecUnion(
            variants: .tagged(discriminator: Located(propertyName, at: property.location), variants: variants),
            discriminatorIsReadOnly: declaresReadOnly(propertyName, in: members, file: schema.file)))
    }

    /// Whether every member declares `property` read-only (`readOnly: true`, directly or through
    /// `allOf`): a tag the API sets itself, so the SDK decodes it and never sends it.
    private mutating func declaresReadOnly(_ property: String, in members: [YAMLNode], file: String) -> Bool {
        // Only a question: whatever resolving reports was reported where the members were read.
        let reported = diagnostics.count
        defer { diagnostics.truncate(to: reported) }
        for member in members {
            var schema = Schema(node: member, file: file)
            if let reference = schema.reference {
                guard let target = documents.resolveQuietly(reference, from: file) else { return false }
                schema = Schema(node: target.node, file: target.file, address: target.address)
            }
            var declared: [(name: Located<String>, schema: Schema)] = []
            var required: Set<String> = []
            collectProperties(schema, into: &declared, required: &required)
            guard declared.contains(where: { $0.name.value == property && $0.schema.node["readOnly"]?.bool == true })
            else { return false }
        }
        return !members.isEmpty
    }

    /// `anyOf` of objects that all fix the same required property to one string value
    /// (`kind_: [prompt]`) is a tagged union in all but name: decode it by that property instead
    /// of by trial. Returns the property and, per member, its value.
    private mutating func discriminatorCandidate(
        _ members: [YAMLNode], file: String
    ) -> (property: String, values: [String], integer: Bool)? {
        guard members.count >= 2 else { return nil }
        var fixedPerMember: [[(String, (value: String, isInteger: Bool))]] = []
        // Only a guess: whatever it reports is forgotten.
        let reported = diagnostics.count
        defer { diagnostics.truncate(to: reported) }
        for member in members {
            var schema = Schema(node: member, file: file)
            if let reference = schema.reference {
                guard let target = documents.resolveQuietly(reference, from: file) else { return nil }
                schema = Schema(node: target.node, file: target.file, address: target.address)
            }
            guard schema.node["oneOf"] == nil, schema.node["anyOf"] == nil, isObject(schema) else { return nil }
            var declared: [(name: Located<String>, schema: Schema)] = []
            var required: Set<String> = []
            collectProperties(schema, into: &declared, required: &required)
            fixedPerMember.append(declared.compactMap { entry in
                guard required.contains(entry.name.value), let value = singleEnumValue(of: entry.name.value, in: [entry])
                else { return nil }
                return (entry.name.value, value)
            })
        }
        let common = fixedPerMember.dropFirst().reduce(Set(fixedPerMember[0].map(\.0))) { $0.intersection($1.map(\.0)) }
        guard let property = common.sorted(by: { ($0.hasPrefix("kind") || $0 == "type" ? 0 : 1, $0) < ($1.hasPrefix("kind") || $1 == "type" ? 0 : 1, $1) }).first
        else { return nil }
        let values = fixedPerMember.compactMap { fixed in fixed.first { $0.0 == property }?.1 }
        guard Set(values.map(\.value)).count == members.count else { return nil }
        let integer = values.allSatisfy(\.isInteger)
        // Mixed (`1` in one member, `"a"` in another): no single JSON type to read the tag as.
        guard integer || !values.contains(where: \.isInteger) else { return nil }
        return (property, values.map(\.value), integer)
    }

    /// The tagged union for members with an inferred discriminator; inline members become named
    /// types (`<hint>Variant<N>`) without the discriminator property, which the union writes.
    private mutating func inferredTaggedUnion(
        _ members: [YAMLNode], candidate: (property: String, values: [String], integer: Bool), file: String, hint: String
    ) -> SpecType.Kind? {
        var variants: [SpecUnionVariant] = []
        for (index, member) in members.enumerated() {
            let schema = Schema(node: member, file: file)
            let typeName: String
            if let reference = schema.reference {
                guard let target = documents.resolve(reference, from: file, at: schema.location) else { return nil }
                if componentNames[target.address] == nil {
                    // In another file: declared here, then its tag left to the union as for the others.
                    _ = expression(for: schema, hint: hint + "Variant\(index + 1)")
                    if let name = componentNames[target.address],
                        let declared = types.firstIndex(where: { $0.name.value == name }),
                        case .object(let properties) = types[declared].kind
                    {
                        types[declared].kind = .object(properties.filter { $0.name.value != candidate.property })
                    }
                }
                guard let name = componentNames[target.address] else { return nil }
                typeName = name
            } else {
                let name = NameShortening.shortened(SwiftNaming.typeName(hint + "Variant\(index + 1)"))
                discriminatorOwners[name, default: []].insert(candidate.property)
                guard case .name(let declared)? = declareInline(schema, hint: hint + "Variant\(index + 1)") else { return nil }
                typeName = declared.value
            }
            discriminatorOwners[typeName, default: []].insert(candidate.property)
            variants.append(
                SpecUnionVariant(value: Located(candidate.values[index], at: member.location), type: .name(Located(typeName, at: member.location))))
        }
        if candidate.integer { Self.nameCasesAfterTypes(&variants) }
        var union = SpecUnion(
            variants: .tagged(discriminator: Located(candidate.property, at: members[0].location), variants: variants),
            discriminatorIsReadOnly: declaresReadOnly(candidate.property, in: members, file: file))
        union.discriminatorIsInteger = candidate.integer
        return .union(union)
    }

    /// Cases of a union tagged by numbers are named after their types, less the words every
    /// type name ends with (`ActionRowComponentForMessageRequest`, `FileComponentForMessageRequest`
    /// → `actionRow`, `file`); a number says nothing. Kept as numbers unless the names are distinct.
    static func nameCasesAfterTypes(_ variants: inout [SpecUnionVariant]) {
        let words = variants.map { variant -> [String] in
            guard case .name(let name) = variant.type else { return [] }
            return SwiftNaming.splitWords(name.value)
        }
        guard words.allSatisfy({ !$0.isEmpty }) else { return }
        var common = 0
        while words.allSatisfy({ $0.count > common + 1 }),
            Set(words.map { $0[$0.count - 1 - common].lowercased() }).count == 1
        {
            common += 1
        }
        let names = words.map { SwiftNaming.memberName($0.dropLast(common).joined(separator: "_")) }
        guard Set(names).count == names.count, names.allSatisfy({ $0 != "unknown" && SwiftIdentifier.isValid($0) }) else { return }
        for index in variants.indices {
            variants[index].swiftName = Located(names[index], at: variants[index].value.location)
        }
    }

    /// The one value a property may have (`const: 1`, `enum: [text]`), and whether it is an integer.
    private func singleEnumValue(
        of property: String, in declared: [(name: Located<String>, schema: Schema)]
    ) -> (value: String, isInteger: Bool)? {
        for entry in declared where entry.name.value == property {
            let node = entry.schema.node["const"] ?? entry.schema.node["enum"]?.sequence.flatMap { $0.count == 1 ? $0[0] : nil }
            guard let node, let text = node.string, node.scalar != nil else { continue }
            let types = entry.schema.typeNames
            if let number = node.int, types.isEmpty || types.contains("integer") { return (String(number), true) }
            return (text, false)
        }
        return nil
    }

    // MARK: Enums

    /// The cases of a `const` or an `enum` of strings, or of integers (`type: integer`, or no type
    /// and only integer values); `nil` for an `enum` of other values, which stay their type.
    private mutating func enumValues(_ schema: Schema) -> (cases: [SpecEnumCase], integer: Bool)? {
        let types = schema.typeNames
        if let const = schema.node["const"], let value = const.string, let integer = Self.constIsInteger(schema) {
            if integer, let number = const.int {
                return ([SpecEnumCase(value: Located(String(number), at: const.location))], true)
            }
            return ([SpecEnumCase(value: Located(value, at: const.location))], false)
        }
        guard let values = schema.node["enum"] else { return nil }
        guard let items = values.sequence else {
            diagnostics.error("expected 'enum' to be a list, found \(values.kindDescription)", at: values.location)
            return nil
        }
        let present = items.filter { !$0.isNull }
        let integers = present.compactMap(\.int)
        if !present.isEmpty, integers.count == present.count, types.isEmpty || types.contains("integer"), !types.contains("string") {
            var cases: [SpecEnumCase] = []
            for (item, number) in zip(present, integers) where !cases.contains(where: { $0.value.value == String(number) }) {
                cases.append(SpecEnumCase(value: Located(String(number), at: item.location)))
            }
            return (cases, true)
        }
        guard types.isEmpty || types.contains("string") else { return nil }
        var cases: [SpecEnumCase] = []
        for item in items where !item.isNull {
            guard let value = item.string else {
                diagnostics.error("enum values must be strings here, found \(item.kindDescription)", at: item.location)
                continue
            }
            if !cases.contains(where: { $0.value.value == value }) {
                var enumCase = SpecEnumCase(value: Located(value, at: item.location))
                if SwiftNaming.memberName(value) == "unknown" {
                    // `unknown` is the case that keeps values this SDK does not know.
                    enumCase.swiftName = Located("unknownValue", at: item.location)
                } else if !value.isEmpty, SwiftNaming.splitWords(value).isEmpty {
                    // Symbol-only values (`_`, `+`) need a name; OpenAPI has no place to give one.
                    enumCase.swiftName = Located(Self.symbolName(value, index: cases.count), at: item.location)
                }
                cases.append(enumCase)
            }
        }
        return (cases, false)
    }

    /// A `oneOf`/`anyOf` whose members are each one constant (`{title: JOIN, const: 1}`), all
    /// integers or all strings: one enum, its cases named after the titles when they give distinct
    /// names (else after the values) and documented by the descriptions. `nil` for any other list.
    private func constantCases(_ members: [YAMLNode], file: String) -> (cases: [SpecEnumCase], integer: Bool)? {
        let allowed: Set<String> = ["const", "enum", "title", "description", "type", "format", "deprecated"]
        var constants: [(value: YAMLNode, title: String?, description: String?, deprecated: Bool)] = []
        for member in members {
            let schema = Schema(node: member, file: file)
            if schema.isNullType { continue }
            guard let entries = member.mapping, schema.reference == nil,
                entries.allSatisfy({ $0.key.string.map(allowed.contains) ?? false })
            else { return nil }
            let value: YAMLNode?
            if let const = member["const"] {
                value = const
            } else if let list = member["enum"]?.sequence, list.count == 1 {
                value = list[0]
            } else {
                value = nil
            }
            guard let value, value.scalar != nil, !value.isNull else { return nil }
            constants.append((value, member["title"]?.string, member["description"]?.string, member["deprecated"]?.bool == true))
        }
        guard constants.count > 1 else { return nil }
        let integer = constants.allSatisfy { $0.value.int != nil }
        guard integer || constants.allSatisfy({ $0.value.scalar?.style != .plain || ($0.value.int == nil && $0.value.double == nil && $0.value.bool == nil) })
        else { return nil }
        // `JOIN_REQUEST` → `joinRequest`: a title in capitals is a constant's name, not an acronym.
        let titles = constants.compactMap { constant in
            constant.title.map { SwiftNaming.memberName($0 == $0.uppercased() ? $0.lowercased() : $0) }
        }
        let useTitles = titles.count == constants.count && Set(titles).count == titles.count
            && titles.allSatisfy { !$0.isEmpty && $0 != "unknown" && SwiftIdentifier.isValid($0) }
        var cases: [SpecEnumCase] = []
        for (index, constant) in constants.enumerated() {
            let text = integer ? constant.value.int.map(String.init) ?? "" : constant.value.string ?? ""
            guard !cases.contains(where: { $0.value.value == text }) else { return nil }
            var enumCase = SpecEnumCase(value: Located(text, at: constant.value.location))
            if useTitles { enumCase.swiftName = Located(titles[index], at: constant.value.location) }
            enumCase.docs = constant.description ?? (useTitles ? nil : constant.title)
            if constant.deprecated { enumCase.deprecation = SpecDeprecation(message: nil) }
            cases.append(enumCase)
        }
        return (cases, integer)
    }

    /// Whether a schema's `const` is an integer (`true`) or a string (`false`) the SDK declares
    /// as a one-case enum; `nil` without a `const`, or for a Boolean or fractional one, which
    /// keeps the schema's type.
    static func constIsInteger(_ schema: Schema) -> Bool? {
        guard let const = schema.node["const"], const.scalar != nil else { return nil }
        let types = schema.typeNames
        if const.int != nil, types.isEmpty || types.contains("integer") { return true }
        if types.contains("string") { return false }
        guard types.isEmpty, const.bool == nil, const.double == nil || const.scalar?.style != .plain else { return nil }
        return false
    }

    // MARK: Expressions

    /// The type expression for a schema used somewhere; may declare a type for an inline schema.
    /// `allowsInlineUnion` is true at the top of a property, where the native format names unions itself.
    mutating func expression(for schema: Schema, hint: String, allowsInlineUnion: Bool = false) -> TypeExpression? {
        guard enter(schema) else { return nil }
        defer { depth -= 1 }
        if let reference = schema.reference {
            return expression(forReference: reference, schema: schema, hint: hint)
        }
        let nullable = schema.bool("nullable", &diagnostics) == true || schema.typeNames.contains("null")
        guard let base = nonNullExpression(for: schema, hint: hint, allowsInlineUnion: allowsInlineUnion) else { return nil }
        if nullable, case .name(let name) = base, name.value == "json" { return base }
        return nullable ? .nullable(base, at: schema.location) : base
    }

    private mutating func expression(forReference reference: String, schema: Schema, hint: String) -> TypeExpression? {
        guard let target = documents.resolve(reference, from: schema.file, at: schema.location) else { return nil }
        let nullable = schema.bool("nullable", &diagnostics) == true
        var result: TypeExpression?
        if let name = componentNames[target.address] {
            result = .name(Located(name, at: schema.location))
        } else if inlinedComponents.contains(target.address) || target.pointer.first == "components" {
            result = expression(for: Schema(node: target.node, file: target.file, address: target.address), hint: hint)
        } else {
            // A schema in a file of its own (`models/droplet.yml`) or under another key: named after
            // that address, like a component, and declared once however often it is referenced.
            result = expression(
                for: Schema(node: target.node, file: target.file, address: target.address), hint: Self.addressName(target) ?? hint)
        }
        guard let result else { return nil }
        return nullable ? .nullable(result, at: schema.location) : result
    }

    private mutating func nonNullExpression(for schema: Schema, hint: String, allowsInlineUnion: Bool) -> TypeExpression? {
        let at = schema.location
        if let members = schema.list("oneOf", &diagnostics) ?? schema.list("anyOf", &diagnostics) {
            if constantCases(members, file: schema.file) != nil {
                let declared = declareInline(schema, hint: hint)
                return members.count > members.filter({ !Schema(node: $0, file: schema.file).isNullType }).count
                    ? declared.map { .nullable($0, at: at) } : declared
            }
            let nonNull = members.filter { !Schema(node: $0, file: schema.file).isNullType }
            let nullableMembers = nonNull.count < members.count
            if nonNull.count == 1 {
                let inner = expression(for: Schema(node: nonNull[0], file: schema.file), hint: hint)
                return nullableMembers ? inner.map { .nullable($0, at: at) } : inner
            }
            if allowsInlineUnion, schema.node["discriminator"] == nil, discriminatorCandidate(nonNull, file: schema.file) == nil {
                var expressions: [TypeExpression] = []
                for (index, member) in nonNull.enumerated() {
                    guard let expression = expression(for: Schema(node: member, file: schema.file), hint: hint + "Variant\(index + 1)")
                    else { return nil }
                    if case .nullable = expression { continue }
                    if !expressions.contains(where: { Self.sameShape($0, expression) }) { expressions.append(expression) }
                }
                if expressions.count == 1 { return nullableMembers ? .nullable(expressions[0], at: at) : expressions[0] }
                let union = TypeExpression.union(expressions, at: at)
                return nullableMembers ? .nullable(union, at: at) : union
            }
            let union = declareInline(schema, hint: hint)
            return union.map { nullableMembers ? .nullable($0, at: at) : $0 }
        }
        if let allOf = schema.list("allOf", &diagnostics), schema.node["properties"] == nil, schema.node["required"] == nil,
            let member = Self.essentialMember(allOf)
        {
            return expression(for: Schema(node: member, file: schema.file), hint: hint)
        }
        if Self.constIsInteger(schema) != nil {
            return declareInline(schema, hint: hint)
        }
        if let values = schema.node["enum"]?.sequence {
            let types = schema.typeNames
            if types.isEmpty || types.contains("string") { return declareInline(schema, hint: hint) }
            let present = values.filter { !$0.isNull }
            if types.contains("integer"), !present.isEmpty, present.allSatisfy({ $0.int != nil }) {
                return declareInline(schema, hint: hint)
            }
        }
        let types = schema.typeNames.filter { $0 != "null" }
        if types.count > 1 {
            let members = types.compactMap { primitive($0, format: schema.string("format", &diagnostics), at: at) }
            return allowsInlineUnion ? .union(members, at: at) : declareInline(schema, hint: hint)
        }
        switch types.first {
        case "array"?:
            guard let items = schema.node["items"] else { return .generic(Located("list", at: at), argument: .name(Located("json", at: at))) }
            guard let element = expression(for: Schema(node: items, file: schema.file), hint: hint + "Item") else { return nil }
            return .generic(Located("list", at: at), argument: element)
        case "object"?:
            if schema.node["properties"] != nil || schema.list("allOf", &diagnostics) != nil {
                return declareInline(schema, hint: hint)
            }
            return mapExpression(schema, hint: hint)
        case nil where isObject(schema):
            if schema.node["properties"] != nil || schema.list("allOf", &diagnostics) != nil {
                return declareInline(schema, hint: hint)
            }
            return mapExpression(schema, hint: hint)
        case let type?:
            let typeLocation = schema.node["type"]?.scalar != nil ? (schema.node["type"]?.location ?? at) : at
            return primitive(type, format: schema.string("format", &diagnostics), at: typeLocation)
        case nil:
            return .name(Located("json", at: at))
        }
    }

    private mutating func mapExpression(_ schema: Schema, hint: String) -> TypeExpression? {
        let at = schema.location
        guard let extra = schema.node["additionalProperties"] else {
            return .generic(Located("map", at: at), argument: .name(Located("json", at: at)))
        }
        if extra.bool != nil {
            // `true` allows anything; `false` allows nothing extra, which is still a JSON object.
            return .generic(Located("map", at: at), argument: .name(Located("json", at: at)))
        }
        let valueSchema = Schema(node: extra, file: schema.file)
        if extra.mapping?.isEmpty == true { return .generic(Located("map", at: at), argument: .name(Located("json", at: at))) }
        guard let value = expression(for: valueSchema, hint: hint + "Value") else { return nil }
        return .generic(Located("map", at: at), argument: value)
    }

    private mutating func primitive(_ type: String, format: String?, at location: SourceLocation) -> TypeExpression? {
        let name: String
        switch type {
        case "string":
            switch format {
            case "uuid": name = "uuid"
            case "date-time": name = "date-time"
            case "date": name = "date"
            case "binary", "byte": name = "binary"
            default: name = "string"
            }
        case "integer":
            switch format {
            case "int32": name = "int32"
            case "int64": name = "int64"
            default: name = "int"
            }
        case "number": name = format == "float" ? "float" : "double"
        case "boolean": name = "bool"
        case "null": name = "json"
        default:
            diagnostics.error("unknown schema type '\(type)'", at: location)
            return nil
        }
        return .name(Located(name, at: location))
    }

    /// Declares a type for an inline schema, named from where it appears.
    private mutating func declareInline(_ schema: Schema, hint: String) -> TypeExpression? {
        let derived = SwiftNaming.typeName(hint)
        var name = NameShortening.shortened(derived)
        if let address = schema.address, let existing = componentNames[address] {
            return .name(Located(existing, at: schema.location))
        }
        if name != derived, inlineByNode[schema.node] == nil {
            // Schemas inside a shortened one are named after it, so each would be shortened too:
            // the warning about the outermost says it for all of them.
            let insideShortened = (NameShortening.maximumLength - 8...NameShortening.maximumLength).contains { length in
                derived.utf8.count > length && shortenedInlineNames.contains(String(decoding: derived.utf8.prefix(length), as: UTF8.self))
            }
            if !insideShortened {
                diagnostics.warning(
                    "an inline schema would be named '\(NameShortening.abbreviated(derived))' (\(derived.utf8.count) characters); "
                        + "it is named '\(name)', and schemas inside it are named after that (give it a name in "
                        + "components.schemas to choose one)",
                    at: schema.location)
            }
            // As the names of schemas inside spell it (`_` is not part of a derived name).
            shortenedInlineNames.insert(SwiftNaming.typeName(name))
        }
        if let previous = takenNames[name] {
            if let same = inlineByNode[schema.node] {
                // The same schema reached again (a path item's parameter shared by its operations).
                return .name(Located(same, at: schema.location))
            }
            let renamed = freeName(name)
            diagnostics.warning(
                "an inline schema would be named '\(name)', which is taken; it is named '\(renamed)' (give it a name in components.schemas to choose one)",
                at: schema.location, notes: [.note("'\(name)' is here", at: previous)])
            name = renamed
        }
        takenNames[name] = schema.location
        inlineByNode[schema.node] = name
        // Registered before its content is translated, so a schema that refers to itself ends here.
        if let address = schema.address { componentNames[address] = name }
        let inlineAddress = "inline:" + name
        componentNames[inlineAddress] = name
        translateNamed(schema.node, file: schema.file, address: inlineAddress, name: Located(name, at: schema.location))
        return .name(Located(name, at: schema.location))
    }

    // MARK: Small pieces

    /// Counts one more schema inside the ones being translated, or reports that `schema` is past
    /// `NestingLimit` (the first time) and returns false.
    private mutating func enter(_ schema: Schema) -> Bool {
        guard depth < NestingLimit.maximumDepth else {
            if nestingError == nil { nestingError = .error(NestingLimit.message("schemas"), at: schema.location) }
            return false
        }
        depth += 1
        return true
    }

    /// `models/droplet.yml` → `droplet`, `models/actions.yml#/droplet_action` → `droplet_action`.
    static func addressName(_ target: OpenAPIDocuments.Target) -> String? {
        if let last = target.pointer.last, !last.isEmpty, Int(last) == nil { return last }
        guard target.pointer.isEmpty else { return nil }
        let file = target.file.split(separator: "/").last.map(String.init) ?? target.file
        return file.split(separator: ".").first.map(String.init)
    }

    /// `name2`, `name3`, …: the first that no schema has taken.
    private func freeName(_ name: String) -> String {
        var number = 2
        while takenNames[name + String(number)] != nil { number += 1 }
        return name + String(number)
    }

    static func symbolName(_ value: String, index: Int) -> String {
        let names: [String: String] = [
            "_": "underscore", "-": "dash", "+": "plus", "*": "star", ".": "dot", "/": "slash", "=": "equals",
            "<": "lessThan", ">": "greaterThan", "!": "exclamation", "?": "question",
        ]
        return names[value] ?? "value\(index + 1)"
    }

    /// Finds every union whose variants fix a discriminator, before any object is translated, so
    /// variant objects leave that property to the union (which writes it).
    mutating func findDiscriminators(in node: YAMLNode, file: String) {
        var stack = [node]
        while let current = stack.popLast() {
            switch current.content {
            case .scalar: continue
            case .sequence(let items): stack.append(contentsOf: items)
            case .mapping(let entries):
                for key in ["oneOf", "anyOf"] {
                    guard let members = current[key]?.sequence else { continue }
                    let nonNull = members.filter { !Schema(node: $0, file: file).isNullType }
                    if let discriminator = current["discriminator"]?["propertyName"]?.string {
                        markVariants(nonNull, property: discriminator, file: file)
                    } else if let candidate = discriminatorCandidate(nonNull, file: file) {
                        markVariants(nonNull, property: candidate.property, file: file)
                    }
                }
                stack.append(contentsOf: entries.map(\.value))
            }
        }
    }

    private mutating func markVariants(_ members: [YAMLNode], property: String, file: String) {
        for member in members {
            guard let reference = member["$ref"]?.string, let target = documents.resolveQuietly(reference, from: file),
                let name = componentNames[target.address]
            else { continue }
            discriminatorOwners[name, default: []].insert(property)
        }
    }

    func docs(_ schema: Schema) -> String? {
        let description = schema.node["description"]?.string
        let title = schema.node["title"]?.string
        let text = description ?? title
        return text?.isEmpty == false ? text : nil
    }

    mutating func constraints(_ schema: Schema, itemsDepth: Int = 0) -> Constraints {
        var constraints = Constraints()
        constraints.minimum = schema.node["minimum"]?.double
        constraints.maximum = schema.node["maximum"]?.double
        // 3.0 spells these as booleans, 3.1 as the bound itself.
        if let exclusive = schema.node["exclusiveMinimum"] {
            if let flag = exclusive.bool { constraints.exclusiveMinimum = flag } else if let bound = exclusive.double {
                constraints.minimum = bound
                constraints.exclusiveMinimum = true
            }
        }
        if let exclusive = schema.node["exclusiveMaximum"] {
            if let flag = exclusive.bool { constraints.exclusiveMaximum = flag } else if let bound = exclusive.double {
                constraints.maximum = bound
                constraints.exclusiveMaximum = true
            }
        }
        func count(_ key: String) -> Int? {
            let node = schema.node[key]
            return CountBounds.checked(node?.int, key: key, at: node?.location, diagnostics: &diagnostics)
        }
        if let multiple = schema.node["multipleOf"]?.double, multiple > 0 { constraints.multipleOf = multiple }
        constraints.minLength = count("minLength")
        constraints.maxLength = count("maxLength")
        constraints.pattern = schema.node["pattern"]?.string
        constraints.minItems = count("minItems")
        constraints.maxItems = count("maxItems")
        constraints.format = Self.textFormat(schema)
        // `{type: 'null'}` alone (Discord's role tags): a JSON value that can only be null.
        if schema.isNullType, schema.node["enum"] == nil { constraints.allowedValues = ["null"] }
        // Nested lists are described a few levels down; a list that holds itself, not forever.
        if let items = schema.node["items"], itemsDepth < 4 {
            let elements = valueConstraints(Schema(node: items, file: schema.file), itemsDepth: itemsDepth + 1)
            if !elements.isEmpty { constraints.items = .of(elements) }
        }
        return constraints
    }

    /// The constraints a schema gives its value, through references that declare no type of
    /// their own: a string schema in a file of its own (DigitalOcean's `urn.yml`, with its
    /// pattern) is inlined as `String`, and its bounds and pattern would otherwise be lost. Empty
    /// when a reference names a declared type, which carries its own constraints.
    ///
    /// An `allOf` of one member that describes the value and others that annotate or bound it
    /// (`allOf: [{$ref: label.yml}, {maxLength: 16}]`) has the bounds of all of them, the
    /// outermost first.
    mutating func valueConstraints(_ schema: Schema, itemsDepth: Int = 0) -> Constraints {
        var current = schema
        var collected = Constraints()
        for _ in 0..<32 {
            if let reference = current.reference {
                guard let target = documents.resolveQuietly(reference, from: current.file), componentNames[target.address] == nil,
                    !Self.declaresType(target.node)
                else { return collected }
                current = Schema(node: target.node, file: target.file, address: target.address)
            } else if let allOf = current.node["allOf"]?.sequence, current.node["properties"] == nil,
                let member = Self.essentialMember(allOf)
            {
                collected = collected.inheriting(constraints(current, itemsDepth: itemsDepth))
                if collected.allowedValues == nil, let values = Self.narrowedValues(current.node) {
                    collected.allowedValues = values
                    if values.isEmpty, let list = current.node["enum"] {
                        diagnostics.warning(
                            "'enum' lists no value, so no value is valid here; the value is documented as such and left out of the generated tests",
                            at: list.location)
                    }
                }
                for other in allOf where other != member {
                    collected = collected.inheriting(constraints(Schema(node: other, file: current.file), itemsDepth: itemsDepth))
                }
                current = Schema(node: member, file: current.file)
            } else if let member = Self.nonNullMember(current.node) {
                collected = collected.inheriting(constraints(current, itemsDepth: itemsDepth))
                current = Schema(node: member, file: current.file)
            } else {
                return collected.inheriting(constraints(current, itemsDepth: itemsDepth))
            }
        }
        return collected
    }

    /// The values of an `enum` written beside an `allOf` reference (Discord's
    /// `{enum: [1, 2], allOf: [{$ref: ApplicationEventWebhooksStatus}]}`): the value is of the
    /// referenced enumeration, and takes only these of its values (none, for `enum: []`).
    private static func narrowedValues(_ node: YAMLNode) -> [String]? {
        guard let values = node["enum"]?.sequence else { return nil }
        let present = values.filter { !$0.isNull }.compactMap { $0.int.map(String.init) ?? $0.string }
        // `[null]` narrows to null, which the nullable type says; `[]` allows nothing at all.
        return present.isEmpty && !values.isEmpty ? nil : present
    }

    /// The one member of a `oneOf` or `anyOf` that is not `{type: null}`: a nullable value,
    /// whose constraints are its member's.
    private static func nonNullMember(_ node: YAMLNode) -> YAMLNode? {
        guard node["properties"] == nil, let members = (node["oneOf"] ?? node["anyOf"])?.sequence else { return nil }
        let present = members.filter { !Schema(node: $0, file: "").isNullType }
        return members.count == 2 && present.count == 1 ? present[0] : nil
    }

    /// Whether a schema reached through a reference is declared as a type of its own (an object,
    /// an enumeration or a union, named after its address), not inlined.
    private static func declaresType(_ node: YAMLNode) -> Bool {
        ["properties", "enum", "const", "oneOf", "anyOf", "allOf", "additionalProperties"].contains { node[$0] != nil }
    }

    /// The `format` of a string schema that the Swift type does not already express (`email`,
    /// not `date-time` or `uuid`, which have types of their own).
    static func textFormat(_ schema: Schema) -> String? {
        guard let format = schema.node["format"]?.string, !typedFormats.contains(format) else { return nil }
        guard let type = schema.node["type"] else { return format }
        let types = type.string.map { [$0] } ?? (type.sequence ?? []).compactMap(\.string)
        return types.contains("string") ? format : nil
    }

    private static let typedFormats: Set<String> = [
        "uuid", "date-time", "date", "binary", "byte", "int32", "int64", "float", "double",
    ]

    /// A `default` or example value as the native spec holds it.
    static func value(_ node: YAMLNode) -> LiteralValue { LiteralValue(node) }
}

extension OpenAPIDocuments {
    /// Resolves without reporting: for guesses that may legitimately fail.
    mutating func resolveQuietly(_ reference: String, from file: String) -> Target? {
        let reported = diagnostics.count
        let target = resolve(reference, from: file, at: SourceLocation(file: file, line: 0, column: 0))
        diagnostics.truncate(to: reported)
        return target
    }
}
