import Foundation
import Testing

@testable import JulepGenKit

/// Each rule of the API report on a pair of small specs, with the exact report.
@Suite("API change rules")
struct SurfaceRulesTests {
    static let base = """
        julep-gen: 1
        profile: julep
        api: { name: Demo, version: 1.0.0 }
        environments:
          - { name: prod, url: "https://api.example.com" }
        types:
          Pet:
            properties:
              id: uuid
              name: string
              tag?: string
          Kind:
            enum: [cat, dog]
          Food:
            union: [string, list<string>]
        resources:
          pets:
            operations:
              list:
                route: pets_route_list
                method: GET
                path: /pets
                query:
                  limit: { type: int, default: 10 }
                  kind?: Kind
                response: list<Pet>
              get:
                route: pets_route_get
                method: GET
                path: /pets/{id}
                pathParams: { id: uuid }
                response: Pet
              feed:
                method: POST
                path: /pets/{id}/feed
                pathParams: { id: uuid }
                body: Food

        """

    /// The report for `base` with each `(old, new)` replaced.
    static func report(_ replacements: (String, String)...) throws -> SurfaceReport {
        var new = base
        for (old, replacement) in replacements { new = try new.replacing(exactly: old, with: replacement) }
        return try SurfaceTestSupport.report(from: base, to: new)
    }

    @Test func theSameAPIIsUnchangedWhateverElseChanged() throws {
        let report = try Self.report(("  Pet:\n", "  Pet:\n    docs: A pet.\n"))
        #expect(report.text == "API unchanged.\n")
        #expect(report.verdict == .unchanged)
    }

    @Test func aRemovedMethodBreaksWithTheMethodsBesideIt() throws {
        let report = try Self.report(
            ("      feed:\n        method: POST\n        path: /pets/{id}/feed\n        pathParams: { id: uuid }\n        body: Food\n", ""))
        #expect(report.text == """
            API changes: 1 breaking
            removed:
              breaking    func PetsResource.feed(…) (also withRawResponse.feed(…))

            """)
        #expect(report.verdict == .breaking)
    }

    @Test func aMethodRenamedForTheSameRequestIsARename() throws {
        let report = try Self.report(("      get:\n        route: pets_route_get", "      fetch:\n        route: pets_route_get"))
        #expect(report.text == """
            API changes: 1 breaking
            changed:
              breaking    func PetsResource.get(…): renamed `fetch`

            """)
    }

    @Test func aRemovedArgumentBreaks() throws {
        #expect(try Self.report(("          kind?: Kind\n", "")).text == """
            API changes: 1 breaking
            changed:
              breaking    func PetsResource.list(…): argument `kind:` removed (also withRawResponse.list(…), DemoAPI.petsRouteList(…))

            """)
    }

    @Test func aRenamedLabelBreaks() throws {
        #expect(try Self.report(("          kind?: Kind\n", "          kind?: { type: Kind, swiftName: species }\n")).text == """
            API changes: 1 breaking
            changed:
              breaking    func PetsResource.list(…): argument `kind:` renamed `species:` (also withRawResponse.list(…), DemoAPI.petsRouteList(…))

            """)
    }

    @Test func aRemovedOrRenamedCaseBreaks() throws {
        #expect(try Self.report(("    enum: [cat, dog]", "    enum: [cat]")).text == """
            API changes: 1 breaking
            removed:
              breaking    case Kind.dog

            """)
        #expect(try Self.report(("    enum: [cat, dog]", "    enum: [cat, { value: dog, swiftName: puppy }]")).text == """
            API changes: 1 breaking
            changed:
              breaking    case Kind.dog: renamed `puppy`

            """)
    }

    @Test func aNewRequiredArgumentBreaksAndAnOptionalOneDoesNot() throws {
        #expect(try Self.report(("          kind?: Kind\n", "          kind?: Kind\n          owner: string\n")).text == """
            API changes: 1 breaking
            changed:
              breaking    func PetsResource.list(…): new required argument `owner: String` (also withRawResponse.list(…), DemoAPI.petsRouteList(…))

            """)
        let optional = try Self.report(("          kind?: Kind\n", "          kind?: Kind\n          owner?: string\n"))
        #expect(optional.text == """
            API changes: 1 compatible
            changed:
              compatible  func PetsResource.list(…): new argument `owner: String?` (default `nil`) (also withRawResponse.list(…), DemoAPI.petsRouteList(…))

            """)
        #expect(optional.verdict == .compatible)
    }

    @Test func aChangedArgumentTypeBreaks() throws {
        #expect(try Self.report(("          limit: { type: int, default: 10 }", "          limit: { type: string, default: \"10\" }")).text == """
            API changes: 1 breaking, 1 behaviour
            changed:
              breaking    func PetsResource.list(…): argument `limit:` takes `String`, was `Int` (also withRawResponse.list(…), DemoAPI.petsRouteList(…))
              behaviour   func PetsResource.list(…): argument `limit:` defaults to `"10"`, was `10` (also withRawResponse.list(…), DemoAPI.petsRouteList(…))

            """)
    }

    @Test func aChangedReturnTypeBreaks() throws {
        #expect(try Self.report(("        response: Pet\n", "        response: list<Pet>\n")).text == """
            API changes: 2 breaking
            changed:
              breaking    func PetsResource.get(…): returns `[Pet]`, was `Pet` (also DemoAPI.petsRouteGet(…))
              breaking    func PetsResource.withRawResponse.get(…): returns `APIResponse<[Pet]>`, was `APIResponse<Pet>`

            """)
        #expect(try Self.report(("        response: list<Pet>\n", "")).text == """
            API changes: 2 breaking
            changed:
              breaking    func PetsResource.list(…): returns `Void`, was `[Pet]` (also DemoAPI.petsRouteList(…))
              breaking    func PetsResource.withRawResponse.list(…): returns `APIResponse<Void>`, was `APIResponse<[Pet]>`

            """)
    }

    /// A streaming method (`throws`, returning a stream) that answers once instead becomes
    /// `async`: callers without `await` break. The other way, `async` is dropped: compatible,
    /// though the changed result still breaks.
    @Test func anAddedAsyncBreaksAndADroppedOneDoesNot() throws {
        let streaming = try Self.base.replacing(exactly: "        response: Pet\n", with: "        streaming: Pet\n")
        #expect(try SurfaceTestSupport.report(from: streaming, to: Self.base).text == """
            API changes: 2 breaking, 1 compatible
            changed:
              breaking    func PetsResource.get(…): returns `Pet`, was `AsyncThrowingStream<Pet, any Error>` (also DemoAPI.petsRouteGet(…))
              breaking    func PetsResource.get(…): `async throws` now, was `throws` (also DemoAPI.petsRouteGet(…))
            added:
              compatible  func PetsResource.withRawResponse.get(…): `GET /pets/{id}`

            """)
        #expect(try SurfaceTestSupport.report(from: Self.base, to: streaming).text == """
            API changes: 2 breaking, 1 compatible
            removed:
              breaking    func PetsResource.withRawResponse.get(…)
            changed:
              breaking    func PetsResource.get(…): returns `AsyncThrowingStream<Pet, any Error>`, was `Pet` (also DemoAPI.petsRouteGet(…))
              compatible  func PetsResource.get(…): `throws` now, was `async throws` (also DemoAPI.petsRouteGet(…))

            """)
    }

    /// Every method a spec gives throws, so only two surfaces (as two `API.md` files may say)
    /// can show `throws` added or dropped.
    @Test func anAddedThrowsBreaksAndADroppedOneDoesNot() {
        func surface(_ effects: String) -> APISurface {
            let now = SurfaceMember(kind: .method, name: "now", parameters: [], type: "Date", effects: effects, operation: "GET /now")
            return APISurface(
                module: "Demo", version: "1.0.0",
                types: [SurfaceType(kind: .structure, name: "ClockResource", section: .resources, members: [now])])
        }
        let added = SurfaceReport(from: surface("async"), to: surface("async throws"))
        #expect(added.text == """
            API changes: 1 breaking
            changed:
              breaking    func ClockResource.now(…): `async throws` now, was `async`

            """)
        #expect(added.verdict == .breaking)
        let dropped = SurfaceReport(from: surface("async throws"), to: surface("async"))
        #expect(dropped.text == """
            API changes: 1 compatible
            changed:
              compatible  func ClockResource.now(…): `async` now, was `async throws`

            """)
        #expect(dropped.verdict == .compatible)
    }

    @Test func anOptionalBecomingRequiredBreaks() throws {
        #expect(try Self.report(("          kind?: Kind\n", "          kind: Kind\n")).text == """
            API changes: 1 breaking
            changed:
              breaking    func PetsResource.list(…): argument `kind:` is required now: `kind: Kind`, was `kind: Kind? = nil` (also withRawResponse.list(…), DemoAPI.petsRouteList(…))

            """)
        #expect(try Self.report(("      tag?: string\n", "      tag: string\n")).text == """
            API changes: 1 breaking
            changed:
              breaking    var Pet.tag: no longer optional: `String`, was `String?` (also init(…)'s argument)

            """)
    }

    /// A stored property replaced by an accessor of the same name and type (`tag` now reads
    /// `label`) can no longer be set.
    @Test func aPropertyMadeReadOnlyBreaks() throws {
        let report = try Self.report(("      tag?: string\n", "      label?: string\n    accessors:\n      tag:\n        path: label\n"))
        #expect(report.text == """
            API changes: 2 breaking, 1 compatible
            changed:
              breaking    Pet.init(…): argument `tag:` renamed `label:`
              breaking    var Pet.tag: read-only now
            added:
              compatible  var Pet.label: `String?`

            """)
        #expect(report.verdict == .breaking)
    }

    @Test func aChangedDefaultIsABehaviourChange() throws {
        let report = try Self.report(("default: 10", "default: 20"))
        #expect(report.text == """
            API changes: 1 behaviour
            changed:
              behaviour   func PetsResource.list(…): argument `limit:` defaults to `20`, was `10` (also withRawResponse.list(…), DemoAPI.petsRouteList(…))

            """)
        // Code compiles but does something else: CI treats it like a breaking change.
        #expect(report.verdict == .breaking)
    }

    @Test func aChangedRequestOrJSONKeyIsABehaviourChange() throws {
        #expect(try Self.report(("        path: /pets/{id}/feed", "        path: /pets/{id}/meals")).text == """
            API changes: 1 behaviour
            changed:
              behaviour   func PetsResource.feed(…): sends `POST /pets/{id}/meals`, was `POST /pets/{id}/feed`

            """)
        #expect(try Self.report(("      tag?: string\n", "      label?: { type: string, swiftName: tag }\n")).text == """
            API changes: 1 behaviour
            changed:
              behaviour   var Pet.tag: JSON key `"label"`, was `"tag"`

            """)
    }

    @Test func aChangedEnvironmentURLIsABehaviourChange() throws {
        let report = try Self.report(("url: \"https://api.example.com\"", "url: \"https://api.example.org\""))
        #expect(report.text == """
            API changes: 1 behaviour
            changed:
              behaviour   case DemoEnvironment.prod: `https://api.example.org (the default)` now, was `https://api.example.com (the default)`

            """)
        #expect(report.verdict == .breaking)
    }

    /// The SDK is a source package, so its enums are frozen for their users: an exhaustive
    /// `switch` breaks when a case is added. `unknown` keeps old SDKs decoding new values; it
    /// does not keep a `switch` compiling. (A third case also ends `asList`, which a union of a
    /// value and a list of them has.)
    @Test func aNewCaseBreaksExhaustiveSwitches() throws {
        #expect(try Self.report(("    enum: [cat, dog]", "    enum: [cat, dog, bird]")).text == """
            API changes: 1 breaking
            added:
              breaking    case Kind.bird: new case: an exhaustive `switch` must handle it (`"bird"` decoded as `.unknown` before)

            """)
        let union = try Self.report(("    union: [string, list<string>]", "    union: [string, list<string>, int]"))
        #expect(union.text == """
            API changes: 2 breaking, 1 compatible
            removed:
              breaking    var Food.asList
            added:
              breaking    case Food.int(…): new case: an exhaustive `switch` must handle it
              compatible  var Food.int: `Int?`

            """)
    }

    @Test func aLostLiteralConformanceBreaks() throws {
        // A second list case makes an array literal ambiguous, so the union no longer takes one
        // (nor is it a value or a list of them, which `asList` gave).
        let report = try Self.report(("    union: [string, list<string>]", "    union: [string, list<string>, list<int>]"))
        #expect(report.text == """
            API changes: 3 breaking, 1 compatible
            removed:
              breaking    var Food.asList
            changed:
              breaking    enum Food: no longer `ExpressibleByArrayLiteral`
            added:
              breaking    case Food.intList(…): new case: an exhaustive `switch` must handle it
              compatible  var Food.intList: `[Int]?`

            """)
    }

    /// A second union holding `Pet` as `.pet` moves that case's factory into the protocol both
    /// conform to (`UnionCaseProtocols`): the first union's callers see no change.
    @Test func aFactoryMovedIntoASharedCaseProtocolIsNoChange() throws {
        let meal = "  Meal:\n    union: [Pet, string]\n"
        let base = try Self.base.replacing(exactly: "  Food:\n", with: meal + "  Food:\n")
        let new = try base.replacing(exactly: meal, with: meal + "  Treat:\n    union: [Pet, list<string>]\n")
        let report = try SurfaceTestSupport.report(from: base, to: new)
        #expect(report.text == """
            API changes: 3 compatible
            changed:
              compatible  enum Meal: `PetUnion` now
            added:
              compatible  enum Treat
              compatible  protocol PetUnion

            """)
        // Without the protocol's members, `Meal.pet(id:name:tag:)` would have gone.
        let withoutProtocol = try base.replacing(exactly: "    union: [Pet, string]\n", with: "    union: [Kind, string]\n")
        #expect(try SurfaceTestSupport.report(from: base, to: withoutProtocol).text.contains("removed:"))
    }

    @Test func aRemovedTypeBreaks() throws {
        #expect(try Self.report(("  Food:\n    union: [string, list<string>]\n", ""), ("        body: Food\n", "        body: list<string>\n")).text == """
            API changes: 2 breaking
            removed:
              breaking    enum Food
            changed:
              breaking    func PetsResource.feed(…): argument `body:` takes `[String]`, was `Food` (also withRawResponse.feed(…))

            """)
    }

    /// `base` with a type `Limit` declared by `declaration` (its YAML lines) and taken by `list`.
    static func withLimit(_ declaration: String) throws -> String {
        try base.replacing(exactly: "  Kind:\n", with: "  Limit:\n" + declaration + "  Kind:\n")
            .replacing(exactly: "          kind?: Kind\n", with: "          kind?: Kind\n          max?: Limit\n")
    }

    @Test func aTypeOfAnotherKindBreaks() throws {
        // An enum loosened to text: its cases go, and the name stands for `String`.
        #expect(try Self.report(("  Kind:\n    enum: [cat, dog]\n", "  Kind:\n    alias: string\n")).text == """
            API changes: 4 breaking
            removed:
              breaking    case Kind.cat
              breaking    case Kind.dog
              breaking    case Kind.unknown(…)
            changed:
              breaking    typealias Kind: was an enum

            """)
        // A number that became an object: the type is new, its members are additions.
        let report = try SurfaceTestSupport.report(
            from: Self.withLimit("    alias: int\n"), to: Self.withLimit("    properties:\n      value: int\n"))
        #expect(report.text == """
            API changes: 1 breaking, 2 compatible
            changed:
              breaking    struct Limit: was a typealias
            added:
              compatible  var Limit.value: `Int`
              compatible  Limit.init(…)

            """)
        #expect(report.verdict == .breaking)
        // Text that became an enum: its cases are new, and no value was read as `.unknown` before.
        let enumerated = try SurfaceTestSupport.report(
            from: Self.withLimit("    alias: string\n"), to: Self.withLimit("    enum: [low, high]\n"))
        #expect(!enumerated.text.contains(".unknown` before"))
        #expect(enumerated.text.contains("breaking    case Limit.low: new case: an exhaustive `switch` must handle it\n"))
    }

    @Test func anAliasOfAnotherTypeBreaks() throws {
        let report = try SurfaceTestSupport.report(from: Self.withLimit("    alias: int\n"), to: Self.withLimit("    alias: string\n"))
        #expect(report.text == """
            API changes: 1 breaking
            changed:
              breaking    typealias Limit: stands for `String`, was `Int`

            """)
        #expect(report.verdict == .breaking)
    }

    /// `formerSwiftName` keeps the old name as a deprecated forward: deprecated, not removed. The
    /// memberwise initializer takes the new label only, which the report says.
    @Test func aDeprecatedForwardIsDeprecatedNotRemoved() throws {
        let report = try Self.report(("      name: string\n", "      name: { type: string, swiftName: petName, formerSwiftName: name }\n"))
        #expect(report.text == """
            API changes: 1 breaking, 1 deprecated, 1 compatible
            changed:
              breaking    Pet.init(…): argument `name:` renamed `petName:`
              deprecated  var Pet.name: deprecated, renamed `petName`
            added:
              compatible  var Pet.petName: `String`

            """)
        #expect(!report.text.contains("removed"))
    }

    /// An operation's `formerSwiftName` keeps the old method (and its twins) as deprecated forwards.
    @Test func aMethodKeptUnderItsFormerNameIsDeprecatedNotRemoved() throws {
        let report = try Self.report(
            ("      get:\n        route: pets_route_get\n",
             "      get:\n        route: pets_route_get\n        swiftName: fetch\n        formerSwiftName: get\n"))
        #expect(report.text == """
            API changes: 1 deprecated, 1 compatible
            changed:
              deprecated  func PetsResource.get(…): deprecated, renamed `fetch`
            added:
              compatible  func PetsResource.fetch(…): `GET /pets/{id}` (also withRawResponse.fetch(…))

            """)
        #expect(report.verdict == .compatible)
    }

    @Test func aDeprecatedOperationIsCompatible() throws {
        let report = try Self.report(("        body: Food\n", "        body: Food\n        deprecated: Feed through the schedule instead.\n"))
        #expect(report.text == """
            API changes: 1 deprecated
            changed:
              deprecated  func PetsResource.feed(…): deprecated: Feed through the schedule instead.

            """)
        #expect(report.verdict == .compatible)
    }

    @Test func additionsAreCompatible() throws {
        let report = try Self.report(
            ("      tag?: string\n", "      tag?: string\n      age?: int\n"),
            ("  Kind:\n", "  Owner:\n    properties:\n      name?: string\n  Kind:\n"),
            ("        body: Food\n",
             "        body: Food\n      adopt:\n        method: POST\n        path: /pets/{id}/adopt\n        pathParams: { id: uuid }\n        response: Pet\n"))
        #expect(report.text == """
            API changes: 3 compatible
            added:
              compatible  func PetsResource.adopt(…): `POST /pets/{id}/adopt` (also withRawResponse.adopt(…))
              compatible  struct Owner
              compatible  var Pet.age: `Int?` (also init(…)'s argument)

            """)
        #expect(report.verdict == .compatible)
    }

    /// `base` with a method whose flattened body has `fields` (YAML lines under `properties:`).
    static func withLabelMethod(_ fields: String) throws -> String {
        try base.replacing(
            exactly: "        body: Food\n",
            with: "        body: Food\n      label:\n        method: POST\n        path: /pets/{id}/label\n"
                + "        pathParams: { id: uuid }\n        body:\n          properties:\n" + fields)
    }

    /// A body field that becomes a union holding text brings an overload taking `String`: the
    /// method it stands beside is paired with itself, and the overload is an addition.
    @Test func anAddedTextOverloadIsCompatible() throws {
        let report = try SurfaceTestSupport.report(
            from: Self.withLabelMethod("            grams: int\n"),
            to: Self.withLabelMethod("            grams: int\n            food?: Food\n"))
        #expect(report.text == """
            API changes: 4 compatible
            changed:
              compatible  func PetsResource.label(…, food: Food?, …): new argument `food: Food?` (default `nil`) (also withRawResponse.label(…))
            added:
              compatible  func PetsResource.label(…, food: String, …): `POST /pets/{id}/label`
              compatible  var PetsLabelRequest.food: `Food?` (also init(…)'s argument)
              compatible  PetsLabelRequest.init(…, food: String)

            """)
        #expect(report.verdict == .compatible)
    }

    /// The reverse: the overload taking `String` goes when the field becomes text, so calls with
    /// text still compile (the remaining method takes it) and calls with the union break.
    @Test func aRemovedTextOverloadBreaksTheCallsItNoLongerTakes() throws {
        let report = try SurfaceTestSupport.report(
            from: Self.withLabelMethod("            food: Food\n"),
            to: Self.withLabelMethod("            food: string\n"))
        #expect(report.text == """
            API changes: 4 breaking
            removed:
              breaking    func PetsResource.label(…, food: Food, …)
              breaking    PetsLabelRequest.init(food: Food)
            changed:
              breaking    func PetsResource.withRawResponse.label(…): argument `food:` takes `String`, was `Food`
              breaking    var PetsLabelRequest.food: `String`, was `Food`

            """)
        #expect(report.verdict == .breaking)
    }

    /// docs/cli.md's example report, under "## The API report", is this one.
    @Test func theDocumentedExampleIsTheReport() throws {
        let report = try Self.report(
            ("      feed:\n        method: POST\n        path: /pets/{id}/feed\n        pathParams: { id: uuid }\n        body: Food\n", ""),
            ("          kind?: Kind\n", "          kind?: { type: Kind, swiftName: species }\n"),
            ("      tag?: string\n", "      tag: string\n"),
            ("default: 10", "default: 20"),
            ("      name: string\n", "      name: { type: string, swiftName: petName, formerSwiftName: name }\n"),
            ("  Kind:\n", "  Owner:\n    properties:\n      name?: string\n  Kind:\n"))
        let docs = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        let section = try #require(docs.range(of: "## The API report\n"))
        let start = try #require(docs.range(of: "```\n", range: section.upperBound..<docs.endIndex))
        let end = try #require(docs.range(of: "```\n", range: start.upperBound..<docs.endIndex))
        #expect(String(docs[start.upperBound..<end.lowerBound]) == report.text)
    }

    @Test func anIDTakingAStringTooIsCompatible() {
        #expect(SurfaceMemberComparison.accepts("some UUIDConvertible", everyValueOf: "UUID"))
        #expect(SurfaceMemberComparison.accepts("Int?", everyValueOf: "Int"))
        #expect(!SurfaceMemberComparison.accepts("Int", everyValueOf: "Int?"))
        #expect(!SurfaceMemberComparison.accepts("Int32", everyValueOf: "Int"))
    }

    @Test func reorderedArgumentsBreak() {
        let old = [SurfaceParameter(label: "a", type: "Int"), SurfaceParameter(label: "b", type: "String")]
        let differences = SurfaceMemberComparison.compareArguments(old, old.reversed())
        #expect(differences.map(\.detail) == ["arguments in another order: `(b:a:)`, was `(a:b:)`"])
        #expect(differences.map(\.impact) == [.breaking])
    }
}
