/// How the `…All` companion of an offset-paginated list walks its pages: from which offset, in
/// pages of which size, reading which items. Only for lists whose offset and limit are integers.
struct PagingPlan {
    /// `listAll`, escaped where needed.
    var name: String
    /// The page's and the item's Swift types.
    var pageType: String
    var itemType: String
    /// The offset and limit parameters as the docs name them.
    var offsetWireName: String
    var limitWireName: String
    /// The first offset as an `Int`, e.g. `offset` or `offset ?? 0`.
    var offsetStart: String
    /// The page size as an `Int?`, e.g. `limit`.
    var limitValue: String
    /// The items of a page `$0`, e.g. `$0.items`.
    var itemsExpression: String
    /// The list method's arguments with the offset taken from `$0`.
    var pageArguments: String
}

extension SwiftProjection {
    /// The paging plan of `operation`'s `…All` companion, or `nil` when it has none.
    func pagingPlan(_ projection: OperationProjection, in resource: Resource) -> PagingPlan? {
        let operation = projection.operation
        guard let pagination = operation.pagination, operation.streaming == nil,
            let offset = operation.parameters.first(where: { $0.location == .query && $0.wireName == pagination.offsetParameter }),
            let limit = operation.parameters.first(where: { $0.location == .query && $0.wireName == pagination.limitParameter }),
            let offsetWidth = integerWidth(offset.type), let limitWidth = integerWidth(limit.type),
            let items = itemsExpression(operation.response.type, property: pagination.itemsProperty),
            let pageType = projection.responseType,
            let name = Self.autoPagingName(operation, in: resource)
        else { return nil }
        let names = projection.names
        let offsetName = names.used(offset.swiftName)
        let limitName = names.used(limit.swiftName)
        let offsetStart: String
        let limitValue: String
        switch (offsetWidth, offset.optionality.isOptional) {
        case ("Int", false): offsetStart = offsetName
        case ("Int", true): offsetStart = "\(offsetName) ?? 0"
        case (_, false): offsetStart = "Int(\(offsetName))"
        case (_, true): offsetStart = "\(offsetName).map { Int($0) } ?? 0"
        }
        switch (limitWidth, limit.optionality.isOptional) {
        case ("Int", _): limitValue = limitName
        case (_, false): limitValue = "Int(\(limitName))"
        case (_, true): limitValue = "\(limitName).map { Int($0) }"
        }
        let label = SwiftNaming.argumentLabel(offset.swiftName)
        let pageOffset = offsetWidth == "Int" ? "$0" : "\(offsetWidth)(clamping: $0)"
        let pageArguments = projection.arguments.map { argument in
            argument.forwarding == "\(label): \(offsetName)" ? "\(label): \(pageOffset)" : argument.forwarding
        }
        return PagingPlan(
            name: SwiftNaming.escapedMemberName(name), pageType: pageType, itemType: speller.spell(pagination.itemType),
            offsetWireName: offset.wireName, limitWireName: limit.wireName, offsetStart: offsetStart,
            limitValue: limitValue, itemsExpression: items, pageArguments: pageArguments.joined(separator: ", "))
    }

    /// `Int`, `Int32` or `Int64` when `type` is an integer (through aliases), otherwise `nil`.
    private func integerWidth(_ type: TypeReference) -> String? {
        switch speller.resolved(type.nonNullable).nonNullable {
        case .builtin(.int): "Int"
        case .builtin(.int32): "Int32"
        case .builtin(.int64): "Int64"
        default: nil
        }
    }

    /// How to read the list of items from a page `$0`.
    private func itemsExpression(_ responseType: TypeReference?, property wireName: String) -> String? {
        guard let responseType, case .named(let id) = speller.resolved(responseType),
            case .object(let object)? = api.type(id)?.kind,
            let property = object.properties.first(where: { $0.wireName == wireName })
        else { return nil }
        // A deprecated property's accessor would make the SDK warn about its own code.
        guard property.deprecation == nil else { return nil }
        let name = "$0." + SwiftNaming.escapedMemberName(property.swiftName)
        switch property.optionality {
        case .plain: return name
        case .nullableOptional: return name + "?.value ?? []"
        case .optional: return name + " ?? []"
        }
    }
}
