/// The union contexts: cases, their factories and literals, shared properties, and the accessors
/// `accessors:` declares.
extension ContextBuilder {
    func union(_ union: UnionType, named name: String, accessorNames: [String] = []) -> UnionContext {
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
    func accessor(_ accessor: Accessor) -> AccessorContext {
        let (conditions, expression) = Self.path(accessor.steps, from: "self")
        let type = speller.spell(accessor.type) + (accessor.isOptional ? "?" : "")
        return AccessorContext(
            name: SwiftNaming.escapedMemberName(accessor.swiftName), type: type,
            doc: docLines(accessor.docs ?? "The value at `\(accessor.path)`."), conditions: conditions,
            hasConditions: !conditions.isEmpty, value: expression)
    }
}
