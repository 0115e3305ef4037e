import Foundation
import Testing

@testable import SDKRuntime

/// `APIRequest.notes`: what a caller may not expect about how an argument is sent, written by the
/// logger before the request's first attempt (issue 22, bug 6: metadata filters).
@Suite("Request notes")
struct RequestNotesTests {
    @Test func aDottedMapNotesBooleansAndTextThatReadsAsANumber() throws {
        var request = APIRequest(method: .get, path: "/agents")
        try request.addDottedQuery(
            "metadata_filter",
            ["active": true, "zip": "02139", "ratio": "-1.5e3", "team": "support", "tier": 2, "score": 0.5, "code": "12a"])
        #expect(request.query.map(\.name) == [
            "metadata_filter.active", "metadata_filter.code", "metadata_filter.ratio", "metadata_filter.score",
            "metadata_filter.team", "metadata_filter.tier", "metadata_filter.zip",
        ])
        #expect(request.notes == [
            "metadata_filter.active=true is a Boolean sent as text: a server that converts only numbers compares it "
                + "as the text \"true\", so it does not match a stored Boolean.",
            "metadata_filter.ratio=-1.5e3 is text that reads as a number: a server that converts numbers compares it "
                + "as a number, so it does not match the same text stored.",
            "metadata_filter.zip=02139 is text that reads as a number: a server that converts numbers compares it "
                + "as a number, so it does not match the same text stored.",
        ])
    }

    @Test func aNoteHidesTheValueTheLogHides() throws {
        var request = APIRequest(method: .get, path: "/agents")
        try request.addDottedQuery("metadata_filter", ["api_key": "1234"] as [String: JSONValue])
        #expect(request.notes.count == 1)
        #expect(request.notes.first?.hasPrefix("metadata_filter.api_key=REDACTED ") == true)
        #expect(request.notes.first?.contains("1234") == false)
    }

    /// As Python's `int()` and `float()` read text, which the server tries in turn.
    @Test(arguments: [
        ("0", true), ("02139", true), ("-7", true), ("+7", true), ("3.25", true), ("1.", true), (".5", true),
        ("1e9", true), ("1E-3", true), (" 12 ", true), ("1_000", true), ("١٢", true), ("inf", true),
        ("-Infinity", true), ("NaN", true),
        ("", false), ("-", false), (".", false), ("1e", false), ("12a", false), ("true", false), ("1__0", false),
        ("_1", false), ("1_", false), ("0x10", false), ("½", false),
    ])
    func whatReadsAsANumber(_ text: String, _ expected: Bool) {
        #expect(APIRequest.readsAsNumber(text) == expected)
    }

    @Test func otherMapsAndNoFilterAddNoNotes() throws {
        var request = APIRequest(method: .get, path: "/agents")
        try request.addDottedQuery("labels", ["zip": "02139"] as [String: String]?)
        try request.addDottedQuery("metadata_filter", nil as [String: JSONValue]?)
        #expect(request.notes.isEmpty)
    }

    @Test func theLoggerWritesTheNotesOnceBeforeTheFirstAttempt() async throws {
        let lines = Recorder<String>()
        let attempts = Recorder<Int>()
        let transport = MockTransport { _ in
            attempts.append(1)
            return HTTPResponse(statusCode: attempts.values.count == 1 ? 503 : 200, body: Data("{}".utf8))
        }
        let configuration = ClientConfiguration(
            baseURL: try #require(URL(string: "https://api.example.com")), transport: transport,
            logger: RequestLogger { lines.append($0) }, sleep: { _ in })
        let core = ClientCore(configuration: configuration)
        var request = APIRequest(method: .get, path: "/agents")
        try request.addDottedQuery("metadata_filter", ["active": false] as [String: JSONValue])
        try await core.send(request, options: nil)
        let name = SDKIdentity.apiName
        #expect(lines.values.count == 3)
        #expect(lines.values.first?.hasPrefix("\(name): note: metadata_filter.active=false is a Boolean sent as text") == true)
        #expect(lines.values.dropFirst().allSatisfy { $0.hasPrefix("\(name): GET https://api.example.com/agents?") })
    }
}
