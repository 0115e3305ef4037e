import Testing

@testable import JulepGenKit

/// `oneOf: []` (seen in Discord's published document of October 2025 on integer enumerations)
/// is not valid JSON Schema but says nothing the rest of the schema does not: a warning, and the
/// schema's own type, never the run's failure ("contains itself").
@Suite("Empty oneOf, anyOf and allOf")
struct EmptyCompositionTests {
    @Test(arguments: ["oneOf", "anyOf", "allOf"])
    func anEmptyListIsIgnoredWithAWarning(_ key: String) throws {
        let document = """
            openapi: 3.1.0
            info: { title: Poll, version: "1" }
            paths: {}
            components:
              schemas:
                LayoutType:
                  type: integer
                  \(key): []
                  format: int32
                Poll:
                  type: object
                  required: [layout_type]
                  properties:
                    layout_type: { $ref: '#/components/schemas/LayoutType' }
            """
        let result = try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml")
        let messages = result.diagnostics.sorted.map { diagnostic in
            "\(diagnostic.severity == .error ? "error" : "warning") \(diagnostic.location.map(\.description) ?? "-"): \(diagnostic.message)"
        }
        #expect(messages == ["warning openapi.yaml:8:14: an empty '\(key)' is ignored (JSON Schema requires at least one schema)"])
        let layout = try #require(result.files.first { $0.path.hasSuffix("Models/LayoutType.swift") })
        #expect(layout.contents.contains("public typealias LayoutType = Int32"))
    }
}
