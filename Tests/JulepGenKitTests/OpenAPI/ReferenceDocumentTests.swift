import Foundation
import Testing

@testable import JulepGenKit

/// Julep's published OpenAPI document, exactly as published, generates an SDK; in the Julep
/// profile, like `spec/`, so its operationIds are the Python SDK's routes.
/// (CI also compiles that SDK with warnings as errors; see `.ci/run`.) The document is third-party
/// and lives in the shared data, not in the repository (docs/shared-data.md).
@Suite("Julep's OpenAPI document", .enabled(if: SharedData.isAvailable, SharedData.missingReason))
struct ReferenceDocumentTests {
    static let path = SharedData.referenceDocument

    @Test func generatesWithoutErrorsAndCoversEveryOperationAndSchema() throws {
        let result = Generator.run(Generator.Options(specPath: Self.path, builtInTemplates: TestSupport.templates, profile: .julep))
        let rendered = DiagnosticRenderer(sources: result.sources).render(result.diagnostics.errors)
        #expect(result.succeeded, "\(rendered)")
        let api = try #require(result.api)

        let operations = api.resources.flatMap(\.operations)
        #expect(operations.count == 54)
        #expect(Set(operations.compactMap(\.route)).count == 54)
        #expect(operations.contains { $0.route == "tasks_get_route_get" })
        #expect(operations.contains { $0.route == "execution_transitions_stream_route_stream" && $0.streaming != nil })

        // Every component schema is a type, or a bare primitive used in place (e.g. `Common.uuid` → UUID).
        var diagnostics = Diagnostics()
        let data = try #require(FileManager.default.contents(atPath: Self.path))
        let root = try #require(YAMLReader.parse(bytes: data, path: Self.path, diagnostics: &diagnostics))
        let schemas = try #require(root["components"]?["schemas"]?.mapping)
        #expect(schemas.count == 134)
        let typeNames = Set(api.types.map(\.id.rawValue))
        for entry in schemas {
            let key = try #require(entry.key.string)
            let isPrimitive = Set(entry.value.mapping?.compactMap(\.key.string) ?? []).isSubset(of: ["type", "format"])
            #expect(
                isPrimitive || typeNames.contains(SchemaTranslator.shortName(key)) || typeNames.contains(key),
                "schema \(key) has no type")
        }
    }

    @Test func harmlessViolationsAreWarningsNotErrors() throws {
        let result = Generator.run(Generator.Options(specPath: Self.path, builtInTemplates: TestSupport.templates, profile: .julep))
        let warning = result.diagnostics.warnings.first { $0.message.contains("info.summary") }
        #expect(warning?.location?.line == 12)
        #expect(warning?.location?.column == 12)
    }

    @Test func workflowStepsBecomeATaggedUnionFromTheirKindProperty() throws {
        let result = Generator.run(Generator.Options(specPath: Self.path, builtInTemplates: TestSupport.templates, profile: .julep))
        let api = try #require(result.api)
        let steps = try #require(api.types.first { $0.swiftName == "TaskMainItem" })
        guard case .union(let union) = steps.kind else {
            Issue.record("TaskMainItem is not a union")
            return
        }
        #expect(union.discriminator == "kind_")
        #expect(union.variants.contains { $0.discriminatorValue == "prompt" && $0.caseName == "prompt" })
    }
}
