/// The Swift decisions about an API, between the IR and the template contexts (the stage
/// swift-openapi-generator calls its translators): how each operation's arguments are declared,
/// passed on, stored, checked and paged. Every context that shows an operation — manager methods
/// and their twins, the route API, the README, the sample tests — reads the same
/// ``OperationProjection`` instead of deciding again.
///
/// A run makes one, before its files render on several threads, and every operation is projected
/// then, once: the contexts, the API surface and the sample tests look the projections up.
struct SwiftProjection {
    let api: APIDefinition
    let speller: SwiftTypeSpeller
    /// The enums and unions that get `isUnrecognized` (see ``UnrecognizedValues``).
    let unrecognizable: Set<TypeID>
    /// How often each type is named, for the union factories' wrapper rule.
    let references: TypeReferenceCounts
    /// Each operation's projection, by its resource's type name, then its name.
    private var projections: [String: [String: OperationProjection]] = [:]

    init(api: APIDefinition) {
        self.api = api
        self.speller = SwiftTypeSpeller(api: api)
        self.unrecognizable = UnrecognizedValues(api: api).declarationsNeedingCheck()
        self.references = TypeReferenceCounts(api: api)
        for resource in api.resources {
            var projections: [String: OperationProjection] = [:]
            for operation in resource.operations {
                projections[operation.name] = project(operation, in: resource)
            }
            self.projections[resource.typeName] = projections
        }
    }

    /// `operation`'s methods as Swift declares them, in `resource`.
    func operation(_ operation: Operation, in resource: Resource) -> OperationProjection {
        if let projection = projections[resource.typeName]?[operation.name], projection.operation == operation {
            return projection
        }
        // An operation the API does not hold as it is (a test's variant of one): projected now.
        return project(operation, in: resource)
    }

    private func project(_ operation: Operation, in resource: Resource) -> OperationProjection {
        let names = ArgumentNames.method(operation)
        var arguments = operation.parameters.map { argument($0, names: names) }
        if let body = operation.body, case .value(let type) = body.shape, let bodyIndex = Self.bodyArgumentIndex(operation) {
            let used = names.used(body.argumentName)
            arguments.insert(
                SwiftArgument(
                    role: .body(body, type), swiftName: body.argumentName,
                    declaration: "\(names.declared(body.argumentName)): \(speller.spell(type))",
                    forwarding: "\(SwiftNaming.argumentLabel(body.argumentName)): \(used)", used: used,
                    optionality: type.isNullable ? .optional : .plain, constraints: Constraints(), validation: nil),
                at: bodyIndex)
        }
        arguments.append(Self.optionsArgument)
        let checks = arguments.compactMap(\.validation) + exclusiveChecks(operation, names: names)
        var projection = OperationProjection(
            operation: operation, names: names, methodName: SwiftNaming.escapedMemberName(operation.swiftName),
            arguments: arguments, validations: checks,
            responseType: operation.response.type.map(speller.spell),
            managerReturnType: managerReturnType(operation),
            eventType: operation.streaming.map { speller.spell($0.eventType) })
        projection.paging = pagingPlan(projection, in: resource)
        return projection
    }

    /// `options: RequestOptions? = nil`, the last argument of every method.
    static let optionsArgument: SwiftArgument = {
        let options = RuntimeNames.requestOptionsArgument
        return SwiftArgument(
            role: .options, swiftName: options, declaration: "\(options): \(RuntimeNames.requestOptionsType)? = nil",
            forwarding: "\(options): \(options)", used: options, optionality: .optional, constraints: Constraints(),
            validation: nil)
    }()

    /// Where the `body` argument goes among the parameters (right after the path parameters), or
    /// `nil` when the body is not one value.
    static func bodyArgumentIndex(_ operation: Operation) -> Int? {
        guard case .value? = operation.body?.shape else { return nil }
        return operation.parameters.firstIndex { $0.location != .path } ?? operation.parameters.count
    }

    /// What an operation's manager method returns: the `returns:` object, else the response's type.
    func managerReturnType(_ operation: Operation) -> String? {
        switch operation.returns {
        case .composed(let composed)?: api.type(composed.type)?.qualifiedSwiftName ?? composed.type.rawValue
        case .fetched(let fetched)?: speller.spell(fetched.type)
        case nil: operation.response.type.map(speller.spell)
        }
    }

    /// The `…All` method of a paginated list (`listAll`, or `listAutoPaging` when that name is taken).
    static func autoPagingName(_ operation: Operation, in resource: Resource) -> String? {
        // A former name (`formerSwiftName`) keeps its forward, so `…All` must not take it either.
        let taken = Set(resource.operations.flatMap { [$0.swiftName, $0.formerSwiftName].compactMap { $0 } })
        return [operation.swiftName + "All", operation.swiftName + "AutoPaging"].first { !taken.contains($0) }
    }
}
