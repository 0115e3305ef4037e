import Foundation
import Testing

@testable import JulepGenKit

@Suite("Swift line breaker")
struct SwiftLineBreakerTests {
    @Test func aShortLineIsLeftAsItIs() {
        let text = "        let request = APIRequest(method: .get, path: \"/agents\")\n"
        #expect(SwiftLineBreaker.breakLongLines(text) == text)
    }

    @Test func aLongCallPutsOneArgumentPerLine() {
        let line = "        let response = try await withRawResponse.update(id: id, name: name, about: about, "
            + "metadata: metadata, options: options).value"
        #expect(line.count > 120)
        #expect(
            SwiftLineBreaker.broken(line) == [
                "        let response = try await withRawResponse.update(",
                "            id: id,",
                "            name: name,",
                "            about: about,",
                "            metadata: metadata,",
                "            options: options",
                "        ).value",
            ])
    }

    @Test func onlyTheOutermostListBreaksWhenThatIsEnough() {
        let line = "        var request = APIRequest(method: .post, path: \"/users/\" + "
            + "PathComponent.encode(try id.validatedUUID(argument: \"id\")), isIdempotent: false)"
        #expect(
            SwiftLineBreaker.broken(line) == [
                "        var request = APIRequest(",
                "            method: .post,",
                "            path: \"/users/\" + PathComponent.encode(try id.validatedUUID(argument: \"id\")),",
                "            isIdempotent: false",
                "        )",
            ])
    }

    @Test func aCallWhoseOneArgumentIsACallHugsIt() {
        let line = "        .prompt(PromptStep(prompt: prompt, tools: tools, toolChoice: toolChoice, settings: settings, "
            + "unwrap: unwrap, forwardToolResults: forwardToolResults))"
        #expect(line.count > 120)
        #expect(
            SwiftLineBreaker.broken(line) == [
                "        .prompt(PromptStep(",
                "            prompt: prompt,",
                "            tools: tools,",
                "            toolChoice: toolChoice,",
                "            settings: settings,",
                "            unwrap: unwrap,",
                "            forwardToolResults: forwardToolResults",
                "        ))",
            ])
    }

    @Test func aLongArrayLiteralPutsOneElementPerLine() {
        let line = "        try ParameterValidation.checkExclusive([(\"function\", function != nil), "
            + "(\"integration\", integration != nil), (\"system\", system != nil)], required: false)"
        #expect(line.count > 120)
        #expect(
            SwiftLineBreaker.broken(line) == [
                "        try ParameterValidation.checkExclusive(",
                "            [(\"function\", function != nil), (\"integration\", integration != nil), (\"system\", system != nil)],",
                "            required: false",
                "        )",
            ])
        let longer = "            [(\"function\", function != nil), (\"integration\", integration != nil), "
            + "(\"system\", system != nil), (\"apiCall\", apiCall != nil)],"
        #expect(
            SwiftLineBreaker.broken(longer) == [
                "            [",
                "                (\"function\", function != nil),",
                "                (\"integration\", integration != nil),",
                "                (\"system\", system != nil),",
                "                (\"apiCall\", apiCall != nil)",
                "            ],",
            ])
    }

    @Test func anArrayTypeIsNotALiteral() {
        let line = "    public var eligibilityReasons: [ContainerRegistriesGetOptionsResponseOptionsSubscriptionTiers"
            + "ItemEligibilityReasonsItem]?"
        #expect(line.count > 120)
        #expect(SwiftLineBreaker.broken(line) == [line])
    }

    @Test func aLineEndingAListBegunAboveSplitsItsOwnArgumentsFirst() {
        let line = "            credentials: [\"authorization\": \"Bearer sample-accessToken\", \"x-api-key\": \"sample\"], "
            + "accept: \"application/json\", contentType: \"application/json\")"
        #expect(line.count > 120)
        #expect(
            SwiftLineBreaker.broken(line) == [
                "            credentials: [\"authorization\": \"Bearer sample-accessToken\", \"x-api-key\": \"sample\"],",
                "            accept: \"application/json\",",
                "            contentType: \"application/json\")",
            ])
    }

    @Test func aDeclarationWhoseBodyOpensOnTheLineBreaksAtItsParameters() {
        let line = "    func expectMultipartBody(_ expected: [WireQueryItem], "
            + "sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {"
        #expect(line.count > 120)
        #expect(
            SwiftLineBreaker.broken(line) == [
                "    func expectMultipartBody(",
                "        _ expected: [WireQueryItem],",
                "        sourceLocation: Testing.SourceLocation = #_sourceLocation",
                "    ) throws {",
            ])
    }

    @Test func commasAndParenthesesInStringsAndInterpolationsAreText() {
        let line = "        throw APIError(kind: .notFound, message: \"No Tool (of any kind, really) with the ID "
            + "\\(response.id.map { \"\\($0)\" } ?? \"(none)\"), anywhere\", underlying: nil)"
        let lines = SwiftLineBreaker.broken(line)
        #expect(
            lines == [
                "        throw APIError(",
                "            kind: .notFound,",
                "            message: \"No Tool (of any kind, really) with the ID \\(response.id.map { \"\\($0)\" } "
                    + "?? \"(none)\"), anywhere\",",
                "            underlying: nil",
                "        )",
            ])
    }

    @Test func rawStringsAreText() {
        let line = "        let pattern = Pattern(#\"^[a-z](, [a-z])*\"#, options: [.caseInsensitive, .anchored], "
            + "name: \"identifier, lower-case, separated by commas, at most sixty\")"
        #expect(
            SwiftLineBreaker.broken(line) == [
                "        let pattern = Pattern(",
                "            #\"^[a-z](, [a-z])*\"#,",
                "            options: [.caseInsensitive, .anchored],",
                "            name: \"identifier, lower-case, separated by commas, at most sixty\"",
                "        )",
            ])
    }

    @Test func aLineEndingAListBegunAboveGetsOneArgumentPerLine() {
        let line = "                codingPath: decoder.codingPath, debugDescription: \"Expected one of: "
            + "a string, a number, or an object with a name.\"))"
        #expect(
            SwiftLineBreaker.broken(line) == [
                "                codingPath: decoder.codingPath,",
                "                debugDescription: \"Expected one of: a string, a number, or an object with a name.\"))",
            ])
    }

    @Test func commentsAndUnbreakableLinesAreLeftAlone() {
        let comment = "    /// " + String(repeating: "word ", count: 30)
        #expect(SwiftLineBreaker.broken(comment) == [comment])
        let code = "    let x = f(a) // " + String(repeating: "note, ", count: 20)
        #expect(SwiftLineBreaker.broken(code) == [code])
        let literal = "    let text = \"" + String(repeating: "a, b", count: 40) + "\""
        #expect(SwiftLineBreaker.broken(literal) == [literal])
        let unpaired = "    let x = f(a, b, " + String(repeating: "c, ", count: 40) + "[d)"
        #expect(SwiftLineBreaker.broken(unpaired) == [unpaired])
    }

    @Test func multilineStringsAreLeftAlone() {
        let long = String(repeating: "f(a, b), ", count: 20)
        let text = "let text = \"\"\"\n\(long)\n\"\"\"\n"
        #expect(SwiftLineBreaker.breakLongLines(text) == text)
    }

    @Test func breakingChangesOnlyWhitespace() {
        let line = "        try await check(Self.sample(\"a, (b\"), [1, 2, 3], #\"x\"y\"#, { $0 + 1 }(2), "
            + "Dictionary<String, Int>(), other: .value(of: \"long enough to break, surely\"))"
        let broken = SwiftLineBreaker.broken(line)
        #expect(broken.count > 1)
        #expect(broken.allSatisfy { $0.count <= 120 })
        let squeezed = { (text: String) in text.filter { !$0.isWhitespace } }
        #expect(squeezed(broken.joined()) == squeezed(line))
    }

    /// A value nested hundreds of levels deep would take room quadratic in its depth, one level
    /// per line: past `maximumIndent` a line stays whole.
    @Test func deepNestingStopsBreakingPastTheMaximumIndent() {
        let depth = 300
        let value = String(repeating: ".list([", count: depth) + "1, 2" + String(repeating: "])", count: depth)
        let broken = SwiftLineBreaker.broken("        let sample: Tree = " + value)
        let indents = broken.map { $0.prefix { $0 == " " }.count }
        #expect(indents.max()! <= SwiftLineBreaker.maximumIndent + SwiftLineBreaker.indentUnit.count)
        #expect(broken.count < 2 * depth)
        #expect(broken.joined().filter { !$0.isWhitespace } == ("let sample: Tree = " + value).filter { !$0.isWhitespace })
    }

    /// A literal of one call or string breaks (a type such as `[Item]` never does), and only an
    /// unlabeled sole element hugs its list: a labeled one goes on a line of its own.
    @Test func aOneElementLiteralBreaksAndOnlyAnUnlabeledElementHugs() {
        let list = "            items: [Agent(id: UUID(uuidString: \"5e4a3c2b-1d0f-4e8a-9b7c-00a000000001\")!, "
            + "name: \"name-6\", about: \"about-7\")]"
        #expect(
            SwiftLineBreaker.broken(list) == [
                "            items: [Agent(",
                "                id: UUID(uuidString: \"5e4a3c2b-1d0f-4e8a-9b7c-00a000000001\")!,",
                "                name: \"name-6\",",
                "                about: \"about-7\"",
                "            )]",
            ])
        let labeled = "        let sample: AgentList = AgentList(items: [Agent(id: UUID(uuidString: "
            + "\"5e4a3c2b-1d0f-4e8a-9b7c-00a000000001\")!, name: \"name-6\")])"
        #expect(
            SwiftLineBreaker.broken(labeled) == [
                "        let sample: AgentList = AgentList(",
                "            items: [Agent(id: UUID(uuidString: \"5e4a3c2b-1d0f-4e8a-9b7c-00a000000001\")!, name: \"name-6\")]",
                "        )",
            ])
        let dictionary = "            metadata: [\"key-2\": .object([\"count\": .integer(3), \"items\": .array([.string(\"json\"), "
            + ".bool(true), .null, .double(3.5)])])],"
        #expect(
            SwiftLineBreaker.broken(dictionary) == [
                "            metadata: [",
                "                \"key-2\": .object([",
                "                    \"count\": .integer(3),",
                "                    \"items\": .array([.string(\"json\"), .bool(true), .null, .double(3.5)])",
                "                ])",
                "            ],",
            ])
    }

    /// Where what comes before the first break is itself too long, the value goes below its `=`.
    @Test func aValueWhoseHeadIsTooLongGoesBelowItsEquals() {
        let alias = "typealias ActionRowComponentForMessageRequestComponentsItem = "
            + "DiscordHTTPAPIPreview.ActionRowComponentForMessageRequestComponentsItem"
        #expect(
            SwiftLineBreaker.broken(alias) == [
                "typealias ActionRowComponentForMessageRequestComponentsItem =",
                "    DiscordHTTPAPIPreview.ActionRowComponentForMessageRequestComponentsItem",
            ])
        let sample = "        let sample: ActionRowComponentForMessageRequestComponentsItem = "
            + ".mentionableSelect(MentionableSelectComponentForMessageRequest(customID: \"custom_id-1\", disabled: true))"
        #expect(
            SwiftLineBreaker.broken(sample) == [
                "        let sample: ActionRowComponentForMessageRequestComponentsItem =",
                "            .mentionableSelect(MentionableSelectComponentForMessageRequest(customID: \"custom_id-1\", disabled: true))",
            ])
        // Where the head fits, the `=` stays: the arguments break.
        let short = "        let sample: Agent = Agent(id: id, name: \"name-1\", about: \"about-2\", model: \"model-3\", "
            + "instructions: .string(\"instructions-4\"))"
        #expect(SwiftLineBreaker.broken(short).first == "        let sample: Agent = Agent(")
        // `==` and `+=` are not assignments; a literal too long for any line is left where it is.
        let literal = "        situation: String = \"" + String(repeating: "x", count: 120) + "\""
        #expect(SwiftLineBreaker.broken(literal) == [literal])
    }

    @Test func aLongSwitchCaseHasItsBodyBelowItsPattern() {
        let line = "        case \"v1/insights/lbaas/tls_connections_per_second_utilization_percent\": "
            + "self = .v1InsightsLbaasTlsConnectionsPerSecondUtilizationPercent"
        #expect(
            SwiftLineBreaker.broken(line) == [
                "        case \"v1/insights/lbaas/tls_connections_per_second_utilization_percent\":",
                "            self = .v1InsightsLbaasTlsConnectionsPerSecondUtilizationPercent",
            ])
        // A colon inside the pattern's parentheses or a string is not the case's own.
        let bound = "        case .someRatherLongCaseName(let value, label: \"a: b\"): "
            + "try value.encode(to: encoder, with: someOtherRatherLongArgumentName)"
        #expect(SwiftLineBreaker.broken(bound).first == "        case .someRatherLongCaseName(let value, label: \"a: b\"):")
    }

    @Test func aLongOneLineBodyGoesOnLinesOfItsOwn() {
        let line = "    public var shieldInformationBarrierSegmentRestrictions: ShieldInformationBarrierSegmentRestrictionsResource "
            + "{ ShieldInformationBarrierSegmentRestrictionsResource(core: core) }"
        #expect(
            SwiftLineBreaker.broken(line) == [
                "    public var shieldInformationBarrierSegmentRestrictions: ShieldInformationBarrierSegmentRestrictionsResource {",
                "        ShieldInformationBarrierSegmentRestrictionsResource(core: core)",
                "    }",
            ])
        // An empty body and a closure with parameters stay where they are.
        let empty = "extension IncomingWebhookUpdateForInteractionCallbackRequestPartialComponentsItem: "
            + "ActionRowComponentForMessageRequestUnion {}"
        #expect(SwiftLineBreaker.broken(empty) == [empty])
    }

    /// Cut at the last `/` that lets the first piece fit.
    @Test func aLongPathLiteralIsCutBeforeASlashOutsideItsInterpolations() {
        let line = "            path: try \"/enclosures/\\(segment: enclosureID, argument: \"enclosureID\")"
            + "/chores/\\(segment: id, argument: \"id\")\","
        let broken = SwiftLineBreaker.broken(line)
        #expect(
            broken == [
                "            path: try \"/enclosures/\\(segment: enclosureID, argument: \"enclosureID\")/chores\"",
                "                + \"/\\(segment: id, argument: \"id\")\",",
            ])
        // A literal without interpolations may have to stay one (a raw value): it is not cut, but
        // goes below its `=`.
        let rawValue = "    case v1InsightsLbaasTlsConnectionsPerSecondUtilizationPercentWithALongerName = "
            + "\"v1/insights/lbaas/tls_connections_per_second_utilization_percent\""
        #expect(
            SwiftLineBreaker.broken(rawValue) == [
                "    case v1InsightsLbaasTlsConnectionsPerSecondUtilizationPercentWithALongerName =",
                "        \"v1/insights/lbaas/tls_connections_per_second_utilization_percent\"",
            ])
    }

    @Test func aLongDocLineIsWrappedWithTheRestOfItsParagraph() {
        let name = "ShieldInformationBarrierSegmentRestrictionsResource"
        let text = """
                /// ``\(name)``'s operations returning an ``APIResponse`` (the value with the response's
                /// status code and headers). Reach it through ``\(name)/withRawResponse``.
                /// - Note: a list item.
                ///
                /// ```
                /// \(String(repeating: "code ", count: 30))
                /// ```
            """
        let lines = SwiftLineBreaker.breakLongLines(text).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(4) == [
            "    /// ``\(name)``'s operations returning an ``APIResponse`` (the value",
            "    /// with the response's status code and headers). Reach it through",
            "    /// ``\(name)/withRawResponse``.",
            "    /// - Note: a list item.",
        ])
        // A block quote (a DocC aside) below a long line starts a block of its own.
        let aside = "/// " + String(repeating: "word ", count: 25) + "end.\n/// > Note: An aside."
        #expect(SwiftLineBreaker.breakLongLines(aside).hasSuffix("end.\n/// > Note: An aside."))
        // A code block is left as it is.
        #expect(lines.suffix(4) == text.split(separator: "\n", omittingEmptySubsequences: false).suffix(4))
    }

    /// Every generated Swift file of the golden fixtures and of Generated/ keeps to 120 columns,
    /// but for lines that cannot break: a comment of one word (a long pattern in a code span) and
    /// single literals longer than a line.
    @Test func noGeneratedLineIsLongerThanItMustBe() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var folders = [root.appendingPathComponent("Generated")]
        let fixtures = root.appendingPathComponent("Tests/Fixtures")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() {
            folders.append(fixtures.appendingPathComponent(name).appendingPathComponent("expected"))
        }
        var overlong: [String] = []
        var checked = 0
        for folder in folders {
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            // Hidden folders (a build's `.build`) hold no generated code.
            for case let file as String in files
            where file.hasSuffix(".swift") && !file.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                checked += 1
                for (number, line) in text.split(separator: "\n").enumerated() where line.count > 120 {
                    if SwiftLineBreaker.broken(String(line)) != [String(line)] || !Self.cannotBreak(line) {
                        let place = folder.path.dropFirst(root.path.count + 1)
                        overlong.append("\(place)/\(file):\(number + 1): \(line.count) columns")
                    }
                }
            }
        }
        #expect(checked > 100)
        #expect(overlong == [])
    }

    /// A comment with no space to wrap at, or a line whose one argument is a literal longer than
    /// the room it has.
    private static func cannotBreak(_ line: Substring) -> Bool {
        let text = line.drop { $0 == " " }
        if text.hasPrefix("//") { return !text.drop { $0 == "/" }.dropFirst().contains(" ") }
        // What is left once the literals are taken out fits.
        return text.contains("\"")
    }
}
