import Testing

@testable import JulepGenKit

/// `returns:` — the whole object from arguments plus response, checked when generating.
@Suite("Composed returns")
struct ComposedReturnTests {
    static let types = """
        types:
          Thing:
            properties:
              id: uuid
              name: string
              note?: string
              created_at: date-time
              updated_at: date-time
          Created:
            properties:
              id: uuid
              created_at: date-time
          CreateThing:
            properties:
              name: string
              note?: string
        """

    private func run(_ returns: String) throws -> Generator.Result {
        let spec = TestSupport.rootPreamble + "\n" + Self.types + """

            resources:
              things:
                operations:
                  create:
                    method: POST
                    path: /things
                    body: { type: CreateThing, flatten: true }
                    response: { status: 201, type: Created }
                    returns: \(returns)
            """
        return try TestSupport.generate(["api.yaml": spec])
    }

    @Test func everyPropertyHasASource() throws {
        let result = try run("{ type: Thing, fill: { updated_at: created_at } }")
        #expect(result.succeeded, "\(result.diagnostics.all.map(\.message))")
        let returned = try #require(result.api?.resources.first?.operations.first?.returns)
        guard case .composed(let returns) = returned else {
            Issue.record("expected a composed return, got \(returned)")
            return
        }
        #expect(returns.type == TypeID("Thing"))
        #expect(returns.fields.map(\.property) == ["id", "name", "note", "createdAt", "updatedAt"])
        #expect(
            returns.fields.map(\.source) == [
                .response("id"), .argument("name"), .argument("note"), .response("createdAt"), .response("createdAt"),
            ])
    }

    @Test func aRequiredPropertyWithoutSourceIsAnError() throws {
        let result = try run("Thing")
        #expect(
            result.diagnostics.errors.map(\.message) == [
                "'returns: Thing' cannot fill the required property 'updated_at': no argument or response property has that name; map it with 'fill: { updated_at: <response property> }'"
            ])
        #expect(result.diagnostics.errors.first?.location?.line == 32)
        #expect(result.diagnostics.errors.first?.notes.first?.location?.line == 9)
    }

    @Test func fillMustNameRealProperties() throws {
        let result = try run("{ type: Thing, fill: { updated: created_at, updated_at: created } }")
        let messages = result.diagnostics.errors.map(\.message)
        #expect(messages.contains("'fill' names 'updated', which 'Thing' does not have; did you mean 'updated_at'?"))
        #expect(messages.contains("the response has no property 'created' to fill 'updated_at'; did you mean 'created_at'?"))
    }

    @Test func typesMustMatch() throws {
        let result = try run("{ type: Thing, fill: { updated_at: id } }")
        #expect(
            result.diagnostics.errors.map(\.message) == [
                "response property 'id' has a different type than the property 'updated_at' it would fill"
            ])
    }

    @Test func aPathParameterIsNeverASource() throws {
        // `/owners/{id}/things`: the path's `id` is the owner's, not the new thing's.
        let spec = TestSupport.rootPreamble + "\n" + Self.types + """

            resources:
              things:
                operations:
                  create:
                    method: POST
                    path: /owners/{id}/things
                    pathParams: { id: uuid }
                    body: { type: CreateThing, flatten: true }
                    response: { status: 201, type: Created }
                    returns: { type: Thing, fill: { updated_at: created_at } }
            """
        let result = try TestSupport.generate(["api.yaml": spec])
        #expect(result.succeeded, "\(result.diagnostics.all.map(\.message))")
        guard case .composed(let returns)? = result.api?.resources.first?.operations.first?.returns else {
            Issue.record("expected a composed return")
            return
        }
        #expect(returns.fields.first?.source == .response("id"))
    }
}

/// `returns: { type, fetch }` — the whole object read back after the operation.
@Suite("Fetched returns")
struct FetchedReturnTests {
    static let spec = TestSupport.rootPreamble + "\n" + ComposedReturnTests.types + """

          Updated:
            properties:
              id: uuid
              updated_at: date-time
          Loose:
            properties:
              id?: uuid

        resources:
          things:
            operations:
              get:
                method: GET
                path: /things/{id}
                pathParams: { id: uuid }
                query: { verbose?: bool }
                response: Thing
              search:
                method: GET
                path: /things
                query: { q: string }
                response: Thing
              list:
                method: GET
                path: /things/all
                response: list<Thing>
              watch:
                method: GET
                path: /things/{id}/watch
                pathParams: { id: uuid }
                streaming: Thing
              update:
                method: PUT
                path: /owners/{owner}/things/{id}
                pathParams: { owner: uuid, id: uuid }
                body: { type: CreateThing, flatten: true }
                response: Updated
                returns: RETURNS
        """

    private func run(_ returns: String, response: String = "Updated") throws -> Generator.Result {
        let spec = Self.spec.replacingOccurrences(of: "RETURNS", with: returns)
            .replacingOccurrences(of: "response: Updated", with: "response: \(response)")
        return try TestSupport.generate(["api.yaml": spec])
    }

    @Test func readsTheObjectBackByTheResponsesID() throws {
        let result = try run("{ type: Thing, fetch: get }")
        #expect(result.succeeded, "\(result.diagnostics.all.map(\.message))")
        let update = try #require(result.api?.resources.first?.operations.first { $0.name == "update" })
        #expect(
            update.returns
                == .fetched(FetchedReturn(type: .named(TypeID("Thing")), operation: "get", parameter: "id", source: .responseProperty("id"))))
        let resource = try #require(result.files.first { $0.path.hasSuffix("ThingsResource.swift") })
        #expect(resource.contents.contains(") async throws -> Thing {\n        let response = try await withRawResponse.update("))
        #expect(resource.contents.contains("        return try await get(id: response.id, options: options)\n"))
    }

    @Test func theReadingOperationMustExist() throws {
        let result = try run("{ type: Thing, fetch: gett }")
        #expect(result.diagnostics.errors.map(\.message) == ["'fetch' names 'gett', which the resource 'things' does not have; did you mean 'get'?"])
        #expect(result.diagnostics.errors.first?.location?.column == 40)
    }

    @Test func fillAndFetchDoNotMix() throws {
        let result = try run("{ type: Thing, fill: { updated_at: updated_at }, fetch: get }")
        #expect(result.diagnostics.errors.map(\.message).contains("'returns' takes either 'fill' (build the object) or 'fetch' (read it back), not both"))
    }

    @Test func theReadingOperationMustAnswerWithTheType() throws {
        #expect(try run("{ type: Thing, fetch: list }").diagnostics.errors.map(\.message) == ["'list' answers with 'list<Thing>', not 'Thing'"])
        #expect(try run("{ type: Thing, fetch: watch }").diagnostics.errors.map(\.message) == [
            "'fetch' needs an operation that answers with a value; 'watch' does not"
        ])
    }

    @Test func theReadingOperationMustTakeOnlyTheID() throws {
        #expect(try run("{ type: Thing, fetch: search }").diagnostics.errors.map(\.message) == [
            "'fetch' needs an operation whose only required argument is one path parameter (the ID); 'search' takes 'q'"
        ])
    }

    @Test func theResponseMustHaveARequiredID() throws {
        #expect(try run("{ type: Thing, fetch: get }", response: "Created").succeeded)
        #expect(try run("{ type: Thing, fetch: get }", response: "Loose").diagnostics.errors.map(\.message) == [
            "the response's 'id' may be missing, so the object cannot be read back"
        ])
        #expect(try run("{ type: Thing, fetch: get }", response: "CreateThing").diagnostics.errors.map(\.message) == [
            "'fetch' reads the object back by the response's 'id', but the response of 'update' has no such property"
        ])
    }
}
