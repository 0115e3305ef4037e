import Testing

@testable import JulepGenKit

/// The native spec format declares the same content types as OpenAPI: a body's `contentType`
/// and `encoding`, an answer's `contentType`.
@Suite("Content types: native spec format")
struct ContentTypeSpecTests {
    static let spec = TestSupport.rootPreamble + """

        resources:
          photos:
            operations:
              upload:
                method: POST
                path: /photos
                body:
                  contentType: multipart/form-data
                  properties:
                    image: binary
                    scans?: list<binary>
                    caption?: string
                    tags?: list<string>
                  encoding:
                    tags: { contentType: application/json }
                response: { status: 201 }
              order:
                method: POST
                path: /orders
                body:
                  contentType: application/x-www-form-urlencoded
                  properties:
                    Tag?: list<string>
                    Ids?: list<int>
                  encoding:
                    Ids: { serialize: commaDelimited }
              replaceNegative:
                method: PUT
                path: /photos/negative
                body: { contentType: application/octet-stream }
              writeNotes:
                method: PUT
                path: /photos/notes
                body: { contentType: text/markdown }
              download:
                method: GET
                path: /photos/print
                response: { contentType: image/png }
              sidecar:
                method: GET
                path: /photos/sidecar
                response: { contentType: [application/xml, text/plain] }
        """

    static func generated() throws -> (operations: [String: JulepGenKit.Operation], source: String, result: Generator.Result) {
        let result = try TestSupport.generate(["api.yaml": spec])
        #expect(result.diagnostics.sorted.isEmpty, "\(TestSupport.lines(result.diagnostics))")
        let api = try #require(result.api)
        let operations = Dictionary(uniqueKeysWithValues: api.resources.flatMap(\.operations).map { ($0.swiftName, $0) })
        let source = result.files.first { $0.path.hasSuffix("PhotosResource.swift") }?.contents ?? ""
        return (operations, source, result)
    }

    @Test func aMultipartBodyTakesFilesForItsBinaryFields() throws {
        let (operations, source, _) = try Self.generated()
        let upload = try #require(operations["upload"])
        #expect(upload.body?.kind == .multipart)
        #expect(upload.parameters.first { $0.wireName == "image" }?.type == .builtin(.file))
        #expect(upload.parameters.first { $0.wireName == "scans" }?.type == .list(.builtin(.file)))
        #expect(source.contains("multipart.addFiles(\"scans\", scans)"))
        #expect(source.contains("try multipart.addField(\"tags\", tags, contentType: \"application/json\")"))
    }

    @Test func aFormBodyTakesItsFieldsStyles() throws {
        let (operations, source, _) = try Self.generated()
        #expect(operations["order"]?.body?.kind == .form)
        #expect(source.contains("try request.setFormBody(body, styles: [\"Ids\": .commaDelimited])"))
    }

    @Test func rawAndTextBodiesNeedNoType() throws {
        let (operations, source, _) = try Self.generated()
        #expect(operations["replaceNegative"]?.body?.shape == .value(.builtin(.file)))
        #expect(operations["writeNotes"]?.body?.shape == .value(.builtin(.string)))
        #expect(source.contains("request.setTextBody(body, contentType: \"text/markdown\")"))
    }

    @Test func answersDeclareTheirContentType() throws {
        let (operations, source, _) = try Self.generated()
        #expect(operations["download"]?.response.type == .builtin(.binary))
        #expect(operations["sidecar"]?.response.kind == .undecoded)
        #expect(source.contains("request.accept(\"application/xml, text/plain\")"))
        #expect(source.contains("as: ResponseBody.self"))
    }

    @Test func anEncodingOnAJSONBodyIsReported() throws {
        let result = try TestSupport.generate(["api.yaml": TestSupport.rootPreamble + """

            resources:
              photos:
                operations:
                  tag:
                    method: POST
                    path: /tags
                    body:
                      properties: { name: string }
                      encoding: { name: { contentType: text/plain } }
            """])
        #expect(TestSupport.lines(result.diagnostics).contains { $0.contains("'encoding' describes the fields of a form or multipart body") })
    }
}
