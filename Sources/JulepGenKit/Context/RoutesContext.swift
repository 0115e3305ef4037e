/// What `api.mustache` sees: the low-level client with one method per documented route.
struct RoutesContext: Encodable {
    /// `JulepAPI`.
    var typeName: String
    var clientType: String
    var apiName: String
    var routes: [RouteContext]
}

/// One documented route, e.g. `agents_route_create` → `agentsRouteCreate`.
struct RouteContext: Encodable {
    var name: String
    var route: String
    var doc: [String]
    var deprecation: [String]
    var signature: SignatureContext
    var resourceType: String
    /// The manager method it calls, escaped if needed.
    var operationName: String
    var forwardedArguments: String
    var returnsValue: Bool
    var isStreaming: Bool
}

extension ContextBuilder {
    /// The routes in the order of their names, like the Python SDK's reference.
    func routes() -> RoutesContext {
        var routes: [RouteContext] = []
        for resource in api.resources {
            for operation in resource.operations {
                guard let route = operation.route else { continue }
                let projection = self.projection.operation(operation, in: resource)
                let manager = "\(resource.accessorName).\(operation.swiftName)"
                let doc = DocComment.lines(paragraphs: [
                    operation.docs,
                    "`\(operation.method) \(operation.path.raw)` — the Python SDK's `\(route)`. The manager's "
                        + "``\(resource.typeName)/\(operation.swiftName)`` (`client.\(manager)`) does the same.",
                ])
                let name = SwiftNaming.escapedMemberName(SwiftNaming.memberName(route))
                let arguments = projection.arguments.map(\.context)
                routes.append(
                    RouteContext(
                        name: name, route: route, doc: doc,
                        deprecation: deprecationLines(operation.deprecation),
                        signature: .method(name, arguments: arguments, tail: Self.methodTail(projection, returning: projection.responseType)),
                        resourceType: resource.typeName, operationName: projection.methodName,
                        forwardedArguments: projection.forwarded,
                        returnsValue: projection.responseType != nil, isStreaming: operation.streaming != nil))
            }
        }
        return RoutesContext(
            typeName: RuntimeNames.routesType(api: api.swiftName), clientType: RuntimeNames.clientType(api: api.swiftName),
            apiName: api.swiftName, routes: routes.sorted { $0.route < $1.route })
    }
}
