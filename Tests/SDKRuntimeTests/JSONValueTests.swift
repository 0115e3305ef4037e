import Foundation
import Testing
@testable import SDKRuntime

@Suite("JSONValue")
struct JSONValueTests {
    private func decode(_ json: String) throws -> JSONValue {
        try JSONCoding.makeDecoder().decode(JSONValue.self, from: Data(json.utf8))
    }

    private func encode(_ value: JSONValue) throws -> String {
        String(decoding: try JSONCoding.makeEncoder().encode(value), as: UTF8.self)
    }

    @Test func decodesEveryKind() throws {
        let value = try decode(#"{"n": null, "b": true, "i": 42, "d": 1.5, "s": "hi", "a": [1, "x"], "o": {"k": false}}"#)
        #expect(value == .object([
            "n": .null,
            "b": .bool(true),
            "i": .integer(42),
            "d": .double(1.5),
            "s": .string("hi"),
            "a": .array([.integer(1), .string("x")]),
            "o": .object(["k": .bool(false)]),
        ]))
    }

    @Test func integersStayIntegersAndOtherNumbersBecomeDoubles() throws {
        #expect(try decode("0") == .integer(0))
        #expect(try decode("-17") == .integer(-17))
        #expect(try decode("9223372036854775807") == .integer(Int.max))
        #expect(try decode("0.25") == .double(0.25))
        #expect(try decode("1e300") == .double(1e300))
        #expect(try decode("9223372036854775808") == .double(9223372036854775808.0))
    }

    @Test func booleansAreNotNumbers() throws {
        #expect(try decode("true") == .bool(true))
        #expect(try decode("1") == .integer(1))
    }

    @Test func encodingRoundTrips() throws {
        let value: JSONValue = [
            "name": "widget",
            "count": 3,
            "ratio": 0.5,
            "on": true,
            "none": nil,
            "list": [1, 2.5, "three", [false]],
            "nested": ["deep": ["deeper": "yes"]],
            "unicode": "é🎉\n\"quoted\"",
        ]
        let json = try encode(value)
        #expect(try decode(json) == value)
    }

    @Test func encodesCompactWithSortedKeys() throws {
        let value: JSONValue = ["b": 1, "a": [true, nil], "c": "x/y"]
        #expect(try encode(value) == #"{"a":[true,null],"b":1,"c":"x/y"}"#)
        #expect(value.description == #"{"a":[true,null],"b":1,"c":"x/y"}"#)
    }

    @Test func literals() {
        let null: JSONValue = nil
        let bool: JSONValue = false
        let integer: JSONValue = 7
        let double: JSONValue = 7.5
        let string: JSONValue = "s"
        let array: JSONValue = [1, "a"]
        let object: JSONValue = ["k": 1, "k2": nil]
        #expect(null == .null)
        #expect(bool == .bool(false))
        #expect(integer == .integer(7))
        #expect(double == .double(7.5))
        #expect(string == .string("s"))
        #expect(array == .array([.integer(1), .string("a")]))
        #expect(object == .object(["k": .integer(1), "k2": .null]))
    }

    @Test func subscriptsAndAccessors() {
        let value: JSONValue = ["items": [["id": 1], ["id": 2.5]], "name": "x", "flag": true]
        #expect(value["items"]?[1]?["id"] == .double(2.5))
        #expect(value["items"]?[0]?["id"]?.intValue == 1)
        #expect(value["items"]?[1]?["id"]?.doubleValue == 2.5)
        #expect(value["items"]?[0]?["id"]?.doubleValue == 1.0)
        #expect(value["items"]?[2] == nil)
        #expect(value["items"]?[-1] == nil)
        #expect(value["missing"] == nil)
        #expect(value["name"]?.stringValue == "x")
        #expect(value["flag"]?.boolValue == true)
        #expect(value["name"]?[0] == nil)
        #expect(value["name"]?["key"] == nil)
        #expect(value["items"]?.arrayValue?.count == 2)
        #expect(value.objectValue?.count == 3)
        #expect(JSONValue.null.isNull)
        #expect(!value.isNull)
    }

    @Test func hashable() {
        let set: Set<JSONValue> = [1, 1, "1", 1.0, nil]
        #expect(set.count == 4)
    }

    @Test func invalidJSONThrows() {
        #expect(throws: DecodingError.self) {
            try decode("{not json")
        }
    }
}

@Suite("JSONValueConvertible")
struct JSONValueConvertibleTests {
    @Test func eachConformingTypeIsTheJSONItStandsFor() throws {
        #expect("a".jsonValue == .string("a"))
        #expect("abc".dropFirst().jsonValue == .string("bc"))
        #expect(true.jsonValue == .bool(true))
        #expect(3.jsonValue == .integer(3))
        #expect(Int32(-4).jsonValue == .integer(-4))
        #expect(Int64(5).jsonValue == .integer(5))
        #expect(1.5.jsonValue == .double(1.5))
        #expect(Float(0.5).jsonValue == .double(0.5))
        #expect(try #require(UUID(uuidString: "C9718C74-0000-4000-8000-000000000001")).jsonValue == .string("c9718c74-0000-4000-8000-000000000001"))
        #expect((nil as String?).jsonValue == .null)
        #expect(("x" as String?).jsonValue == .string("x"))
        #expect([1, 2].jsonValue == .array([.integer(1), .integer(2)]))
        #expect(["k": ["v"]].jsonValue == .object(["k": .array([.string("v")])]))
        #expect(JSONValue.null.jsonValue == .null)
    }

    /// A function taking `[String: any JSONValueConvertible]`, as the generated methods do.
    private func converted(_ values: [String: any JSONValueConvertible]?) -> [String: JSONValue]? {
        values?.mapValues(\.jsonValue)
    }

    @Test func literalsVariablesAndJSONValueCasesMix() {
        let name = "Ada"
        #expect(converted(["name": name, "n": 1, "ok": true, "nested": ["a": 1], "case": .string("s"), "null": .null])
            == ["name": "Ada", "n": 1, "ok": true, "nested": ["a": 1], "case": "s", "null": nil])
        #expect(converted(nil) == nil)
        #expect(converted([:]) == [:])
    }

    @Test func aJSONValueContextStillMeansTheCases() {
        // The disfavoured statics on `JSONValueConvertible` leave these unambiguous.
        let value: JSONValue = .null
        let text: JSONValue = .string("a")
        #expect(value.isNull && text.stringValue == "a")
        switch text {
        case .string(let string): #expect(string == "a")
        default: Issue.record("expected a string")
        }
    }
}
