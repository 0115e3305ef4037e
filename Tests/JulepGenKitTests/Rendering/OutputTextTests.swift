import Foundation
import Testing

@testable import JulepGenKit

@Suite("Output text")
struct OutputTextTests {
    @Test func trailingWhitespaceAndBlankRunsAreRemoved() {
        let text = "struct A {  \n\n    var a: Int\t\n\n\n    var b: Int\n\n}\n\n\n"
        #expect(OutputText.normalize(text) == "struct A {\n    var a: Int\n\n    var b: Int\n}\n")
    }

    @Test func docCommentsStayAttached() {
        #expect(OutputText.normalize("/// Doc.\n\nstruct A {}") == "/// Doc.\nstruct A {}\n")
    }

    @Test func exactlyOneNewlineAtTheEnd() {
        #expect(OutputText.normalize("a") == "a\n")
        #expect(OutputText.normalize("\n\na\n\n") == "a\n")
    }

    /// The byte-level pass agrees with its definition by `Character`s, on awkward text and on
    /// every generated file.
    @Test func bytesAndCharactersAgree() throws {
        let awkward = [
            "", "\n", "\n\n", " \t\r", "a\r\nb", "a \r\n", "x\r", "{\n\n}", "  {\n\n  }\n", "///\u{301}\n\nx",
            "/// é\n\nstruct É {\n\n    var a = \"—\"  \n\n\n}\n\n", "é {\n\n é }", " \u{301}}\n\n}", "{\u{301}\n\nx",
            "\u{600} \n\n}", "a\r\r\n\r\n\n\nb\r", "\t}\n\n}", "//\n\n///\n\n x",
        ]
        for text in awkward {
            #expect(OutputText.normalize(text) == OutputText.normalizeByCharacters(text), "\(text.debugDescription)")
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = ["\n", "\n", " ", "\t", "\r", "{", "}", "/", "///", "a", "é", "\u{301}", "\u{600}", "—"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0..<24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            #expect(OutputText.normalize(text) == OutputText.normalizeByCharacters(text), "\(text.debugDescription)")
        }
        let generated = TestSupport.packageRoot.appendingPathComponent("Generated")
        let enumerator = try #require(FileManager.default.enumerator(at: generated, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let messy = text.replacingOccurrences(of: "\n", with: "  \n\n")
            #expect(OutputText.normalize(messy) == OutputText.normalizeByCharacters(messy), "\(url.lastPathComponent)")
        }
    }

    @Test func asciiDocLinesAgreeWithCharacters() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["\n", "\n", " ", "\t", "\u{0B}", "\u{0C}", "a", "*/", "b c"]
        for text in ["", " ", "\n", "a", " a \n\n b\t\n\n"] {
            #expect(DocComment.asciiLines(text) == DocComment.linesByCharacters(text), "\(text.debugDescription)")
        }
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0..<16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            #expect(DocComment.asciiLines(text) == DocComment.linesByCharacters(text), "\(text.debugDescription)")
        }
        #expect(DocComment.asciiLines("é") == nil)
        #expect(DocComment.asciiLines("a\r\nb") == nil)
    }

    /// `linesByCharacters` answers as its first version, which trimmed through Foundation, with every
    /// line break (CRLF, CR, NEL, U+2028, U+2029) made a `\n` first: on random texts of ASCII,
    /// Unicode whitespace, combining marks next to spaces and newlines, a prepended mark, and
    /// carriage returns.
    @Test func docLinesByCharactersAgreeWithFoundationTrimming() {
        func foundationLines(_ text: String) -> [String] {
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [] }
            var text = text
            // `.literal`: a combining mark after a line break does not hide the break.
            for lineBreak in ["\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
                text = text.replacingOccurrences(of: lineBreak, with: "\n", options: .literal)
            }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                let trimmed = String(line.replacingOccurrences(of: "\r", with: "").reversed().drop { $0 == " " || $0 == "\t" }.reversed())
                return trimmed.isEmpty ? "///" : "/// " + trimmed
            }
            while lines.last == "///" { lines.removeLast() }
            while lines.first == "///" { lines.removeFirst() }
            return lines
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "\n", "\n", " ", "\t", "\r", "\r\n", "a", "—", "é", "\u{301}", "\u{200D}", "\u{0600}", "\u{00A0}", "\u{2028}", "\u{3000}",
            "👍🏽", "\u{85}", "\u{2029}",
        ]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0..<12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            #expect(DocComment.linesByCharacters(text) == foundationLines(text), "\(text.debugDescription)")
        }
    }

    @Test func stringLiteralsSurviveAnyText() {
        #expect(SwiftLiteral.string("plain") == "\"plain\"")
        #expect(SwiftLiteral.string("a \"q\" \\(x) \\ \n\t") == "\"a \\\"q\\\" \\\\(x) \\\\ \\n\\t\"")
        #expect(SwiftLiteral.string("\u{2028}\u{1}") == "\"\\u{2028}\\u{1}\"")
    }

    @Test func docCommentLines() {
        #expect(DocComment.lines("One\n\nTwo  \n") == ["/// One", "///", "/// Two"])
        // Every line break starts a new doc line: none can end the comment inside a line.
        for lineBreak in ["\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(DocComment.lines("One" + lineBreak + "Two") == ["/// One", "/// Two"], "\(lineBreak.debugDescription)")
            #expect(DocComment.lines("One" + lineBreak + lineBreak + "Two") == ["/// One", "///", "/// Two"])
        }
        #expect(DocComment.lines("One\r\n\r\nTwo\r") == ["/// One", "///", "/// Two"])
        #expect(DocCommentWrapping.wrap(["///   - key: Read from `A\r\nB`."]) == ["///   - key: Read from `A B`."])
        #expect(DocComment.lines("  \n") == [])
        #expect(DocComment.describe(Constraints()) == nil)
        var constraints = Constraints()
        constraints.minimum = 1
        constraints.maximum = 1000
        #expect(DocComment.describe(constraints) == "Must be at least 1, at most 1000.")
    }
}
