import Foundation
import Testing

@testable import JulepGenKit

/// `julep-gen import` writes a native spec that generates exactly the SDK the OpenAPI document does.
@Suite("Import round trip")
struct ImportRoundTripTests {
    static let fixtureDocuments: [String] = [
        TestSupport.fixtures.appendingPathComponent("openapi-operations/spec/openapi.yaml").path,
        TestSupport.fixtures.appendingPathComponent("openapi-unions/spec/openapi.yaml").path,
        TestSupport.fixtures.appendingPathComponent("openapi-refs/spec/openapi.yaml").path,
        TestSupport.fixtures.appendingPathComponent("openapi-31/spec/openapi.yaml").path,
        TestSupport.fixtures.appendingPathComponent("openapi-content-types/spec/openapi.yaml").path,
    ]

    @Test(arguments: fixtureDocuments, [SpecWriter.Layout.filePerResource, .singleFile])
    func generatingFromTheImportEqualsGeneratingFromTheDocument(_ path: String, _ layout: SpecWriter.Layout) throws {
        try Self.checkRoundTrip(path, layout)
    }

    /// Julep's published document, the largest and least tidy of them (it is in the shared data).
    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingReason), arguments: [SpecWriter.Layout.filePerResource, .singleFile])
    func generatingFromTheImportOfTheReferenceDocumentEqualsGeneratingFromIt(_ layout: SpecWriter.Layout) throws {
        try Self.checkRoundTrip(SharedData.referenceDocument, layout)
    }

    static func checkRoundTrip(_ path: String, _ layout: SpecWriter.Layout) throws {
        let direct = Generator.run(Generator.Options(specPath: path, builtInTemplates: TestSupport.templates))
        #expect(direct.succeeded)
        let imported = Importer.run(specPath: path, layout: layout)
        #expect(imported.succeeded, "\(DiagnosticRenderer(sources: imported.sources).render(imported.diagnostics.errors))")
        try TestSupport.withTemporaryDirectory { directory in
            for file in imported.files {
                let url = directory.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
            let fromImport = Generator.run(
                Generator.Options(specPath: directory.path, builtInTemplates: TestSupport.templates))
            #expect(fromImport.succeeded, "\(DiagnosticRenderer(sources: fromImport.sources).render(fromImport.diagnostics.errors))")
            #expect(fromImport.files.count == direct.files.count)
            for (a, b) in zip(direct.files, fromImport.files) where a != b {
                Issue.record("\(a.path) differs:\n\(UnifiedDiff.diff(old: a.contents, new: b.contents, oldLabel: "direct/\(a.path)", newLabel: "imported/\(b.path)"))")
            }
        }
    }
}
