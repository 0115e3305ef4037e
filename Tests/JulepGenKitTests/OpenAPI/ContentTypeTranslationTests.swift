import Testing

@testable import JulepGenKit

/// Which media type an OpenAPI operation's body is sent in, how its fields are encoded, and how
/// its answer is read: from the document to the IR and the generated method.
@Suite("Content types: OpenAPI translation")
struct ContentTypeTranslationTests {
    /// A document with one `POST /things` operation taking `requestBody` and answering `responses`.
    static func document(requestBody: String, responses: String = "\"204\": {description: Done.}") -> String {
        """
        openapi: 3.1.0
        info: {title: Things, version: 1.0.0}
        paths:
          /things:
            post:
              operationId: createThing
              requestBody: \(requestBody)
              responses: {\(responses)}
        """
    }

    static func generate(_ document: String) throws -> (api: APIDefinition, operation: JulepGenKit.Operation, result: Generator.Result) {
        let result = try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml")
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics))")
        let api = try #require(result.api)
        let operation = try #require(api.resources.flatMap(\.operations).first)
        return (api, operation, result)
    }

    static func resourceSource(_ result: Generator.Result) -> String {
        result.files.first { $0.path.hasSuffix("Resource.swift") }?.contents ?? ""
    }

    @Test func jsonIsChosenForAStructuredBodyWhenOffered() throws {
        let (_, operation, _) = try Self.generate(Self.document(requestBody: """
            {content: {application/x-www-form-urlencoded: {schema: {type: object, properties: {name: {type: string}}}},
                       application/json: {schema: {type: object, properties: {name: {type: string}}}}}}
            """))
        #expect(operation.body?.contentType == "application/json")
        #expect(operation.body?.kind == .json)
        #expect(operation.body?.docs?.contains("Sent as `application/json`; the API also accepts `application/x-www-form-urlencoded`.") == true)
    }

    @Test func multipartIsChosenWhenAFieldIsAFile() throws {
        let (_, operation, result) = try Self.generate(Self.document(requestBody: """
            {content: {application/json: {schema: {type: object, properties: {name: {type: string}}}},
                       multipart/form-data: {schema: {type: object, required: [photo],
                         properties: {name: {type: string}, photo: {type: string, contentEncoding: binary},
                                      tags: {type: array, items: {type: string}}}}}}}
            """))
        #expect(operation.body?.kind == .multipart)
        let photo = try #require(operation.parameters.first { $0.wireName == "photo" })
        #expect(photo.type == .builtin(.file))
        #expect(operation.parameters.first { $0.wireName == "name" }?.type == .builtin(.string))
        let source = Self.resourceSource(result)
        #expect(source.contains("photo: FileUpload,"))
        #expect(source.contains("var multipart = MultipartBody()"))
        #expect(source.contains("multipart.addFile(\"photo\", photo)"))
        #expect(source.contains("try multipart.addField(\"tags\", tags)"))
        #expect(source.contains("try request.setMultipartBody(multipart)"))
    }

    @Test func aMultipartBodysOwnTypeIsLeftOutOfTheSDK() throws {
        let (api, operation, result) = try Self.generate(Self.document(requestBody: """
            {content: {multipart/form-data: {schema: {type: object, properties: {photo: {type: string, format: binary}}}}}}
            """))
        guard case .flattened(let id)? = operation.body?.shape else {
            Issue.record("the multipart body is not flattened")
            return
        }
        #expect(api.type(id) == nil)
        #expect(!result.files.contains { $0.path.contains("/Models/") })
    }

    /// A field that takes any JSON goes as JSON text under its own name (Twilio Studio's flow
    /// `Definition`, which the form style would have spread as fields of its own), and so does
    /// one the encoding gives a JSON content type; a style the encoding names wins.
    @Test func aFormFieldOfAnyJSONIsSentAsJSONText() throws {
        let (_, operation, result) = try Self.generate(Self.document(requestBody: """
            {content: {application/x-www-form-urlencoded: {
              schema: {type: object, required: [Definition],
                       properties: {Definition: {description: Any JSON}, Meta: {type: object, properties: {a: {type: string}}},
                                    Loose: {}, Name: {type: string}}},
              encoding: {Meta: {contentType: application/json}, Loose: {style: deepObject}}}}}
            """))
        #expect(operation.body?.kind == .form)
        #expect(operation.body?.encodings["Definition"]?.serialization == .json)
        #expect(operation.body?.encodings["Meta"]?.serialization == .json)
        #expect(operation.body?.encodings["Loose"]?.serialization == .deepObject)
        #expect(operation.body?.encodings["Name"] == nil)
        #expect(Self.resourceSource(result).contains(#"styles: ["Definition": .json, "Loose": .deepObject, "Meta": .json]"#))
    }

    @Test func theFormIsChosenWithoutJSONAndItsEncodingIsHonored() throws {
        let (_, operation, result) = try Self.generate(Self.document(requestBody: """
            {content: {application/x-www-form-urlencoded: {
              schema: {type: object, properties: {Tag: {type: array, items: {type: string}},
                       Filter: {type: object, properties: {x: {type: integer}}}, Ids: {type: array, items: {type: integer}}}},
              encoding: {Filter: {style: deepObject, explode: true}, Ids: {style: form, explode: false}}}}}
            """))
        #expect(operation.body?.kind == .form)
        #expect(operation.body?.encodings["Filter"]?.serialization == .deepObject)
        #expect(operation.body?.encodings["Ids"]?.serialization == .commaDelimited)
        // Lists are repeated (`Tag=a&Tag=b`) by default: no style for `Tag`.
        #expect(operation.body?.encodings["Tag"] == nil)
        #expect(Self.resourceSource(result).contains(
            "try request.setFormBody(body, styles: [\"Filter\": .deepObject, \"Ids\": .commaDelimited])"))
        #expect(result.files.contains { $0.path.hasSuffix("Runtime/FormBody.swift") })
    }

    @Test func anEncodingContentTypeMakesAFilePart() throws {
        let (_, operation, _) = try Self.generate(Self.document(requestBody: """
            {content: {multipart/form-data: {
              schema: {type: object, properties: {avatar: {type: string}, meta: {type: object}}},
              encoding: {avatar: {contentType: image/png}, meta: {contentType: application/json}}}}}
            """))
        #expect(operation.parameters.first { $0.wireName == "avatar" }?.type == .builtin(.file))
        #expect(operation.parameters.first { $0.wireName == "meta" }?.type != .builtin(.file))
    }

    @Test func rawAndTextBodiesTakeAFileOrAString() throws {
        let raw = try Self.generate(Self.document(requestBody: "{content: {image/*: {schema: {type: string, format: binary}}}}"))
        #expect(raw.operation.body?.shape == .value(.builtin(.file)))
        #expect(Self.resourceSource(raw.result).contains("try request.setRawBody(body)\n"))
        let octets = try Self.generate(Self.document(requestBody: "{content: {application/octet-stream: {}}}"))
        #expect(Self.resourceSource(octets.result).contains(
            "try request.setRawBody(body, contentType: \"application/octet-stream\")"))
        let text = try Self.generate(Self.document(requestBody: "{content: {text/plain: {schema: {type: string}}}}"))
        #expect(text.operation.body?.shape == .value(.builtin(.string)))
        #expect(Self.resourceSource(text.result).contains("request.setTextBody(body, contentType: \"text/plain\")"))
    }

    @Test func aJSONLikeTypeIsSentWithItsOwnContentType() throws {
        let (_, operation, result) = try Self.generate(Self.document(requestBody: """
            {content: {application/merge-patch+json: {schema: {type: object, properties: {name: {type: string}}}}}}
            """))
        #expect(operation.body?.kind == .json)
        #expect(Self.resourceSource(result).contains(
            "try request.setJSONBody(body, contentType: \"application/merge-patch+json\")"))
    }

    @Test func anXMLBodyDegradesToBytesWithALocatedWarning() throws {
        let (_, operation, result) = try Self.generate(Self.document(requestBody: """
            {content: {application/xml: {schema: {type: object, properties: {name: {type: string}}}}}}
            """))
        #expect(operation.body?.shape == .value(.builtin(.file)))
        let warnings = TestSupport.lines(result.diagnostics).filter { $0.contains("warning") }
        #expect(warnings.contains { $0.hasPrefix("openapi.yaml:") && $0.contains("an XML body cannot be built from its schema") })
    }

    @Test func aNestedMultipartPartDegradesToAFilePart() throws {
        let (_, operation, result) = try Self.generate(Self.document(requestBody: """
            {content: {multipart/form-data: {schema: {type: object, properties: {inner: {type: string}}},
              encoding: {inner: {contentType: multipart/mixed}}}}}
            """))
        #expect(operation.parameters.first { $0.wireName == "inner" }?.type == .builtin(.file))
        #expect(TestSupport.lines(result.diagnostics).contains { $0.contains("'inner' is itself multipart") })
    }

    @Test func answersAreReadByTheirMediaType() throws {
        func answer(_ content: String) throws -> Response {
            try Self.generate(Self.document(
                requestBody: "{content: {text/plain: {}}}", responses: "\"200\": {description: It., content: {\(content)}}"))
                .operation.response
        }
        let png = try answer("image/png: {schema: {type: string, format: binary}}")
        #expect(png.kind == .binary)
        #expect(png.type == .builtin(.binary))
        #expect(png.mediaTypes == ["image/png"])
        let csv = try answer("text/csv: {schema: {type: string}}")
        #expect(csv.kind == .text)
        #expect(csv.type == .builtin(.string))
        let xml = try answer("application/xml: {schema: {type: object}}")
        #expect(xml.kind == .undecoded)
        #expect(xml.type == .builtin(.responseBody))
        let problem = try answer("application/vnd.thing+json: {schema: {type: object, properties: {id: {type: string}}}}")
        #expect(problem.kind == .json)
        #expect(problem.mediaTypes == ["application/vnd.thing+json"])
        let json = try answer("application/json: {schema: {type: string}}, application/xml: {schema: {type: string}}")
        #expect(json.kind == .json)
        #expect(json.mediaTypes.isEmpty)
        // JSON given by examples only (the OpenAPI samples' API overview): any JSON value, not `Void`.
        let untyped = try answer("application/json: {examples: {one: {value: {versions: []}}}}")
        #expect(untyped.kind == .json)
        #expect(untyped.type == .builtin(.json))
    }

    @Test func aMethodReadingBytesSaysSoAndNamesItsAnswerInAccept() throws {
        let result = try Self.generate(Self.document(
            requestBody: "{content: {text/plain: {}}}",
            responses: "\"200\": {description: The picture., content: {image/png: {}}}")).result
        let source = Self.resourceSource(result)
        #expect(source.contains("async throws -> Data {"))
        #expect(source.contains("request.responseFormat = .asItCame"))
        #expect(source.contains("request.accept(\"image/png\")"))
        #expect(source.contains("core.sendForResponse(request, options: options, as: Data.self)"))
    }

    /// An answer in bytes gets a companion that writes it to a file as it arrives, and the SDK
    /// carries the runtime's download path; a JSON answer gets neither.
    @Test func aBytesAnswerHasADownloadCompanion() throws {
        let (_, operation, result) = try Self.generate(Self.document(
            requestBody: "{content: {application/json: {schema: {type: object}}}}",
            responses: "\"200\": {description: The archive., content: {application/zip: {schema: {type: string, format: binary}}}}"))
        #expect(operation.answersBytes)
        let source = Self.resourceSource(result)
        #expect(source.contains("to destination: URL,"))
        #expect(source.contains(") async throws -> URL {"))
        #expect(source.contains("return try await core.sendForDownload(request, to: destination, options: options)"))
        #expect(result.files.contains { $0.path.hasSuffix("Runtime/ClientCore+Download.swift") })

        let (_, json, jsonResult) = try Self.generate(Self.document(
            requestBody: "{content: {application/json: {schema: {type: object}}}}",
            responses: "\"200\": {description: A thing., content: {application/json: {schema: {type: object}}}}"))
        #expect(!json.answersBytes)
        #expect(!Self.resourceSource(jsonResult).contains("to destination: URL"))
        #expect(!jsonResult.files.contains { $0.path.hasSuffix("Runtime/ClientCore+Download.swift") })
    }

}
