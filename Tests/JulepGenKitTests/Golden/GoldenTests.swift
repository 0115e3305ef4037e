import Foundation
import Testing

@testable import JulepGenKit

/// Each folder in `Tests/Fixtures/<case>/` holds a spec (`spec/`) and the output it must give (`expected/`).
@Suite("Golden files")
struct GoldenTests {
    static let cases = [
        "features", "adversarial", "minimal",
        // OpenAPI input, one construct family each.
        "openapi-refs", "openapi-allof", "openapi-unions", "openapi-values", "openapi-maps-formats",
        "openapi-operations", "openapi-31", "openapi-security", "openapi-content-types",
    ]

    /// Fixtures whose recorded SDK is a module of a package: `Vault` of this one (`Package.swift`),
    /// tested on the wire; `Darkroom` of this one and of the benchmarks' (large uploads and
    /// downloads). Their trees keep the runtime, so the module is complete.
    static let compiledIntoPackage: Set<String> = ["openapi-security", "openapi-content-types"]

    @Test(arguments: cases)
    func fixtureMatchesItsRecordedOutput(_ name: String) throws {
        let folder = TestSupport.fixtures.appendingPathComponent(name)
        let result = Generator.run(
            Generator.Options(specPath: folder.appendingPathComponent("spec").path, builtInTemplates: TestSupport.templates))
        let rendered = DiagnosticRenderer(sources: result.sources).render(result.diagnostics.sorted)
        #expect(result.succeeded, "\(rendered)")
        // A fixture that is meant to warn (adversarial names are renamed) lists its warnings in
        // `warnings.txt`; every other fixture must give none.
        let warningsFile = folder.appendingPathComponent("warnings.txt")
        let warnings = result.diagnostics.sorted.filter { $0.severity == .warning }.map { warning in
            "\(warning.location.map { "\($0.line):\($0.column)" } ?? "-"): \(warning.message)\n"
        }.joined()
        let expected = folder.appendingPathComponent("expected")
        if GoldenFiles.isRecording {
            try GoldenFiles.record(result.files, to: expected, withRuntime: Self.compiledIntoPackage.contains(name))
            if !warnings.isEmpty { try warnings.write(to: warningsFile, atomically: true, encoding: .utf8) }
            return
        }
        let expectedWarnings = (try? String(contentsOf: warningsFile, encoding: .utf8)) ?? ""
        #expect(warnings == expectedWarnings, "\(rendered)")
        let differences = GoldenFiles.compare(
            result.files, with: expected, withRuntime: Self.compiledIntoPackage.contains(name))
        #expect(differences.isEmpty, "\(name): output differs from the recorded files (JULEP_GEN_RECORD=1 re-records):\n\(differences.joined(separator: "\n"))")
    }

    /// The same spec spelled in JSON gives the same IR and the same files.
    @Test func jsonSpellingGivesTheSameResult() throws {
        let folder = TestSupport.fixtures.appendingPathComponent("features")
        let yaml = Generator.run(
            Generator.Options(specPath: folder.appendingPathComponent("spec").path, builtInTemplates: TestSupport.templates))
        let json = Generator.run(
            Generator.Options(specPath: folder.appendingPathComponent("spec-json").path, builtInTemplates: TestSupport.templates))
        #expect(json.succeeded, "\(DiagnosticRenderer(sources: json.sources).render(json.diagnostics.sorted))")
        #expect(yaml.api.map(IRComparison.withoutLocations) == json.api.map(IRComparison.withoutLocations))
        #expect(yaml.files == json.files)
    }
}

/// IR values compared without their source locations, which name the file they came from.
enum IRComparison {
    static func withoutLocations(_ api: APIDefinition) -> APIDefinition {
        var api = api
        api.types = api.types.map(strip)
        for r in api.resources.indices {
            for o in api.resources[r].operations.indices { api.resources[r].operations[o].location = nil }
        }
        return api
    }

    private static func strip(_ declaration: TypeDeclaration) -> TypeDeclaration {
        var declaration = declaration
        declaration.location = nil
        declaration.nested = declaration.nested.map(strip)
        return declaration
    }
}
