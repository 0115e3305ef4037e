/// Union factories: a static function per case that holds an object the client sends, with the
/// spelling rules of issue 22 (unlabelled argument named like the case, wrappers flattened), the
/// deprecated spellings of earlier versions, and `asList`.
extension ContextBuilder {
    /// For each case holding an object the client sends (properties, none read-only), a static
    /// function named after the case that takes the object's initializer arguments, so
    /// `.textSearch(TextSearch(text: "x"))` reads `.textSearch(text: "x")`, with two spellings the
    /// API Design Guidelines ask for:
    /// - an argument named like the case is unlabelled: `.prompt("…")`, not `.prompt(prompt: "…")`;
    /// - an object whose one property is an object used nowhere else (a wrapper) takes that
    ///   object's arguments: `.foreach(in: "…", do: .log("…"))`, not
    ///   `.foreach(foreach: ForeachDo(in: "…", do: .log("…")))`.
    /// The case itself keeps its unlabelled payload, so the function's full name never is the case's.
    /// A renamed case (`formerCaseName`) and a union with `keepsFormerLabeledFactories` also keep
    /// the earlier spellings, deprecated.
    func factories(_ union: UnionType) -> [UnionFactoryContext] {
        union.variants.flatMap { factories($0, of: union) }
    }

    /// The factories of one case of `union`, in the order they are declared.
    func factories(_ variant: UnionVariant, of union: UnionType) -> [UnionFactoryContext] {
        guard let factory = factory(variant) else { return formerCaseConstructor(variant, union: union) }
        var result = [factory.current]
        if let text = textFactory(factory.current, caseName: SwiftNaming.escapedMemberName(variant.caseName), properties: factory.properties) {
            result.append(text)
        }
        let labeled = factory.labeled
        if union.keepsFormerLabeledFactories, labeled.parameters != factory.current.parameters {
            result.append(deprecated(labeled, replacing: factory.current, sameArguments: !factory.isFlattened))
        }
        result += formerCaseConstructor(variant, union: union)
        if let former = variant.formerCaseName {
            var old = labeled
            old.name = SwiftNaming.escapedMemberName(former)
            result.append(deprecated(old, replacing: factory.current, sameArguments: !factory.isFlattened))
        }
        return result
    }

    /// `@available(*, deprecated, renamed: "old")` constructors of a renamed case: `.old(value)`.
    private func formerCaseConstructor(_ variant: UnionVariant, union: UnionType) -> [UnionFactoryContext] {
        guard let former = variant.formerCaseName else { return [] }
        let caseName = SwiftNaming.escapedMemberName(variant.caseName)
        return [UnionFactoryContext(
            name: SwiftNaming.escapedMemberName(former),
            doc: DocComment.lines("The former name of the `.\(variant.caseName)` case."),
            deprecation: ["@available(*, deprecated, renamed: \(SwiftLiteral.string(variant.caseName)))"],
            parameters: ["_ value: \(speller.spell(variant.type))"], body: [".\(caseName)(value)"],
            fullName: "\(former)(_:)")]
    }

    /// `factory` marked deprecated in favour of `replacement`: renamed when only the labels
    /// changed (a fix-it can rewrite the call), otherwise named in the message.
    private func deprecated(
        _ factory: UnionFactoryContext, replacing replacement: UnionFactoryContext, sameArguments: Bool
    ) -> UnionFactoryContext {
        var old = factory
        old.deprecation = [
            sameArguments
                ? "@available(*, deprecated, renamed: \(SwiftLiteral.string(replacement.fullName)))"
                : "@available(*, deprecated, message: \(SwiftLiteral.string("Use ." + replacement.fullName)))"
        ]
        old.doc = DocComment.lines(
            "How earlier versions of this SDK spelled `.\(replacement.fullName)`.")
        return old
    }

    /// A variant's factory as generated now, and as every argument labelled and nothing flattened
    /// (earlier versions' spelling); `nil` when its case holds no object the client sends.
    /// The factory with `String` where an argument is a union holding text: `.prompt(_ prompt: String, …)`
    /// calls `.prompt(.jinjaTemplate(prompt), …)`.
    private func textFactory(_ factory: UnionFactoryContext, caseName: String, properties: [Property]) -> UnionFactoryContext? {
        guard var overload = textOverload(properties) else { return nil }
        if factory.parameters.first?.hasPrefix("_ ") == true, let first = properties.first {
            overload.parameters[0] = "_ " + overload.parameters[0]
            overload.arguments[0] = String(overload.arguments[0].dropFirst(SwiftNaming.argumentLabel(first.swiftName).count + 2))
        }
        return UnionFactoryContext(
            name: factory.name, doc: DocComment.lines("Like `.\(factory.fullName)`, with \(overload.what)."), deprecation: [],
            parameters: overload.parameters,
            body: [".\(caseName)(" + Self.argumentList(overload.arguments) + ")"],
            fullName: factory.fullName)
    }

    private func factory(_ variant: UnionVariant) -> (
        current: UnionFactoryContext, labeled: UnionFactoryContext, isFlattened: Bool, properties: [Property]
    )? {
        guard let payload = sendableObject(variant.type) else { return nil }
        let caseName = SwiftNaming.escapedMemberName(variant.caseName)
        let typeName = payload.declaration.qualifiedSwiftName
        let names = ArgumentNames.initializer(payload.object.properties.map(\.swiftName))
        let labeled = UnionFactoryContext(
            name: caseName,
            doc: DocComment.lines("The `.\(variant.caseName)` case, built from the properties of its ``\(typeName)``."),
            deprecation: [], parameters: payload.object.properties.map { property($0, names: names).initParameter },
            body: [".\(caseName)(\(Self.initializerCall(typeName: typeName, properties: payload.object.properties, names: names)))"],
            fullName: Self.fullName(variant.caseName, labels: payload.object.properties.map(\.swiftName)))
        // A wrapper: the one property holds an object used nowhere else, which the factory builds too.
        if payload.object.properties.count == 1, let wrapped = payload.object.properties.first, wrapped.isRequired,
            case .named(let innerID) = wrapped.type, innerID != payload.declaration.id, references.uses(of: innerID) == 1,
            let inner = sendableObject(wrapped.type)
        {
            let innerName = inner.declaration.qualifiedSwiftName
            let innerNames = ArgumentNames.initializer(inner.object.properties.map(\.swiftName))
            let built = Self.initializerCall(typeName: innerName, properties: inner.object.properties, names: innerNames)
            let body = [".\(caseName)(\(typeName)(\(SwiftNaming.argumentLabel(wrapped.swiftName)): \(built)))"]
            let current = UnionFactoryContext(
                name: caseName,
                doc: DocComment.lines(
                    "The `.\(variant.caseName)` case, built from the properties of the ``\(innerName)`` its ``\(typeName)`` holds."),
                deprecation: [], parameters: inner.object.properties.map { property($0, names: innerNames).initParameter }, body: body,
                fullName: Self.fullName(variant.caseName, labels: inner.object.properties.map(\.swiftName)))
            return (current, labeled, true, inner.object.properties)
        }
        // An argument named like the case is unlabelled.
        guard let first = payload.object.properties.first, first.swiftName == variant.caseName else {
            return (labeled, labeled, false, payload.object.properties)
        }
        var current = labeled
        let declared = property(first, names: names).initParameter
        current.parameters[0] = "_ " + names.used(first.swiftName) + declared.dropFirst(names.declared(first.swiftName).count)
        current.fullName = Self.fullName(variant.caseName, labels: ["_"] + payload.object.properties.dropFirst().map(\.swiftName))
        return (current, labeled, false, payload.object.properties)
    }

    /// The object a case holds when the client sends it: declared properties, none read-only.
    private func sendableObject(_ type: TypeReference) -> (declaration: TypeDeclaration, object: ObjectType)? {
        guard case .named(let id) = speller.resolved(type), let declaration = api.type(id),
            case .object(let object) = declaration.kind, !object.properties.isEmpty,
            !object.properties.contains(where: \.isReadOnly)
        else { return nil }
        return (declaration, object)
    }

    /// `Type(a: a, b: b)`, on one line (`SwiftLineBreaker` breaks it where it is too long).
    private static func initializerCall(typeName: String, properties: [Property], names: ArgumentNames) -> String {
        let arguments = properties.map { "\(SwiftNaming.argumentLabel($0.swiftName)): \(names.used($0.swiftName))" }
        return "\(typeName)(\(arguments.joined(separator: ", ")))"
    }

    /// `prompt(_:tools:)`.
    private static func fullName(_ base: String, labels: [String]) -> String {
        base + "(" + labels.map { $0 + ":" }.joined() + ")"
    }

    /// `asList` on a union of `T` and `[T]`: the value as a list either way.
    func listAccessor(_ union: UnionType, taken: Set<String>) -> ListAccessorContext? {
        guard union.discriminator == nil, union.variants.count == 2, !taken.contains("asList") else { return nil }
        let (first, second) = (union.variants[0], union.variants[1])
        let single: UnionVariant
        let list: UnionVariant
        if second.type == .list(first.type) {
            (single, list) = (first, second)
        } else if first.type == .list(second.type) {
            (single, list) = (second, first)
        } else {
            return nil
        }
        let element = speller.spell(single.type)
        return ListAccessorContext(
            elementType: element, singleCase: SwiftNaming.escapedMemberName(single.caseName),
            listCase: SwiftNaming.escapedMemberName(list.caseName),
            doc: DocComment.lines(
                "The value as a list: the one `\(element)` of `.\(single.caseName)` as a list of one, or the list of `.\(list.caseName)`."))
    }
}

extension ContextBuilder {
    /// The file of a protocol holding a shared case's factories (see ``UnionCaseProtocols``).
    func caseProtocol(_ shared: UnionCaseProtocols.Shared) -> ModelContext {
        let unions = shared.unions.map { "``\($0)``" }
        let list = unions.count == 2
            ? unions.joined(separator: " and ")
            : unions.dropLast().joined(separator: ", ") + " and " + unions[unions.count - 1]
        let caseName = shared.caseName.replacingOccurrences(of: "`", with: "")
        var context = ModelContext(
            name: shared.name, qualifiedName: shared.name,
            doc: writesDocs
                ? DocComment.lines(
                    "A union with the case `.\(caseName)(\(shared.payloadType))`, as \(list) are. The case's factories "
                        + "are declared here, once for all such unions.")
                : [],
            deprecation: [], isObject: false, isEnum: false, isAlias: false, isUnion: false, ownerName: "", nested: [])
        context.isCaseProtocol = true
        context.caseProtocol = CaseProtocolContext(
            caseName: shared.caseName, payloadType: shared.payloadType,
            requirementDoc: writesDocs
                ? DocComment.lines("The `.\(caseName)` case: each union's own case is what fulfils this.") : [],
            factories: shared.factories)
        return context
    }
}
