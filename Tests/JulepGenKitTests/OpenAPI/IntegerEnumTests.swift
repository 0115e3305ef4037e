import Testing

@testable import JulepGenKit

/// Integer enums, constants and tags: Discord declares its enums as `oneOf` lists of titled
/// integer constants and tags its component unions with `"type": 1`. Read as strings, the SDK
/// sent `"1"` and could not decode a single component.
@Suite("Integer enums and tags")
struct IntegerEnumTests {
    private static let document = """
        openapi: 3.1.0
        info: { title: Chat, version: "1" }
        paths:
          /channels/{kind}:
            post:
              operationId: createChannel
              parameters:
                - { name: kind, in: path, required: true, schema: { $ref: '#/components/schemas/ChannelKind' } }
                - { name: level, in: query, schema: { type: integer, enum: [0, 1, 2], default: 1 } }
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Component' }
              responses:
                '200':
                  description: Stored.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Component' }
        components:
          schemas:
            ChannelKind:
              type: integer
              oneOf:
                - { title: GUILD_TEXT, description: A text channel., const: 0 }
                - { title: GUILD_VOICE, const: 2 }
            Untitled:
              oneOf:
                - { const: 1 }
                - { const: 5 }
            Flag:
              type: boolean
              const: true
            RowComponent:
              type: object
              required: [type]
              properties:
                type: { type: integer, enum: [1] }
                label: { type: string }
            ButtonComponent:
              type: object
              required: [type]
              properties:
                type: { type: integer, const: 2 }
                style: { type: integer, enum: [1, 2] }
            Component:
              oneOf:
                - { $ref: '#/components/schemas/RowComponent' }
                - { $ref: '#/components/schemas/ButtonComponent' }
        """

    private func file(_ name: String, in result: Generator.Result) throws -> String {
        try #require(result.files.first { $0.path.hasSuffix("/" + name) }).contents
    }

    @Test func titledConstantsAreOneIntEnumNamedByTheTitles() throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml")
        #expect(!result.diagnostics.hasErrors)
        let kind = try file("ChannelKind.swift", in: result)
        #expect(kind.contains("    /// A text channel.\n    case guildText\n    case guildVoice\n"))
        #expect(kind.contains("    case unknown(Int)"))
        #expect(kind.contains("        case 0: self = .guildText\n        case 2: self = .guildVoice\n"))
        #expect(kind.contains("decode(Int.self)"))
        // Without titles, the values name the cases.
        let untitled = try file("Untitled.swift", in: result)
        #expect(untitled.contains("    case _1\n    case _5\n"))
        // No file per constant any more.
        #expect(!result.files.contains { $0.path.hasSuffix("ChannelKindVariant1.swift") })
    }

    @Test func aBooleanConstantKeepsItsType() throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml")
        #expect(try file("Flag.swift", in: result).contains("typealias Flag = Bool"))
    }

    @Test func aNumberTagIsReadAndWrittenAsANumberAndTheCasesAreNamedAfterTheTypes() throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml")
        let union = try file("Component.swift", in: result)
        #expect(union.contains("    case row(RowComponent)\n    case button(ButtonComponent)\n"))
        #expect(union.contains("let discriminator = try container.decode(Int.self, forKey: \"type\")"))
        #expect(union.contains("case 1: self = .row(try RowComponent(from: decoder))"))
        #expect(union.contains("default: self = .unknown(String(discriminator), try JSONValue(from: decoder))"))
        // Each variant writes its own tag, as a number.
        #expect(try file("ButtonComponent.swift", in: result).contains("try container.encode(2, forKey: \"type\")"))
    }

    @Test func integerEnumsGoIntoPathsAndQueries() throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.document], root: "openapi.yaml")
        let resource = try #require(result.files.first { $0.path.hasSuffix("Resource.swift") }).contents
        #expect(resource.contains("kind: ChannelKind"))
        #expect(resource.contains("\\(segment: kind)"))
        // An integer enum's default is its case.
        #expect(resource.contains("level: ChannelsCreateLevel? = ._1"))
        #expect(resource.contains("request.addQuery(\"level\", level)"))
    }

    @Test func theNativeSpecReadsPlainIntegersAsAnIntegerEnum() throws {
        let spec = TestSupport.rootPreamble + "\n" + """
            types:
              Level:
                enum: [0, 1, 2]
              Quoted:
                enum: ["1", "2"]
              Named:
                enum:
                  - { value: 0, swiftName: text }
                  - { value: 2, swiftName: voice }
            """
        let result = try TestSupport.generate(["api.yaml": spec], root: "api.yaml")
        #expect(!result.diagnostics.hasErrors)
        #expect(try file("Level.swift", in: result).contains("case unknown(Int)"))
        #expect(try file("Quoted.swift", in: result).contains("case unknown(String)"))
        let named = try file("Named.swift", in: result)
        #expect(named.contains("        case 0: self = .text\n        case 2: self = .voice\n"))
    }
}
