import Testing
import JulepGenKit

@Suite("YAMLNode accessors")
struct YAMLNodeAccessorTests {
    typealias F = YAMLReaderFixture

    private func scalar(_ value: String, _ style: YAMLScalar.Style = .plain, tag: String? = nil) -> YAMLNode {
        YAMLNode(content: .scalar(YAMLScalar(value: value, style: style)), location: F.at(1, 1), tag: tag)
    }

    @Test(arguments: ["", "~", "null", "Null", "NULL"])
    func plainNullForms(_ text: String) {
        #expect(scalar(text).isNull)
        #expect(scalar(text).kindDescription == "null")
        #expect(!scalar(text, .doubleQuoted).isNull)
    }

    @Test func nullIsOnlyTheCoreSchemaSpellings() {
        #expect(!scalar("nULL").isNull)
        #expect(!scalar("none").isNull)
        #expect(!scalar("null", tag: "tag:yaml.org,2002:str").isNull)
    }

    @Test func booleans() {
        #expect(["true", "True", "TRUE", "false", "False", "FALSE"].map { scalar($0).bool }
            == [true, true, true, false, false, false])
        #expect(scalar("yes").bool == nil)
        #expect(scalar("on").bool == nil)
        #expect(scalar("tRUE").bool == nil)
        #expect(scalar("true", .singleQuoted).bool == nil)
        #expect(scalar("true", .doubleQuoted).kindDescription == "a string")
    }

    @Test func integers() {
        #expect(scalar("42").int == 42)
        #expect(scalar("-17").int == -17)
        #expect(scalar("+5").int == 5)
        #expect(scalar("007").int == 7)
        #expect(scalar("0x1F").int == 31)
        #expect(scalar("0o17").int == 15)
        #expect(scalar("9223372036854775807").int == Int.max)
        #expect(scalar("9223372036854775808").int == nil)
        #expect(scalar("0xFFFFFFFFFFFFFFFFF").int == nil)
        for notAnInt in ["", "+", "-", "1.0", "1e3", "0x", "0xG", "0x-1", "0o8", "1_000", " 1", "12a"] {
            #expect(scalar(notAnInt).int == nil, "\(notAnInt)")
        }
        #expect(scalar("42", .doubleQuoted).int == nil)
        #expect(scalar("42", .doubleQuoted, tag: "tag:yaml.org,2002:int").int == 42)
        #expect(scalar("42", tag: "tag:yaml.org,2002:str").int == nil)
    }

    @Test func doubles() {
        #expect(scalar("1.5").double == 1.5)
        #expect(scalar("-2").double == -2)
        #expect(scalar(".5").double == 0.5)
        #expect(scalar("1.").double == 1)
        #expect(scalar("6.02e23").double == 6.02e23)
        #expect(scalar("1E-2").double == 0.01)
        #expect(scalar("0x10").double == 16)
        #expect(scalar("12345678901234567890").double == 1.2345678901234567890e19)
        #expect(scalar(".inf").double == .infinity)
        #expect(scalar("+.Inf").double == .infinity)
        #expect(scalar("-.INF").double == -.infinity)
        #expect(scalar(".nan").double?.isNaN == true)
        for notADouble in [".", "e3", "1e", "1.2.3", "inf", "nan", "0x1p3", "1,5", "--1", ".NaN1"] {
            #expect(scalar(notADouble).double == nil, "\(notADouble)")
        }
        #expect(scalar("1.5", .singleQuoted).double == nil)
        #expect(scalar("1.5").kindDescription == "a number")
        #expect(scalar("7").kindDescription == "a number")
    }

    @Test func collectionsAndStrings() throws {
        let result = F.read("m: {a: 1}\ns: [x]\nt: text\n'q': quoted key\n")
        let root = try #require(result.node)
        #expect(root.kindDescription == "a mapping")
        #expect(root["s"]?.kindDescription == "a list")
        #expect(root["t"]?.kindDescription == "a string")
        #expect(root["m"]?.string == nil)
        #expect(root["m"]?.sequence == nil)
        #expect(root["s"]?.mapping == nil)
        #expect(root["t"]?.scalar == YAMLScalar(value: "text", style: .plain))
        // Subscript matches keys of any quoting style, and only on mappings.
        #expect(root["q"]?.string == "quoted key")
        #expect(root["missing"] == nil)
        #expect(root["s"]?["x"] == nil)
        #expect(root["m"]?["a"]?.int == 1)
    }
}
