import Foundation
import Testing
@testable import SDKRuntime

@Suite("APIError")
struct APIErrorTests {
    @Test(arguments: [
        (400, APIError.Kind.badRequest), (401, .unauthorized), (403, .forbidden), (404, .notFound),
        (409, .conflict), (422, .unprocessableEntity), (429, .rateLimited), (500, .server), (502, .server),
        (503, .server), (599, .server), (418, .otherStatus), (302, .otherStatus), (405, .otherStatus), (100, .otherStatus),
    ])
    func statusMapping(_ status: Int, _ kind: APIError.Kind) {
        let error = APIError.forStatus(status, headers: ["Retry-After": "1"], body: Data("{}".utf8))
        #expect(error.kind == kind)
        #expect(error.statusCode == status)
        #expect(error.headers["retry-after"] == "1")
        #expect(error.body == Data("{}".utf8))
    }

    @Test(arguments: [
        (#"{"error": "plain"}"#, "plain"),
        (#"{"error": {"message": "nested", "code": 7}}"#, "nested"),
        (#"{"message": "top", "detail": "ignored"}"#, "top"),
        (#"{"detail": "not found"}"#, "not found"),
        (#"{"detail": {"message": "detail object"}}"#, "detail object"),
        (#"{"detail": [{"loc": ["body", "name"], "msg": "field required", "type": "missing"}, {"loc": ["query", "limit", 0], "msg": "too big"}]}"#,
         "body.name: field required\nquery.limit.0: too big"),
    ])
    func messageExtraction(_ body: String, _ message: String) {
        #expect(APIError.message(fromBody: Data(body.utf8)) == message)
        #expect(APIError.forStatus(400, body: Data(body.utf8)).message == message)
    }

    @Test(arguments: ["", "not json", "[]", #""string""#, #"{"error": 5}"#, #"{"other": "x"}"#, "<html>502</html>"])
    func noMessage(_ body: String) {
        #expect(APIError.message(fromBody: Data(body.utf8)) == nil)
    }

    @Test func descriptionIsOneLineWithStatusMessageAndBody() throws {
        let url = try #require(URL(string: "https://api.example.com/widgets/1"))
        let body = Data("{\"error\": {\"message\": \"no such\\nwidget\"}}\n".utf8)
        let error = APIError.forStatus(404, body: body, request: .init(method: .get, url: url))
        let description = error.description
        #expect(description.hasPrefix("ExampleError.notFound (HTTP 404) GET https://api.example.com/widgets/1: no such\\nwidget body: "))
        #expect(!description.contains("\n"))
        #expect(error.localizedDescription == description)
    }

    @Test func bodyIsTruncatedTo500BytesWithoutSplittingCharacters() {
        let body = Data(("x" + String(repeating: "é", count: 600)).utf8) // 1201 bytes
        let error = APIError.forStatus(500, body: body)
        let shown = APIError.truncatedBody(body)
        #expect(shown.hasSuffix("… (1201 bytes)"))
        let prefix = shown.replacingOccurrences(of: "… (1201 bytes)", with: "")
        #expect(prefix.utf8.count <= 500)
        #expect(prefix.utf8.count >= 497)
        #expect(!prefix.contains("\u{FFFD}"))
        #expect(error.description.utf8.count < 600)
        #expect(APIError.truncatedBody(Data("short".utf8)) == "short")
    }

    @Test func credentialsNeverAppear() throws {
        let url = try #require(URL(string: "https://me:pa55@api.example.com/x?token=t0k&limit=2"))
        let error = APIError(
            kind: .unauthorized,
            message: "bad key",
            statusCode: 401,
            headers: ["Authorization": "Bearer sk-s3cr3t", "X-Auth-Key": "sk-s3cr3t", "X-Request-Id": "r1"],
            body: Data("{}".utf8),
            request: .init(method: .get, url: url)
        )
        for text in [error.description, error.debugDescription, String(describing: error), "\(error)"] {
            #expect(!text.contains("s3cr3t"))
            #expect(!text.contains("pa55"))
            #expect(!text.contains("t0k"))
        }
        #expect(error.debugDescription.contains("X-Request-Id: r1"))
        #expect(error.debugDescription.contains("Authorization: REDACTED"))
        #expect(error.request?.url == "https://api.example.com/x?token=REDACTED&limit=2")
    }

    @Test func underlyingErrorIsKeptAndDescribedWhenThereIsNoMessage() {
        struct Boom: Error, CustomStringConvertible {
            var description: String { "boom" }
        }
        let error = APIError(kind: .connection, underlying: Boom())
        #expect(error.underlying is Boom)
        #expect(error.description == "ExampleError.connection: boom")
    }
}
