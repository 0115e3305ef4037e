import Testing

@testable import JulepGenKit

/// Issue 22, friction 3 and 6: union factories read as Swift (an argument named like its case is
/// unlabelled, a wrapper object used once is flattened into the factory), renamed cases and
/// earlier factory spellings stay as deprecated forwards, and a union of `T` and `[T]` reads as a
/// list either way (`asList`).
@Suite("Factory spellings, former names and asList")
struct FactorySpellingTests {
    static let types = """
        types:
          Name:
            alias: string
          Food:
            union: [string, list<string>]
          Chore:
            formerLabeledFactories: true
            union:
              discriminator: kind
              variants:
                feed: FeedChore
                visit: { type: VisitChore, formerSwiftName: inspect }
                count: CountChore
          FeedChore:
            properties:
              feed: Food
              portions: { type: int, default: 1 }
          VisitChore:
            properties:
              visit: Visit
          Visit:
            properties:
              enclosure: Name
              minutes: { type: int, default: 5 }
          CountChore:
            properties:
              count: Tally
          Tally:
            properties:
              animals: int
          Census:
            properties:
              last: Tally
          Search:
            union:
              - { type: TextSearch, swiftName: text, formerSwiftName: textSearch }
              - ByVector
          TextSearch:
            properties:
              text: string
              limit: { type: int, default: 10 }
          ByVector:
            properties:
              vector: list<double>
        """

    private func generate(_ types: String = Self.types) throws -> Generator.Result {
        try TestSupport.generate(["api.yaml": TestSupport.rootPreamble + "\n" + types])
    }

    private func model(_ name: String) throws -> String {
        let result = try generate()
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        return try #require(result.files.first { $0.path == "Sources/Demo/Models/\(name).swift" }).contents
    }

    @Test func anArgumentNamedLikeItsCaseIsUnlabelled() throws {
        let chore = try model("Chore")
        #expect(chore.contains("""
                public static func feed(
                    _ feed: Food,
                    portions: Int = 1
                ) -> Self {
                    .feed(FeedChore(feed: feed, portions: portions))
                }
            """))
        let search = try model("Search")
        #expect(search.contains("public static func text(\n        _ text: String,\n        limit: Int = 10\n    ) -> Self {"))
        #expect(search.contains("public static func byVector(vector: [Double]) -> Self {"), "another name keeps its label")
    }

    @Test func aWrapperUsedOnceIsFlattenedIntoTheFactory() throws {
        let chore = try model("Chore")
        #expect(chore.contains("""
                public static func visit(
                    enclosure: Name,
                    minutes: Int = 5
                ) -> Self {
                    .visit(VisitChore(visit: Visit(enclosure: enclosure, minutes: minutes)))
                }
            """))
        // `Tally` is also a property of `Census`: a value of its own, so it is passed whole.
        #expect(chore.contains("public static func count(_ count: Tally) -> Self {"))
    }

    @Test func formerLabeledFactoriesStayDeprecated() throws {
        let chore = try model("Chore")
        #expect(chore.contains("""
                /// How earlier versions of this SDK spelled `.feed(_:portions:)`.
                @available(*, deprecated, renamed: "feed(_:portions:)")
                public static func feed(
                    feed: Food,
                    portions: Int = 1
                ) -> Self {
            """))
        // A flattened factory takes other arguments: the message names it (a rename would not compile).
        #expect(chore.contains("""
                @available(*, deprecated, message: "Use .visit(enclosure:minutes:)")
                public static func visit(visit: Visit) -> Self {
            """))
        // Without the key, only the new spellings.
        let search = try model("Search")
        #expect(!search.contains("public static func text(\n        text: String"))
    }

    @Test func aRenamedCaseKeepsItsFormerNameDeprecated() throws {
        let search = try model("Search")
        #expect(search.contains("case text(TextSearch)\n    case byVector(ByVector)"))
        #expect(search.contains("""
                /// The former name of ``text``.
                @available(*, deprecated, renamed: "text")
                public var textSearch: TextSearch? {
                    if case .text(let value) = self { value } else { nil }
                }
            """))
        #expect(search.contains("""
                @available(*, deprecated, renamed: "text")
                public static func textSearch(_ value: TextSearch) -> Self {
                    .text(value)
                }
            """))
        #expect(search.contains("""
                @available(*, deprecated, renamed: "text(_:limit:)")
                public static func textSearch(
                    text: String,
                    limit: Int = 10
                ) -> Self {
            """))
        let chore = try model("Chore")
        #expect(chore.contains("public var inspect: VisitChore? {"))
    }

    @Test func aUnionOfAValueAndAListOfItReadsAsAList() throws {
        let food = try model("Food")
        #expect(food.contains("""
                public var asList: [String] {
                    switch self {
                    case .string(let value): [value]
                    case .stringList(let value): value
                    }
                }
            """))
        #expect(!(try model("Search")).contains("asList"))
    }

    @Test func namesAreChecked() throws {
        let clash = try generate(Self.types.replacingOccurrences(of: "formerSwiftName: textSearch", with: "formerSwiftName: byVector"))
        #expect(clash.diagnostics.sorted.contains { $0.severity == .error && $0.message.contains("byVector") })
        let invalid = try generate(Self.types.replacingOccurrences(of: "swiftName: text,", with: "swiftName: 'two words',"))
        #expect(invalid.diagnostics.sorted.contains { $0.severity == .error && $0.message.contains("not a valid Swift identifier") })
        let misplaced = try generate(Self.types.replacingOccurrences(of: "  Census:\n", with: "  Census:\n    formerLabeledFactories: true\n"))
        #expect(misplaced.diagnostics.sorted.contains { $0.message.contains("'formerLabeledFactories' applies to a union type") })
    }
}
