import Testing

@testable import JulepGenKit

/// What a property or body says through the schema it refers to. DigitalOcean's SDK sent the
/// read-only IDs of SSH keys (marked in the files the properties reference), a tag list as `{}`
/// (an `allOf` of a reference and a description became an empty object), and left out an uptime
/// check's required name (an outer `required` around a one-member `allOf` was dropped).
@Suite("Referenced schemas")
struct ReferencedSchemaTests {
    private static let document = """
        openapi: 3.0.3
        info: { title: Keys, version: "1" }
        paths:
          /keys:
            post:
              operationId: createKey
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Key' }
              responses: { '204': { description: Stored. } }
          /checks:
            post:
              operationId: createCheck
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      allOf:
                        - $ref: '#/components/schemas/CheckFields'
                      required: [name]
              responses: { '204': { description: Stored. } }
        components:
          schemas:
            KeyID: { type: integer, readOnly: true }
            Tags: { type: array, items: { type: string } }
            Key:
              type: object
              required: [name]
              properties:
                id: { $ref: '#/components/schemas/KeyID' }
                owner:
                  allOf:
                    - $ref: '#/components/schemas/CheckFields'
                    - readOnly: true
                sequence:
                  allOf:
                    - { type: string, nullable: true }
                    - { nullable: false }
                name: { type: string }
                tags:
                  allOf:
                    - $ref: '#/components/schemas/Tags'
                    - description: The key's tags.
            CheckFields:
              type: object
              properties:
                name: { type: string }
                enabled: { type: boolean }
        """

    private func file(_ name: String, in result: Generator.Result) throws -> String {
        try #require(result.files.first { $0.path.hasSuffix("/" + name) }).contents
    }

    @Test func aPropertyIsReadOnlyWhenTheSchemaItRefersToIs() throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml")
        #expect(!result.diagnostics.hasErrors)
        let key = try file("Key.swift", in: result)
        #expect(key.contains("public var id: KeyID?"))
        let encoding = try #require(key.range(of: "func encode(to encoder")).upperBound
        #expect(!key[encoding...].contains(#""id""#))
        #expect(key[encoding...].contains(#""name""#))
        // Said by a member of an allOf that only annotates the reference.
        #expect(!key[encoding...].contains(#""owner""#))
        #expect(key.contains("public var owner: CheckFields?"))
        // `nullable: false` annotates too: the value is text, not an empty object.
        #expect(key.contains("public var sequence: Nullable<String>?"))
    }

    @Test func anAllOfThatOnlyDescribesAReferenceIsThatReference() throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml")
        #expect(try file("Key.swift", in: result).contains("public var tags: Tags?"))
        #expect(!result.files.contains { $0.path.hasSuffix("KeyTags.swift") })
        #expect(OpenAPISchemaTranslatorProbe.essentialCount("allOf: [{$ref: '#/a'}, {description: x}, {}]") == 1)
        #expect(OpenAPISchemaTranslatorProbe.essentialCount("allOf: [{$ref: '#/a'}, {$ref: '#/b'}]") == nil)
    }

    @Test func anOuterRequiredListKeepsAnAllOfItsOwnObject() throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml")
        let resource = try #require(result.files.first { $0.path.hasSuffix("ChecksResource.swift") }).contents
        #expect(resource.contains("name: String,"))
        #expect(resource.contains("enabled: Bool? = nil"))
    }
}

/// `SchemaTranslator.essentialMember` over an `allOf` written in YAML.
private enum OpenAPISchemaTranslatorProbe {
    static func essentialCount(_ yaml: String) -> Int? {
        var diagnostics = Diagnostics()
        guard let allOf = YAMLReader.parse(yaml, path: "probe.yaml", diagnostics: &diagnostics)?["allOf"]?.sequence else {
            return nil
        }
        return SchemaTranslator.essentialMember(allOf) == nil ? nil : 1
    }
}
