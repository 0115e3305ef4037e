import Foundation
import Testing

@testable import JulepGenKit

/// `Generated/` is committed; it must be exactly what `spec/` and `templates/` give today.
@Suite("Drift")
struct DriftTests {
    @Test func committedSDKMatchesTheSpec() throws {
        let result = Generator.run(
            Generator.Options(
                specPath: TestSupport.packageRoot.appendingPathComponent("spec").path,
                builtInTemplates: TestSupport.templates, tests: true))
        #expect(result.succeeded, "\(DiagnosticRenderer(sources: result.sources).render(result.diagnostics.sorted))")
        let writer = OutputWriter(outputDirectory: TestSupport.packageRoot.appendingPathComponent("Generated"))
        let differences = try writer.differences(from: result.files)
        #expect(
            differences.isEmpty,
            "Generated/ is out of date; run `swift run julep-gen`:\n\(differences.map(\.diff).joined(separator: "\n"))")
    }
}
