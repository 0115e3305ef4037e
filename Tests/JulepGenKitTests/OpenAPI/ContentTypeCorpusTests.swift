import Testing

@testable import JulepGenKit

/// Real documents send and read what they say: Twilio's forms, Discord's multipart uploads,
/// Box's and the museum's binary answers, the petstore's raw upload (IR and generated source).
@Suite("Content types over the corpus", .enabled(if: SharedData.isAvailable, SharedData.missingReason))
struct ContentTypeCorpusTests {
    static func generate(_ document: String) throws -> Generator.Result {
        let path = SharedData.url("corpus/" + document).path
        let result = Generator.run(Generator.Options(specPath: path, builtInTemplates: TestSupport.templates))
        #expect(result.succeeded, "\(document)")
        return result
    }

    /// The operation at `method path`, with its resource's generated source.
    static func operation(
        _ method: String, _ path: String, in result: Generator.Result
    ) throws -> (operation: JulepGenKit.Operation, source: String) {
        let api = try #require(result.api)
        let resource = try #require(api.resources.first { $0.operations.contains { $0.method == method && $0.path.raw == path } })
        let operation = try #require(resource.operations.first { $0.method == method && $0.path.raw == path })
        let source = try #require(result.files.first { $0.path.hasSuffix("/\(resource.typeName).swift") }?.contents)
        return (operation, source)
    }

    /// The statements of the raw-response twin of `name` (where the request is built).
    static func requestBuilding(_ name: String, in source: String) -> String {
        let twin = source.components(separatedBy: ".WithRawResponse {").last ?? ""
        guard let start = twin.range(of: "public func \(name)(") else { return "" }
        let rest = twin[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n    }\n")?.lowerBound ?? rest.endIndex)])
    }

    @Test func twiliosCreateAccountSendsAForm() throws {
        let (operation, source) = try Self.operation("POST", "/2010-04-01/Accounts.json", in: Self.generate("twilio-api-v2010.yaml"))
        #expect(operation.body?.kind == .form)
        #expect(operation.parameters.contains { $0.location == .body && $0.wireName == "FriendlyName" })
        let code = Self.requestBuilding(SwiftNaming.escapedMemberName(operation.swiftName), in: source)
        #expect(code.contains("try request.setFormBody(body"), "\(code)")
        #expect(!code.contains("setJSONBody"))
    }

    @Test func discordsMessageCreateSendsMultipartWithJSONAndFileParts() throws {
        let (operation, source) = try Self.operation(
            "POST", "/channels/{channel_id}/messages", in: Self.generate("discord.json"))
        #expect(operation.body?.kind == .multipart)
        let files = operation.parameters.filter { $0.location == .body && $0.type == .builtin(.file) }
        #expect(files.map(\.wireName).contains("files[0]"))
        let code = Self.requestBuilding(SwiftNaming.escapedMemberName(operation.swiftName), in: source)
        #expect(code.contains("multipart.addFile(\"files[0]\", "), "\(code)")
        // Embeds are a list of objects: a JSON part.
        #expect(code.contains("try multipart.addField(\"embeds\", "))
        #expect(code.contains("try request.setMultipartBody(multipart)"))
    }

    @Test func boxsFileDownloadReturnsData() throws {
        let (operation, source) = try Self.operation("GET", "/files/{file_id}/content", in: Self.generate("box.json"))
        #expect(operation.response.kind == .binary)
        #expect(operation.response.type == .builtin(.binary))
        let code = Self.requestBuilding(SwiftNaming.escapedMemberName(operation.swiftName), in: source)
        #expect(code.contains("-> APIResponse<Data> {"), "\(code)")
        #expect(code.contains("request.accept(\"application/octet-stream\")"))
    }

    @Test func theMuseumsTicketQRCodeReturnsData() throws {
        let (operation, source) = try Self.operation("GET", "/tickets/{ticketId}/qr", in: Self.generate("redocly-museum.yaml"))
        #expect(operation.response.type == .builtin(.binary))
        let code = Self.requestBuilding(SwiftNaming.escapedMemberName(operation.swiftName), in: source)
        #expect(code.contains("request.accept(\"image/png\")"), "\(code)")
        #expect(code.contains("as: Data.self"))
    }

    @Test func thePetstoresImageUploadSendsRawBytes() throws {
        let (operation, source) = try Self.operation("POST", "/pet/{petId}/uploadImage", in: Self.generate("swagger-petstore-3.yaml"))
        #expect(operation.body?.kind == .binary)
        #expect(operation.body?.shape == .value(.builtin(.file)))
        let code = Self.requestBuilding(SwiftNaming.escapedMemberName(operation.swiftName), in: source)
        #expect(code.contains("body: FileUpload"), "\(code)")
        #expect(code.contains("try request.setRawBody(body, contentType: \"application/octet-stream\")"))
    }
}
