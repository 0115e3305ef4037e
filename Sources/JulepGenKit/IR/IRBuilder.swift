/// Builds the checked `APIDefinition` from a decoded spec.
///
/// Problems are collected, not thrown: the builder goes on past each one so a run reports
/// everything, and returns `nil` only when there were errors.
public struct IRBuilder {
    public private(set) var diagnostics = Diagnostics()
    private let document: SpecDocument
    private var apiSwiftName = "API"
    private var typeNames: [TypeID: String] = [:]
    private var declarations: [TypeID: TypeDeclaration] = [:]
    /// Defaults are checked once every declaration exists (an enum default needs the enum's cases).
    private var pendingDefaults: [PendingDefault] = []
    private var typeCollisions = CollisionChecker(what: "type")

    private struct PendingDefault {
        var owner: TypeID
        var property: Int
        var value: Located<LiteralValue>
    }

    public init(document: SpecDocument) {
        self.document = document
    }

    /// Builds the IR; `nil` when the spec has errors (all of them are in `diagnostics`).
    public static func build(_ document: SpecDocument, diagnostics: inout Diagnostics) -> APIDefinition? {
        var builder = IRBuilder(document: document)
        let api = builder.build()
        diagnostics.append(contentsOf: builder.diagnostics)
        return diagnostics.hasErrors ? nil : api
    }

    mutating func build() -> APIDefinition? {
        let apiName = document.api?.name.value ?? "API"
        apiSwiftName = shortenedName(apiName, what: "API", at: document.api?.name.location)
        if let name = document.api?.name, !SwiftIdentifier.isValid(apiSwiftName) || name.value.isEmpty {
            diagnostics.error("the API name '\(name.value)' does not make a Swift type name", at: name.location)
        }
        for reserved in RuntimeNames.reserved(api: apiSwiftName).sorted() {
            let owner = RuntimeNames.sampleTestTypes.contains(reserved) ? "the generated tests" : "the SDK runtime"
            typeCollisions.reserve(reserved, as: "a type \(owner) declares")
        }
        for shadowed in SwiftKeywords.shadowedTypeNames.sorted() {
            typeCollisions.reserve(shadowed, as: "a Swift or Foundation type")
        }
        let kinds = collectTypeNames()
        let resolver = TypeResolver(declared: kinds, broken: document.brokenTypeNames)
        // A type declared twice (reported) is built from its first declaration only: defaults
        // are applied by property index, which the second one's properties would not match.
        var built: Set<String> = []
        for type in document.types where typeNames[TypeID(type.name.value)] != nil && built.insert(type.name.value).inserted {
            buildDeclaration(type, resolver: resolver)
        }
        var resources = buildResources(resolver: resolver)
        applyDefaults()
        RecursionAnalysis.run(on: &declarations, diagnostics: &diagnostics)
        buildAccessors()
        fillFlattenedParameters(&resources)
        buildComposedReturns(&resources, resolver: resolver)
        buildShortcuts(&resources)
        VariantTags.assign(to: &declarations)
        // Nested declarations (`Owner#Name`) grouped by owner in one pass, not one search per owner.
        var nestedByOwner: [Substring: [TypeDeclaration]] = [:]
        for declaration in declarations.values {
            let id = declaration.id.rawValue
            guard let hash = id.firstIndex(of: "#") else { continue }
            nestedByOwner[id[..<hash], default: []].append(declaration)
        }
        let types = declarations.values
            .filter { !$0.id.rawValue.contains("#") }
            .map { declaration -> TypeDeclaration in
                var declaration = declaration
                declaration.nested = (nestedByOwner[Substring(declaration.id.rawValue)] ?? [])
                    .sorted { $0.swiftName < $1.swiftName }
                return declaration
            }
            .sorted { ($0.swiftName, $0.id) < ($1.swiftName, $1.id) }
        let sdkTypes = MultipartBodyTypes.withoutUnused(types, resources: resources)
        var api = APIDefinition(
            name: apiName, swiftName: apiSwiftName, version: document.api?.version?.value, docs: document.api?.docs,
            baseURLEnvironmentVariables: document.api?.baseURLEnvironmentVariables ?? [],
            environments: buildEnvironments(), authSchemes: buildAuthSchemes(), types: sdkTypes, resources: resources)
        api.profile = profile
        return api
    }

    // MARK: Names

    private mutating func collectTypeNames() -> [String: SpecType.Kind] {
        let namer = TypeNamer(apiSwiftName: apiSwiftName)
        var kinds: [String: SpecType.Kind] = [:]
        var firstSeen: [String: SourceLocation] = [:]
        for type in document.types {
            let name = type.name
            if let previous = firstSeen[name.value] {
                diagnostics.error(
                    "type '\(name.value)' is declared twice", at: name.location,
                    notes: [.note("first declared here", at: previous)])
                continue
            }
            if BuiltinType.spellings[name.value] != nil || name.value == "list" || name.value == "map" {
                diagnostics.error("'\(name.value)' is a built-in type; choose another name", at: name.location)
                continue
            }
            if name.value.isEmpty || !name.value.unicodeScalars.allSatisfy(TypeExpressionParser.isNameScalar) {
                diagnostics.error(
                    "type name '\(name.value)' may contain only letters, digits, '_', '-' and '.'", at: name.location)
                continue
            }
            firstSeen[name.value] = name.location
            kinds[name.value] = type.kind
            var swiftName = namer.name(for: name.value, explicit: type.swiftName, at: name.location, diagnostics: &diagnostics)
            if let explicit = type.swiftName {
                if !namer.reserved.contains(explicit.value) {
                    typeCollisions.claim(swiftName, original: name.value, at: explicit.location, diagnostics: &diagnostics)
                }
            } else {
                // `Error` → `PetstoreError`, which the SDK's error type may hold → `ErrorModel`.
                let plain = SwiftNaming.typeName(name.value)
                let model = namer.reserved.contains(plain) ? [plain + "Model"] : []
                swiftName = typeCollisions.claimRenaming(
                    swiftName, original: name.value,
                    candidates: ClashRenaming.candidates(
                        derived: swiftName, raw: name.value, extra: model, naming: SwiftNaming.typeName),
                    at: name.location, diagnostics: &diagnostics)
            }
            typeNames[TypeID(name.value)] = swiftName
        }
        return kinds
    }

    // MARK: Declarations

    private mutating func buildDeclaration(_ type: SpecType, resolver: TypeResolver) {
        let id = TypeID(type.name.value)
        guard let swiftName = typeNames[id] else { return }
        let kind: TypeDeclaration.Kind
        switch type.kind {
        case .object(let properties):
            var object = buildObject(properties, owner: id, ownerSwiftName: swiftName, resolver: resolver)
            if let extra = type.additionalProperties, let valueType = resolver.resolve(extra, diagnostics: &diagnostics) {
                var names = CollisionChecker(what: "property")
                for property in object.properties { names.reserve(property.swiftName, as: "the property '\(property.wireName)'") }
                let name = names.claimRenaming(
                    "additionalProperties", original: "additionalProperties", candidates: ["undeclaredProperties"],
                    at: extra.location, diagnostics: &diagnostics)
                object.additionalProperties = AdditionalProperties(swiftName: name, valueType: valueType)
            }
            object.exclusiveGroups = buildExclusiveGroups(type.exclusiveGroups, in: object, typeName: type.name.value)
            kind = .object(object)
        case .enumeration(let cases, let integer):
            var enumeration = buildEnum(cases, name: type.name)
            enumeration.isInteger = integer
            kind = .enumeration(enumeration)
        case .alias(let target, let constraints):
            guard let reference = resolver.resolve(target, diagnostics: &diagnostics) else { return }
            kind = .alias(AliasType(target: reference, constraints: constraints))
        case .union(let union):
            guard var built = buildUnion(union, name: type.name, resolver: resolver) else { return }
            built.keepsFormerLabeledFactories = type.formerLabeledFactories?.value ?? false
            kind = .union(built)
        }
        declarations[id] = TypeDeclaration(
            id: id, swiftName: swiftName, qualifiedSwiftName: swiftName, docs: type.docs,
            deprecation: type.deprecation.map { Deprecation(message: $0.message) }, kind: kind,
            location: type.name.location)
    }

    /// Resolves each group's wire names to the object's optional properties; a name that is not one
    /// is an error, since the group could never be checked.
    private mutating func buildExclusiveGroups(
        _ groups: [SpecExclusiveGroup], in object: ObjectType, typeName: String
    ) -> [ExclusiveGroup] {
        groups.compactMap { group in
            var wireNames: [String] = []
            var swiftNames: [String] = []
            for name in group.properties {
                guard let property = object.properties.first(where: { $0.wireName == name.value }) else {
                    diagnostics.error(
                        "'\(typeName)' has no property '\(name.value)'"
                            + Suggestion.didYouMean(name.value, in: object.properties.map(\.wireName)),
                        at: name.location)
                    continue
                }
                guard !property.isRequired, !property.isReadOnly else {
                    diagnostics.error(
                        "'\(name.value)' of '\(typeName)' is \(property.isReadOnly ? "read-only" : "required"); "
                            + "an exclusive group holds optional properties the client sends", at: name.location)
                    continue
                }
                wireNames.append(property.wireName)
                swiftNames.append(property.swiftName)
            }
            guard wireNames.count == group.properties.count, wireNames.count >= 2 else { return nil }
            return ExclusiveGroup(wireNames: wireNames, swiftNames: swiftNames, isRequired: group.isRequired)
        }
    }

    private mutating func buildObject(
        _ specProperties: [SpecProperty], owner: TypeID, ownerSwiftName: String, resolver: TypeResolver
    ) -> ObjectType {
        var properties: [Property] = []
        var wireNames: [String: SourceLocation] = [:]
        var memberNames = CollisionChecker(what: "property")
        // Every model is `Hashable`: a `hashValue` of another type would make each use ambiguous.
        memberNames.reserve("hashValue", as: "the hash value every model has (Hashable)")
        // Top-level types the owner mentions: a nested type of the same name would hide them.
        var mentioned: Set<String> = []
        for property in specProperties { Self.collectNames(property.type, into: &mentioned) }
        let mentionedSwiftNames = Set(mentioned.compactMap { typeNames[TypeID($0)] })
        for property in specProperties {
            if let previous = wireNames[property.name.value] {
                diagnostics.error(
                    "property '\(property.name.value)' is declared twice", at: property.name.location,
                    notes: [.note("first declared here", at: previous)])
                continue
            }
            wireNames[property.name.value] = property.name.location
            let swiftName = claimMemberName(property.name, explicit: property.swiftName, in: &memberNames)
            var formerSwiftName: String?
            if let former = property.formerSwiftName {
                if !SwiftIdentifier.isValid(former.value) {
                    diagnostics.error("formerSwiftName '\(former.value)' is not a valid Swift identifier", at: former.location)
                } else if memberNames.claim(
                    former.value, original: "\(property.name.value) (formerSwiftName)", at: former.location,
                    diagnostics: &diagnostics)
                {
                    formerSwiftName = former.value
                }
                memberNames.explicitNames.insert(former.value)
            }
            guard
                let type = resolvePropertyType(
                    property.type, property: property.name.value, owner: owner, ownerSwiftName: ownerSwiftName,
                    mentioned: mentionedSwiftNames, resolver: resolver)
            else { continue }
            if let value = property.defaultValue {
                pendingDefaults.append(PendingDefault(owner: owner, property: properties.count, value: value))
            }
            properties.append(
                Property(
                    wireName: property.name.value, swiftName: swiftName, formerSwiftName: formerSwiftName, type: type,
                    isRequired: !property.isOptional, defaultValue: nil, isReadOnly: property.isReadOnly,
                    isWriteOnly: property.isWriteOnly, isIndirect: false, docs: property.docs,
                    deprecation: property.deprecation.map { Deprecation(message: $0.message) },
                    constraints: property.constraints))
        }
        return ObjectType(properties: properties)
    }

    /// A property's type; an inline union becomes a type nested in the owner, named after the property.
    private mutating func resolvePropertyType(
        _ expression: TypeExpression, property: String, owner: TypeID, ownerSwiftName: String,
        mentioned: Set<String>, resolver: TypeResolver
    ) -> TypeReference? {
        var members: [TypeExpression]?
        var location = expression.location
        var nullable = false
        switch expression {
        case .union(let list, let at):
            members = list
            location = at
        case .nullable(.union(let list, let at), _):
            members = list
            location = at
            nullable = true
        default:
            break
        }
        guard let members else { return resolver.resolve(expression, diagnostics: &diagnostics) }
        let id = TypeID(owner.rawValue + "#" + property)
        // Inside its owner a nested type hides the top-level type of the same name: `Content` in
        // `CreateDocRequest` would turn the owner's references to the top-level `Content` into
        // references to itself (a recursive enum, which crashed the compiler).
        var nameCheck = CollisionChecker(what: "nested type")
        nameCheck.reserve(ownerSwiftName, as: "the enclosing type")
        for topLevel in mentioned.sorted() {
            nameCheck.reserve(topLevel, as: "a top-level type its owner uses")
        }
        let plain = SwiftNaming.typeName(property)
        let swiftName = nameCheck.claimRenaming(
            plain, original: property,
            candidates: ClashRenaming.candidates(derived: plain, raw: property, extra: [plain + "Union"], naming: SwiftNaming.typeName),
            at: location, diagnostics: &diagnostics)
        guard let union = buildUntaggedUnion(members, at: location, resolver: resolver) else { return nil }
        declarations[id] = TypeDeclaration(
            id: id, swiftName: swiftName, qualifiedSwiftName: ownerSwiftName + "." + swiftName, docs: nil,
            deprecation: nil, kind: .union(union), location: location)
        typeNames[id] = ownerSwiftName + "." + swiftName
        return nullable ? .nullable(.named(id)) : .named(id)
    }

    private mutating func buildEnum(_ cases: [SpecEnumCase], name: Located<String>) -> EnumType {
        var result: [EnumCase] = []
        var values: [String: SourceLocation] = [:]
        var caseNames = CollisionChecker(what: "enum case")
        caseNames.reserve("unknown", as: "the case that keeps values this SDK does not know")
        var derivedCounts: [String: Int] = [:]
        for specCase in cases where specCase.swiftName == nil && !specCase.value.value.isEmpty {
            derivedCounts[SwiftNaming.memberName(specCase.value.value), default: 0] += 1
        }
        let clashing = Set(
            cases.map(\.value.value).filter { !$0.isEmpty && derivedCounts[SwiftNaming.memberName($0), default: 0] > 1 })
        for specCase in cases {
            if let previous = values[specCase.value.value] {
                diagnostics.error(
                    "enum value '\(specCase.value.value)' is listed twice", at: specCase.value.location,
                    notes: [.note("first listed here", at: previous)])
                continue
            }
            values[specCase.value.value] = specCase.value.location
            let swiftName: String
            let raw = specCase.value.value
            if specCase.swiftName == nil, clashing.contains(raw), SwiftIdentifier.isValid(raw),
                !SwiftKeywords.reserved.contains(raw), caseNames.holder(of: raw) == nil
            {
                // `ASC` and `asc`: each keeps its spelling rather than one of them a number.
                if raw != SwiftNaming.memberName(raw) {
                    diagnostics.warning(
                        "enum case '\(raw)' and another value both become '\(SwiftNaming.memberName(raw))' in Swift; it is named '\(raw)' as written",
                        at: specCase.value.location)
                }
                caseNames.claim(raw, original: raw, at: specCase.value.location, diagnostics: &diagnostics)
                swiftName = raw
            } else if specCase.swiftName == nil && specCase.value.value.isEmpty {
                swiftName = caseNames.claimRenaming(
                    "empty", original: "", candidates: [], at: specCase.value.location, diagnostics: &diagnostics)
            } else {
                swiftName = claimMemberName(specCase.value, explicit: specCase.swiftName, in: &caseNames)
            }
            result.append(
                EnumCase(
                    value: specCase.value.value, swiftName: swiftName, docs: specCase.docs,
                    deprecation: specCase.deprecation.map { Deprecation(message: $0.message) }))
        }
        if result.isEmpty && cases.isEmpty {
            diagnostics.error("enum '\(name.value)' has no values", at: name.location)
        }
        return EnumType(cases: result)
    }

    private mutating func buildUnion(_ union: SpecUnion, name: Located<String>, resolver: TypeResolver) -> UnionType? {
        switch union.variants {
        case .untagged(let members):
            return buildUntaggedUnion(members, names: union.memberNames, at: name.location, resolver: resolver)
        case .tagged(let discriminator, let specVariants):
            var variants: [UnionVariant] = []
            var caseNames = CollisionChecker(what: "union case")
            caseNames.reserve("unknown", as: "the case that keeps variants this SDK does not know")
            for variant in specVariants {
                guard let type = resolver.resolve(variant.type, diagnostics: &diagnostics) else { continue }
                guard case .named(let id) = type, let kind = resolver.declared[id.rawValue],
                    case .object(let properties) = kind
                else {
                    diagnostics.error(
                        "variant '\(variant.value.value)' of a tagged union must be an object type",
                        at: variant.type.location)
                    continue
                }
                if let clash = properties.first(where: { $0.name.value == discriminator.value }) {
                    diagnostics.error(
                        "'\(id.rawValue)' declares the discriminator '\(discriminator.value)' itself; remove it there, the union writes it",
                        at: clash.name.location,
                        notes: [.note("discriminator given here", at: discriminator.location)])
                }
                let caseName = claimMemberName(variant.value, explicit: variant.swiftName, in: &caseNames)
                variants.append(
                    UnionVariant(
                        caseName: caseName, formerCaseName: claimFormerCaseName(variant.formerSwiftName, in: &caseNames),
                        type: type, discriminatorValue: variant.value.value, isIndirect: false))
            }
            var built = UnionType(
                discriminator: discriminator.value, variants: variants, discriminatorIsReadOnly: union.discriminatorIsReadOnly)
            built.discriminatorIsInteger = union.discriminatorIsInteger
            return built
        }
    }

    private mutating func buildUntaggedUnion(
        _ members: [TypeExpression], names: [Int: SpecUnionMemberNames] = [:], at location: SourceLocation,
        resolver: TypeResolver
    ) -> UnionType? {
        var variants: [UnionVariant] = []
        var caseNames = CollisionChecker(what: "union case")
        // Explicit names first, so a derived name that meets one is the one renamed.
        for explicit in names.values.compactMap(\.swiftName) {
            caseNames.claim(explicit.value, original: explicit.value, at: explicit.location, diagnostics: &diagnostics)
            caseNames.explicitNames.insert(explicit.value)
            if !SwiftIdentifier.isValid(explicit.value) {
                diagnostics.error("swiftName '\(explicit.value)' is not a valid Swift identifier", at: explicit.location)
            }
        }
        for (index, member) in members.enumerated() {
            if case .nullable(_, let at) = member {
                diagnostics.error("a union member cannot be nullable; make the whole union nullable instead", at: at)
                continue
            }
            guard let type = resolver.resolve(member, diagnostics: &diagnostics) else { continue }
            let caseName: String
            if let explicit = names[index]?.swiftName {
                caseName = explicit.value
            } else {
                caseName = caseNames.claimRenaming(
                    TypeResolver.caseName(for: type, swiftNames: typeNames),
                    original: TypeResolver.caseName(for: type, swiftNames: [:]), candidates: [], at: member.location,
                    diagnostics: &diagnostics)
            }
            variants.append(
                UnionVariant(
                    caseName: caseName, formerCaseName: claimFormerCaseName(names[index]?.formerSwiftName, in: &caseNames),
                    type: type, discriminatorValue: nil, isIndirect: false))
        }
        return variants.count == members.count ? UnionType(discriminator: nil, variants: variants) : nil
    }

    /// A variant's `formerSwiftName`: kept as deprecated members, so it takes part in the
    /// collision check like a case name.
    private mutating func claimFormerCaseName(_ former: Located<String>?, in names: inout CollisionChecker) -> String? {
        guard let former else { return nil }
        guard SwiftIdentifier.isValid(former.value) else {
            diagnostics.error("formerSwiftName '\(former.value)' is not a valid Swift identifier", at: former.location)
            return nil
        }
        let claimed = names.claim(
            former.value, original: "\(former.value) (formerSwiftName)", at: former.location, diagnostics: &diagnostics)
        names.explicitNames.insert(former.value)
        return claimed ? former.value : nil
    }

    private mutating func applyDefaults() {
        let checker = DefaultValueChecker(declarations: declarations.mapValues(\.kind))
        for pending in pendingDefaults {
            guard var declaration = declarations[pending.owner], case .object(var object) = declaration.kind else {
                continue
            }
            let type = object.properties[pending.property].type
            object.properties[pending.property].defaultValue = checker.check(
                pending.value, against: type, diagnostics: &diagnostics)
            declaration.kind = .object(object)
            declarations[pending.owner] = declaration
        }
    }

    // MARK: Resources

    private var profile: APIProfile { document.profile?.value ?? .standard }

    private mutating func buildResources(resolver: TypeResolver) -> [Resource] {
        reportRoutesOutsideTheJulepProfile()
        let specResources = Self.withParents(document.resources)
        // Accessors are unique among their siblings: the client's properties, or a parent's.
        var accessorsByParent: [String: CollisionChecker] = [:]
        var accessorNames: [String] = []
        for resource in specResources {
            let parent = Self.parentName(resource.name.value) ?? ""
            var accessors = accessorsByParent[parent] ?? {
                var checker = CollisionChecker(what: "resource")
                if parent.isEmpty {
                    if profile == .julep {
                        checker.reserve(RuntimeNames.routesAccessor, as: "the client's property for the low-level route API")
                    }
                    checker.reserve("configuration", as: "the client's configuration property")
                } else {
                    checker.reserve("withRawResponse", as: "the resource's property for responses with status and headers")
                }
                return checker
            }()
            let lastName = Located(Self.lastComponent(resource.name.value), at: resource.name.location)
            let accessor: String
            if resource.swiftName != nil {
                accessor = memberName(for: lastName, explicit: resource.swiftName)
                accessors.claim(accessor, original: resource.name.value, at: resource.name.location, diagnostics: &diagnostics)
            } else {
                let derived = memberName(for: lastName, explicit: nil)
                accessor = accessors.claimRenaming(
                    derived, original: resource.name.value,
                    candidates: ClashRenaming.candidates(
                        derived: derived, raw: lastName.value, extra: [derived + "Resource"], naming: SwiftNaming.memberName),
                    at: resource.name.location, diagnostics: &diagnostics)
            }
            accessorsByParent[parent] = accessors
            accessorNames.append(accessor)
        }
        var routes: [String: SourceLocation] = [:]
        var resources: [Resource] = []
        for (resource, accessor) in zip(specResources, accessorNames) {
            let parent = Self.parentName(resource.name.value)
            let typeBase = resource.swiftName.map { explicit in
                (parent.map { SwiftNaming.typeName($0) } ?? "") + SwiftNaming.typeName(explicit.value)
            } ?? SwiftNaming.typeName(resource.name.value)
            let derivedType = RuntimeNames.resourceType(shortenedName(typeBase, what: "resource", at: resource.name.location))
            let typeName = typeCollisions.claimRenaming(
                derivedType, original: derivedType, candidates: [], at: resource.name.location, diagnostics: &diagnostics)
            var builder = OperationBuilder(
                resolver: resolver, typeNames: typeNames, resourceTypeName: typeName, apiSwiftName: apiSwiftName)
            var operationNames = CollisionChecker(what: "operation")
            // A child resource is a property of this one: methods do not take its name.
            for (child, childAccessor) in zip(specResources, accessorNames)
            where Self.parentName(child.name.value) == resource.name.value {
                operationNames.reserve(childAccessor, as: "the property for the resource '\(child.name.value)'")
            }
            var operations: [Operation] = []
            for var specOperation in resource.operations {
                if profile != .julep {
                    specOperation.route = nil
                    specOperation.mirrors = []
                }
                if let route = specOperation.route {
                    if let previous = routes[route.value] {
                        diagnostics.error(
                            "route '\(route.value)' is mirrored by two operations", at: route.location,
                            notes: [.note("first used here", at: previous)])
                    }
                    routes[route.value] = route.location
                }
                guard var operation = builder.build(specOperation, declarations: &declarations) else { continue }
                operation.security = buildSecurity(specOperation.security)
                if let server = specOperation.server {
                    if URLText.isHTTPURL(server.value) {
                        operation.server = server.value
                    } else {
                        diagnostics.error("'server' must be an absolute http or https URL", at: server.location)
                    }
                }
                if specOperation.swiftName != nil {
                    operationNames.claim(
                        operation.swiftName, original: specOperation.name.value,
                        at: specOperation.swiftName?.location ?? specOperation.name.location, diagnostics: &diagnostics)
                } else {
                    // Two operations of one resource with one name differ by method or path: `put` + name.
                    let derived = operation.swiftName
                    let withMethod = SwiftNaming.memberName(specOperation.method.value.lowercased() + " " + derived)
                    operation.swiftName = operationNames.claimRenaming(
                        derived, original: specOperation.name.value,
                        candidates: ClashRenaming.candidates(
                            derived: derived, raw: specOperation.name.value, extra: [withMethod], naming: SwiftNaming.memberName),
                        at: specOperation.name.location, diagnostics: &diagnostics)
                }
                if let former = specOperation.formerSwiftName {
                    if !SwiftIdentifier.isValid(former.value) {
                        diagnostics.error("formerSwiftName '\(former.value)' is not a valid Swift identifier", at: former.location)
                    } else if operationNames.claim(
                        former.value, original: "\(specOperation.name.value) (formerSwiftName)", at: former.location,
                        diagnostics: &diagnostics)
                    {
                        operation.formerSwiftName = former.value
                    }
                    // An operation whose derived name meets it is the author's to rename, as with `swiftName`.
                    operationNames.explicitNames.insert(former.value)
                }
                operations.append(operation)
            }
            diagnostics.append(contentsOf: builder.diagnostics)
            for synthesized in builder.synthesizedTypes {
                typeCollisions.claim(
                    synthesized.swiftName, original: synthesized.swiftName, at: synthesized.location,
                    diagnostics: &diagnostics)
                typeNames[synthesized.id] = synthesized.swiftName
            }
            resources.append(
                Resource(
                    name: resource.name.value, typeName: typeName, accessorName: accessor, docs: resource.docs,
                    operations: operations, parent: parent))
        }
        return resources
    }

    /// `channels.messages` → `channels`; `nil` for a top-level resource.
    static func parentName(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[..<dot])
    }

    static func lastComponent(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[name.index(after: dot)...])
    }

    /// The resources with the parents their dotted names imply (`v2010.accounts` needs `v2010`),
    /// each parent right before its first child when it is not declared.
    static func withParents(_ resources: [SpecResource]) -> [SpecResource] {
        let declared = Set(resources.map(\.name.value))
        var added: Set<String> = []
        var result: [SpecResource] = []
        for resource in resources {
            var missing: [String] = []
            var name = resource.name.value
            while let parent = parentName(name) {
                if !declared.contains(parent) && !added.contains(parent) { missing.append(parent) }
                name = parent
            }
            for parent in missing.reversed() {
                added.insert(parent)
                result.append(
                    SpecResource(
                        name: Located(parent, at: resource.name.location), swiftName: nil, docs: nil, operations: []))
            }
            result.append(resource)
        }
        return result
    }

    /// `route` and `mirrors` name the Python SDK's methods, which only the Julep profile has: one
    /// warning, at the first, says they are left out.
    private mutating func reportRoutesOutsideTheJulepProfile() {
        guard profile != .julep else { return }
        let operations = document.resources.flatMap(\.operations)
        let named = operations.filter { $0.route != nil || !$0.mirrors.isEmpty }
        guard let first = named.first else { return }
        let location = first.route?.location ?? first.mirrors.first?.location ?? first.location
        diagnostics.warning(
            "'route' and 'mirrors' belong to the Julep profile; without 'profile: julep' they are ignored "
                + "(\(named.count) operation\(named.count == 1 ? "" : "s"))",
            at: location)
    }

    /// Flattened body arguments are taken from the final declarations (after recursion analysis).
    private func fillFlattenedParameters(_ resources: inout [Resource]) {
        for r in resources.indices {
            for o in resources[r].operations.indices {
                let operation = resources[r].operations[o]
                guard case .flattened(let id)? = operation.body?.shape, let declaration = declarations[id],
                    case .object(let object) = declaration.kind
                else { continue }
                var fields = OperationBuilder.bodyParameters(object)
                if let body = operation.body, body.kind == .multipart {
                    // File fields take a `FileUpload`: bytes with a file name and a content type.
                    for index in fields.indices
                    where OperationBuilder.isFileField(fields[index], encoding: body.encodings[fields[index].wireName]) {
                        fields[index].type = OperationBuilder.fileType(fields[index].type)
                        fields[index].constraints = Constraints()
                        fields[index].defaultValue = nil
                    }
                }
                let insertAt = operation.parameters.firstIndex { $0.location != .path } ?? operation.parameters.count
                resources[r].operations[o].parameters.insert(contentsOf: fields, at: insertAt)
            }
        }
    }

    /// `returns:` needs the final arguments (flattened body fields included) and every declaration.
    private mutating func buildComposedReturns(_ resources: inout [Resource], resolver: TypeResolver) {
        var composer = ComposedReturnBuilder(declarations: declarations, resolver: resolver)
        var fetcher = FetchedReturnBuilder(declarations: declarations, resolver: resolver)
        for (r, resource) in resources.enumerated() {
            guard let spec = document.resources.first(where: { $0.name.value == resource.name }) else { continue }
            let declaredReturns = Set(spec.operations.filter { $0.returns != nil }.map(\.name.value))
            for (o, operation) in resource.operations.enumerated() {
                guard let returns = spec.operations.first(where: { $0.name.value == operation.name })?.returns else {
                    continue
                }
                if let fetch = returns.fetch {
                    resources[r].operations[o].returns = fetcher.build(
                        returns, fetch: fetch, operation: operation, in: resource, declaredReturns: declaredReturns
                    ).map(ReturnedObject.fetched)
                } else {
                    resources[r].operations[o].returns = composer.build(returns, operation: operation).map(ReturnedObject.composed)
                }
            }
        }
        diagnostics.append(contentsOf: composer.diagnostics)
        diagnostics.append(contentsOf: fetcher.diagnostics)
    }

    /// `shortcuts:` need the final operations (arguments, `returns:`) and every declaration.
    private mutating func buildShortcuts(_ resources: inout [Resource]) {
        for (r, resource) in resources.enumerated() {
            guard let spec = document.resources.first(where: { $0.name.value == resource.name }) else { continue }
            var builder = ShortcutBuilder(declarations: declarations, resource: resource)
            for (o, operation) in resource.operations.enumerated() {
                guard let shortcuts = spec.operations.first(where: { $0.name.value == operation.name })?.shortcuts,
                    !shortcuts.isEmpty
                else { continue }
                let resultType: TypeReference?
                switch operation.returns {
                case .composed(let composed)?: resultType = .named(composed.type)
                case .fetched(let fetched)?: resultType = fetched.type
                case nil: resultType = operation.streaming == nil ? operation.response.type : nil
                }
                resources[r].operations[o].shortcuts = shortcuts.compactMap {
                    builder.build($0, of: operation, resultType: resultType)
                }
            }
            diagnostics.append(contentsOf: builder.diagnostics)
        }
    }

    private mutating func buildAccessors() {
        var builder = AccessorBuilder(declarations: declarations)
        for type in document.types where !type.accessors.isEmpty {
            let id = TypeID(type.name.value)
            guard let declaration = declarations[id] else { continue }
            var names = CollisionChecker(what: "accessor")
            let accessors = type.accessors.compactMap { spec -> Accessor? in
                guard names.claim(spec.name.value, original: spec.name.value, at: spec.name.location, diagnostics: &diagnostics)
                else { return nil }
                return builder.build(spec, on: declaration)
            }
            declarations[id]?.accessors = accessors
        }
        diagnostics.append(contentsOf: builder.diagnostics)
    }

    // MARK: Environments and auth

    private mutating func buildEnvironments() -> [Environment] {
        var names = CollisionChecker(what: "environment")
        var result: [Environment] = []
        let defaults = document.environments.filter(\.isDefault)
        if defaults.count > 1 {
            diagnostics.error(
                "only one environment can be the default", at: defaults[1].name.location,
                notes: [.note("'\(defaults[0].name.value)' is the default already", at: defaults[0].name.location)])
        }
        for (index, environment) in document.environments.enumerated() {
            let caseName = SwiftNaming.memberName(environment.name.value)
            names.claim(caseName, original: environment.name.value, at: environment.name.location, diagnostics: &diagnostics)
            if !URLText.isHTTPURL(environment.url.value) {
                diagnostics.error(
                    "environment '\(environment.name.value)' needs an absolute http(s) URL, found '\(environment.url.value)'",
                    at: environment.url.location)
            }
            let isDefault = defaults.isEmpty ? index == 0 : environment == defaults[0]
            result.append(
                Environment(
                    name: environment.name.value, caseName: caseName, url: environment.url.value, isDefault: isDefault,
                    docs: environment.docs))
        }
        return result
    }

    private mutating func buildAuthSchemes() -> [AuthScheme] {
        var names = CollisionChecker(what: "auth scheme argument")
        for argument in RuntimeNames.clientInitializerArguments {
            names.reserve(argument, as: "the client's \(argument) argument")
        }
        var schemeNames = CollisionChecker(what: "auth scheme")
        let basicCount = document.authSchemes.count { $0.kind == .basic }
        if let security = document.security { checkSecurity(security) }
        return document.authSchemes.map { scheme in
            let isNew = schemeNames.claim(
                scheme.name.value, original: scheme.name.value, at: scheme.name.location, diagnostics: &diagnostics)
            let base = SwiftNaming.memberName(scheme.name.value)
            var result = AuthScheme(
                name: scheme.name.value, kind: .basic, parameterName: base,
                environmentVariables: scheme.environmentVariables, docs: scheme.docs)
            switch scheme.kind {
            case .apiKey(let location, let name, let prefix):
                result.kind = .apiKey(AuthScheme.Location(rawValue: location.rawValue) ?? .header, name: name.value, prefix: prefix)
                if location != .query, !HTTPToken.isValid(name.value) {
                    diagnostics.error("'\(name.value)' is not a valid \(location == .header ? "HTTP header" : "cookie") name", at: name.location)
                }
                if location == .query, name.value.isEmpty {
                    diagnostics.error("a query item name cannot be empty", at: name.location)
                }
            case .bearer(let format):
                result.kind = .bearer(format: format)
                result.tokenProviderParameterName = base + "Provider"
            case .basic:
                // One Basic scheme takes the obvious `username:password:`; several are told apart by name.
                result.parameterName = basicCount == 1 ? "username" : base + "Username"
                result.passwordParameterName = basicCount == 1 ? "password" : base + "Password"
                result.passwordEnvironmentVariables = scheme.passwordEnvironmentVariables
            }
            // A duplicate scheme is reported once, not again for its arguments.
            for parameter in [result.parameterName, result.passwordParameterName, result.tokenProviderParameterName]
                .compactMap({ $0 }) where isNew {
                names.claim(parameter, original: scheme.name.value, at: scheme.name.location, diagnostics: &diagnostics)
            }
            return result
        }
    }

    /// An operation's credentials: its own `security`, else the document's, else (`nil`) every
    /// credential the client has.
    private mutating func buildSecurity(_ security: SpecSecurity?) -> [[String]]? {
        if let security { checkSecurity(security) }
        guard let security = security ?? document.security else { return nil }
        return security.alternatives.map { alternative in
            var seen: Set<String> = []
            return alternative.map(\.value).filter { seen.insert($0).inserted }
        }
    }

    /// Reports names in `security` that are not schemes of `auth`.
    private mutating func checkSecurity(_ security: SpecSecurity) {
        let known = document.authSchemes.map(\.name.value)
        for name in security.alternatives.joined() where !known.contains(name.value) {
            diagnostics.error("unknown auth scheme '\(name.value)'\(Suggestion.didYouMean(name.value, in: known))", at: name.location)
        }
    }

    // MARK: Shared pieces

    /// `raw` as a type name (`SwiftNaming.typeName`), shortened with a warning when it is too long
    /// to name a file (`NameShortening`).
    private mutating func shortenedName(_ raw: String, what: String, at location: SourceLocation?) -> String {
        let plain = SwiftNaming.typeName(raw)
        let name = NameShortening.shortened(plain)
        if name != plain {
            diagnostics.warning(
                "the Swift name of the \(what) '\(NameShortening.abbreviated(raw))' would be \(plain.utf8.count) "
                    + "characters long; it is named '\(name)'",
                at: location)
        }
        return name
    }

    private mutating func memberName(for name: Located<String>, explicit: Located<String>?) -> String {
        if let explicit {
            if !SwiftIdentifier.isValid(explicit.value) {
                diagnostics.error("swiftName '\(explicit.value)' is not a valid Swift identifier", at: explicit.location)
            }
            return explicit.value
        }
        if SwiftNaming.splitWords(name.value).isEmpty {
            diagnostics.error(
                "'\(name.value)' has no letters or digits to make a Swift name from; set 'swiftName'", at: name.location)
        }
        return SwiftNaming.memberName(name.value)
    }

    /// Every type name an expression mentions (`list<A | B?>` → A, B).
    private static func collectNames(_ expression: TypeExpression, into names: inout Set<String>) {
        switch expression {
        case .name(let name): names.insert(name.value)
        case .generic(_, let argument): collectNames(argument, into: &names)
        case .nullable(let wrapped, _): collectNames(wrapped, into: &names)
        case .union(let members, _): for member in members { collectNames(member, into: &names) }
        }
    }

    /// A member (property, case) name: the explicit one, which must be free, or the derived one,
    /// renamed by `ClashRenaming` when taken.
    private mutating func claimMemberName(
        _ name: Located<String>, explicit: Located<String>?, in names: inout CollisionChecker
    ) -> String {
        if explicit != nil {
            let swiftName = memberName(for: name, explicit: explicit)
            names.claim(swiftName, original: name.value, at: explicit?.location, diagnostics: &diagnostics)
            names.explicitNames.insert(swiftName)
            return swiftName
        }
        let derived = name.value.isEmpty ? "empty" : memberName(for: name, explicit: nil)
        return names.claimRenaming(
            derived, original: name.value,
            candidates: ClashRenaming.candidates(derived: derived, raw: name.value, naming: SwiftNaming.memberName),
            at: name.location, diagnostics: &diagnostics)
    }
}

/// RFC 9110 token characters, for header names.
enum HTTPToken {
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar))
        }
    }
}

enum URLText {
    /// `https://host[...]` with a host, written only with characters RFC 3986 allows, so
    /// `URL(string:)` in the generated SDK is sure to accept it.
    static func isHTTPURL(_ text: String) -> Bool {
        guard text.unicodeScalars.allSatisfy(isURLScalar) else { return false }
        for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) {
            let rest = text.dropFirst(scheme.count)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty
        }
        return false
    }

    /// Unreserved, reserved and `%` (for escapes).
    static func isURLScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || "-._~:/?#[]@!$&'()*+,;=%".unicodeScalars.contains(scalar))
    }

    /// What may appear literally in a path template outside `{…}`: RFC 3986 `pchar` and `/`.
    static func isPathScalar(_ scalar: Unicode.Scalar) -> Bool {
        isURLScalar(scalar) && !"?#[]".unicodeScalars.contains(scalar)
    }
}
