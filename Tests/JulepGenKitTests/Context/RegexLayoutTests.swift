import Testing
@testable import JulepGenKit

@Suite("Long patterns in doc comments")
struct RegexLayoutTests {
    @Test func partsJoinedAreThePattern() {
        for pattern in [
            #"^[\p{L}\p{Nl}]+[\p{ID_Start}\]x]*$"#, #"^(a|b(c)){2,3}?\d+x[^]]"#, #"\p{L}{1,}\(x\)"#, "a{b", "",
        ] {
            #expect(RegexLayout.parts(pattern).joined() == pattern)
        }
    }

    @Test func partsEndAfterTopLevelAtomsWithTheirQuantifiers() {
        #expect(RegexLayout.parts(#"^[a-z]+(x|y){2,3}?\d*$"#) == ["^[a-z]+", "(x|y){2,3}?", #"\d*"#, "$"])
        // A bracket inside a class, a group inside a group and a property escape do not end a part.
        #expect(RegexLayout.parts(#"[\]a](b(c))\p{Lu}+z"#) == [#"[\]a]"#, "(b(c))", #"\p{Lu}+"#, "z"])
        // A brace that is not a quantifier is a literal.
        #expect(RegexLayout.parts("[a]{x") == ["[a]", "{x"])
    }

    @Test func aLongPatternIsBrokenToFitAndAShortOneIsNot() {
        let pattern = #"^[\p{L}\p{Nl}\p{Pattern_Syntax}\p{Pattern_White_Space}]+"#
            + #"[\p{ID_Start}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\p{Pattern_Syntax}\p{Pattern_White_Space}]*$"#
        let lines = RegexLayout.lines(pattern, width: 100)
        #expect(lines == [
            #"^[\p{L}\p{Nl}\p{Pattern_Syntax}\p{Pattern_White_Space}]+"#,
            #"[\p{ID_Start}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\p{Pattern_Syntax}\p{Pattern_White_Space}]*$"#,
        ])
        #expect(RegexLayout.lines("^[a-z]+$", width: 100) == ["^[a-z]+$"])
        // Nothing to break at: one line, however long.
        let literal = String(repeating: "a", count: 130)
        #expect(RegexLayout.lines(literal, width: 100) == [literal])
    }

    @Test func aPropertysLongPatternIsDocumentedAsACodeBlock() throws {
        var constraints = Constraints()
        constraints.maxLength = 3
        constraints.pattern = String(repeating: "[a-z]+", count: 20)
        let text = try #require(DocComment.describe(constraints, allowsBlocks: true))
        #expect(text == """
            Must be at most 3 characters long. Must match this pattern, shown on 2 lines to fit (it has no line breaks):

            ```
            \(String(repeating: "[a-z]+", count: 16))
            \(String(repeating: "[a-z]+", count: 4))
            ```
            """)
        // A one-line summary (a parameter's) keeps it inline.
        #expect(DocComment.describe(constraints) == "Must be at most 3 characters long. Must match `\(constraints.pattern!)`.")
    }
}
