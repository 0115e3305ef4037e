import Foundation
import Testing
@testable import SDKRuntime

/// Twilio-like form fields: PascalCase names, a list, a nested object, a date, a Boolean.
private struct CreateCall: Encodable {
    var to: String
    var statusCallbackEvent: [String]
    var machineDetection: [String: Int]?
    var record: Bool
    var startTime: Date
    var note: String?

    enum CodingKeys: String, CodingKey {
        case to = "To", statusCallbackEvent = "StatusCallbackEvent", machineDetection = "MachineDetection"
        case record = "Record", startTime = "StartTime", note = "Note"
    }
}

/// Bodies that are not JSON: forms, multipart, raw bytes and text, each with its `Content-Type`.
@Suite("Request bodies")
struct RequestBodyTests {
    private let call = CreateCall(
        to: "+1 555&0100", statusCallbackEvent: ["initiated", "answered"], machineDetection: ["Timeout": 30],
        record: true, startTime: Date(timeIntervalSince1970: 1_700_000_000), note: nil)

    @Test func formFieldsFollowOpenAPIsFormRules() throws {
        var request = APIRequest(method: .post, path: "/Calls.json")
        try request.setFormBody(call)
        #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded")
        let text = String(decoding: try #require(request.body), as: UTF8.self)
        // Fields in name order; a list repeats its name, an object (`MachineDetection`) gives its
        // own fields, nil is left out, a date is written as in JSON.
        #expect(
            text == "Timeout=30&Record=true&StartTime=2023-11-14T22%3A13%3A20.000000Z"
                + "&StatusCallbackEvent=initiated&StatusCallbackEvent=answered&To=%2B1%20555%260100")
    }

    @Test func encodingStylesApplyPerField() throws {
        var request = APIRequest(method: .post, path: "/Calls.json")
        try request.setFormBody(call, styles: ["StatusCallbackEvent": .commaDelimited, "MachineDetection": .deepObject])
        let text = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(text.contains("StatusCallbackEvent=initiated%2Canswered"))
        #expect(text.contains("MachineDetection%5BTimeout%5D=30"))
    }

    @Test func aJSONFieldIsOneFieldOfJSONText() throws {
        let flow: JSONValue = ["FriendlyName": "Intake", "Definition": ["initial_state": "Trigger", "states": [1, 2]]]
        var request = APIRequest(method: .post, path: "/v2/Flows")
        try request.setFormBody(flow, styles: ["Definition": .json])
        let text = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(text == "Definition=%7B%22initial_state%22%3A%22Trigger%22%2C%22states%22%3A%5B1%2C2%5D%7D&FriendlyName=Intake")
        // Text already holding JSON is sent as it is, not quoted again.
        try request.setFormBody(["Definition": #"{"initial_state":"Trigger"}"#] as JSONValue, styles: ["Definition": .json])
        #expect(request.body == Data("Definition=%7B%22initial_state%22%3A%22Trigger%22%7D".utf8))
    }

    @Test func aFormBodyMustBeAnObject() {
        var request = APIRequest(method: .post, path: "/x")
        #expect(throws: APIError.self) { try request.setFormBody(["a", "b"]) }
    }

    @Test func multipartHasAPartPerFieldWithFilesAndJSON() throws {
        var body = MultipartBody(boundary: "B")
        try body.addField("payload_json", ["content": "hi \"there\""])
        body.addFile("files[0]", FileUpload(data: Data([0, 1, 2]), fileName: "a\"b.png", contentType: "image/png"))
        try body.addField("count", 2)
        try body.addField("missing", String?.none)
        var request = APIRequest(method: .post, path: "/channels/1/messages")
        try request.setMultipartBody(body)
        #expect(request.headers["Content-Type"] == "multipart/form-data; boundary=B")
        let expected = Data(
            ("--B\r\nContent-Disposition: form-data; name=\"payload_json\"\r\nContent-Type: application/json\r\n\r\n"
                + #"{"content":"hi \"there\""}"# + "\r\n"
                + "--B\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"a%22b.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").utf8) + Data([0, 1, 2])
            + Data(("\r\n--B\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n2\r\n--B--\r\n").utf8)
        #expect(request.body == expected)
        #expect(try body.byteCount() == expected.count)
    }

    @Test func aFileOnDiskIsReadInChunksAndSentFromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString).bin")
        let bytes = Data((0..<(FileUpload.chunkSize * 2 + 10)).map { UInt8($0 % 251) })
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = FileUpload(fileURL: url, contentType: "application/octet-stream")
        #expect(file.fileName == url.lastPathComponent)
        var chunks: [Int] = []
        try file.forEachChunk { chunks.append($0.count) }
        #expect(chunks == [FileUpload.chunkSize, FileUpload.chunkSize, 10])
        var request = APIRequest(method: .post, path: "/pet/1/uploadImage")
        try request.setRawBody(file)
        // The file is sent from disk as the request goes out, never read into the request.
        #expect(request.body == nil)
        #expect(request.bodyFile?.url == url)
        #expect(request.bodyFile?.isTemporary == false)
        #expect(request.headers["Content-Type"] == "application/octet-stream")
    }

    @Test func aMissingFileIsAnInvalidArgument() {
        let file = FileUpload(fileURL: URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString)"))
        var request = APIRequest(method: .post, path: "/x")
        #expect(throws: APIError.self) { try request.setRawBody(file) }
    }

    @Test func textBodiesAreUTF8() {
        var request = APIRequest(method: .post, path: "/notes")
        request.setTextBody("café")
        #expect(request.body == Data("café".utf8))
        #expect(request.headers["Content-Type"] == "text/plain; charset=utf-8")
    }
}

/// Answers that are not JSON come back as they are: bytes, text, or bytes with their media type.
@Suite("Response bodies")
struct ResponseBodyTests {
    private func response(_ body: Data, contentType: String?) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers["Content-Type"] = contentType
        return HTTPResponse(statusCode: 200, headers: headers, body: body)
    }

    @Test func bytesTextAndUnknownMedia() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47])
        #expect(ResponseBody.value(.asItCame, as: Data.self, from: response(png, contentType: "image/png")) == png)
        let latin1 = Data([0x63, 0x61, 0x66, 0xE9])
        #expect(ResponseBody.value(.asItCame, as: String.self, from: response(latin1, contentType: "text/plain; charset=ISO-8859-1")) == "café")
        #expect(ResponseBody.value(.asItCame, as: String.self, from: response(Data("ok".utf8), contentType: "text/csv")) == "ok")
        let xml = ResponseBody.value(.asItCame, as: ResponseBody.self, from: response(Data("<a/>".utf8), contentType: "application/xml"))
        #expect(xml == ResponseBody(data: Data("<a/>".utf8), contentType: "application/xml"))
        #expect(xml?.text == "<a/>")
        #expect(ResponseBody.value(.asItCame, as: Int.self, from: response(Data("1".utf8), contentType: nil)) == nil)
        // A JSON answer whose type is `String` (a stream event, a JSON string) is decoded as JSON.
        #expect(ResponseBody.value(.json, as: String.self, from: response(Data("\"a\"".utf8), contentType: nil)) == nil)
    }
}

/// Through the client: the request says how its answer is read, so a `String` answer is JSON
/// unless the operation answers with text.
@Suite("Answers as they came")
struct AnswersAsTheyCameTests {
    private func core(answering body: Data, contentType: String) throws -> ClientCore {
        let transport = MockTransport { _ in
            HTTPResponse(statusCode: 200, headers: ["Content-Type": contentType], body: body)
        }
        return ClientCore(
            configuration: ClientConfiguration(
                baseURL: try #require(URL(string: "https://api.example.com")), timeout: .seconds(5),
                transport: transport, logger: nil))
    }

    @Test func bytesAndTextAsTheyCame() async throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
        var request = APIRequest(method: .get, path: "/tickets/1/qr")
        request.responseFormat = .asItCame
        request.accept("image/png")
        let bytes = try await core(answering: png, contentType: "image/png").send(request, options: nil, as: Data.self)
        #expect(bytes == png)
        let text = try await core(answering: Data("a,b\n".utf8), contentType: "text/csv")
            .send(request, options: nil, as: String.self)
        #expect(text == "a,b\n")
    }

    @Test func aJSONStringIsDecodedAsJSON() async throws {
        let request = APIRequest(method: .get, path: "/name")
        let text = try await core(answering: Data("\"Ada\"".utf8), contentType: "application/json")
            .send(request, options: nil, as: String.self)
        #expect(text == "Ada")
    }
}
