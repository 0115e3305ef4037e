import Testing

@testable import JulepGenKit

@Suite("Multi-line string literals indented to their line")
struct MultilineStringIndentationTests {
    @Test func anUnindentedLiteralMovesToTheLineItOpensOn() {
        let literal = RawStringLiteral.multiLine("{\n  \"a\": \"\\\"#\"\n}")
        #expect(literal == "##\"\"\"\n{\n  \"a\": \"\\\"#\"\n}\n\"\"\"##")
        let text = "        try check(\n            json: \(literal),\n            other: 1\n        )\n"
        #expect(
            MultilineStringIndentation.indented(text) == """
                        try check(
                            json: ##\"""
                            {
                              "a": "\\"#"
                            }
                            \"""##,
                            other: 1
                        )

                """)
    }

    /// Swift strips the closing delimiter's indentation: blank lines need none, and a literal that
    /// is indented already stays as it is.
    @Test func blankLinesAndIndentedLiteralsStay() {
        let text = "    let a = \"\"\"\nx\n\ny\n\"\"\"\n    let b = \"\"\"\n        z\n        \"\"\"\n"
        #expect(
            MultilineStringIndentation.indented(text)
                == "    let a = \"\"\"\n    x\n\n    y\n    \"\"\"\n    let b = \"\"\"\n        z\n        \"\"\"\n")
        let plain = "let a = 1\nlet b = \"\"\"\n    c\n    \"\"\"\n"
        #expect(MultilineStringIndentation.indented(plain) == plain)
    }
}
