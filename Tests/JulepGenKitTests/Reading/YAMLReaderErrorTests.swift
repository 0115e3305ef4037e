import Testing
import JulepGenKit

@Suite("YAMLReader errors")
struct YAMLReaderErrorTests {
    typealias F = YAMLReaderFixture

    @Test func badIndentation() {
        let result = F.read("a:\n  b: 1\n c: 2\n")
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: did not find expected key", at: F.at(3, 2),
                   notes: [.note("while parsing a block mapping", at: F.at(1, 1))]),
        ])
    }

    @Test func unclosedFlowSequenceAtEndOfInput() {
        // Without a final newline the error points just past the last character, not at a line that does not exist.
        let result = F.read("k: [a, b")
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: did not find expected ',' or ']'", at: F.at(1, 9),
                   notes: [.note("while parsing a flow sequence", at: F.at(1, 4))]),
        ])
    }

    @Test func unclosedFlowSequenceBeforeMoreContent() {
        let result = F.read("k: [a, b\nz: 1\n")
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: did not find expected ',' or ']'", at: F.at(2, 2),
                   notes: [.note("while parsing a flow sequence", at: F.at(1, 4))]),
        ])
    }

    @Test func tabIndentation() {
        let result = F.read("a:\n\tb: 1\n")
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: found character that cannot start any token", at: F.at(2, 1), notes: [
                .note("while scanning for the next token", at: F.at(2, 1)),
                .note("YAML does not allow tabs for indentation; use spaces", at: F.at(2, 1)),
            ]),
        ])
    }

    @Test func mappingValueInsidePlainValue() {
        let result = F.read("key: value: x\n")
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: mapping values are not allowed in this context", at: F.at(1, 11)),
        ])
    }

    @Test func unterminatedQuotedScalarAfterMultiByteCharacters() {
        let result = F.read("é: 'ü\n")
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: found unexpected end of stream", at: F.at(2, 1),
                   notes: [.note("while scanning a quoted scalar", at: F.at(1, 4))]),
        ])
    }

    @Test func secondDocumentIsAnError() {
        let result = F.read("a: 1\n---\nb: 2\n")
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [
            .error("expected a single YAML document, found a second one", at: F.at(2, 1)),
        ])
    }

    @Test func explicitSingleDocumentIsFine() throws {
        let result = F.read("---\na: 1\n...\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.node?["a"]?.int == 1)
    }

    @Test func invalidLeadingByte() {
        let result = F.read(bytes: Array("ok: 1\nbad: \"x".utf8) + [0xFF] + Array("\"\n".utf8))
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: invalid leading UTF-8 octet (byte 0xFF)", at: F.at(2, 8)),
        ])
    }

    @Test func invalidByteAfterBOMAndCRLFLines() {
        let result = F.read(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: \"".utf8) + [0xFF] + Array("\"\r\n".utf8))
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: invalid leading UTF-8 octet (byte 0xFF)", at: F.at(2, 5)),
        ])
    }

    @Test func latin1ByteIsLocatedAtTheBrokenCharacter() {
        // "é" in Latin-1 (0xE9) followed by an ASCII letter: libyaml flags the letter, we point at 0xE9.
        let result = F.read(bytes: Array("ä: \"x".utf8) + [0xE9] + Array("y\"\n".utf8))
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: invalid trailing UTF-8 octet (byte 0x79)", at: F.at(1, 6)),
        ])
    }

    @Test func truncatedUTF8AtEndOfInput() {
        let result = F.read(bytes: Array("a: x".utf8) + [0xC3])
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: incomplete UTF-8 octet sequence", at: F.at(1, 5)),
        ])
    }

    @Test func nulByte() {
        let result = F.read(bytes: Array("ok: 1\nbad: a".utf8) + [0x00] + Array("b\n".utf8))
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: control characters are not allowed (U+0000)", at: F.at(2, 7)),
        ])
    }

    @Test func controlCharacterAfterMultiByteText() {
        let result = F.read("x:\n  - € \u{1B}\n")
        #expect(result.diagnostics.all == [
            .error("YAML syntax error: control characters are not allowed (U+001B)", at: F.at(2, 7)),
        ])
    }

    @Test func veryDeepNestingIsAnErrorNotACrash() {
        let result = F.read(String(repeating: "[", count: 100_000))
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [.error(NestingLimit.message("mappings and lists"), at: F.at(1, NestingLimit.maximumDepth + 1))])
    }

    @Test func deepBlockNestingIsAnErrorToo() {
        // `- - - x` nests block sequences on one line; the 1,001st opens at column 2,001.
        let result = F.read(String(repeating: "- ", count: NestingLimit.maximumDepth + 1) + "x\n")
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [
            .error(NestingLimit.message("mappings and lists"), at: F.at(1, 2 * NestingLimit.maximumDepth + 1))
        ])
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let depth = NestingLimit.maximumDepth
        let result = F.read(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        #expect(result.diagnostics.isEmpty)
        var node = try #require(result.node)
        var levels = 1
        while let first = node.sequence?.first {
            node = first
            levels += 1
        }
        #expect(levels == depth)
        #expect(F.position(node) == "1:\(depth)")
    }

    @Test(arguments: ["", "   \n\n", "# only a comment\n# and another\n", "---\n", "--- # comment\n"])
    func emptyDocumentsGiveNilWithoutDiagnostics(_ text: String) {
        let result = F.read(text)
        #expect(result.node == nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func emptyByteInputGivesNil() {
        let result = F.read(bytes: [])
        #expect(result.node == nil)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func explicitNullDocumentIsANode() throws {
        let result = F.read("--- ~\n")
        #expect(result.node?.isNull == true)
        #expect(F.position(result.node) == "1:5")
    }

    @Test func nonContiguousByteCollectionsAreAccepted() throws {
        var diagnostics = Diagnostics()
        let bytes = "a: [1, 2]\n".utf8.lazy.map { $0 }
        let node = YAMLReader.parse(bytes: bytes, path: F.path, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(node?["a"]?.sequence?.map(\.int) == [1, 2])
    }

    @Test func errorsAreAppendedToExistingDiagnostics() {
        var diagnostics = Diagnostics()
        diagnostics.warning("earlier", at: nil)
        _ = YAMLReader.parse("a: *b", path: F.path, diagnostics: &diagnostics)
        #expect(diagnostics.all.map(\.message) == ["earlier", "unknown alias '*b': no anchor '&b' is defined before it"])
    }
}
