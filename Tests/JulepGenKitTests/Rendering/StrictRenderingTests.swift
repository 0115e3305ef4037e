import Foundation
import Testing

@testable import JulepGenKit

/// A tag that resolves to nothing is an error, located in its template: a mistyped `{{tag}}` can
/// no longer render as an empty string unnoticed.
@Suite("Strict rendering")
struct StrictRenderingTests {
    /// Every template, the generated tests' included, over every golden fixture: no tag of ours
    /// resolves to nothing (a `nil` optional is declared, so it does not count).
    @Test(arguments: GoldenTests.cases)
    func everyTemplateResolvesEveryTagOverEveryFixture(_ name: String) {
        let spec = TestSupport.fixtures.appendingPathComponent(name).appendingPathComponent("spec")
        let result = Generator.run(
            Generator.Options(specPath: spec.path, builtInTemplates: TestSupport.templates, tests: true))
        let errors = result.diagnostics.sorted.filter { $0.severity == .error }.map(\.message)
        #expect(errors.isEmpty, "\(errors)")
        #expect(result.files.contains { $0.path.hasPrefix("Tests/") })
    }

    @Test func aMistypedTagIsALocatedError() throws {
        let overrides = FileManager.default.temporaryDirectory.appendingPathComponent("strict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: overrides, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: overrides) }
        let original = try String(
            contentsOfFile: URL(fileURLWithPath: TestSupport.templates).appendingPathComponent("environment.mustache").path,
            encoding: .utf8)
        try (original + "// {{apiNmae}}\n").write(
            to: overrides.appendingPathComponent("environment.mustache"), atomically: true, encoding: .utf8)
        let spec = TestSupport.fixtures.appendingPathComponent("minimal").appendingPathComponent("spec")
        let result = Generator.run(
            Generator.Options(specPath: spec.path, templatesOverride: overrides.path, builtInTemplates: TestSupport.templates))
        let error = try #require(result.diagnostics.sorted.first { $0.severity == .error })
        #expect(error.message == "the tag 'apiNmae' resolves to nothing in the context of 'Sources/Tiny/TinyEnvironment.swift'")
        #expect(error.location?.file.hasSuffix("environment.mustache") == true)
        #expect(error.location?.line == original.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(error.location?.column == 4)
    }

    /// A tag for a field the context declares but has no value for here (`nil`) is not an error;
    /// nor is a name found further up the context stack.
    @Test func declaredNilFieldsAndOuterFieldsResolve() {
        struct Inner: Encodable { var title: String?; var items: [String] }
        struct Outer: Encodable { var apiName: String; var inner: Inner }
        let lookups = LookupLog()
        let value = MustacheValue.make(Outer(apiName: "Zoo", inner: Inner(title: nil, items: ["a"])), lookups: lookups)
        let template = try? MustacheTemplateForTests.render("{{#inner}}{{title}}{{#items}}{{apiName}}{{.}}{{/items}}{{/inner}}", value)
        #expect(template == "Zooa")
        #expect(lookups.finish() == [])
    }

    @Test func anUndeclaredNameIsUnresolved() {
        struct Context: Encodable { var apiName: String }
        let lookups = LookupLog()
        let value = MustacheValue.make(Context(apiName: "Zoo"), lookups: lookups)
        let text = try? MustacheTemplateForTests.render("{{apiName}}{{tag}}", value)
        #expect(text == "Zoo")
        #expect(lookups.finish() == ["tag"])
    }
}
