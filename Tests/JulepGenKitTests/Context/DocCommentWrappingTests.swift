import Testing

@testable import JulepGenKit

@Suite("Doc comment wrapping")
struct DocCommentWrappingTests {
    static let sentence = "The quick brown fox jumps over the lazy dog and keeps running through the field until"

    /// The words of doc lines, without the `///` and the breaks.
    private func words(_ lines: [String]) -> [Substring] {
        lines.flatMap { $0.dropFirst(3).split(separator: " ") }
    }

    @Test func longProseBreaksAtSpacesKeepingEveryWord() {
        let line = "/// " + Self.sentence + " " + Self.sentence + " the end."
        let wrapped = DocCommentWrapping.wrap([line])
        #expect(wrapped.count == 2)
        #expect(wrapped.allSatisfy { $0.hasPrefix("/// ") && $0.count - 4 <= DocCommentWrapping.width })
        #expect(wrapped.allSatisfy { !$0.hasSuffix(" ") && !$0.hasPrefix("///  ") })
        #expect(words(wrapped) == words([line]))
    }

    @Test func shortLinesAreLeftAlone() {
        let lines = ["/// Short.", "///", "///     indented code that is fine"]
        #expect(DocCommentWrapping.wrap(lines) == lines)
    }

    @Test func codeSpansAreNeverBroken() {
        let code = "`" + Array(repeating: "word", count: 20).joined(separator: " ") + "`"
        let wrapped = DocCommentWrapping.wrap(["/// Use " + code + " when the text is long enough to need a break somewhere."])
        #expect(wrapped.contains { $0.contains(code) })
    }

    @Test func listItemsContinueUnderTheirText() {
        let wrapped = DocCommentWrapping.wrap([
            "/// - Parameters:", "///   - inputSchema: " + Self.sentence + " " + Self.sentence,
            "/// 12. " + Self.sentence + " " + Self.sentence,
        ])
        #expect(wrapped[0] == "/// - Parameters:")
        #expect(wrapped[1].hasPrefix("///   - inputSchema: The quick"))
        #expect(wrapped[2].hasPrefix("///     ") && !wrapped[2].hasPrefix("///      "))
        let numbered = try! #require(wrapped.firstIndex { $0.hasPrefix("/// 12. ") })
        #expect(wrapped[numbered + 1].hasPrefix("///     ") && !wrapped[numbered + 1].hasPrefix("///      "))
    }

    @Test func codeBlocksTablesAndHeadingsAreLeftAlone() {
        let long = Self.sentence + " " + Self.sentence
        let lines = [
            "/// ```", "/// " + long, "/// ```", "///     " + long, "/// | a | " + long + " |", "/// # " + long,
        ]
        #expect(DocCommentWrapping.wrap(lines) == lines)
    }

    @Test func specTextIsWrappedThroughDocCommentLines() {
        let lines = DocComment.lines("First paragraph. " + Self.sentence + " " + Self.sentence + "\n\nSecond.")
        #expect(lines.count == 4)
        #expect(lines[0].count > 80 && lines[0].count <= 104)
        #expect(lines[2] == "///")
        #expect(lines[3] == "/// Second.")
    }
}
