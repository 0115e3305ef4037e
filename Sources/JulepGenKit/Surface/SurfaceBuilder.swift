/// Builds an SDK's ``APISurface`` from the IR, through the same view models the templates render,
/// so every spelling (types, labels, default values) is the one the generated code has.
///
/// What the built-in templates declare around the spec's parts (the client's fixed arguments,
/// `withRawResponse`, the route API) is stated here too; `SurfaceConsistencyTests` checks that
/// every public declaration of a generated SDK is in its surface.
public struct SurfaceBuilder {
    let api: APIDefinition
    private let builder: ContextBuilder

    public init(api: APIDefinition) {
        self.init(builder: ContextBuilder(projection: SwiftProjection(api: api)))
    }

    /// `builder`: the run's one, when the SDK is generated too (its docs are left out here).
    init(builder: ContextBuilder) {
        self.api = builder.api
        self.builder = builder.withoutDocs()
    }

    public func build() -> APISurface {
        let client = builder.client()
        var types = clientTypes(client)
        let routes = routeNames()
        for resource in api.resources {
            types.append(self.resource(resource, routes: routes))
        }
        for declaration in api.types {
            types += models(builder.model(declaration), declaration)
        }
        for name in builder.caseProtocols.protocols.keys.sorted() {
            types.append(caseProtocol(builder.caseProtocols.protocols[name]!))
        }
        return APISurface(module: api.swiftName, version: api.version, types: types)
    }

    // MARK: Client

    private func clientTypes(_ client: ClientContext) -> [SurfaceType] {
        var initializer = client.authSchemes.flatMap(\.parameters)
        if client.hasEnvironments {
            initializer.append(
                client.readsBaseURLEnvironment
                    ? "environment: \(client.environmentType)? = nil"
                    : "environment: \(client.environmentType) = .\(client.defaultEnvironment ?? "")")
            initializer.append("baseURL: URL? = nil")
        } else {
            initializer.append("baseURL: URL")
        }
        initializer += [
            "timeout: Duration = .seconds(300)", "maxRetries: Int = 2", "middlewares: [any Middleware] = []",
            "transport: any HTTPTransport = URLSessionTransport()",
        ]
        var members = [
            SurfaceMember(kind: .staticConstant, name: "apiVersion", type: "String"),
            SurfaceMember(kind: .constant, name: "configuration", type: "ClientConfiguration"),
            SurfaceMember(kind: .initializer, name: "init", parameters: initializer.compactMap(SurfaceParameter.init(declaration:))),
            SurfaceMember(
                kind: .initializer, name: "init",
                parameters: [SurfaceParameter(label: "configuration", type: "ClientConfiguration")]),
            SurfaceMember(
                kind: .method, name: "withConfiguration",
                parameters: [SurfaceParameter(label: "_ change", type: "(inout ClientConfiguration) -> Void")],
                type: client.clientType),
        ]
        members += client.resources.map {
            SurfaceMember(kind: .property, name: $0.accessorName, type: $0.typeName, isReadOnly: true)
        }
        let routesType = RuntimeNames.routesType(api: api.swiftName)
        // As `FileRenderer` decides: the route API is the Julep profile's.
        let hasRoutes = api.isJulepProfile && api.resources.contains { $0.operations.contains { $0.route != nil } }
        if hasRoutes {
            members.append(SurfaceMember(kind: .property, name: RuntimeNames.routesAccessor, type: routesType, isReadOnly: true))
        }
        var types = [
            SurfaceType(
                kind: .structure, name: client.clientType, section: .client,
                conformances: ["Sendable", "CustomStringConvertible", "CustomDebugStringConvertible", "CustomReflectable"],
                members: members)
        ]
        if client.hasEnvironments {
            let defaultName = api.defaultEnvironment?.caseName
            types.append(
                SurfaceType(
                    kind: .enumeration, name: client.environmentType, section: .client,
                    conformances: ["String", "Hashable", "Sendable", "CaseIterable"],
                    members: api.environments.map { environment in
                        SurfaceMember(
                            kind: .enumCase, name: SwiftNaming.escapedMemberName(environment.caseName),
                            wireName: environment.name,
                            detail: environment.url + (environment.caseName == defaultName ? " (the default)" : ""))
                    } + [SurfaceMember(kind: .property, name: "url", type: "URL", isReadOnly: true)]))
        } else {
            types.append(
                SurfaceType(kind: .enumeration, name: client.environmentType, section: .client, conformances: ["Hashable", "Sendable"]))
        }
        if hasRoutes {
            // Its methods are listed beside the manager methods they stand for (``SurfaceTwin``).
            types.append(SurfaceType(kind: .structure, name: routesType, section: .client, conformances: ["Sendable"]))
        }
        return types
    }

    // MARK: Resources

    /// Each route's method name in the route API, by resource and operation name.
    private func routeNames() -> [String: String] {
        var names: [String: String] = [:]
        for resource in api.resources {
            for operation in resource.operations where api.isJulepProfile {
                guard let route = operation.route else { continue }
                names[resource.typeName + "." + operation.name] = SwiftNaming.escapedMemberName(SwiftNaming.memberName(route))
            }
        }
        return names
    }

    private func resource(_ resource: Resource, routes: [String: String]) -> SurfaceType {
        let context = builder.resource(resource)
        // Nested resources first, as the template declares them (`client.channels.messages`).
        var members = context.children.map {
            SurfaceMember(kind: .property, name: $0.accessorName, type: $0.typeName, isReadOnly: true)
        }
        if context.hasRawOperations {
            members.append(SurfaceMember(kind: .property, name: "withRawResponse", type: "WithRawResponse", isReadOnly: true))
        }
        let routesType = RuntimeNames.routesType(api: api.swiftName)
        for (operation, method) in zip(resource.operations, context.operations) {
            let returned = method.composedReturn.first?.typeName ?? method.fetchedReturn.first?.typeName ?? method.returnType
            let stream = method.eventType.map { "AsyncThrowingStream<\($0), any Error>" }
            let effects = method.isStreaming ? "throws" : "async throws"
            var twins: [SurfaceTwin] = method.autoPaging.map {
                SurfaceTwin(path: $0.name, effects: nil, type: "AutoPagingSequence<\($0.pageType), \($0.itemType)>")
            }
            if !method.isStreaming {
                twins.append(SurfaceTwin(path: "withRawResponse." + method.name, effects: effects, type: method.rawReturnType))
            }
            if let route = routes[resource.typeName + "." + operation.name] {
                twins.append(
                    SurfaceTwin(
                        path: routesType + "." + route, effects: effects, type: stream ?? method.returnType))
            }
            let arguments = parameters(method.signature.parameters)
            let request = "\(operation.method) \(operation.path.raw)"
            members.append(
                SurfaceMember(
                    kind: .method, name: method.name, parameters: arguments, type: stream ?? returned, effects: effects,
                    operation: request, deprecation: operation.deprecation.map { SurfaceDeprecation(message: $0.message) },
                    twins: twins))
            // `shortcuts:` and the overload taking `String` for a union holding text: the same request.
            for shortcut in method.shortcuts {
                members.append(
                    SurfaceMember(
                        kind: .method, name: shortcut.name, parameters: parameters(shortcut.signature.parameters),
                        type: shortcut.returnsValue ? shortcut.returnType : nil, effects: "async throws", operation: request,
                        deprecation: deprecation(shortcut.deprecation)))
            }
            // A bytes answer's companion writing it to a file (`downloadPrint(photoId:to:)`): the same request.
            for download in method.downloads {
                members.append(
                    SurfaceMember(
                        kind: .method, name: method.name, parameters: parameters(download.signature.parameters),
                        type: "URL", effects: effects, operation: request,
                        deprecation: operation.deprecation.map { SurfaceDeprecation(message: $0.message) },
                        twins: [SurfaceTwin(path: "withRawResponse." + method.name, effects: effects, type: "APIResponse<URL>")]))
            }
            // `formerSwiftName`: the old name, forwarding to this method (and its twins to the twins).
            for former in method.formerNames {
                var formerTwins = former.autoPaging.map {
                    SurfaceTwin(path: $0.name, effects: nil, type: $0.returnType)
                }
                if former.hasRawTwin {
                    formerTwins.append(SurfaceTwin(path: "withRawResponse." + former.name, effects: effects, type: former.rawReturnType))
                }
                members.append(
                    SurfaceMember(
                        kind: .method, name: former.name, parameters: arguments, type: stream ?? returned, effects: effects,
                        operation: request, deprecation: SurfaceDeprecation(renamed: operation.swiftName), twins: formerTwins))
            }
        }
        return SurfaceType(
            kind: .structure, name: context.typeName, section: .resources, conformances: ["Sendable"], members: members)
    }

    // MARK: Models

    /// The type and the types nested in it, each on its own. A nested type is the inline union of
    /// a property: its template declares the cases only.
    private func models(_ context: ModelContext, _ declaration: TypeDeclaration, isNested: Bool = false) -> [SurfaceType] {
        var type = SurfaceType(
            kind: .structure, name: context.qualifiedName, section: .models,
            deprecation: declaration.deprecation.map { SurfaceDeprecation(message: $0.message) })
        switch declaration.kind {
        case .object(let object):
            type.conformances = ["Hashable", "Sendable", "Codable"]
            type.members = objectMembers(context.object, object)
        case .enumeration(let enumeration):
            type.kind = .enumeration
            type.conformances = ["Hashable", "Sendable", "RawRepresentable", "Codable"]
            let cases = zip(enumeration.cases, context.enumeration?.cases ?? []).map { enumCase, caseContext in
                SurfaceMember(
                    kind: .enumCase, name: caseContext.name, wireName: enumCase.value,
                    deprecation: enumCase.deprecation.map { SurfaceDeprecation(message: $0.message) })
            }
            type.members = cases + [
                SurfaceMember(kind: .enumCase, name: "unknown", parameters: [unlabeled(enumeration.isInteger ? "Int" : "String")])
            ]
        case .alias:
            type.kind = .alias
            type.aliasTarget = context.alias?.target
        case .union(let union):
            type.kind = .enumeration
            type.conformances = ["Hashable", "Sendable", "Codable"]
            if let literals = context.union {
                if !literals.stringLiteral.isEmpty { type.conformances.append("ExpressibleByStringLiteral") }
                if !literals.arrayLiteral.isEmpty { type.conformances.append("ExpressibleByArrayLiteral") }
                if !literals.dictionaryLiteral.isEmpty { type.conformances.append("ExpressibleByDictionaryLiteral") }
            }
            type.conformances += context.union?.caseProtocols ?? []
            type.members = unionMembers(context.union, union)
            if isNested { type.members.removeAll { $0.kind != .enumCase || $0.name == "unknown" } }
        }
        if !isNested {
            type.members += context.accessors.map { SurfaceMember(kind: .property, name: $0.name, type: $0.type, isReadOnly: true) }
        }
        return [type] + zip(context.nested, declaration.nested).flatMap { models($0, $1, isNested: true) }
    }

    private func objectMembers(_ context: ObjectContext?, _ object: ObjectType) -> [SurfaceMember] {
        guard let context else { return [] }
        var members: [SurfaceMember] = []
        for (index, property) in context.properties.enumerated() {
            // The last context may be the undeclared keys' property, which the IR keeps apart.
            let declared = index < object.properties.count ? object.properties[index] : nil
            let wireName = declared.map(\.wireName).flatMap { $0 == declared?.swiftName ? nil : $0 }
            members.append(
                SurfaceMember(
                    kind: .property, name: property.name, type: property.type, wireName: wireName,
                    deprecation: declared?.deprecation.map { SurfaceDeprecation(message: $0.message) }))
            if let declared {
                for former in property.formerNames {
                    members.append(
                        SurfaceMember(
                            kind: .property, name: former.name, type: property.type, wireName: wireName,
                            deprecation: SurfaceDeprecation(renamed: declared.swiftName)))
                }
            }
        }
        members.append(
            SurfaceMember(kind: .initializer, name: "init", parameters: parameters(context.properties.map(\.initParameter))))
        // The same with `String` where a property is a union holding text.
        members += context.textInitializer.map {
            SurfaceMember(kind: .initializer, name: "init", parameters: parameters($0.signature.parameters))
        }
        return members
    }

    private func unionMembers(_ context: UnionContext?, _ union: UnionType) -> [SurfaceMember] {
        guard let context else { return [] }
        var members = zip(union.variants, context.variants).map { variant, variantContext in
            SurfaceMember(
                kind: .enumCase, name: variantContext.caseName, parameters: [unlabeled(variantContext.type)],
                wireName: variant.discriminatorValue)
        }
        if context.isTagged {
            members.append(SurfaceMember(kind: .enumCase, name: "unknown", parameters: [unlabeled("String"), unlabeled("JSONValue")]))
        }
        members += context.sharedProperties.map { SurfaceMember(kind: .property, name: $0.name, type: $0.type, isReadOnly: true) }
        members += context.caseAccessors.map {
            SurfaceMember(kind: .property, name: $0.name, type: $0.type, isReadOnly: true, deprecation: deprecation($0.deprecation))
        }
        members += context.listAccessor.map {
            SurfaceMember(kind: .property, name: "asList", type: "[\($0.elementType)]", isReadOnly: true)
        }
        // Overloads taking `String`, and earlier spellings kept as deprecated forwards. Those of
        // cases several unions share are the members of their protocol (`caseProtocol`).
        members += context.declaredFactories.map {
            SurfaceMember(
                kind: .staticMethod, name: $0.name, parameters: parameters($0.parameters), type: "Self",
                deprecation: deprecation($0.deprecation))
        }
        return members
    }

    /// A protocol with the factories of a case several unions share: its requirement, which each
    /// union's case fulfils, and the factories.
    private func caseProtocol(_ shared: UnionCaseProtocols.Shared) -> SurfaceType {
        let requirement = SurfaceMember(
            kind: .staticMethod, name: shared.caseName, parameters: [SurfaceParameter(label: "_", type: shared.payloadType)],
            type: "Self")
        let factories = shared.factories.map {
            SurfaceMember(
                kind: .staticMethod, name: $0.name, parameters: parameters($0.parameters), type: "Self",
                deprecation: deprecation($0.deprecation))
        }
        return SurfaceType(
            kind: .protocolType, name: shared.name, section: .models, conformances: ["Sendable"],
            members: [requirement] + factories)
    }

    /// What a context's `@available(*, deprecated…)` line says (contexts carry it as 0 or 1 line).
    private func deprecation(_ lines: [String]) -> SurfaceDeprecation? {
        lines.first.map { SurfaceReader.deprecation(attribute: $0) ?? SurfaceDeprecation() }
    }

    private func parameters(_ declarations: [String]) -> [SurfaceParameter] {
        declarations.compactMap(SurfaceParameter.init(declaration:))
    }

    private func unlabeled(_ type: String) -> SurfaceParameter {
        SurfaceParameter(label: "_", type: type)
    }
}
