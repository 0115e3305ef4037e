import Foundation
import Testing

@testable import JulepGenKit

/// The sample values behind the generated SDK tests (`Generated/Tests/JulepSampleTests`), which
/// themselves run as the `JulepSampleTests` target.
@Suite("Sample values")
struct SampleValuesTests {
    /// The IR of `spec/` (`julep`) or of a fixture, built once per spec on a thread of its own: the
    /// cooperative pool's few threads stay free for the SDK's timing-sensitive HTTP tests.
    static func api(_ fixture: String) async throws -> APIDefinition {
        try #require(await cache.api(fixture))
    }

    private static let cache = APICache()

    private actor APICache {
        private var built: [String: Task<APIDefinition?, Never>] = [:]

        func api(_ fixture: String) async -> APIDefinition? {
            if let task = built[fixture] { return await task.value }
            let task = Task { await Self.build(fixture) }
            built[fixture] = task
            return await task.value
        }

        private static func build(_ fixture: String) async -> APIDefinition? {
            let spec = fixture == "julep"
                ? TestSupport.packageRoot.appendingPathComponent("spec")
                : TestSupport.fixtures.appendingPathComponent(fixture).appendingPathComponent("spec")
            return await withCheckedContinuation { continuation in
                Thread {
                    let options = Generator.Options(specPath: spec.path, builtInTemplates: TestSupport.templates)
                    continuation.resume(returning: Generator.run(options).api)
                }.start()
            }
        }
    }

    static func parse(_ json: SampleJSON) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(json.compact.utf8), options: .fragmentsAllowed)
    }

    /// Every declared type of every spec gets a sample whose JSON is valid, the same every time.
    @Test(arguments: ["julep", "features", "adversarial", "minimal", "openapi-unions", "openapi-maps-formats"])
    func everyTypeHasAValidDeterministicSample(_ fixture: String) async throws {
        let api = try await Self.api(fixture)
        var first = SampleBuilder(api: api)
        var second = SampleBuilder(api: api)
        for declaration in api.types.flatMap({ [$0] + $0.nested }) {
            first.restart()
            second.restart()
            let sample = first.value(.named(declaration.id), hint: "x")
            #expect(sample == second.value(.named(declaration.id), hint: "x"), "\(declaration.id)")
            _ = try Self.parse(sample.wire)
            _ = try Self.parse(sample.encoded)
            _ = try Self.parse(SampleJSON.object([("pretty", sample.wire)]))
        }
    }

    @Test func readOnlyPropertiesAreDecodedButNotEncoded() async throws {
        let api = try await Self.api("julep")
        var builder = SampleBuilder(api: api)
        let sample = builder.value(.named(TypeID("ResourceCreatedResponse")), hint: "x")
        guard case .object(let wire) = sample.wire, case .object(let encoded) = sample.encoded else {
            Issue.record("not an object")
            return
        }
        #expect(wire.map(\.key) == ["id", "created_at", "jobs"])
        #expect(encoded.map(\.key) == ["id"])
        // UUIDs in lower case both ways: as the API sends them, and as the SDK writes them (issue 22, bug 3).
        #expect(wire[0].value == .string("5e4a3c2b-1d0f-4e8a-9b7c-00a000000001"))
        #expect(encoded[0].value == .string("5e4a3c2b-1d0f-4e8a-9b7c-00a000000001"))
    }

    @Test func sparseObjectsLeaveOutOptionalsAndNullNullables() async throws {
        let api = try await Self.api("julep")
        let declaration = try #require(api.types.first { $0.swiftName == "PatchSessionRequest" })
        guard case .object(let object) = declaration.kind else { throw SampleTestError.notAnObject }
        var builder = SampleBuilder(api: api)
        let sample = builder.object(declaration, object, style: .sparse, root: declaration.id)
        // token_budget, context_overflow and forward_tool_results are optional and nullable: `.null`, left out, `.null`.
        #expect(sample.wire == .object([("token_budget", .null), ("forward_tool_results", .null)]))
        #expect(
            sample.code.flat
                == "PatchSessionRequest(tokenBudget: .null, forwardToolResults: .null)")
    }

    @Test func recursiveTypesStopAfterOneLevel() async throws {
        let api = try await Self.api("features")
        var builder = SampleBuilder(api: api)
        let sample = builder.value(.named(TypeID("Enclosure")), hint: "x")
        let flat = sample.code.flat
        #expect(flat.contains("parent: Enclosure(name: \"name-6\", note: nil)"))
        #expect(flat.contains("children: [Enclosure(name: \"name-7\", note: nil)]"))
        // The write-only `secret` is left out: a server never sends it.
        #expect(!flat.contains("secret"))

        // Required recursion (Pong.back: Ping, Ping.next?: Pong) and recursive unions terminate too.
        let adversarial = try await Self.api("adversarial")
        var edge = SampleBuilder(api: adversarial)
        for name in ["TreeNode", "Ping", "Pong", "Expr", "Sum", "Either"] {
            edge.restart()
            _ = try Self.parse(edge.value(.named(TypeID(name)), hint: "x").wire)
        }
    }

    @Test func numbersRespectTheirBounds() {
        var bounds = Constraints()
        bounds.minimum = 1
        bounds.maximum = 1000
        #expect(SampleBuilder.integer(0, constraints: bounds) == 1)
        #expect(SampleBuilder.integer(5, constraints: bounds) == 5)
        bounds.minimum = 0
        bounds.exclusiveMinimum = true
        bounds.maximum = 3
        bounds.exclusiveMaximum = true
        #expect(SampleBuilder.integer(7, constraints: bounds) == 2)
        #expect(SampleBuilder.integer(-7, constraints: bounds) == 1)

        var unit = Constraints()
        unit.minimum = 0
        unit.maximum = 1
        let fraction = SampleBuilder.fraction(9, constraints: unit)
        #expect(fraction > 0 && fraction < 1 && fraction != fraction.rounded())
        #expect(Double(Float(fraction)) == fraction)  // exact in Float as well
        #expect(SampleBuilder.fraction(2, constraints: Constraints()) == 2.5)
        // Bounds that are not exact in binary (DigitalOcean's utilization, 0.05 to 1): the point
        // between them is rounded to one that is, or `Float` would send another number.
        var utilization = Constraints()
        utilization.minimum = 0.05
        utilization.maximum = 1
        let share = SampleBuilder.fraction(1, constraints: utilization)
        #expect(share == 0.40625)
        #expect(Double(Float(share)) == share)
    }

    @Test func stringsCarryWhatTheirPlaceMustEncode() {
        var short = Constraints()
        short.maxLength = 5
        #expect(SampleBuilder.string(hint: "name", n: 3, constraints: Constraints(), purpose: .json) == "name-3")
        #expect(SampleBuilder.string(hint: "id", n: 3, constraints: Constraints(), purpose: .path) == "id 3/ä?%")
        #expect(SampleBuilder.string(hint: "q", n: 3, constraints: Constraints(), purpose: .query) == "q 3&=+/ä")
        #expect(SampleBuilder.string(hint: "X-Id\r\n", n: 3, constraints: Constraints(), purpose: .header) == "X-Id 3")
        #expect(SampleBuilder.string(hint: "name", n: 3, constraints: short, purpose: .json).count == 5)
        #expect(TestContextBuilder.percentEncoded("id 3/ä?%") == "id%203%2F%C3%A4%3F%25")
    }

    @Test func stringsFollowTheFormatsValidatorsCheck() {
        func sample(_ format: String, hint: String = "login", purpose: SamplePurpose = .json) -> String {
            var constraints = Constraints()
            constraints.format = format
            return SampleBuilder.string(hint: hint, n: 3, constraints: constraints, purpose: purpose)
        }
        #expect(sample("email") == "login-3@example.com")
        #expect(sample("email", hint: "Owner_Email", purpose: .path) == "owner-email-3@example.com")
        #expect(sample("hostname") == "login-3.example.com")
        #expect(sample("ipv4", purpose: .path) == "192.0.2.3")
        #expect(sample("ipv6") == "2001:db8::3")
        #expect(sample("uri") == "https://example.com/login-3")
        // Formats nobody checks keep the usual sample.
        #expect(sample("password") == "login-3")
        var email = Constraints()
        email.format = "email"
        // A list's elements follow the constraints of its items.
        var list = Constraints()
        list.items = .of(email)
        var builder = SampleBuilder(api: APIDefinition(
            name: "Demo", swiftName: "Demo", version: nil, docs: nil, environments: [], authSchemes: [], types: [], resources: []))
        #expect(builder.value(.list(.builtin(.string)), hint: "cc", constraints: list).text == nil)
        #expect(builder.value(.list(.builtin(.string)), hint: "cc", constraints: list).wire.compact.contains("@example.com"))
        // An alias's format reaches the values of the alias.
        #expect(Constraints().inheriting(email).format == "email")
    }

    @Test func dateTimesAreTheInstantsTheirSwiftCodeBuilds() async throws {
        for n in [1, 2, 17, 400] {
            let (code, text) = SampleBuilder.dateTime(n)
            // `Date(timeIntervalSinceReferenceDate: 736251630 + 0.123456)` → the two numbers.
            let numbers = code.dropFirst("Date(timeIntervalSinceReferenceDate: ".count).dropLast().split(separator: " + ")
            let seconds = try #require(Double(numbers[0]))
            let fraction = try #require(Double(numbers[1]))
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            let whole = try #require(formatter.date(from: text.prefix(19) + "Z"))
            #expect(whole.timeIntervalSinceReferenceDate == seconds)
            #expect(text.dropFirst(20).dropLast() == numbers[1].dropFirst(2))
            #expect(fraction > 0 && fraction < 1)
        }
    }

    /// Issue 22, bug 4: a list of tool calls reads as content parts only as `ContentPart.unknown`
    /// (their discriminator, `"function"`, is not one of its own); the later variant, a list of
    /// entry items, knows them and wins.
    @Test func untaggedUnionsPreferTheVariantThatKnowsTheDiscriminator() async throws {
        let api = try await Self.api("julep")
        let model = DecodingModel(api: api)
        guard case .union(let entryContent)? = api.type(TypeID("EntryContent"))?.kind,
            case .union(let item)? = api.type(TypeID("EntryContentItem"))?.kind,
            let toolCall = item.variants.first(where: { $0.caseName == "toolCall" })
        else { throw SampleTestError.notAnObject }
        var builder = SampleBuilder(api: api)
        let list = builder.value(
            .list(.named(TypeID("EntryContentItem"))), hint: "x", choosing: toolCall, of: TypeID("EntryContentItem"))
        guard let contentParts = entryContent.variants.first(where: { $0.caseName == "contentPartList" }) else {
            throw SampleTestError.notAnObject
        }
        #expect(model.match(contentParts.type, list.wire) == .unrecognized)
        #expect(model.decodedVariant(entryContent, list.wire)?.caseName == "entryContentItemList")
        // A discriminator nobody knows: the first variant that reads it as `unknown`.
        let audio = SampleJSON.array([.object([("type", .string("audio"))])])
        #expect(model.decodedVariant(entryContent, audio)?.caseName == "contentPartList")

        // Every variant sample of every untagged union decodes as itself.
        for declaration in api.types {
            guard case .union(let union) = declaration.kind, union.discriminator == nil else { continue }
            for variant in union.variants {
                builder.restart()
                let sample = builder.variant(variant, of: union, hint: "x", root: declaration.id)
                #expect(model.decodedVariant(union, sample.wire)?.caseName == variant.caseName, "\(declaration.id)")
            }
        }
    }

    @Test func jsonTextAndRawLiterals() {
        let json = SampleJSON.object([
            ("a", .array([.integer(1), .double(2.5), .null])), ("b", .object([])), ("c", .string("\"#\n")),
        ])
        #expect(json.compact == ##"{"a":[1,2.5,null],"b":{},"c":"\"#\n"}"##)
        #expect(json.pretty == "{\n  \"a\": [\n    1,\n    2.5,\n    null\n  ],\n  \"b\": {},\n  \"c\": \"\\\"#\\n\"\n}")
        // `"#` inside needs two `#`s around the literal.
        #expect(RawStringLiteral.singleLine(json.compact).hasPrefix("##\""))
        #expect(RawStringLiteral.singleLine("{}") == "#\"{}\"#")
        #expect(RawStringLiteral.multiLine("{\n  \"a\": 1\n}") == "#\"\"\"\n{\n  \"a\": 1\n}\n\"\"\"#")
    }

    @Test func longCallsBreakOneArgumentPerLine() {
        let short = SwiftCode.call("Point", [.init(label: "x", value: .atom("1")), .init(label: "y", value: .atom("2"))])
        #expect(short.flat == "Point(x: 1, y: 2)")
        let long = SwiftCode.call(
            "Thing", [.init(label: "text", value: .atom("\"" + String(repeating: "x", count: 100) + "\"")), .init(label: "other", value: short)])
        #expect(SwiftLineBreaker.broken("        let sample = " + long.flat).count == 4)
        let list = SwiftCode.call(".list", [.init(label: nil, value: .array([.atom(String(repeating: "y", count: 60)), .atom(String(repeating: "z", count: 60))]))])
        #expect(SwiftLineBreaker.broken("        let sample = " + list.flat).first == "        let sample = .list([")
    }

    /// Model samples go in one file per spec file, a large one split at `maxSuitesPerFile` suites
    /// between types (never between a type and its nested types), nothing lost or reordered.
    @Test func modelSampleFilesAreSplitBetweenTypes() async throws {
        var api = try await Self.api("julep")
        let perFile = TestFileRenderer.modelGroups(api)
        #expect(perFile.map(\.name).contains("TasksSamples"))
        #expect(!perFile.map(\.name).contains("TasksSamples2"), "spec/tasks.yaml fits in one file")

        // All in one spec file, as an OpenAPI document declares them.
        api.types = api.types.map { declaration in
            var declaration = declaration
            declaration.location = SourceLocation(file: "spec/api.yaml", line: 1, column: 1)
            return declaration
        }
        let files = TestFileRenderer.modelGroups(api)
        let suites = files.map { $0.declarations.reduce(0) { $0 + 1 + $1.nested.count } }
        let total = api.types.reduce(0) { $0 + 1 + $1.nested.count }
        #expect(total > TestFileRenderer.maxSuitesPerFile)
        #expect(suites.allSatisfy { $0 <= TestFileRenderer.maxSuitesPerFile })
        #expect(suites == suites.sorted(by: >), "largest first")
        let names = (1...files.count).map { $0 == 1 ? "ApiSamples" : "ApiSamples\($0)" }
        #expect(Set(files.map(\.name)) == Set(names))
        let inOrder = names.flatMap { name in files.first { $0.name == name }?.declarations ?? [] }
        #expect(inOrder.map(\.id) == api.types.map(\.id))
    }

    /// A case named `none` is spelled with its type: where an optional is expected, `.none`
    /// would be `nil` (and Swift warns).
    @Test func anEnumCaseNamedNoneIsSpelledWithItsType() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("none-case-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("openapi.yaml")
        try """
            openapi: 3.0.3
            info: { title: Shares, version: "1" }
            paths: {}
            components:
              schemas:
                Sharing: { type: string, enum: [none] }
                Settings: { type: object, properties: { sharing: { $ref: '#/components/schemas/Sharing' } } }
            """.write(to: document, atomically: true, encoding: .utf8)
        let result = Generator.run(Generator.Options(specPath: document.path, builtInTemplates: TestSupport.templates, tests: true))
        let samples = result.files.filter { $0.path.hasPrefix("Tests/") && $0.path.contains("Samples") }.map(\.contents)
        #expect(samples.contains { $0.contains("sharing: Sharing.none") })
        #expect(!samples.contains { $0.contains(": .none") })
    }

    /// The command line generates the tests; the library only when asked.
    @Test func testsAreGeneratedOnlyWhenAsked() async throws {
        let spec = TestSupport.fixtures.appendingPathComponent("minimal/spec").path
        let without = Generator.run(Generator.Options(specPath: spec, builtInTemplates: TestSupport.templates))
        #expect(!without.files.contains { $0.path.hasPrefix("Tests/") })
        let with = Generator.run(Generator.Options(specPath: spec, builtInTemplates: TestSupport.templates, tests: true))
        let tests = with.files.map(\.path).filter { $0.hasPrefix("Tests/") }
        #expect(tests == [
            "Tests/TinySampleTests/Models/ApiSamples.swift", "Tests/TinySampleTests/Routes/HealthResourceWireTests.swift",
            "Tests/TinySampleTests/SampleSupport.swift",
        ] + EmbeddedSampleTestSupport.files.map { "Tests/TinySampleTests/Support/\($0.name)" })
    }
}

enum SampleTestError: Error {
    case notAnObject
}
