import Foundation
import Testing
@testable import SDKRuntime

/// Python literals (what `str(dict)` writes) read as JSON, for streams whose events are written
/// that way (`streaming: { format: python }`).
@Suite("Python literals")
struct PythonLiteralTests {
    @Test func aTransitionEventAsTheServerWritesIt() {
        let text = #"{'transition': {'type': 'step', 'output': {'n': 1, 'ok': True, 'none': None, 'x': 2.5e-05}, 'created_at': '2024-10-01T12:00:00.123456+00:00'}, 'next_page_token': None}"#
        #expect(PythonLiteral.jsonValue(text) == [
            "transition": [
                "type": "step", "output": ["n": 1, "ok": true, "none": .null, "x": .double(2.5e-05)],
                "created_at": "2024-10-01T12:00:00.123456+00:00",
            ],
            "next_page_token": .null,
        ])
    }

    @Test(arguments: [
        (#"'it\'s'"#, JSONValue.string("it's")),
        (#""say \"hi\"""#, .string("say \"hi\"")),
        (#"'a\nb\tc\\d'"#, .string("a\nb\tc\\d")),
        (#"'caf\xe9 \u2603 \U0001f600'"#, .string("café ☃ 😀")),
        (#"'raw \d stays'"#, .string(#"raw \d stays"#)),
        ("(1, 'two', [3],)", .array([1, "two", [3]])),
        ("[]", .array([])),
        ("{}", .object([:])),
        ("-42", .integer(-42)),
        ("  True  ", .bool(true)),
    ])
    func valuesAndEscapes(_ text: String, _ expected: JSONValue) {
        #expect(PythonLiteral.jsonValue(text) == expected)
    }

    @Test(arguments: [
        "", "{'a': 1", "{'a' 1}", "{1: 'a'}", "[1 2]", "'open", "Nonesuch", "inf", "nan", "datetime.datetime(2024, 1, 1)",
        "{'a': 1} trailing", #"'\x4'"#,
    ])
    func whatIsNotALiteralIsRefused(_ text: String) {
        #expect(PythonLiteral.jsonValue(text) == Optional<JSONValue>.none)
    }

    @Test func deepNestingIsRefusedRatherThanExhaustingTheStack() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(PythonLiteral.jsonValue(deep) == Optional<JSONValue>.none)
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(PythonLiteral.jsonValue(fine) != Optional<JSONValue>.none)
    }
}
