import Testing
import JulepGenKit

@Suite("YAMLReader positions")
struct YAMLReaderPositionTests {
    typealias F = YAMLReaderFixture

    @Test func blockMappingKeysAndValues() throws {
        let result = F.read("""
            name: agents
            limits:
              max: 10
              tags:
                - a
                - "b"
            """)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.node)
        #expect(root.location == F.at(1, 1))
        let entries = try #require(root.mapping)
        #expect(entries.map(\.key.string) == ["name", "limits"])
        #expect(F.position(entries[0].key) == "1:1")
        #expect(F.position(entries[0].value) == "1:7")
        #expect(F.position(entries[1].key) == "2:1")
        let limits = try #require(root["limits"])
        #expect(F.position(limits) == "3:3")
        #expect(F.position(limits["max"]) == "3:8")
        let tags = try #require(limits["tags"])
        #expect(F.position(tags) == "5:5")
        #expect(tags.sequence?.map { F.position($0) } == ["5:7", "6:7"])
    }

    @Test func flowCollections() throws {
        let result = F.read("k: [a, {b: c, d: [1, 2]}, 'x']\n")
        let value = try #require(result.node?["k"])
        #expect(F.position(value) == "1:4")
        let items = try #require(value.sequence)
        #expect(items.map { F.position($0) } == ["1:5", "1:8", "1:27"])
        #expect(F.position(items[1]["b"]) == "1:12")
        #expect(F.position(items[1]["d"]) == "1:18")
        #expect(items[1]["d"]?.sequence?.map { F.position($0) } == ["1:19", "1:22"])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        // "é" and "ü" are two bytes each, "😀" four: columns must still advance by one.
        let result = F.read("é: \"ü\"\nk: [ä, 😀, {b: ö}]\n")
        let root = try #require(result.node)
        let entries = try #require(root.mapping)
        #expect(F.position(entries[0].value) == "1:4")
        let items = try #require(root["k"]?.sequence)
        #expect(items.map { F.position($0) } == ["2:5", "2:8", "2:11"])
        #expect(F.position(items[2]["b"]) == "2:15")
        #expect(items[1].string == "😀")
    }

    @Test func quotedScalarLocationIsTheOpeningQuote() throws {
        let result = F.read("a:   'single'\nb: \"double\"\n")
        let root = try #require(result.node)
        #expect(F.position(root["a"]) == "1:6")
        #expect(root["a"]?.scalar == YAMLScalar(value: "single", style: .singleQuoted))
        #expect(F.position(root["b"]) == "2:4")
        #expect(root["b"]?.scalar == YAMLScalar(value: "double", style: .doubleQuoted))
    }

    @Test func locationsCarryThePath() throws {
        var diagnostics = Diagnostics()
        let node = try #require(YAMLReader.parse("x: 1", path: "dir/other.yaml", diagnostics: &diagnostics))
        #expect(node["x"]?.location == SourceLocation(file: "dir/other.yaml", line: 1, column: 4))
    }

    @Test func byteOrderMarkTakesNoColumn() throws {
        let result = F.read(bytes: [0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8))
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.node)
        #expect(F.position(root) == "1:1")
        #expect(F.position(root["a"]) == "1:4")
    }

    @Test func crlfLineEndings() throws {
        let result = F.read("a: 1\r\nb: [x]\r\n")
        let root = try #require(result.node)
        #expect(F.position(root["b"]) == "2:4")
        #expect(F.position(root["b"]?.sequence?.first) == "2:5")
    }

    @Test func emptyValueIsANullScalar() throws {
        let result = F.read("a:\nb: 1\n")
        let value = try #require(result.node?["a"])
        #expect(value.isNull)
        #expect(value.scalar == YAMLScalar(value: "", style: .plain))
    }
}
