import Testing

@testable import JulepGenKit

/// Malformed OpenAPI documents give located diagnostics, never a crash.
@Suite("OpenAPI diagnostics")
struct OpenAPIDiagnosticsTests {
    private func diagnostics(_ components: String, paths: String = "paths: {}", version: String = "3.0.3") throws -> [String] {
        let document = """
            openapi: \(version)
            info: { title: Broken, version: "1" }
            \(paths)
            components:
            \(components)
            """
        let result = try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml")
        return result.diagnostics.sorted.filter { $0.severity == .error }.map { diagnostic in
            "\(diagnostic.location.map(\.description) ?? "-"): \(diagnostic.message)"
        }
    }

    @Test func brokenReference() throws {
        let lines = try diagnostics(
            """
              schemas:
                A:
                  type: object
                  properties:
                    b: { $ref: '#/components/schemas/Missing' }
            """)
        #expect(lines == ["openapi.yaml:9:12: '#/components/schemas/Missing' does not resolve: nothing at 'Missing'"])
    }

    @Test func referenceToAMissingFile() throws {
        let lines = try diagnostics(
            """
              schemas:
                A:
                  $ref: 'elsewhere.yaml#/components/schemas/B'
            """)
        #expect(lines == ["openapi.yaml:7:7: cannot read the referenced file 'elsewhere.yaml'"])
    }

    @Test func referenceCycleThroughAllOf() throws {
        let lines = try diagnostics(
            """
              schemas:
                A:
                  properties: { a: { type: string } }
                  allOf:
                    - $ref: '#/components/schemas/B'
                B:
                  properties: { b: { type: string } }
                  allOf:
                    - $ref: '#/components/schemas/A'
            """)
        #expect(lines.first == "openapi.yaml:9:11: '#/components/schemas/B' is part of an allOf cycle; a type cannot include itself" || lines.first == "openapi.yaml:13:11: '#/components/schemas/A' is part of an allOf cycle; a type cannot include itself")
        #expect(!lines.isEmpty)
    }

    @Test func aliasCycleThroughSingleMemberAllOf() throws {
        let lines = try diagnostics(
            """
              schemas:
                A:
                  allOf:
                    - $ref: '#/components/schemas/B'
                B:
                  allOf:
                    - $ref: '#/components/schemas/A'
            """)
        #expect(lines == ["openapi.yaml:6:5: alias 'A' refers to itself (A → B → A); a cycle of aliases cannot be represented"])
    }

    @Test func discriminatorNamingAMissingProperty() throws {
        let lines = try diagnostics(
            """
              schemas:
                Cat:
                  type: object
                  properties:
                    name: { type: string }
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                  discriminator:
                    propertyName: kind
            """)
        #expect(lines == ["openapi.yaml:14:23: the discriminator 'kind' is not a property of 'Cat'"])
    }

    @Test func keywordsOfTheWrongType() throws {
        let lines = try diagnostics(
            """
              schemas:
                A:
                  type: object
                  required: name
                  properties:
                    name: { type: string, nullable: sometimes }
                    list: { type: array, items: { type: strng } }
            """)
        #expect(
            lines == [
                "openapi.yaml:8:17: expected 'required' to be a list, found a string",
                "openapi.yaml:10:41: expected 'nullable' to be true or false, found a string",
                "openapi.yaml:11:45: unknown schema type 'strng'",
            ])
    }

    @Test func unsupportedVersion() throws {
        let lines = try diagnostics("  schemas: {}", version: "2.0")
        #expect(lines == ["openapi.yaml:1:10: OpenAPI 2.0 is not supported; julep-gen reads 3.0.x and 3.1.x"])
    }
}
