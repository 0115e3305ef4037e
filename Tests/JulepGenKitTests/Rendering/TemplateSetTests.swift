import Foundation
import Mustache
import Testing

@testable import JulepGenKit

/// Templates are compiled as Mustache reads a file of their own: a tag alone on the first line is
/// standalone there as on any other line.
@Suite("Template set")
struct TemplateSetTests {
    /// A partial that opens with a section (`partials/signature.mustache`) leaves no empty line
    /// where it is included.
    @Test func aSectionOnAPartialsFirstLineLeavesNoEmptyLine() throws {
        let library = try Self.library([
            "main": "    @available(*, deprecated)\n{{#signature}}\n{{> signature}}\n{{/signature}}\n",
            "partials/signature": "{{#isOneLine}}\n    func f() {\n{{/isOneLine}}\n",
        ])
        let text = library.render(["signature": ["isOneLine": true]], withTemplate: "main")
        #expect(text == "    @available(*, deprecated)\n    func f() {\n")
    }

    @Test func aCommentOnTheFirstLineLeavesNoEmptyLine() throws {
        let library = try Self.library(["main": "{{! Why this template exists. }}\nimport Foundation\n"])
        #expect(library.render([String: String](), withTemplate: "main") == "import Foundation\n")
    }

    @Test func aSyntaxErrorOnTheFirstLineIsLocatedThere() throws {
        var diagnostics = Diagnostics()
        _ = try Self.library(["main": "  {{#open}}{{/shut}}\n"], diagnostics: &diagnostics)
        let error = try #require(diagnostics.sorted.first)
        #expect(error.message.hasPrefix("template syntax error"))
        #expect(error.location?.line == 1)
        #expect(error.location?.column == 15, "at the closing name that does not match")
    }

    private static func library(_ texts: [String: String]) throws -> MustacheLibrary {
        var diagnostics = Diagnostics()
        let library = try library(texts, diagnostics: &diagnostics)
        #expect(diagnostics.sorted.isEmpty, "\(diagnostics.sorted)")
        return library
    }

    private static func library(_ texts: [String: String], diagnostics: inout Diagnostics) throws -> MustacheLibrary {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in texts {
            let file = directory.appendingPathComponent(name + ".mustache")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        var templates = TemplateSet()
        templates.load(directory: directory.path, diagnostics: &diagnostics)
        var sources = SourceFiles()
        return templates.library(sources: &sources, diagnostics: &diagnostics)
    }
}
