import Testing

@testable import JulepGenKit

/// Operations served from a server of their own: Box sends uploads to `upload.box.com` and
/// DigitalOcean its inference calls to `inference.do-ai.run`. Sent to the API's base URL, they
/// reached the wrong host.
@Suite("Operation servers")
struct OperationServerTests {
    private static let document = """
        openapi: 3.0.3
        info: { title: Files, version: "1" }
        servers:
          - url: https://api.example.com/2.0
        paths:
          /files/content:
            servers:
              - url: https://{region}.upload.example.com/api/2.0/
                variables:
                  region: { default: eu }
            post:
              operationId: uploadFile
              responses: { '204': { description: Stored. } }
          /files/{id}:
            get:
              operationId: getFile
              servers:
                - url: https://mirror.example.com/2.0
                - url: https://api.example.com/2.0
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              responses: { '204': { description: Found. } }
            delete:
              operationId: deleteFile
              servers:
                - url: /relative
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              responses: { '204': { description: Gone. } }
        """

    private func operations() throws -> (Generator.Result, [String: Operation]) {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml")
        let api = try #require(result.api)
        let operations = api.resources.flatMap(\.operations)
        return (result, Dictionary(uniqueKeysWithValues: operations.map { ("\($0.method) \($0.path.raw)", $0) }))
    }

    @Test func anOperationOrItsPathItemNamesItsServer() throws {
        let (result, operations) = try operations()
        #expect(!result.diagnostics.hasErrors)
        // The path item's server, its variable at its default, without the trailing slash.
        #expect(operations["POST /files/content"]?.server == "https://eu.upload.example.com/api/2.0")
        // Servers that include the API's own: the base URL serves it.
        #expect(operations["GET /files/{id}"]?.server == nil)
    }

    @Test func aRelativeServerIsLeftOutWithAWarning() throws {
        let (result, operations) = try operations()
        #expect(operations["DELETE /files/{id}"]?.server == nil)
        #expect(TestSupport.lines(result.diagnostics).contains {
            $0.contains("openapi.yaml:26:16: warning") && $0.contains("the operation's server '/relative' is not an absolute http(s) URL")
        })
    }

    @Test func theMethodSendsThereAndSaysSo() throws {
        let (result, _) = try operations()
        let resource = try #require(result.files.first { $0.path.hasSuffix("FilesResource.swift") }).contents
        #expect(resource.contains(#"path: "/files/content", server: "https://eu.upload.example.com/api/2.0")"#))
        #expect(resource.contains("Sent to `https://eu.upload.example.com/api/2.0`, not to the client's base URL"))
    }

    @Test func theNativeSpecNamesAServerWithServer() throws {
        let spec = TestSupport.rootPreamble + "\n" + """
            resources:
              files:
                operations:
                  upload:
                    method: POST
                    path: /files/content
                    server: https://upload.example.com/api
                  broken:
                    method: DELETE
                    path: /files
                    server: upload.example.com
            """
        let result = try TestSupport.generate(["api.yaml": spec])
        #expect(TestSupport.lines(result.diagnostics) == [
            "api.yaml:18:17: error: 'server' must be an absolute http or https URL"
        ])
    }
}
