import Testing

@testable import JulepGenKit

/// Unions of objects read what all their variants have without a `switch`: `session.id`.
@Suite("Union accessors for shared properties")
struct SharedPropertyTests {
    static let types = """
        types:
          Cat:
            properties:
              id: uuid
              name: string
              lives: int
              legacy: { type: string, deprecated: true }
              dog: string
              tag?: string
          Dog:
            properties:
              tag?: string
              name?: string
              id: uuid
              legacy: string
              dog: string
          Pet:
            union: [Cat, Dog]
          Tagged:
            union:
              discriminator: kind
              variants:
                cat: Cat
                dog: Dog
          Mixed:
            union: [Cat, string]
        resources:
          pets:
            operations:
              get:
                method: GET
                path: /pets
                response: { type: Pet }
        """

    private func model(_ name: String) throws -> String {
        let result = try TestSupport.generate(["api.yaml": TestSupport.rootPreamble + "\n" + Self.types])
        #expect(result.succeeded)
        return try #require(result.files.first { $0.path == "Sources/Demo/Models/\(name).swift" }).contents
    }

    @Test func untaggedUnionReadsWhatEveryVariantHas() throws {
        let pet = try model("Pet")
        // In the first variant's order; same name and same Swift type only.
        #expect(pet.contains("""
                public var id: UUID {
                    switch self {
                    case .cat(let value): value.id
                    case .dog(let value): value.id
                    }
                }
            """))
        #expect(pet.contains("public var tag: String? {"))
        #expect(try #require(pet.range(of: "var id:")).lowerBound < #require(pet.range(of: "var tag:")).lowerBound)
        #expect(!pet.contains("var name:"), "String in one variant, String? in the other")
        #expect(!pet.contains("var lives:"), "only in Cat")
        #expect(!pet.contains("var legacy:"), "deprecated in Cat")
        #expect(!pet.contains("var dog: String"), "named like the case .dog (whose accessor it is)")
        #expect(pet.contains("public var dog: Dog? {"))
    }

    @Test func taggedUnionAccessorsAreOptional() throws {
        let tagged = try model("Tagged")
        #expect(tagged.contains("""
                public var id: UUID? {
                    switch self {
                    case .cat(let value): value.id
                    case .dog(let value): value.id
                    case .unknown: nil
                    }
                }
            """))
        #expect(tagged.contains("public var tag: String? {"), "already optional: not String??")
        #expect(tagged.contains("`nil` for a variant this version of the SDK does not know"))
    }

    @Test func unionsWithAVariantThatIsNoObjectHaveNone() throws {
        let mixed = try model("Mixed")
        #expect(!mixed.contains("public var id:"))
        #expect(!mixed.contains("public var name:"))
    }
}
