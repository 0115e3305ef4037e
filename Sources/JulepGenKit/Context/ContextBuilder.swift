import Foundation

/// Builds the templates' view model from the IR: names, Swift types, literals and doc comments,
/// so the templates themselves need no logic beyond sections and loops.
struct ContextBuilder {
    let api: APIDefinition
    /// The Swift decisions the contexts show (arguments, checks, paging).
    let projection: SwiftProjection
    var speller: SwiftTypeSpeller { projection.speller }
    /// The enums and unions that get `isUnrecognized` (see ``UnrecognizedValues``).
    var unrecognizable: Set<TypeID> { projection.unrecognizable }
    /// How often each type is named, for the factories' wrapper rule.
    var references: TypeReferenceCounts { projection.references }
    /// Whether contexts get their doc comments. The API surface reads the contexts' Swift only,
    /// and the docs are most of the work.
    let writesDocs: Bool
    /// Cases several unions hold alike, whose factories a protocol declares once.
    private(set) var caseProtocols = UnionCaseProtocols.none

    /// `projection`: the run's one (see ``SwiftProjection``).
    init(projection: SwiftProjection, writesDocs: Bool = true) {
        self.api = projection.api
        self.projection = projection
        self.writesDocs = writesDocs
        self.caseProtocols = UnionCaseProtocols(builder: self)
    }

    /// `DocComment.lines(paragraphs:)`, or nothing without docs.
    private func docLines(paragraphs: [String?]) -> [String] {
        writesDocs ? DocComment.lines(paragraphs: paragraphs) : []
    }

    /// `DocComment.lines(_:)`, or nothing without docs.
    private func docLines(_ text: String?) -> [String] {
        writesDocs ? DocComment.lines(text) : []
    }

    // MARK: Models

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
                parameters: parameters,
                call: "self.init(" + Self.argumentList(arguments) + ")")]
        }
        let tag = object.tag.map { tag in
            EncodedTagContext(
                valueLiteral: tag.isInteger ? tag.value : SwiftLiteral.string(tag.value), keyLiteral: SwiftLiteral.string(tag.key))
        }
        return ObjectContext(
            properties: properties, hasProperties: !properties.isEmpty, encodedProperties: encoded,
            hasEncodedProperties: !encoded.isEmpty || tag != nil, encodedTag: tag.map { [$0] } ?? [],
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

    /// The spec's docs of a resource, or a line naming it.
    private func resourceDocs(_ resource: Resource) -> String {
        if let docs = resource.docs { return docs }
        if resource.operations.isEmpty { return "The `\(resource.name)` resources of the \(api.name) API." }
        return "The `\(resource.name)` operations of the \(api.name) API."
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

    private func union(_ union: UnionType, named name: String, accessorNames: [String] = []) -> UnionContext {
        let unrecognized = UnrecognizedValues(api: api)
        let variants = union.variants.map { variant in
            UnionVariantContext(
                caseName: SwiftNaming.escapedMemberName(variant.caseName), type: speller.spell(variant.type),
                discriminatorLiteral: union.discriminatorIsInteger ? variant.discriminatorValue : variant.discriminatorValue.map(SwiftLiteral.string),
                sendsDiscriminator: !union.discriminatorIsReadOnly && !writesOwnTag(variant.type),
                isIndirect: variant.isIndirect,
                encodedValue: UUIDSpelling(api: api).lowercased("value", type: variant.type) ?? "value",
                unrecognizedCheck: union.discriminator == nil
                    ? unrecognized.check("value", type: variant.type).map { [$0] } ?? [] : [])
        }
        let shared = sharedProperties(union)
        let literals = literalCases(union)
        let factories = caseProtocols.factories(union: name) ?? union.variants.map { self.factories($0, of: union) }
        let taken = Set(
            shared.map(\.name) + accessorNames + union.variants.flatMap { [$0.caseName] + ($0.formerCaseName.map { [$0] } ?? []) })
        return UnionContext(
            isTagged: union.discriminator != nil, discriminatorKeyLiteral: union.discriminator.map(SwiftLiteral.string),
            discriminatorType: union.discriminatorIsInteger ? "Int" : "String",
            unknownTag: union.discriminatorIsInteger ? "String(discriminator)" : "discriminator",
            sendsDiscriminator: !union.discriminatorIsReadOnly, variants: variants, hasFallback: variants.contains { !$0.unrecognizedCheck.isEmpty },
            expectedTypeLiterals: variants.map { SwiftLiteral.string($0.type) }.joined(separator: ", "),
            sharedProperties: shared, caseAccessors: caseAccessors(union, shared: shared),
            factories: factories.flatMap { $0 },
            declaredFactories: zip(union.variants, factories).flatMap { variant, factories in
                caseProtocols.protocolName(union: name, caseName: SwiftNaming.escapedMemberName(variant.caseName)) == nil
                    ? factories : []
            },
            caseProtocols: union.variants.compactMap {
                caseProtocols.protocolName(union: name, caseName: SwiftNaming.escapedMemberName($0.caseName))
            },
            listAccessor: listAccessor(union, taken: taken).map { [$0] } ?? [],
            stringLiteral: literals.string.map { [$0] } ?? [], arrayLiteral: literals.array.map { [$0] } ?? [],
            dictionaryLiteral: literals.dictionary.map { [$0] } ?? [])
    }

    /// Whether a variant's value writes the union's tag itself (see ``VariantTags``).
    private func writesOwnTag(_ type: TypeReference) -> Bool {
        guard case .named(let id) = type, case .object(let object)? = api.type(id)?.kind else { return false }
        return object.tag != nil
    }

    /// Names a case accessor must not take: members every union has (`Hashable`, `Codable`).
    private static let reservedMemberNames: Set<String> = ["hashValue", "hash", "encode", "init"]

    /// One optional accessor per case (not `unknown`), so a value nested in unions reads as one
    /// optional chain (`response.message?.choices.first`). Left out: a name a shared property takes.
    private func caseAccessors(_ union: UnionType, shared: [SharedPropertyContext]) -> [CaseAccessorContext] {
        let taken = Set(shared.map(\.name)).union(Self.reservedMemberNames)
        return union.variants.flatMap { variant -> [CaseAccessorContext] in
            let caseName = SwiftNaming.escapedMemberName(variant.caseName)
            guard !taken.contains(caseName), !taken.contains(variant.caseName) else { return [] }
            let accessor = CaseAccessorContext(
                name: caseName, caseName: caseName, type: speller.spell(variant.type) + "?",
                doc: ["/// The value of the `.\(variant.caseName)` case, or `nil` for the other cases."], deprecation: [])
            guard let former = variant.formerCaseName, !taken.contains(former) else { return [accessor] }
            return [accessor, CaseAccessorContext(
                name: SwiftNaming.escapedMemberName(former), caseName: caseName, type: accessor.type,
                doc: ["/// The former name of ``\(variant.caseName)``."],
                deprecation: ["@available(*, deprecated, renamed: \(SwiftLiteral.string(variant.caseName)))"])]
        }
    }

    /// The cases literals make, each when exactly one case fits (otherwise a literal would be
    /// ambiguous): a string literal for the one case whose type is a string (through aliases), an
    /// array literal for the one list case, a dictionary literal for the one map case.
    func literalCases(_ union: UnionType) -> (string: LiteralCaseContext?, array: LiteralCaseContext?, dictionary: LiteralCaseContext?) {
        var strings: [LiteralCaseContext] = []
        var arrays: [LiteralCaseContext] = []
        var dictionaries: [LiteralCaseContext] = []
        guard union.discriminator == nil else { return (nil, nil, nil) }
        for variant in union.variants {
            let caseName = SwiftNaming.escapedMemberName(variant.caseName)
            switch speller.resolved(variant.type) {
            case .builtin(.string):
                strings.append(LiteralCaseContext(caseName: caseName, elementType: "String"))
            case .list(let element):
                arrays.append(LiteralCaseContext(caseName: caseName, elementType: speller.spell(element)))
            case .map(let element):
                dictionaries.append(LiteralCaseContext(caseName: caseName, elementType: speller.spell(element)))
            default:
                break
            }
        }
        return (
            strings.count == 1 ? strings[0] : nil, arrays.count == 1 ? arrays[0] : nil,
            dictionaries.count == 1 ? dictionaries[0] : nil
        )
    }

    /// The properties every variant of a union of objects declares with the same name and Swift
    /// type, as accessors on the union (`session.id` without a `switch`), in the first variant's
    /// order. A tagged union's accessor is optional: its `unknown` case has no such value. Left
    /// out: a property deprecated in any variant (reading it would warn), and one named like a
    /// case (Swift would reject the accessor as a redeclaration).
    private func sharedProperties(_ union: UnionType) -> [SharedPropertyContext] {
        var variants: [(caseName: String, properties: [String: Property])] = []
        var firstOrder: [String] = []
        for variant in union.variants {
            guard case .named(let id) = variant.type, case .object(let object)? = api.type(id)?.kind else { return [] }
            var byName: [String: Property] = [:]
            for property in object.properties where property.deprecation == nil {
                let name = SwiftNaming.escapedMemberName(property.swiftName)
                byName[name] = property
                if variants.isEmpty { firstOrder.append(name) }
            }
            variants.append((SwiftNaming.escapedMemberName(variant.caseName), byName))
        }
        guard variants.count >= 2 else { return [] }
        let isTagged = union.discriminator != nil
        let caseNames = Set(variants.map(\.caseName) + (isTagged ? ["unknown"] : []))
        return firstOrder.compactMap { name -> SharedPropertyContext? in
            // The same Swift type: the same type and the same optionality.
            guard !caseNames.contains(name), let first = variants[0].properties[name],
                variants.allSatisfy({ $0.properties[name].map { ($0.type, $0.isRequired) == (first.type, first.isRequired) } ?? false })
            else { return nil }
            let declared = property(first).type
            let type = isTagged && !declared.hasSuffix("?") ? declared + "?" : declared
            var cases = variants.map { "case .\($0.caseName)(let value): value.\(name)" }
            if isTagged { cases.append("case .unknown: nil") }
            return SharedPropertyContext(
                name: name, type: type,
                doc: docLines(paragraphs: [
                    first.docs ?? "The `\(first.wireName)` field.",
                    "Every variant has it\(isTagged ? "; `nil` for a variant this version of the SDK does not know" : "").",
                ]),
                cases: cases)
        }
    }

    /// Where `steps` lead from `root`: the conditions of one `guard` (a step that may find nothing
    /// binds `valueN`) and the expression of the value at the end.
    static func path(_ steps: [Accessor.Step], from root: String) -> (conditions: [String], expression: String) {
        var conditions: [String] = []
        var expression = root
        func bind(_ value: String) {
            let name = "value\(conditions.count + 1)"
            conditions.append("let \(name) = \(value)")
            expression = name
        }
        for step in steps {
            switch step {
            case .unionCase(let caseName):
                let name = "value\(conditions.count + 1)"
                conditions.append("case .\(SwiftNaming.escapedMemberName(caseName))(let \(name)) = \(expression)")
                expression = name
            case .property(let swiftName, let isOptional):
                let member = expression + "." + SwiftNaming.escapedMemberName(swiftName)
                if isOptional { bind(member) } else { expression = member }
            case .element(let index):
                bind(index == 0 ? expression + ".first" : expression + ".dropFirst(\(index)).first")
            }
        }
        return (conditions, expression)
    }

    /// An `accessors:` entry: each step that may find nothing is a condition of one `guard`.
    private func accessor(_ accessor: Accessor) -> AccessorContext {
        let (conditions, expression) = Self.path(accessor.steps, from: "self")
        let type = speller.spell(accessor.type) + (accessor.isOptional ? "?" : "")
        return AccessorContext(
            name: SwiftNaming.escapedMemberName(accessor.swiftName), type: type,
            doc: docLines(accessor.docs ?? "The value at `\(accessor.path)`."), conditions: conditions,
            hasConditions: !conditions.isEmpty, value: expression)
    }

    // MARK: Resources

    func resource(_ resource: Resource) -> ResourceContext {
        let operations = resource.operations.map { operation($0, in: resource) }
        return ResourceContext(
            typeName: resource.typeName, accessorName: resource.accessorName, path: resourcePath(resource),
            children: api.resources.filter { $0.parent == resource.name }.map(resourceAccessor),
            doc: docLines(resourceDocs(resource)),
            operations: operations, hasRawOperations: operations.contains { !$0.isStreaming })
    }

    func operation(_ operation: Operation, in resource: Resource) -> OperationContext {
        let projection = self.projection.operation(operation, in: resource)
        let names = projection.names
        let arguments = projection.arguments.map(\.context)
        let returnType = projection.responseType
        var flattenedBody: [FlattenedBodyContext] = []
        var bodyExpression = RuntimeNames.bodyArgument
        switch operation.body?.shape {
        case .value(let type)?:
            let argument = names.used(operation.body?.argumentName ?? RuntimeNames.bodyArgument)
            bodyExpression = UUIDSpelling(api: api).lowercased(argument, type: type) ?? argument
        case .flattened(let id)? where operation.body?.kind != .multipart:
            // Multipart fields become parts one by one; other bodies are built whole.
            let fields = operation.parameters.filter { $0.location == .body }
            let typeName = api.type(id)?.qualifiedSwiftName ?? id.rawValue
            let labels = fields.map {
                "\(SwiftNaming.argumentLabel($0.swiftName)): \(SwiftProjection.storedValue($0, names: names))"
            }
            flattenedBody = [FlattenedBodyContext(typeName: typeName, fields: labels)]
        case .flattened?, nil:
            break
        }
        let bodyCode = RequestBodyCode(api: api)
        let bodyLines = bodyCode.lines(operation, expression: bodyExpression, names: names)
        let responseLines = bodyCode.responseLines(operation)
        let hasBody = !bodyLines.isEmpty
        let queryItems = operation.parameters.filter { $0.location == .query }.map { requestItem($0, names: names) }
        let headerItems = operation.parameters.filter { $0.location == .header }.map { requestItem($0, names: names) }
        let doc = writesDocs ? operationDoc(projection) : (summary: [], parameters: [], returns: [])
        let paging = autoPaging(projection, in: resource)
        let validations = projection.validations
        return OperationContext(
            name: projection.methodName, doc: doc.summary + doc.parameters + doc.returns,
            deprecation: deprecationLines(operation.deprecation), arguments: arguments,
            hasArguments: !arguments.isEmpty, returnType: returnType, returnsValue: returnType != nil,
            composedReturn: composedReturn(operation).map { [$0] } ?? [],
            fetchedReturn: fetchedReturn(operation, in: resource).map { [$0] } ?? [],
            returnsObject: operation.returns != nil,
            methodCase: "." + operation.method.lowercased(), pathExpression: pathExpression(projection),
            requestBinding: queryItems.isEmpty && headerItems.isEmpty && !hasBody && responseLines.isEmpty ? "let" : "var",
            queryItems: queryItems, headerItems: headerItems,
            flattenedBody: flattenedBody, bodyLines: bodyLines, responseLines: responseLines,
            idempotencyArgument: operation.isIdempotent == OperationBuilder.idempotentMethods.contains(operation.method)
                ? "" : ", isIdempotent: \(operation.isIdempotent)",
            securityArgument: operation.security.map { ", security: " + Self.securityLiteral($0) } ?? "",
            serverArgument: operation.server.map { ", server: " + SwiftLiteral.string($0) } ?? "",
            isStreaming: operation.streaming != nil, eventType: projection.eventType,
            eventFormatArgument: operation.streaming?.format == .python ? ", format: .literal" : "",
            forwardedArguments: projection.forwarded,
            rawReturnType: projection.rawReturnType,
            rawDoc: !writesDocs ? [] : rawTwinDoc(
                summary: doc.summary, method: operation.swiftName, in: resource,
                returns: "The response\(operation.response.docs.map { " (\($0.replacingNewlines))" } ?? ""): "
                    + "the \(returnType == nil ? "status" : "decoded value, status") and headers."),
            validations: validations,
            autoPaging: paging.map { [$0] } ?? [],
            shortcuts: (textMethod(projection).map { [$0] } ?? []) + operation.shortcuts.compactMap { shortcut($0, of: projection) },
            formerNames: formerName(projection, paging: paging).map { [$0] } ?? [],
            downloads: downloads(projection, in: resource, doc: doc))
    }

    /// The doc of a `withRawResponse` twin: the operation's headline and a link to the manager's
    /// method, whose doc has the rest (details and parameters are not repeated: same arguments).
    func rawTwinDoc(summary: [String], method: String, in resource: Resource, returns: String) -> [String] {
        Array(summary.prefix { $0 != "///" })
            + DocCommentWrapping.wrap([
                "///", "/// Sends the request of ``\(resource.typeName)/\(method)``; see there for the details and parameters.",
                "///", "/// - Returns: " + returns,
            ])
    }

    /// The deprecated forward from `formerSwiftName` to the method (and to its twins).
    private func formerName(_ projection: OperationProjection, paging: AutoPagingContext?) -> FormerOperationContext? {
        let operation = projection.operation
        guard let former = operation.formerSwiftName else { return nil }
        let arguments = projection.arguments.map(\.context)
        let labels = arguments.map { String($0.forwarding.prefix { $0 != ":" }) + ":" }.joined()
        /// The doc, the attribute and the call of a forward to `name` (as declared; `escaped` in code).
        func forward(to name: String, prefix: String) -> (doc: String, attribute: String, call: String) {
            let escaped = SwiftNaming.escapedMemberName(name)
            let call = prefix + escaped + "(" + projection.forwarded + ")"
            return (
                "/// The former name of `\(name)(…)`.",
                "@available(*, deprecated, renamed: \(SwiftLiteral.string("\(name)(\(labels))")))", call
            )
        }
        let name = operation.swiftName
        let isStreaming = operation.streaming != nil
        let tail =
            isStreaming
            ? " throws -> AsyncThrowingStream<\(projection.eventType ?? ""), any Error>"
            : " async throws" + (projection.managerReturnType.map { " -> " + $0 } ?? "")
        let method = forward(to: name, prefix: isStreaming ? "try " : "try await ")
        let formerAutoPaging = paging.map { paging -> FormerAutoPagingContext in
            let pagingForward = forward(to: paging.name, prefix: "")
            return FormerAutoPagingContext(
                name: SwiftNaming.escapedMemberName(former + "All"), doc: pagingForward.doc, attribute: pagingForward.attribute,
                arguments: arguments, returnType: "AutoPagingSequence<\(paging.pageType), \(paging.itemType)>",
                call: pagingForward.call)
        }
        return FormerOperationContext(
            name: SwiftNaming.escapedMemberName(former), doc: method.doc, attribute: method.attribute, arguments: arguments,
            signatureTail: tail, call: method.call,
            rawReturnType: isStreaming ? "" : projection.rawReturnType,
            hasRawTwin: !isStreaming, autoPaging: formerAutoPaging.map { [$0] } ?? [])
    }

    /// Call arguments on one line; where that line is too long, `SwiftLineBreaker` puts them one
    /// per line when the file is rendered.
    static func argumentList(_ arguments: [String]) -> String {
        arguments.joined(separator: ", ")
    }

    // MARK: Constraints

    /// The sentence documenting `constraints` of a value of `type`: values an enumeration allows
    /// are named by their Swift cases (`.enabled`), the way a caller writes them.
    func describe(_ constraints: Constraints, of type: TypeReference, allowsBlocks: Bool = false) -> String? {
        DocComment.describe(namingCases(constraints, of: type), allowsBlocks: allowsBlocks)
    }

    private func namingCases(_ constraints: Constraints, of type: TypeReference) -> Constraints {
        var result = constraints
        var current = type.nonNullable
        var seen: Set<TypeID> = []
        while case .named(let id) = current, !seen.contains(id), case .alias(let alias)? = api.type(id)?.kind {
            seen.insert(id)
            current = alias.target.nonNullable
        }
        if case .list(let element) = current, let items = constraints.items {
            result.items = .of(namingCases(items.constraints, of: element))
        }
        if let values = constraints.allowedValues, case .named(let id) = current,
            case .enumeration(let enumeration)? = api.type(id)?.kind
        {
            // Allowing every case narrows nothing.
            if Set(values).isSuperset(of: enumeration.cases.map(\.value)) {
                result.allowedValues = nil
                return result
            }
            result.allowedValues = values.map { value in
                enumeration.cases.first { $0.value == value }.map { "." + SwiftNaming.escapedMemberName($0.swiftName) } ?? value
            }
        }
        return result
    }

    // MARK: Pagination

    /// The `…All` companion of an offset-paginated list, when its offset and limit are integers.
    /// Its doc says how it pages and links to the list method for the arguments, which are the same.
    private func autoPaging(_ projection: OperationProjection, in resource: Resource) -> AutoPagingContext? {
        guard let plan = projection.paging else { return nil }
        let operation = projection.operation
        let doc = docLines(paragraphs: [
            operation.docs,
            "Every item, fetched page by page as the iteration goes on: `\(plan.offsetWireName)` starts at the given\n"
                + "value and advances by the number of items received, and the iteration ends after a page with\n"
                + "fewer than `\(plan.limitWireName)` items. `.pages` gives whole pages instead. Nothing is sent until you\n"
                + "iterate; errors, including invalid arguments, are thrown by the loop.",
            "Takes the arguments of ``\(resource.typeName)/\(operation.swiftName)``; see there for them.",
        ])
        return AutoPagingContext(
            name: plan.name, operationName: projection.methodName,
            doc: doc, deprecation: deprecationLines(operation.deprecation),
            arguments: projection.arguments.map(\.context), pageType: plan.pageType, itemType: plan.itemType,
            offsetStart: plan.offsetStart, limitValue: plan.limitValue, itemsExpression: plan.itemsExpression,
            pageArguments: plan.pageArguments)
    }

    /// The initializer call for `returns:`: each property from its argument or the response.
    private func fetchedReturn(_ operation: Operation, in resource: Resource) -> FetchedReturnContext? {
        guard case .fetched(let returns)? = operation.returns else { return nil }
        let names = ArgumentNames.method(operation)
        let options = RuntimeNames.requestOptionsArgument
        if let listing = returns.listing, case .responseProperty(let idName) = returns.source,
            let reader = resource.operations.first(where: { $0.swiftName == returns.operation }),
            let sequence = SwiftProjection.autoPagingName(reader, in: resource)
        {
            let arguments = listing.arguments.map { "\(SwiftNaming.argumentLabel($0)): \(names.used($0))" }
                + ["\(options): \(options)"]
            let type = speller.spell(returns.type)
            return FetchedReturnContext(
                typeName: type, call: "", usesResponse: true,
                listing: [FetchedListingContext(
                    sequence: "\(SwiftNaming.escapedMemberName(sequence))(\(arguments.joined(separator: ", ")))",
                    itemID: SwiftNaming.escapedMemberName(listing.itemID), responseID: "response.\(SwiftNaming.escapedMemberName(idName))",
                    errorType: RuntimeNames.errorType(api: api.swiftName),
                    // Identifiers only, so the literal needs no escaping; it interpolates the ID.
                    message: "\"No \(type) with the ID \\(response.\(SwiftNaming.escapedMemberName(idName))) in `\(sequence)` (deleted meanwhile?).\""
                )])
        }
        let value: String
        switch returns.source {
        case .responseProperty(let name): value = "response.\(SwiftNaming.escapedMemberName(name))"
        case .argument(let name): value = names.used(name)
        }
        let call = "\(SwiftNaming.escapedMemberName(returns.operation))"
            + "(\(SwiftNaming.argumentLabel(returns.parameter)): \(value), \(options): \(options))"
        let usesResponse = if case .responseProperty = returns.source { true } else { false }
        return FetchedReturnContext(typeName: speller.spell(returns.type), call: call, usesResponse: usesResponse, listing: [])
    }

    private func composedReturn(_ operation: Operation) -> ComposedReturnContext? {
        guard case .composed(let returns)? = operation.returns, let declaration = api.type(returns.type) else { return nil }
        let names = ArgumentNames.method(operation)
        let fields = returns.fields.compactMap { field -> String? in
            let label = SwiftNaming.argumentLabel(field.property)
            switch field.source {
            case .none:
                return nil
            case .response(let name):
                return "\(label): response.\(SwiftNaming.escapedMemberName(name))"
            case .argument(let name):
                if let parameter = operation.parameters.first(where: { $0.swiftName == name }) {
                    return "\(label): \(SwiftProjection.storedValue(parameter, names: names))"
                }
                return "\(label): \(names.used(name))"
            }
        }
        return ComposedReturnContext(typeName: declaration.qualifiedSwiftName, fields: fields)
    }

    /// A query or header parameter: the runtime spells its value (`addQuery`, `setHeader`) by its type.
    private func requestItem(_ parameter: Parameter, names: ArgumentNames) -> RequestItemContext {
        let isJSON = parameter.serialization == .json && parameter.location == .query
        let style = ParameterSpelling.style(of: parameter, in: api).map { "." + $0 }
        var value = SwiftProjection.storedValue(parameter, names: names)
        // Values encoded as JSON (compact JSON, or taken apart by a style) get lower-case UUIDs
        // here; plain values are spelled by the runtime, which writes UUIDs in lower case already.
        if isJSON || style != nil {
            let spelling = UUIDSpelling(api: api)
            value = (parameter.optionality.isOptional
                ? spelling.lowercased(optional: value, type: parameter.type.nonNullable)
                : spelling.lowercased(value, type: parameter.type)) ?? value
        }
        return RequestItemContext(
            wireLiteral: SwiftLiteral.string(parameter.wireName), value: value, isJSON: isJSON,
            isDotted: parameter.serialization == .dotted, style: style)
    }

    /// The path as one string literal, each parameter interpolated as a percent-encoded segment:
    /// `"/agents/\(segment: agentID)/docs"` (see the runtime's `appendInterpolation(segment:)`);
    /// an argument taking any UUID spelling is checked as it is interpolated, so the literal is
    /// marked `try`.
    private func pathExpression(_ projection: OperationProjection) -> String {
        let operation = projection.operation
        var throwing = false
        let parts = operation.path.pieces.map { piece -> String in
            switch piece {
            case .literal(let text): return String(SwiftLiteral.string(text).dropFirst().dropLast())
            case .parameter(let name):
                guard let parameter = operation.parameters.first(where: { $0.location == .path && $0.wireName == name })
                else { return "\\(segment: \(projection.names.used(name)))" }
                let value = projection.names.used(parameter.swiftName)
                guard let kind = UUIDArgument(parameter) else { return "\\(segment: \(value))" }
                if !kind.isList, !kind.isOptional {
                    throwing = true
                    return "\\(segment: \(value), argument: \(SwiftLiteral.string(parameter.swiftName)))"
                }
                return "\\(segment: \(SwiftProjection.storedValue(parameter, names: projection.names)))"
            }
        }
        guard !parts.isEmpty else { return "\"/\"" }
        return (throwing ? "try " : "") + "\"" + parts.joined() + "\""
    }

    /// The doc comment of an operation's method in three parts: summary, `- Parameters:` and `- Returns:`.
    func operationDoc(_ projection: OperationProjection) -> (summary: [String], parameters: [String], returns: [String]) {
        let operation = projection.operation
        // A body passed whole is documented as its argument; a flattened one, in the summary.
        var paragraphs: [String?] = [operation.docs, projection.bodyArgumentIndex == nil ? operation.body?.docs : nil]
        if let route = operation.route {
            paragraphs.append("`\(operation.method) \(operation.path.raw)` — mirrors the Python SDK's `\(route)`.")
        } else {
            paragraphs.append("`\(operation.method) \(operation.path.raw)`")
        }
        switch operation.returns {
        case .composed(let returns)?:
            if let type = api.type(returns.type) {
                paragraphs.append(
                    "Returns the whole ``\(type.qualifiedSwiftName)``, built from the arguments and the API's answer "
                        + "(its ID and timestamps) without a second request; `withRawResponse` gives the answer itself.")
            }
        case .fetched(let returns)? where returns.listing != nil:
            paragraphs.append(
                "Returns the whole ``\(speller.spell(returns.type))`` as stored: the API answers with its ID only and has no "
                    + "route that reads one, so it is found in `\(returns.operation)` (one more request per page); "
                    + "`withRawResponse` gives the answer itself.")
        case .fetched(let returns)?:
            paragraphs.append(
                "Returns the whole ``\(speller.spell(returns.type))`` as stored: the API answers with its ID only, so it is "
                    + "read back with `\(returns.operation)` (a second request); `withRawResponse` gives the answer itself.")
        case nil:
            break
        }
        if let security = operation.security {
            paragraphs.append(credentialsSentence(security))
        }
        if let server = operation.server {
            paragraphs.append(
                "Sent to `\(server)`, not to the client's base URL (``ClientConfiguration/serverOverrides`` can send it elsewhere).")
        }
        if !operation.deviations.isEmpty {
            paragraphs.append("The server differs from the published API description here:")
            for deviation in operation.deviations {
                paragraphs.append("- Description: \(deviation.document)\n- Server: \(deviation.server)\n- This SDK: \(deviation.sdk)")
            }
        }
        let summary = docLines(paragraphs: paragraphs)
        let parameterLines = projection.arguments.map { argument -> String in
            let summary: String
            switch argument.role {
            case .parameter(let parameter):
                // A flattened body field's aliases document themselves; a parameter's are named here.
                let constraints = parameter.location == .body ? parameter.constraints : argument.constraints
                summary = DocComment.summary(parameter.docs, describe(constraints, of: parameter.type)).replacingNewlines
            case .body(let body, _):
                summary = body.docs?.replacingNewlines ?? "The request body."
            case .options:
                summary = "Per-request settings such as a timeout or extra headers."
            }
            return "///   - \(argument.swiftName):" + (summary.isEmpty ? "" : " " + summary)
        }
        let returns = operation.response.docs.map { ["/// - Returns: " + $0.replacingNewlines] } ?? []
        return (summary, DocCommentWrapping.wrap(["///", "/// - Parameters:"] + parameterLines), DocCommentWrapping.wrap(returns))
    }

    /// Which of the client's credentials the operation sends, by initializer argument:
    /// "Credentials: `apiKey`, else `username` and `password`."
    private func credentialsSentence(_ security: [[String]]) -> String {
        let alternatives = security.filter { !$0.isEmpty }.map { alternative in
            alternative.map { name -> String in
                guard let scheme = api.authSchemes.first(where: { $0.name == name }) else { return "`\(name)`" }
                let arguments = [scheme.parameterName, scheme.passwordParameterName].compactMap { $0 }
                return arguments.map { "`\($0)`" }.joined(separator: " and ")
            }.joined(separator: " with ")
        }
        guard !alternatives.isEmpty else { return "Credentials: none; it is sent without them." }
        let optional = security.contains { $0.isEmpty } ? " when the client has them, else none" : ""
        return "Credentials: \(alternatives.joined(separator: ", else "))\(optional)."
    }

    /// `[["apiKey"], ["appKey", "appSecret"]]`, `[]`.
    static func securityLiteral(_ security: [[String]]) -> String {
        "[" + security.map { "[" + $0.map(SwiftLiteral.string).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    // MARK: Client

    func client() -> ClientContext {
        // A credential argument named `self` would hide the client in its initializer.
        let authArgumentNames = ArgumentNames.initializer(
            api.authSchemes.flatMap { [$0.parameterName, $0.passwordParameterName, $0.tokenProviderParameterName].compactMap { $0 } }
                + RuntimeNames.clientInitializerArguments)
        let names = (
            client: RuntimeNames.clientType(api: api.swiftName), error: RuntimeNames.errorType(api: api.swiftName),
            environment: RuntimeNames.environmentType(api: api.swiftName)
        )
        return ClientContext(
            apiName: api.swiftName, apiNameLiteral: SwiftLiteral.string(api.swiftName), clientType: names.client,
            // An API named `API` has `APIError` for its error type already: no alias.
            errorTypeAlias: names.error == RuntimeNames.runtimeErrorType ? nil : names.error,
            errorTypeLiteral: SwiftLiteral.string(names.error),
            environmentType: names.environment, version: api.version,
            versionLiteral: SwiftLiteral.string(api.version ?? "unknown"),
            userAgentLiteral: SwiftLiteral.string("\(api.swiftName.lowercased())-swift/\(api.version ?? "unknown")"),
            logEnvironmentVariableLiteral: SwiftLiteral.string(api.swiftName.uppercased() + "_LOG"),
            readsPythonReprMessages: api.isJulepProfile,
            hasPythonLiteralEvents: api.resources.contains { $0.operations.contains { $0.streaming?.format == .python } },
            doc: docLines(api.docs),
            environments: api.environments.map { environment in
                EnvironmentContext(
                    caseName: SwiftNaming.escapedMemberName(environment.caseName),
                    urlLiteral: SwiftLiteral.string(environment.url), nameLiteral: SwiftLiteral.string(environment.name),
                    doc: docLines(environment.docs ?? "`\(environment.url)`"))
            },
            hasEnvironments: !api.environments.isEmpty,
            configurationBinding: api.authSchemes.isEmpty ? "let" : "var",
            defaultEnvironment: api.defaultEnvironment.map { SwiftNaming.escapedMemberName($0.caseName) },
            baseURLEnvironmentVariableLiterals: api.baseURLEnvironmentVariables.map(SwiftLiteral.string).joined(separator: ", "),
            baseURLEnvironmentVariables: api.baseURLEnvironmentVariables,
            readsBaseURLEnvironment: !api.baseURLEnvironmentVariables.isEmpty,
            authSchemes: api.authSchemes.map { AuthSchemeContext($0, names: authArgumentNames) },
            resources: api.resources.filter { $0.parent == nil }.map(resourceAccessor))
    }

    func resourceAccessor(_ resource: Resource) -> ResourceAccessorContext {
        ResourceAccessorContext(
            typeName: resource.typeName, accessorName: SwiftNaming.escapedMemberName(resource.accessorName),
            doc: docLines(resourceDocs(resource)))
    }

    /// `client.channels.messages`: the accessors from the client down to `resource`.
    func resourcePath(_ resource: Resource) -> String {
        "client." + api.accessorPath(resource).joined(separator: ".")
    }
}

extension String {
    /// Doc text inside one `- Parameters:` line.
    var replacingNewlines: String {
        split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.joined(separator: " ")
    }
}
