import Testing

@testable import JulepGenKit

/// `--overlay` renames what OpenAPI names badly.
@Suite("OpenAPI overlay")
struct OverlayTests {
    static let document = """
        openapi: 3.0.3
        info: { title: Pets API, version: "1" }
        security: [{ Key: [] }]
        paths:
          /pets/{id}:
            get:
              operationId: PetsRoute_get
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              responses:
                '200':
                  description: A pet.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Models.Pet' }
        components:
          securitySchemes:
            Key: { type: apiKey, in: header, name: X-Key }
          schemas:
            Models.Pet:
              type: object
              properties:
                name: { type: string }
        """

    @Test func renamesEverything() throws {
        let overlay = """
            api: { name: Zoo }
            profile: julep
            auth: { Key: secret }
            types: { Models.Pet: Animal }
            resources: { pets: animals }
            operations:
              PetsRoute_get: { name: fetch }
            """
        let result = try TestSupport.generate(
            ["openapi.yaml": Self.document, "overlay.yaml": overlay], root: "openapi.yaml", overlay: "overlay.yaml")
        #expect(result.succeeded, "\(result.diagnostics.all.map(\.message))")
        let api = try #require(result.api)
        #expect(api.swiftName == "Zoo")
        #expect(api.authSchemes.map(\.parameterName) == ["secret"])
        #expect(api.types.map(\.swiftName) == ["Animal"])
        #expect(api.resources.map(\.accessorName) == ["animals"])
        #expect(api.resources.first?.operations.map(\.swiftName) == ["fetch"])
        #expect(api.resources.first?.operations.first?.route == "pets_route_get")
    }

    @Test func authSettingsNameEnvironmentVariables() throws {
        let overlay = """
            auth: { Key: { name: secret, env: [PETS_KEY, KEY] } }
            """
        let result = try TestSupport.generate(
            ["openapi.yaml": Self.document, "overlay.yaml": overlay], root: "openapi.yaml", overlay: "overlay.yaml")
        #expect(result.succeeded, "\(result.diagnostics.all.map(\.message))")
        let scheme = try #require(result.api?.authSchemes.first)
        #expect(scheme.parameterName == "secret")
        #expect(scheme.environmentVariables == ["PETS_KEY", "KEY"])
        let client = try #require(result.files.first { $0.path.hasSuffix("PetsClient.swift") }?.contents)
        #expect(client.contains(#"if let value = secret ?? Self.environmentValue("PETS_KEY", "KEY") {"#))
    }

    @Test func unknownOverlayKeysAreLocated() throws {
        let result = try TestSupport.generate(
            ["openapi.yaml": Self.document, "overlay.yaml": "typos: {}\n"], root: "openapi.yaml", overlay: "overlay.yaml")
        #expect(result.diagnostics.errors.map(\.message) == ["unknown key 'typos' in the overlay; did you mean 'types'?"])
        #expect(result.diagnostics.errors.first?.location?.description == "overlay.yaml:1:1")
    }
}
