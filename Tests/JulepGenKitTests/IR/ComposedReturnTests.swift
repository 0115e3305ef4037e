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
        let returns = try #require(result.api?.resources.first?.operations.first?.returns)
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
}
