import Testing

@testable import JulepGenKit

/// A tagged union's variant writes its tag itself, so the object sent on its own carries it too:
/// Box's `FolderMini` is a variant of an item union and a sign request's `parent_folder`, and the
/// request without `"type": "folder"` was refused.
@Suite("Variant tags")
struct VariantTagTests {
    private static let document = """
        openapi: 3.0.3
        info: { title: Items, version: "1" }
        paths:
          /requests:
            post:
              operationId: createRequest
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        parent: { $ref: '#/components/schemas/Folder' }
                        item: { $ref: '#/components/schemas/Item' }
              responses: { '204': { description: Created. } }
          /events:
            get:
              operationId: listEvents
              responses:
                '200':
                  description: Events.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Event' }
        components:
          schemas:
            Folder:
              type: object
              required: [id, type]
              properties:
                id: { type: string }
                type: { type: string, enum: [folder] }
            File:
              type: object
              required: [id, type]
              properties:
                id: { type: string }
                type: { type: string, enum: [file] }
            Item:
              oneOf:
                - $ref: '#/components/schemas/Folder'
                - $ref: '#/components/schemas/File'
            Ping:
              type: object
              properties:
                kind: { type: string, readOnly: true }
            Event:
              oneOf:
                - $ref: '#/components/schemas/Ping'
              discriminator:
                propertyName: kind
                mapping: { ping: '#/components/schemas/Ping' }
        """

    private static func file(_ name: String, in result: Generator.Result) throws -> String {
        try #require(result.files.first { $0.path.hasSuffix("/" + name) }?.contents)
    }

    @Test func aVariantWritesItsTagAndTheUnionLeavesItToIt() throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml", tests: true)
        #expect(!result.diagnostics.hasErrors)
        let folder = try Self.file("Folder.swift", in: result)
        #expect(!folder.contains("public var type"))
        #expect(folder.contains("        try container.encode(id, forKey: \"id\")\n        try container.encode(\"folder\", forKey: \"type\")\n"))
        let item = try Self.file("Item.swift", in: result)
        #expect(item.contains("        case .folder(let value):\n            try value.encode(to: encoder)\n        case .file"))
        // The samples expect the tag where the folder is sent alone.
        let wire = result.files.filter { $0.path.hasSuffix("RequestsResourceWireTests.swift") }.map(\.contents).joined()
        #expect(wire.contains("\"parent\": {\n                \"id\": \"id-1\",\n                \"type\": \"folder\"\n              }"))
    }

    /// A read-only tag is the server's to send: neither the variant nor the union writes it.
    @Test func aReadOnlyTagIsNotWritten() throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml")
        #expect(!(try Self.file("Ping.swift", in: result)).contains("forKey: \"kind\""))
        #expect(!(try Self.file("Event.swift", in: result)).contains("try container.encode(\"ping\""))
    }
}
