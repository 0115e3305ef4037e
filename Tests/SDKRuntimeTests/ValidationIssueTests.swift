import Foundation
import Testing

@testable import SDKRuntime

/// 422 answers become `field path: message` lines, whether FastAPI's standard `detail` list or the
/// Julep server's Python `repr` of that list inside `message`. The raw body stays on the error.
@Suite("Validation issues in error bodies")
struct ValidationIssueTests {
    /// As the Julep 0.4.0 server answers a doc search without `text`.
    static let julepBody = #"""
        {"status_code": 422, "message": "[{'type': 'missing', 'loc': ('body', 'text'), 'msg': 'Field required', 'input': {'vector': [0.1, 0.2], 'limit': 10}, 'url': 'https://errors.pydantic.dev/2.9/v/missing'}, {'type': 'string_pattern_mismatch', 'loc': ('body', 'name'), 'msg': \"String should match pattern '^[\\\\p{L}]+$'\", 'input': '', 'ctx': {'pattern': '^[\\\\p{L}]+$'}}, {'type': 'value_error', 'loc': ('body', 'main', 0), 'msg': 'Value error, bad step', 'input': None, 'ctx': {'error': ValueError('bad step')}}]"}
        """#

    @Test func theJulepServersPythonReprIsReadIntoLines() throws {
        let error = APIError.forStatus(422, body: Data(Self.julepBody.utf8))
        #expect(error.kind == .unprocessableEntity)
        #expect(error.validationIssues == [
            .init(location: ["body", "text"], message: "Field required", type: "missing"),
            .init(location: ["body", "name"], message: #"String should match pattern '^[\p{L}]+$'"#, type: "string_pattern_mismatch"),
            .init(location: ["body", "main", "0"], message: "Value error, bad step", type: "value_error"),
        ])
        #expect(error.message == """
            body.text: Field required
            body.name: String should match pattern '^[\\p{L}]+$'
            body.main.0: Value error, bad step
            """)
        #expect(error.body == Data(Self.julepBody.utf8), "the raw body is kept")
        #expect(error.description.contains(": body.text: Field required; body.name: String should match"))
        #expect(!error.description.contains("\n"))
    }

    @Test func fastAPIsDetailListIsReadTheSameWay() throws {
        let body = #"{"detail": [{"type": "less_than_equal", "loc": ["body", "temperature"], "msg": "Input should be less than or equal to 5", "input": 7, "ctx": {"le": 5}}]}"#
        let error = APIError.forStatus(422, body: Data(body.utf8))
        #expect(error.validationIssues.map(\.description) == ["body.temperature: Input should be less than or equal to 5"])
        #expect(error.message == "body.temperature: Input should be less than or equal to 5")
    }

    @Test(arguments: [
        #"{"status_code": 422, "message": "Something went wrong"}"#,
        #"{"status_code": 422, "message": "[not python"}"#,
        #"{"status_code": 422, "message": "[{'loc': ('body',), 'msg': 'x'"}"#,
        #"{"status_code": 422, "message": "[1, 2, 3]"}"#,
        #"{"message": "['a', 'b']"}"#,
    ])
    func otherMessagesStayAsTheyAre(_ body: String) throws {
        let error = APIError.forStatus(422, body: Data(body.utf8))
        #expect(error.validationIssues.isEmpty)
        let message = try #require(try JSONCoding.makeDecoder().decode(JSONValue.self, from: Data(body.utf8))["message"]?.stringValue)
        #expect(error.message == message)
    }

    /// What a `repr` holds beyond literals reads as text when lenient (and is refused otherwise).
    @Test func namesCallsAndObjectsReadAsTextWhenLenient() {
        let text = "{'error': ValueError('no (really)'), 'at': <object at 0x1>, 'ok': True, 'n': None}"
        #expect(PythonLiteral.jsonValue(text, lenient: true)
            == .object(["error": "ValueError('no (really)')", "at": "<object at 0x1>", "ok": true, "n": .null]))
        #expect(PythonLiteral.jsonValue(text) == Optional<JSONValue>.none)
        #expect(PythonLiteral.jsonValue("[1, 2", lenient: true) == Optional<JSONValue>.none)
        #expect(PythonLiteral.jsonValue("[1] trailing", lenient: true) == Optional<JSONValue>.none)
        #expect(PythonLiteral.jsonValue("", lenient: true) == Optional<JSONValue>.none)
    }

    @Test func anyTextParsesWithoutTrapping() {
        let pieces = ["[", "]", "{", "}", "(", ")", "'", "\"", "\\", ",", ":", "x", "1", "-", ".", "e", "<", ">", " ", "é", "True", "\\x", "\\u12"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            _ = PythonLiteral.jsonValue(text, lenient: true)
        }
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(PythonLiteral.jsonValue(deep, lenient: true) == Optional<JSONValue>.none, "refused, not recursed into")
    }
}
