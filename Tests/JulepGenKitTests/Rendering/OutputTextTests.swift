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

    @Test func stringLiteralsSurviveAnyText() {
        #expect(SwiftLiteral.string("plain") == "\"plain\"")
        #expect(SwiftLiteral.string("a \"q\" \\(x) \\ \n\t") == "\"a \\\"q\\\" \\\\(x) \\\\ \\n\\t\"")
        #expect(SwiftLiteral.string("\u{2028}\u{1}") == "\"\\u{2028}\\u{1}\"")
    }

    @Test func docCommentLines() {
        #expect(DocComment.lines("One\n\nTwo  \n") == ["/// One", "///", "/// Two"])
        #expect(DocComment.lines("  \n") == [])
        #expect(DocComment.describe(Constraints()) == nil)
        var constraints = Constraints()
        constraints.minimum = 1
        constraints.maximum = 1000
        #expect(DocComment.describe(constraints) == "Must be at least 1, at most 1000.")
    }
}
