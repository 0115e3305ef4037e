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

    /// A string schema in a file of its own is inlined as `String`: its pattern and bounds come
    /// with it to a parameter, a property and a list's items (DigitalOcean's `urn.yml`; the
    /// samples did not match it). A named type keeps its own, not repeated where it is used.
    @Test func constraintsComeThroughAReferenceThatDeclaresNoType() throws {
        let document = """
            openapi: 3.0.3
            info: { title: Sinks, version: "1" }
            paths:
              /sinks:
                get:
                  operationId: listSinks
                  parameters:
                    - { name: resource_id, in: query, schema: { $ref: 'urn.yml' } }
                    - { name: code, in: query, schema: { $ref: '#/components/schemas/Code' } }
                  responses: { '204': { description: Listed. } }
                post:
                  operationId: assignResources
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            owner: { $ref: 'urn.yml' }
                            resources: { type: array, items: { $ref: 'urn.yml' } }
                            label: { allOf: [{ $ref: 'urn.yml' }, { maxLength: 16 }] }
                            code: { $ref: '#/components/schemas/ShortCode' }
                  responses: { '204': { description: Stored. } }
            components:
              schemas:
                Code: { type: string, pattern: '^[A-Z]{3}$' }
                ShortCode: { allOf: [{ type: string }, { maxLength: 3 }] }
            """
        let urn = "type: string\npattern: '^do:(droplet|volume):.*'\nmaxLength: 80\n"
        let result = try TestSupport.generate(["openapi.yaml": document, "urn.yml": urn], root: "openapi.yaml", tests: true)
        #expect(!result.diagnostics.hasErrors)
        let resource = try file("SinksResource.swift", in: result)
        let urnRules = "Must be at most 80 characters long. Must match `^do:(droplet|volume):.*`."
        #expect(resource.contains("///   - resourceId: \(urnRules)"))
        #expect(resource.contains("///   - owner: \(urnRules)"))
        #expect(resource.contains("///   - resources: Each item: must be at most 80 characters long."))
        // An allOf of a reference and a bound is the referenced string, with both bounds: the
        // outer one first (DigitalOcean's volume label was an empty object).
        #expect(resource.contains("///   - label: Must be at most 16 characters long. Must match `^do:(droplet|volume):.*`."))
        #expect(resource.contains("label: String? = nil"))
        #expect(try file("ShortCode.swift", in: result).contains("public typealias ShortCode = String"))
        // The named type's pattern, said once.
        #expect(resource.contains("///   - code: Must match `^[A-Z]{3}$`.\n"))
        // The samples follow the pattern, as a validator of the document checks them.
        let tests = result.files.filter { $0.path.hasPrefix("Tests/") }.map(\.contents).joined()
        #expect(tests.contains(#"client.sinks.list(resourceId: "do:droplet:1""#))
        #expect(tests.contains(#"resources: ["do:droplet:2"]"#))
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
