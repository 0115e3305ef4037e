import Testing

@testable import JulepGenKit

/// What real descriptions say that a validator reads differently from what their authors meant,
/// and what the SDK sends for it. Each case sent a request that `openapi-core` refused: Discord's
/// enums narrowed beside an `allOf` reference (a sample picked a value the field does not take),
/// Discord's `enum: []`, Box's required names with no property, DigitalOcean's
/// `properties: {$ref: …}`.
@Suite("Description slips")
struct DescriptionSlipTests {
    private static let document = """
        openapi: 3.1.0
        info: { title: Guilds, version: "1" }
        paths:
          /guilds:
            get:
              operationId: listGuilds
              parameters:
                - name: status
                  in: query
                  schema: { type: string, enum: [], allOf: [{ $ref: '#/components/schemas/Status' }] }
              responses: { '204': { description: Listed. } }
            patch:
              operationId: updateGuild
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/GuildPatch' }
              responses: { '204': { description: Updated. } }
          /members:
            post:
              operationId: addMembers
              requestBody:
                content:
                  application/json:
                    schema:
                      properties:
                        $ref: 'attributes.yml#/member_ids'
                      required: [member_ids]
              responses: { '204': { description: Added. } }
        components:
          schemas:
            Status: { type: string, enum: [submitted, approved, rejected] }
            Level: { type: integer, enum: [1, 2, 3] }
            GuildPatch:
              type: object
              required: [owner]
              properties:
                level:
                  oneOf:
                    - { type: 'null' }
                    - { type: integer, enum: [2, 3], allOf: [{ $ref: '#/components/schemas/Level' }] }
                levels:
                  type: array
                  items: { type: integer, enum: [3], allOf: [{ $ref: '#/components/schemas/Level' }] }
                action: { type: string, enum: [], allOf: [{ $ref: '#/components/schemas/Status' }] }
                name: { type: string }
                badge: { type: 'null' }
                password: { type: string, writeOnly: true }
                memory: { type: integer, minimum: 1, multipleOf: 8 }
                ratio: { type: number, multipleOf: 0.25 }
            Closed:
              type: object
              additionalProperties: false
              required: [id]
              properties: { name: { type: string } }
        """
    private static let attributes = """
        member_ids:
          member_ids:
            type: array
            items: { type: integer }
        """

    private static func generated() throws -> Generator.Result {
        try TestSupport.generate(
            ["openapi.yaml": document, "attributes.yml": attributes], root: "openapi.yaml", tests: true)
    }

    private static func file(_ name: String, in result: Generator.Result) throws -> String {
        try #require(result.files.first { $0.path.hasSuffix("/" + name) }?.contents)
    }

    private static func tests(_ result: Generator.Result) -> String {
        result.files.filter { $0.path.hasPrefix("Tests/") }.map(\.contents).joined()
    }

    /// The value keeps the wider enum's type; the values it takes are documented by their Swift
    /// cases, and the samples pick from them only.
    @Test func anEnumNarrowedBesideAReferenceIsDocumentedAndSampledWithinItsValues() throws {
        let result = try Self.generated()
        #expect(!result.diagnostics.hasErrors)
        let patch = try Self.file("GuildPatch.swift", in: result)
        #expect(patch.contains("public var level: Nullable<Level>?"))
        #expect(patch.contains("/// One of `._2`, `._3`."))
        #expect(patch.contains("/// Each item: only `._3`."))
        let tests = Self.tests(result)
        #expect(tests.contains("level: .value(._2)"))
        #expect(tests.contains("levels: [._3]"))
    }

    /// `enum: []` allows no value: a warning at the list, the argument documented as such, and
    /// the samples leave the optional argument and property out rather than send a value the
    /// description refuses.
    @Test func anEmptyEnumIsLeftOutOfTheSamples() throws {
        let result = try Self.generated()
        let warnings = TestSupport.lines(result.diagnostics).filter { $0.contains("'enum' lists no value") }
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.hasPrefix("openapi.yaml:") && $0.contains(": warning: ") })
        let resource = try Self.file("GuildsResource.swift", in: result)
        #expect(resource.contains("///   - status: No value is valid (the API description allows none)."))
        let tests = Self.tests(result)
        #expect(tests.contains("client.guilds.list()"))
        #expect(!tests.contains("action: ."))
    }

    /// A name listed in `required` with no property is a property of any JSON value, documented
    /// as required and sent by the samples; optional in Swift, so an answer without it decodes.
    /// With `additionalProperties: false` no value is valid, and it is left out.
    @Test func aRequiredNameWithoutAPropertyBecomesAJSONProperty() throws {
        let result = try Self.generated()
        let lines = TestSupport.lines(result.diagnostics)
        #expect(lines.contains { $0.contains("warning: 'owner' is required but not among the properties") })
        #expect(lines.contains { $0.contains("'id' is required but not among the properties, and additionalProperties is false") })
        let patch = try Self.file("GuildPatch.swift", in: result)
        #expect(patch.contains("/// Required by the API description, which does not describe its value: send one.\n    public var owner: JSONValue?"))
        #expect(!(try Self.file("Closed.swift", in: result)).contains("public var id"))
        #expect(Self.tests(result).contains("owner: ."))
    }

    /// `properties: {$ref: attributes.yml#/member_ids}` names the properties it refers to, as its
    /// author meant: `memberIds: [Int]`, not a property named `$ref`.
    @Test func propertiesThatHoldAReferenceAreTheReferencedProperties() throws {
        let result = try Self.generated()
        #expect(TestSupport.lines(result.diagnostics).contains {
            $0.hasPrefix("openapi.yaml:27:17: warning: 'properties' holds a $ref")
        })
        let resource = try Self.file("MembersResource.swift", in: result)
        #expect(resource.contains("memberIds: [Int]"))
        #expect(!resource.contains("ref:"))
    }

    /// `{type: 'null'}` is a JSON value that can only be null: documented so, and never another
    /// value in the samples (Discord's role tags: a canned answer with any other value is not the
    /// API's). Optional, it is left out (an optional `JSONValue` reads `null` as missing);
    /// required, it is `.null`.
    @Test func aNullTypeIsNullOrMissingInTheSamples() throws {
        let result = try Self.generated()
        let patch = try Self.file("GuildPatch.swift", in: result)
        #expect(patch.contains("/// Only `null`.\n    public var badge: JSONValue?"))
        #expect(!Self.tests(result).contains("badge:"))
        let required = try TestSupport.generate(
            ["openapi.yaml": Self.document.replacingOccurrences(of: "required: [owner]", with: "required: [owner, badge]"),
             "attributes.yml": Self.attributes],
            root: "openapi.yaml", tests: true)
        #expect(Self.tests(required).contains("badge: .null"))
        #expect(!Self.tests(required).contains("badge: .object"))
    }

    /// An optional write-only property is left out of the model samples, which are also the
    /// answers the tests decode: a server never sends it, and a canned answer holding it is refused
    /// by the description (Box's signer `password`). A request may still send it.
    @Test func anOptionalWriteOnlyPropertyIsLeftOutOfTheSamples() throws {
        let result = try Self.generated()
        #expect(try Self.file("GuildPatch.swift", in: result).contains("public var password: String?"))
        let samples = result.files.filter { $0.path.hasPrefix("Tests/") && $0.path.contains("/Models/") }.map(\.contents).joined()
        #expect(samples.contains("name: \"name-"))
        #expect(!samples.contains("password"))
    }

    /// `multipleOf` is documented and followed by the samples (DigitalOcean's droplet sizes,
    /// `multipleOf: 8`), whole or fractional.
    @Test func samplesAreMultiplesOfWhatTheDescriptionSays() throws {
        let result = try Self.generated()
        let patch = try Self.file("GuildPatch.swift", in: result)
        #expect(patch.contains("/// Must be at least 1, a multiple of 8.\n    public var memory: Int?"))
        #expect(patch.contains("/// Must be a multiple of 0.25.\n    public var ratio: Double?"))
        let memory = try #require(Self.tests(result).firstMatch(of: /memory: (\d+)/)?.1)
        #expect(Int(memory).map { $0 % 8 == 0 } == true)
        let ratio = try #require(Self.tests(result).firstMatch(of: /ratio: ([\d.]+)/)?.1)
        #expect(Double(ratio).map { ($0 / 0.25).rounded() == $0 / 0.25 } == true)
        #expect(SampleBuilder.integer(37, constraints: { var c = Constraints(); c.multipleOf = 8; return c }()) == 40)
        #expect(SampleBuilder.integer(37, constraints: { var c = Constraints(); c.multipleOf = 8; c.maximum = 39; return c }()) == 32)
    }

    /// The allowed values go through `julep-gen import` as the native spec's `allowedValues` (and
    /// `multipleOf` as itself), and
    /// the rest as plain properties: the imported spec generates the same SDK.
    @Test(arguments: [SpecWriter.Layout.singleFile, .filePerResource])
    func theImportedSpecSaysTheSame(_ layout: SpecWriter.Layout) throws {
        try TestSupport.withTemporaryDirectory { directory in
            try TestSupport.write(["openapi.yaml": Self.document, "attributes.yml": Self.attributes], to: directory)
            try ImportRoundTripTests.checkRoundTrip(directory.appendingPathComponent("openapi.yaml").path, layout)
        }
    }
}
