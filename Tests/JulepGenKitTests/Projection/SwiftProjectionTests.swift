import Testing

@testable import JulepGenKit

/// The Swift projection decides each operation's arguments once; these tests read it directly,
/// as the method, route, README and sample-test contexts do.
@Suite("Swift projection of operations")
struct SwiftProjectionTests {
    static let spec = TestSupport.rootPreamble + "\n" + """
        types:
          Ratio:
            alias: double
            minimum: 0
            maximum: 1
          Small:
            alias: Ratio
            maximum: 0.5
          Shelf:
            properties:
              name: string
          Meeting:
            exclusive:
              - { properties: [room, link] }
            properties:
              host: uuid
              note?: string?
              room?: string
              link?: string
              ratio: Small
          ItemList:
            properties:
              items: list<Shelf>
        resources:
          shelves:
            operations:
              replace:
                method: PUT
                path: /shelves/{id}
                pathParams: { id: uuid }
                query:
                  dryRun?: bool
                body: Shelf
                response: Shelf
              meet:
                method: POST
                path: /meetings/{request}
                pathParams: { request: string }
                body: { type: Meeting, flatten: true }
                response: Meeting
              list:
                method: GET
                path: /shelves
                query:
                  limit: { type: int32, default: 10 }
                  offset?: int64
                response: ItemList
                pagination: offset
        """

    private func projections() throws -> [String: OperationProjection] {
        let result = try TestSupport.generate(["api.yaml": Self.spec])
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        let api = try #require(result.api)
        let resource = try #require(api.resources.first { $0.name == "shelves" })
        let projection = SwiftProjection(api: api)
        return Dictionary(uniqueKeysWithValues: resource.operations.map { ($0.swiftName, projection.operation($0, in: resource)) })
    }

    @Test func aBodyPassedWholeComesRightAfterThePathParameters() throws {
        let replace = try #require(try projections()["replace"])
        #expect(replace.arguments.map(\.swiftName) == ["id", "body", "dryRun", "options"])
        #expect(replace.bodyArgumentIndex == 1)
        #expect(replace.labels == "id:body:dryRun:options:")
        #expect(replace.arguments.map(\.declaration) == [
            "id: some UUIDConvertible", "body: Shelf", "dryRun: Bool? = nil", "options: RequestOptions? = nil",
        ])
        #expect(replace.rawReturnType == "APIResponse<Shelf>")
        #expect(replace.paging == nil)
    }

    @Test func flattenedFieldsKeepTheirThreeStatesAndTheirChecks() throws {
        let meet = try #require(try projections()["meet"])
        // `request` is the methods' own local: inside them the argument has another name.
        let request = try #require(meet.arguments.first)
        #expect(request.declaration == "request requestValue: String")
        #expect(request.used == "requestValue")
        let byName = Dictionary(uniqueKeysWithValues: meet.arguments.map { ($0.swiftName, $0) })
        #expect(byName["note"]?.optionality == .nullableOptional)
        #expect(byName["note"]?.declaration == "note: Nullable<String>? = nil")
        #expect(byName["room"]?.optionality == .optional)
        #expect(byName["host"]?.optionality == .plain)
        // `Small`'s own maximum wins over `Ratio`'s; `Ratio`'s minimum completes it.
        #expect(byName["ratio"]?.constraints.minimum == 0)
        #expect(byName["ratio"]?.constraints.maximum == 0.5)
        #expect(byName["ratio"]?.validation == #"try ParameterValidation.check(ratio, "ratio", minimum: 0, maximum: 0.5)"#)
        #expect(meet.validations.last == #"try ParameterValidation.checkExclusive([("room", room != nil), ("link", link != nil)], required: false)"#)
        #expect(SwiftProjection.storedValue(try #require(byName["host"]?.parameter), names: meet.names)
            == #"try host.validatedUUID(argument: "host")"#)
    }

    @Test func thePagingPlanConvertsIntegerWidths() throws {
        let list = try #require(try projections()["list"])
        let paging = try #require(list.paging)
        #expect(paging.name == "listAll")
        #expect(paging.pageType == "ItemList")
        #expect(paging.itemType == "Shelf")
        #expect(paging.offsetStart == "offset.map { Int($0) } ?? 0")
        #expect(paging.limitValue == "Int(limit)")
        #expect(paging.itemsExpression == "$0.items")
        #expect(paging.pageArguments == "limit: limit, offset: Int64(clamping: $0), options: options")
    }

    @Test func anOperationTheAPIDoesNotHoldAsItIsIsProjectedAsGiven() throws {
        let result = try TestSupport.generate(["api.yaml": Self.spec])
        let api = try #require(result.api)
        let resource = try #require(api.resources.first { $0.name == "shelves" })
        let projection = SwiftProjection(api: api)
        var replace = try #require(resource.operations.first { $0.swiftName == "replace" })
        #expect(projection.operation(replace, in: resource).methodName == "replace")
        // A variant under the same name must not get the API's operation's projection.
        replace.swiftName = "swap"
        replace.parameters.removeAll { $0.location == .query }
        let variant = projection.operation(replace, in: resource)
        #expect(variant.methodName == "swap")
        #expect(variant.labels == "id:body:options:")
    }

    @Test func aPathOrQueryParameterHasNoNullState() {
        let query = Parameter(
            wireName: "q", swiftName: "q", location: .query, type: .nullable(.builtin(.string)), isRequired: false,
            defaultValue: nil, serialization: .form, docs: nil, deprecation: nil, constraints: Constraints())
        #expect(query.optionality == .optional)
        var field = query
        field.location = .body
        #expect(field.optionality == .nullableOptional)
        field.isRequired = true
        #expect(field.optionality == .optional)
        field.type = .builtin(.string)
        #expect(field.optionality == .plain)
        #expect(!SwiftOptionality.plain.isOptional)
    }
}
