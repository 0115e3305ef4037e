import Testing
import JulepGenKit

@Suite("YAMLReader scalars and JSON")
struct YAMLReaderScalarTests {
    typealias F = YAMLReaderFixture

    @Test func literalAndFoldedBlockScalarsWithChomping() throws {
        let result = F.read("""
            clip: |
              line one
              line two

            strip: |-
              kept
            keep: |+
              kept

            folded: >
              a
              b

              c
            foldedStrip: >-
              x
              y
            last: end
            """)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.node)
        #expect(root["clip"]?.scalar == YAMLScalar(value: "line one\nline two\n", style: .literal))
        #expect(root["strip"]?.scalar == YAMLScalar(value: "kept", style: .literal))
        #expect(root["keep"]?.scalar == YAMLScalar(value: "kept\n\n", style: .literal))
        #expect(root["folded"]?.scalar == YAMLScalar(value: "a b\nc\n", style: .folded))
        #expect(root["foldedStrip"]?.scalar == YAMLScalar(value: "x y", style: .folded))
        // A block scalar starts at its indicator.
        #expect(F.position(root["clip"]) == "1:7")
        #expect(F.position(root["foldedStrip"]) == "15:14")
    }

    @Test func jsonTextParsesAsYAML() throws {
        let result = F.read("""
            {
              "name": "caf\\u00e9\\n",
              "count": 42,
              "ratio": -1.5e-3,
              "flags": [true, false, null, "true"],
              "nested": {"list": [[1, 2], [], {}]}
            }
            """)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.node)
        #expect(root.mapping?.map(\.key.string) == ["name", "count", "ratio", "flags", "nested"])
        #expect(root["name"]?.string == "café\n")
        #expect(root["name"]?.scalar?.style == .doubleQuoted)
        #expect(root["count"]?.int == 42)
        #expect(root["ratio"]?.double == -0.0015)
        let flags = try #require(root["flags"]?.sequence)
        #expect(flags.map(\.bool) == [true, false, nil, nil])
        #expect(flags.map(\.isNull) == [false, false, true, false])
        #expect(flags[3].string == "true")
        #expect(flags.map(\.kindDescription) == ["a boolean", "a boolean", "null", "a string"])
        let list = try #require(root["nested"]?["list"]?.sequence)
        #expect(list[0].sequence?.map(\.int) == [1, 2])
        #expect(list[1].sequence == [])
        #expect(list[2].mapping == [])
        #expect(F.position(root["nested"]?["list"]) == "6:22")
        #expect(F.position(list[2]) == "6:35")
    }

    @Test func escapesInDoubleAndSingleQuotes() throws {
        let result = F.read(#"""
            a: "tab\there \"q\" \u263A"
            b: 'it''s \n'
            """#)
        let root = try #require(result.node)
        #expect(root["a"]?.string == "tab\there \"q\" ☺")
        #expect(root["b"]?.string == #"it's \n"#)
    }

    @Test func explicitTagsAreReported() throws {
        let result = F.read("a: !!str 1\nb: !custom x\nc: plain\n")
        let root = try #require(result.node)
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.tag == "!custom")
        #expect(root["c"]?.tag == nil)
        #expect(F.position(root["a"]) == "1:4")
    }

    @Test func multiByteScalarValuesAreDecodedFromUTF8() throws {
        let result = F.read("k: Grüße aus Zürich — 日本 😀\n")
        #expect(result.node?["k"]?.string == "Grüße aus Zürich — 日本 😀")
    }
}
