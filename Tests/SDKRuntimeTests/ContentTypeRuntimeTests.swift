import Foundation
import Testing
@testable import SDKRuntime

/// What generated methods of operations in other media types call: a JSON-like `Content-Type`,
/// a raw body sent as the operation's media type, a multipart body passed whole, and an answer
/// returned undecoded with its content type.
@Suite("Content types in the runtime")
struct ContentTypeRuntimeTests {
    @Test func aJSONLikeBodyNamesItsOwnType() throws {
        var request = APIRequest(method: .patch, path: "/photos/1")
        try request.setJSONBody(["caption": "Dusk"], contentType: "application/merge-patch+json")
        #expect(request.headers["Content-Type"] == "application/merge-patch+json")
        #expect(request.body == Data(#"{"caption":"Dusk"}"#.utf8))
    }

    @Test func aRawBodyIsSentAsTheOperationsTypeOrTheFilesOwn() throws {
        let file = FileUpload(data: Data([1, 2]), fileName: "n.tiff", contentType: "image/tiff")
        var named = APIRequest(method: .put, path: "/negative")
        try named.setRawBody(file, contentType: "application/octet-stream")
        #expect(named.headers["Content-Type"] == "application/octet-stream")
        var range = APIRequest(method: .put, path: "/negative")
        try range.setRawBody(file)
        #expect(range.headers["Content-Type"] == "image/tiff")
        #expect(range.body == Data([1, 2]))
    }

    @Test func aMultipartBodyPassedWholeHasAPartPerField() throws {
        var body = MultipartBody(boundary: "B")
        try body.addFields(of: ["name": JSONValue.string("Ada"), "tags": .array([.string("a")]), "gone": .null],
                           contentTypes: ["name": "text/plain"])
        let text = String(decoding: try body.encoded(), as: UTF8.self)
        #expect(
            text == "--B\r\nContent-Disposition: form-data; name=\"name\"\r\nContent-Type: text/plain\r\n\r\nAda\r\n"
                + "--B\r\nContent-Disposition: form-data; name=\"tags\"\r\nContent-Type: application/json\r\n\r\n[\"a\"]\r\n"
                + "--B--\r\n")
        #expect(throws: APIError.self) { try body.addFields(of: [1, 2]) }
    }

    @Test func anUndecodedAnswerComesBackWithItsContentType() async throws {
        let transport = MockTransport { request in
            #expect(request.headers["Accept"] == "application/xml")
            return HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/xml"], body: Data("<a/>".utf8))
        }
        let core = ClientCore(
            configuration: ClientConfiguration(
                baseURL: try #require(URL(string: "https://api.example.com")), timeout: .seconds(5),
                transport: transport, logger: nil))
        var request = APIRequest(method: .get, path: "/sidecar")
        request.responseFormat = .asItCame
        request.accept("application/xml")
        let body = try await core.send(request, options: nil, as: ResponseBody.self)
        #expect(body == ResponseBody(data: Data("<a/>".utf8), contentType: "application/xml"))
        let response = try await core.sendForResponse(request, options: nil, as: ResponseBody.self)
        #expect(response.statusCode == 200)
        #expect(response.value.text == "<a/>")
    }
}
