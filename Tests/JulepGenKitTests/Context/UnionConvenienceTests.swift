import Testing

@testable import JulepGenKit

/// Unions are written the way a caller thinks of their values: literals for the one text, list
/// or map case, a factory per object case (`.search(text: "x")` rather than
/// `.search(Search(text: "x"))`), and an optional accessor per case.
@Suite("Union literals, factories and case accessors")
struct UnionConvenienceTests {
    static let types = """
        types:
          Template:
            alias: string
          Search:
            properties:
              text: string
              limit: { type: int, default: 10 }
          Found:
            properties:
              id: { type: uuid, readOnly: true }
          Empty:
            properties: {}
          Text:
            union: [Template, list<string>, map<int>]
          TwoTexts:
            union: [string, Template, list<int>, list<string>]
          Query:
            union: [Search, Found, Empty, string]
          Step:
            union:
              discriminator: kind
              variants:
                search: Search
                if: Search
        resources:
          things:
            operations:
              get:
                method: POST
                path: /things
                body: { type: Query }
                response: { type: Text }
        """

    private func model(_ name: String) throws -> String {
        let result = try TestSupport.generate(["api.yaml": TestSupport.rootPreamble + "\n" + Self.types])
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        return try #require(result.files.first { $0.path == "Sources/Demo/Models/\(name).swift" }).contents
    }

    @Test func theOneTextListAndMapCasesTakeLiterals() throws {
        let text = try model("Text")
        #expect(text.contains("""
            extension Text: ExpressibleByStringLiteral {
                /// A string literal is the `.template` case.
                public init(stringLiteral value: String) {
                    self = .template(value)
                }
            }
            """), "through the alias")
        #expect(text.contains("public init(arrayLiteral elements: String...) {\n        self = .stringList(elements)"))
        #expect(text.contains("public init(dictionaryLiteral elements: (String, Int)...) {"))
        #expect(text.contains("self = .intMap(Dictionary(elements, uniquingKeysWith: { _, last in last }))"))
    }

    @Test func twoCasesOfAKindMakeThatLiteralAmbiguousSoItIsLeftOut() throws {
        let two = try model("TwoTexts")
        #expect(!two.contains("ExpressibleByStringLiteral"))
        #expect(!two.contains("ExpressibleByArrayLiteral"))
        #expect(!two.contains("ExpressibleByDictionaryLiteral"))
    }

    @Test func taggedUnionsTakeNoLiterals() throws {
        #expect(!(try model("Step")).contains("Literal"))
    }

    @Test func objectCasesTheClientSendsGetAFactory() throws {
        let query = try model("Query")
        // `Query` and `Step` both hold `Search` as `.search`: its factory is declared once, in the
        // protocol both conform to.
        #expect(query.contains("extension Query: SearchUnion {}"))
        #expect(try model("Step").contains("extension Step: SearchUnion {}"))
        #expect(try model("SearchUnion").contains("""
                public static func search(
                    text: String,
                    limit: Int = 10
                ) -> Self {
                    .search(Search(text: text, limit: limit))
                }
            """))
        #expect(!query.contains("static func found("), "Found has a read-only property: the server's")
        #expect(!query.contains("static func empty("), "nothing to pass")
        // Keyword case names are escaped where declared.
        #expect(try model("Step").contains("public static func `if`("))
    }

    @Test func everyCaseHasAnOptionalAccessor() throws {
        let query = try model("Query")
        #expect(query.contains("""
                public var search: Search? {
                    if case .search(let value) = self { value } else { nil }
                }
            """))
        #expect(query.contains("public var string: String? {"))
        let step = try model("Step")
        #expect(step.contains("public var `if`: Search? {"))
        #expect(!step.contains("var unknown"))
    }
}
