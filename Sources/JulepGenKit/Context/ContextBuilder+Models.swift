/// The model contexts: a type declaration's properties, initializer, enum cases and docs.
extension ContextBuilder {
    func model(_ declaration: TypeDeclaration) -> ModelContext {
        var context = ModelContext(
            name: declaration.swiftName, qualifiedName: declaration.qualifiedSwiftName,
            doc: docLines(paragraphs: [typeDocs(declaration), Self.deprecationNote(declaration.deprecation)]),
            deprecation: [],
            isObject: false, isEnum: false, isAlias: false, isUnion: false, ownerName: "",
            nested: declaration.nested.map { nested in
                var context = model(nested)
                context.ownerName = declaration.qualifiedSwiftName
                return context
            })
        context.accessors = declaration.accessors.map(accessor)
        context.unrecognized = unrecognizedCheck(declaration).map { [$0] } ?? []
        switch declaration.kind {
        case .object(let object):
            context.isObject = true
            context.object = self.object(object)
        case .enumeration(let enumeration):
            context.isEnum = true
            context.enumeration = EnumContext(
                cases: enumeration.cases.map { enumCase in
                    EnumCaseContext(
                        name: SwiftNaming.escapedMemberName(enumCase.swiftName),
                        literal: enumeration.isInteger ? enumCase.value : SwiftLiteral.string(enumCase.value),
                        doc: docLines(paragraphs: [enumCase.docs, Self.deprecationNote(enumCase.deprecation)]),
                        deprecation: [])
                },
                rawType: enumeration.isInteger ? "Int" : "String")
        case .alias(let alias):
            context.isAlias = true
            context.alias = AliasContext(target: speller.spell(alias.target))
            context.doc = docLines(
                paragraphs: [
                    typeDocs(declaration), describe(alias.constraints, of: alias.target, allowsBlocks: true),
                    Self.deprecationNote(declaration.deprecation),
                ])
        case .union(let union):
            context.isUnion = true
            context.union = self.union(
                union, named: declaration.qualifiedSwiftName, accessorNames: declaration.accessors.map(\.swiftName))
        }
        return context
    }

    private func object(_ object: ObjectType) -> ObjectContext {
        let names = ArgumentNames.initializer(
            object.properties.map(\.swiftName) + (object.additionalProperties.map { [$0.swiftName] } ?? []))
        var properties = object.properties.map { property($0, names: names) }
        if let extra = object.additionalProperties {
            properties.append(additionalProperties(extra, declared: object.properties.map(\.wireName), names: names))
        }
        if !properties.isEmpty { properties[properties.count - 1].isLast = true }
        var encoded = zip(object.properties, properties).filter { !$0.0.isReadOnly }.map(\.1)
        if object.additionalProperties != nil, let last = properties.last { encoded.append(last) }
        var textInitializer: [TextInitializerContext] = []
        if let overload = textOverload(object.properties) {
            var parameters = overload.parameters
            var arguments = overload.arguments
            if let extra = object.additionalProperties, let context = properties.last {
                parameters.append(context.initParameter)
                arguments.append("\(SwiftNaming.argumentLabel(extra.swiftName)): \(names.used(extra.swiftName))")
            }
            textInitializer = [TextInitializerContext(
                doc: DocComment.lines("Creates a value from its properties, \(overload.what)."),
                signature: SignatureContext(opening: "public init", parameters: parameters),
                call: "self.init(" + Self.argumentList(arguments) + ")")]
        }
        let tag = object.tag.map { tag in
            EncodedTagContext(
                valueLiteral: tag.isInteger ? tag.value : SwiftLiteral.string(tag.value), keyLiteral: SwiftLiteral.string(tag.key))
        }
        return ObjectContext(
            properties: properties, hasProperties: !properties.isEmpty,
            initializer: SignatureContext(opening: "public init", parameters: properties.map(\.initParameter)),
            encodedProperties: encoded, hasEncodedProperties: !encoded.isEmpty || tag != nil, encodedTag: tag.map { [$0] } ?? [],
            textInitializer: textInitializer)
    }

    /// Locals of the generated `encode(to:)` that a property's bare name would hide.
    private static let encodingLocals: Set<String> = ["container", "encoder"]

    /// A property's view model; `names` spells its initializer argument (the default reserves `self` only).
    func property(_ property: Property, names: ArgumentNames = .initializer([])) -> PropertyContext {
        let name = SwiftNaming.escapedMemberName(property.swiftName)
        let base = speller.spell(property.type.nonNullable)
        let nullable = property.type.isNullable
        let type: String
        let decodeMethod: String
        switch property.optionality {
        case .plain:
            type = base
            decodeMethod = "decode"
        case .optional:
            type = base + "?"
            decodeMethod = "decodeIfPresent"
        case .nullableOptional:
            type = "Nullable<\(base)>?"
            decodeMethod = "decodeNullable"
        }
        let isOptionalType = type.hasSuffix("?")
        let keyLiteral = SwiftLiteral.string(property.wireName)
        var decodeExpression = "try container.\(decodeMethod)(\(base).self, forKey: \(keyLiteral))"
        // Boxed and deprecated properties are computed over private storage, so the generated
        // initializer and Codable code use the storage (no deprecation warnings in the SDK itself).
        let hasAccessors = property.isIndirect || property.deprecation != nil
        let storageName = hasAccessors ? "_" + property.swiftName : name
        var storageType = type
        let argument = names.used(property.swiftName)
        var initValue = argument
        // A bare `self` would be the whole value (and encoding it would recurse forever); a bare
        // `container` or `encoder`, the encoder's.
        var getter = storageName == "`self`" || Self.encodingLocals.contains(storageName) ? "self." + storageName : storageName
        var setterValue = "newValue"
        if property.isIndirect {
            // The box holds the value without the outer optional: `Indirect<Node>?` for `Node?`.
            let inner = isOptionalType ? String(type.dropLast()) : type
            storageType = "Indirect<\(inner)>" + (isOptionalType ? "?" : "")
            decodeExpression =
                isOptionalType ? decodeExpression + ".map(Indirect.init)" : "Indirect(\(decodeExpression))"
            initValue = isOptionalType ? "\(argument).map(Indirect.init)" : "Indirect(\(argument))"
            getter = isOptionalType ? "\(storageName)?.value" : "\(storageName).value"
            setterValue = isOptionalType ? "newValue.map(Indirect.init)" : "Indirect(newValue)"
        }
        var defaultLiteral: String?
        if property.isRequired, let value = property.defaultValue {
            defaultLiteral = SwiftLiteral.value(value, type: property.type, speller: speller)
        } else if isOptionalType {
            defaultLiteral = "nil"
        }
        let spelling = UUIDSpelling(api: api)
        let encodedValue: String?
        switch (property.isRequired, nullable) {
        case (true, _): encodedValue = spelling.lowercased(getter, type: property.type)
        case (false, false): encodedValue = spelling.lowercased(optional: getter, type: property.type)
        case (false, true): encodedValue = spelling.lowercased(nullable: getter, type: property.type.nonNullable)
        }
        let serverDefault =
            (!property.isRequired ? property.defaultValue : nil).map {
                "The server uses `\(SwiftLiteral.value($0, type: property.type, speller: speller))` when this is left out."
            }
        return PropertyContext(
            name: name, storageName: storageName, wireName: property.wireName, keyLiteral: keyLiteral,
            type: type, storageType: storageType, isIndirect: property.isIndirect,
            doc: docLines(paragraphs: [
                property.docs ?? "The `\(property.wireName)` field.",
                describe(property.constraints, of: property.type, allowsBlocks: true), serverDefault,
            ]),
            deprecation: deprecationLines(property.deprecation),
            initParameter: "\(names.declared(property.swiftName)): \(type)"
                + (defaultLiteral.map { " = \($0)" } ?? ""),
            initValue: initValue,
            decodeExpression: decodeExpression, encodeMethod: isOptionalType && !(property.isRequired && nullable)
                ? "encodeIfPresent" : "encode",
            hasAccessors: hasAccessors,
            formerNames: property.formerSwiftName.map {
                [FormerPropertyNameContext(
                    name: SwiftNaming.escapedMemberName($0), doc: "/// The former name of ``\(property.swiftName)``.",
                    attribute: "@available(*, deprecated, renamed: \(SwiftLiteral.string(property.swiftName)))")]
            } ?? [],
            getter: getter, encodedValue: encodedValue ?? getter, setterValue: setterValue,
            isLast: false)
    }

    /// `additionalProperties: [String: T]`: the keys the type does not declare, decoded as `T` and
    /// encoded back beside the declared ones.
    private func additionalProperties(
        _ extra: AdditionalProperties, declared: [String], names: ArgumentNames
    ) -> PropertyContext {
        let name = SwiftNaming.escapedMemberName(extra.swiftName)
        let value = speller.spell(extra.valueType)
        let excluded = "[" + declared.map(SwiftLiteral.string).joined(separator: ", ") + "]"
        return PropertyContext(
            name: name, storageName: name, wireName: "", keyLiteral: "", type: "[String: \(value)]",
            storageType: "[String: \(value)]", isIndirect: false,
            doc: docLines("The members whose keys are not declared above, each a `\(value)`; encoded back as they are."),
            deprecation: [],
            initParameter: "\(names.declared(extra.swiftName)): [String: \(value)] = [:]",
            initValue: names.used(extra.swiftName),
            decodeExpression: "try container.decodeAdditionalProperties(\(value).self, excluding: \(excluded))",
            encodeMethod: "encodeAdditionalProperties", hasAccessors: false, formerNames: [], getter: name,
            encodedValue: UUIDSpelling(api: api).lowercased(name, type: .map(extra.valueType)) ?? name,
            setterValue: "newValue",
            isLast: false, excludedKeys: excluded)
    }

    /// The spec's docs of a type, or a line naming it, so every public declaration has a doc comment.
    private func typeDocs(_ declaration: TypeDeclaration) -> String {
        declaration.docs ?? "The `\(declaration.id.rawValue.replacingOccurrences(of: "#", with: "."))` type of the \(api.name) API."
    }

    /// Types and enum cases are deprecated in their docs only: the generated code itself must
    /// construct them (decoding), and Swift would warn about every such use.
    static func deprecationNote(_ deprecation: Deprecation?) -> String? {
        deprecation.map { "Deprecated" + ($0.message.map { ": \($0)" } ?? ".") }
    }

    func deprecationLines(_ deprecation: Deprecation?) -> [String] {
        DocComment.deprecationAttribute(deprecation).map { [$0] } ?? []
    }

    /// The body of `isUnrecognized` for a type an untagged union may hold (see ``UnrecognizedValues``).
    private func unrecognizedCheck(_ declaration: TypeDeclaration) -> UnrecognizedContext? {
        guard unrecognizable.contains(declaration.id) else { return nil }
        switch declaration.kind {
        case .enumeration:
            return UnrecognizedContext(body: ["if case .unknown = self { true } else { false }"])
        case .union(let union) where union.discriminator != nil:
            return UnrecognizedContext(body: ["if case .unknown = self { true } else { false }"])
        case .union(let union):
            let values = UnrecognizedValues(api: api)
            let cases = union.variants.map { variant in
                let caseName = SwiftNaming.escapedMemberName(variant.caseName)
                guard let check = values.check("value", type: variant.type) else { return "case .\(caseName): false" }
                return "case .\(caseName)(let value): \(check)"
            }
            return UnrecognizedContext(body: ["switch self {"] + cases + ["}"])
        case .object, .alias:
            return nil
        }
    }
}
