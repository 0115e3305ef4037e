/// Checks a `returns: { type, fetch }` declaration: after the operation, the manager method reads
/// the whole object back with another operation of the same resource, given the response's `id`
/// (or, when the operation answers without a value, its own path parameter of the same name), or
/// finds it by that `id` among the items of a paginated list.
///
/// For answers that cannot be completed from the arguments (an update's answer has no
/// `created_at`; a created session's variant is the server's choice). Everything the generated
/// call relies on is checked here, so the SDK never compiles a call that cannot work.
struct FetchedReturnBuilder {
    let declarations: [TypeID: TypeDeclaration]
    let resolver: TypeResolver
    private(set) var diagnostics = Diagnostics()

    /// The response property that names the resource the operation acted on.
    static let idProperty = "id"

    init(declarations: [TypeID: TypeDeclaration], resolver: TypeResolver) {
        self.declarations = declarations
        self.resolver = resolver
    }

    /// - Parameters:
    ///   - fetch: the name of the reading operation, as written in the spec.
    ///   - declaredReturns: names of the resource's operations that have a `returns:` of their own.
    mutating func build(
        _ spec: SpecReturns, fetch: Located<String>, operation: Operation, in resource: Resource,
        declaredReturns: Set<String>
    ) -> FetchedReturn? {
        guard let target = resolver.resolve(spec.type, diagnostics: &diagnostics) else { return nil }
        let names = resource.operations.map(\.name)
        guard let reader = resource.operations.first(where: { $0.name == fetch.value }) else {
            diagnostics.error(
                "'fetch' names '\(fetch.value)', which the resource '\(resource.name)' does not have"
                    + Suggestion.didYouMean(fetch.value, in: names.filter { $0 != operation.name }), at: fetch.location)
            return nil
        }
        guard reader.name != operation.name else {
            diagnostics.error("'fetch' names the operation itself", at: fetch.location)
            return nil
        }
        guard reader.streaming == nil, let readerType = reader.response.type else {
            diagnostics.error("'fetch' needs an operation that answers with a value; '\(reader.name)' does not", at: fetch.location)
            return nil
        }
        guard !declaredReturns.contains(reader.name) else {
            diagnostics.error(
                "'fetch' needs an operation that returns the API's answer as it is; '\(reader.name)' has a 'returns' of its own",
                at: fetch.location)
            return nil
        }
        if let pagination = reader.pagination {
            return listing(spec, fetch: fetch, target: target, operation: operation, reader: reader, pagination: pagination)
        }
        guard readerType == target else {
            diagnostics.error(
                "'\(reader.name)' answers with '\(readerType.specSpelling)', not '\(spec.type.spelling)'", at: spec.type.location)
            return nil
        }
        let required = reader.parameters.filter { $0.isRequired && $0.defaultValue == nil }
        guard reader.body == nil, required.count == 1, let parameter = required.first, parameter.location == .path else {
            diagnostics.error(
                "'fetch' needs an operation whose only required argument is one path parameter (the ID); '\(reader.name)' takes "
                    + (required.isEmpty ? "none" : required.map { "'\($0.wireName)'" }.joined(separator: ", "))
                    + (reader.body == nil ? "" : " and a body"),
                at: fetch.location)
            return nil
        }
        if operation.response.type == nil {
            // Nothing to read the ID from: the operation's own path parameter names the object.
            guard let own = operation.parameters.first(where: { $0.location == .path && $0.wireName == parameter.wireName }),
                own.type == parameter.type
            else {
                diagnostics.error(
                    "'fetch' reads the object back by the response's '\(Self.idProperty)' or, when '\(operation.name)' answers "
                        + "without a value, by its path parameter '\(parameter.wireName)'; it has neither",
                    at: fetch.location)
                return nil
            }
            return FetchedReturn(type: target, operation: reader.swiftName, parameter: parameter.swiftName, source: .argument(own.swiftName))
        }
        guard case .named(let responseID)? = operation.response.type, case .object(let response)? = declarations[responseID]?.kind,
            let id = response.properties.first(where: { $0.wireName == Self.idProperty })
        else {
            diagnostics.error(
                "'fetch' reads the object back by the response's '\(Self.idProperty)', but the response of '\(operation.name)' has no such property",
                at: fetch.location)
            return nil
        }
        guard id.isRequired, id.type == parameter.type else {
            diagnostics.error(
                id.isRequired
                    ? "the response's '\(Self.idProperty)' has a different type than the path parameter '\(parameter.wireName)' of '\(reader.name)'"
                    : "the response's '\(Self.idProperty)' may be missing, so the object cannot be read back",
                at: fetch.location)
            return nil
        }
        return FetchedReturn(
            type: target, operation: reader.swiftName, parameter: parameter.swiftName, source: .responseProperty(id.swiftName))
    }

    /// `fetch` naming a paginated list (a resource without a route that reads one object, such as
    /// an agent's tools): the object is the list's item whose `id` is the response's `id`. The
    /// list's required arguments are the operation's own arguments of the same name and type.
    private mutating func listing(
        _ spec: SpecReturns, fetch: Located<String>, target: TypeReference, operation: Operation, reader: Operation,
        pagination: Pagination
    ) -> FetchedReturn? {
        guard pagination.itemType == target else {
            diagnostics.error(
                "the items of '\(reader.name)' are '\(pagination.itemType.specSpelling)', not '\(spec.type.spelling)'",
                at: spec.type.location)
            return nil
        }
        guard case .named(let itemTypeID) = target, case .object(let item)? = declarations[itemTypeID]?.kind,
            let itemID = item.properties.first(where: { $0.wireName == Self.idProperty && $0.isRequired })
        else {
            diagnostics.error(
                "'fetch' finds the object in '\(reader.name)' by its '\(Self.idProperty)', which '\(spec.type.spelling)' does not have",
                at: spec.type.location)
            return nil
        }
        guard case .named(let responseID)? = operation.response.type, case .object(let response)? = declarations[responseID]?.kind,
            let id = response.properties.first(where: { $0.wireName == Self.idProperty }), id.isRequired, id.type == itemID.type
        else {
            diagnostics.error(
                "'fetch' finds the object in '\(reader.name)' by the response's '\(Self.idProperty)', which the response of "
                    + "'\(operation.name)' does not have with the type of the items' '\(Self.idProperty)'",
                at: fetch.location)
            return nil
        }
        var arguments: [String] = []
        for parameter in reader.parameters where parameter.isRequired && parameter.defaultValue == nil {
            guard operation.parameters.contains(where: { $0.swiftName == parameter.swiftName && $0.type == parameter.type }) else {
                diagnostics.error(
                    "'fetch' calls '\(reader.name)' with the arguments of '\(operation.name)', which has no argument "
                        + "'\(parameter.swiftName)' of its type", at: fetch.location)
                return nil
            }
            arguments.append(parameter.swiftName)
        }
        return FetchedReturn(
            type: target, operation: reader.swiftName, parameter: "", source: .responseProperty(id.swiftName),
            listing: FetchedReturn.Listing(itemID: itemID.swiftName, arguments: arguments))
    }
}
