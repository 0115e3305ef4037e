import Testing

@testable import JulepGenKit

/// The spec keys that let `spec/` say what a server does where it differs from its published
/// document: `deviations`, `exclusive`, `serialize: dotted`, a named body argument, `default:
/// random`/`now`, a read-back by path parameter and `streaming.format` (docs/spec-format.md).
@Suite("Spec keys for a server's deviations")
struct ServerDeviationSpecTests {
    private func diagnostics(_ body: String) throws -> [String] {
        try TestSupport.diagnostics(TestSupport.rootPreamble + "\n" + body)
    }

    private static let thing = """
        types:
          Thing:
            exclusive:
              - { properties: [a, b], required: true }
            properties:
              id: { type: uuid, readOnly: true }
              a?: string
              b?: int
              made: { type: date-time, default: now }
              key: { type: uuid, default: random }
        """

    @Test func aSpecUsingEveryKeyGeneratesWithoutDiagnostics() throws {
        let result = try TestSupport.generate(["api.yaml": TestSupport.rootPreamble + "\n" + Self.thing + """

            profile: julep
            resources:
              things:
                operations:
                  get:
                    method: GET
                    path: /things/{id}
                    pathParams: { id: uuid }
                    response: Thing
                  list:
                    route: things_route_list
                    method: GET
                    path: /things
                    query:
                      tag?: { type: map<json>, serialize: dotted }
                    response: { status: 200, type: list<Thing> }
                    deviations:
                      - { document: "Takes `tags` as JSON.", server: "Reads `tag.<key>` | one per key.", sdk: Sends what the server reads. }
                  put:
                    method: PUT
                    path: /things/{id}
                    pathParams: { id: uuid }
                    body: { type: Thing, swiftName: thing }
                    response: { status: 200 }
                    returns: { type: Thing, fetch: get }
                  watch:
                    method: GET
                    path: /things.stream
                    streaming: { events: Thing, format: python }
            """])
        #expect(result.diagnostics.sorted.isEmpty, "\(result.diagnostics.sorted.map(\.message))")
        let files = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.contents) })
        let resource = try #require(files["Sources/Demo/Resources/ThingsResource.swift"])
        #expect(resource.contains("try request.addDottedQuery(\"tag\", tag?.mapValues(\\.jsonValue))"))
        #expect(resource.contains("try ParameterValidation.checkExclusive([(\"a\", thing.a != nil), (\"b\", thing.b != nil)], required: true)"))
        #expect(resource.contains("        _ = try await withRawResponse.put(id: id, thing: thing, options: options)\n        return try await get(id: id, options: options)"))
        #expect(resource.contains("of: Thing.self, format: .literal)"))
        #expect(resource.contains("/// - Server: Reads `tag.<key>` | one per key."))
        let model = try #require(files["Sources/Demo/Models/Thing.swift"])
        #expect(model.contains("made: Date = Date(),") && model.contains("key: UUID = UUID()"))
        let readme = try #require(files["README.md"])
        #expect(readme.contains("| `things_route_list` | `GET /things` | Takes `tags` as JSON. | Reads `tag.<key>` \\| one per key. | Sends what the server reads. |"))
    }

    @Test func exclusiveGroupsNameOptionalPropertiesTheClientSends() throws {
        let lines = try diagnostics("""
            types:
              Thing:
                exclusive:
                  - { properties: [a, id] }
                  - { properties: [a, c] }
                  - { properties: [a] }
                properties:
                  id: { type: uuid, readOnly: true }
                  a?: string
                  c: int
              Kind:
                enum: [x, y]
                exclusive: [{ properties: [x, y] }]
            """)
        #expect(lines.contains { $0.hasSuffix("error: 'id' of 'Thing' is read-only; an exclusive group holds optional properties the client sends") })
        #expect(lines.contains { $0.hasSuffix("error: 'c' of 'Thing' is required; an exclusive group holds optional properties the client sends") })
        #expect(lines.contains { $0.hasSuffix("error: an exclusive group needs at least two properties") })
        #expect(lines.contains { $0.hasSuffix("error: 'exclusive' applies to an object type (one with 'properties')") })
    }

    @Test func misusedKeysAreLocatedErrors() throws {
        let lines = try diagnostics(Self.thing + """

            resources:
              things:
                operations:
                  list:
                    method: GET
                    path: /things
                    query:
                      tag?: { type: string, serialize: dotted }
                    response: Thing
                    deviations:
                      - { document: Something. }
                  put:
                    method: PUT
                    path: /things
                    body: { type: Thing, flatten: true, swiftName: thing }
                    response: Thing
                  watch:
                    method: GET
                    path: /things.stream
                    streaming: { events: Thing, format: pyton }
            """)
        #expect(lines.contains { $0.hasSuffix("error: query parameter 'tag' has 'serialize: dotted', which needs a map (map<json> or a map of scalars)") })
        #expect(lines.contains { $0.hasSuffix("error: a deviation is missing required key 'server'") })
        #expect(lines.contains { $0.hasSuffix("error: 'swiftName' names the body's argument, and a flattened body has none; name its properties instead") })
        #expect(lines.contains { $0.hasSuffix("error: unknown event format 'pyton'; expected one of json, python; did you mean 'python'?") })
    }
}
