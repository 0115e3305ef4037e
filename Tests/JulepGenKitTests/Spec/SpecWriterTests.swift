import Foundation
import Testing

@testable import JulepGenKit

@Suite("Spec writer")
struct SpecWriterTests {
    // MARK: Round trips

    /// Every spec folder the repository has: the real one, each golden fixture's, and the earlier
    /// versions of the Julep spec in `api-history/`.
    static let specFolders: [String] = {
        func folders(_ path: String) -> [String] {
            let url = TestSupport.packageRoot.appendingPathComponent(path)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.sorted().filter { name in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
            }.map { path + "/" + $0 }
        }
        let golden = folders("Tests/Fixtures").map { $0 + "/spec" }.filter {
            FileManager.default.fileExists(atPath: TestSupport.packageRoot.appendingPathComponent($0).path)
        }
        return ["spec"] + golden + folders("Tests/Fixtures/api-history")
    }()

    @Test(arguments: specFolders, [SpecWriter.Layout.singleFile, .filePerResource])
    func roundTripsThroughTheLoader(folder: String, layout: SpecWriter.Layout) throws {
        let original = try Self.load(TestSupport.packageRoot.appendingPathComponent(folder).path)
        let output = SpecWriter.write(original, layout: layout)
        #expect(output.warnings.isEmpty)
        let reread = try Self.reload(output)
        if layout == .singleFile {
            #expect(reread.withoutLocations == original.withoutLocations)
        } else {
            #expect(reread.withoutLocations.typesSortedByName == original.withoutLocations.typesSortedByName)
        }
        // Writing what was read back gives the same text: nothing drifts on a second pass.
        #expect(SpecWriter.write(reread, layout: layout).files == output.files)
    }

    // MARK: Exact output

    @Test func smallDocumentIsWrittenAsAPersonWould() throws {
        let output = SpecWriter.write(Self.petStore(), layout: .singleFile)
        #expect(output.warnings.isEmpty)
        #expect(output.files.map(\.path) == ["api.yaml"])
        let text = try #require(output.files.first?.contents)
        #expect(text == Self.petStoreYAML, "\n\(text)")
        let reread = try Self.reload(output)
        #expect(reread.withoutLocations == Self.petStore().withoutLocations)
    }

    // MARK: Quoting

    /// Strings a naive writer gets wrong: each must come back as the same string from every place.
    static let trickyStrings: [String] = [
        "true", "False", "TRUE", "null", "Null", "~", "", "yes", "No", "on", "OFF", "y", "n",
        "1", "-1", "+1", "007", "1.0", "1e3", "-2.5E-3", ".5", "1.", ".inf", "-.Inf", ".nan", "0x1F", "0o17",
        "1_000", "0b101", "1:30", "2024-05-01", "2024-05-01T10:00:00Z",
        " leading", "trailing ", "a: b", "a:", "a #b", "#comment", "- item", "-", "--- x", "...", "?", "? x", ":",
        ":x", ",", "a,b", "[x]", "]", "{x}", "}", "&anchor", "*alias", "!tag", "|", ">", "'", "\"", "%TAG",
        "@at", "`tick`", "<<", "a\tb", "\t", "line\nbreak", "cr\rhere", "nul\u{0}", "del\u{7F}", "nel\u{85}x",
        "ls\u{2028}x", "ps\u{2029}", "\u{FEFF}bom", "\u{FFFE}", "bell\u{7}", "esc\u{1B}", "c1\u{9F}",
        "🐘 emoji", "café", "日本語", "it's", "'quoted'", "\"double\"", "a \"b\" \\c", "back\\slash",
        "https://example.com/a?b=c#d", "a  b", "x?", "ends with ?", "key: value # comment",
    ]

    @Test(arguments: trickyStrings)
    func trickyScalarsReadBackAsTheSameString(text: String) throws {
        let block = YAMLScalarStyle.spell(text, in: .block)
        let flow = YAMLScalarStyle.spell(text, in: .flow)
        let root = try Self.parse("value: \(block)\n\(block): key\nflow: { value: \(flow), \(flow): key }\nlist: [\(flow), x]\n")
        for node in [root["value"], root["flow"]?["value"], root["list"]?.sequence?.first] {
            let node = try #require(node)
            #expect(node.string == text)
            #expect(node.kindDescription == "a string" || node.scalar?.style != .plain)
        }
        let keys = try #require(root.mapping).map(\.key.string) + (root["flow"]?.mapping?.map(\.key.string) ?? [])
        #expect(keys.filter { $0 == text }.count == 2)

        // And through the whole writer and loader, in every place a string can sit.
        // A name ending in `?` is the optional marker's business (see the test for it).
        var named = property(text.hasSuffix("?") ? "plain" : text, "string", docs: text, default: .string(text))
        named.swiftName = at(text)
        let original = document(types: [
            SpecType(name: at("Holder"), docs: text, kind: .object([named])),
            SpecType(name: at("Flow"), kind: .enumeration([SpecEnumCase(value: at(text)), SpecEnumCase(value: at("x"))])),
            SpecType(name: at("Block"), kind: .enumeration([SpecEnumCase(value: at(text), swiftName: at("weird"), docs: text)])),
        ])
        let output = SpecWriter.write(original, layout: .singleFile)
        let reread = try Self.reload(output)
        #expect(reread.withoutLocations == original.withoutLocations, "\(Self.dump(output))")
    }

    @Test func quotesOnlyWhenNeeded() {
        for text in ["hello world", "list<map<Agent>>", "(a | b)?", "0.4.0", "a-b", "snake_case", "日本語", "a:b", "a#b",
            "x?", "1.2.3", "v1", "2-toed-sloth", "it's", "a \"b\" \\c", "Model (gpt-4, etc)."]
        {
            #expect(YAMLScalarStyle.choose(for: text, in: .block) == .plain, "\(text)")
        }
        #expect(YAMLScalarStyle.spell("Model (gpt-4, etc).", in: .flow) == "\"Model (gpt-4, etc).\"")
        #expect(YAMLScalarStyle.spell("https://x", in: .block) == "https://x")
        #expect(YAMLScalarStyle.spell("https://x", in: .flow) == "\"https://x\"")
        #expect(YAMLScalarStyle.spell("true", in: .block) == "\"true\"")
        #expect(YAMLScalarStyle.spell("'quoted'", in: .block) == "\"'quoted'\"")
        #expect(YAMLScalarStyle.spell("\"double\"", in: .block) == "'\"double\"'")
        #expect(YAMLScalarStyle.spell("it's: \\", in: .block) == "'it''s: \\'")
        #expect(YAMLScalarStyle.spell("a\tb\u{85}\u{2028}\u{1}\u{FEFF}\u{10FFFF}", in: .block)
            == "\"a\\tb\\N\\L\\x01\\uFEFF\u{10FFFF}\"")
        #expect(YAMLScalarStyle.spell("", in: .block) == "\"\"")
    }

    /// Defaults keep their YAML type: a double stays a double, a string that looks like a number stays a string.
    static let defaultValues: [LiteralValue] = [
        .double(1.0), .double(-0.5), .double(1e20), .double(1e-7), .double(123456789.125), .double(.infinity),
        .double(-.infinity), .integer(0), .integer(-3), .integer(Int.max), .integer(Int.min), .bool(true), .bool(false),
        .null, .string("1"), .string("1.0"), .string("-.inf"), .string("0x10"), .string(""), .string("null"),
        .string("multi\nline\n"), .list([]), .map([:]), .list([.null, .string("a, b"), .double(2), .list([.integer(1)])]),
        .map(["true": .string("yes"), "a: b": .list([.null]), "": .integer(1), "multi\nline": .map(["x": .bool(false)])]),
        .list((0..<40).map { .string("item number \($0)") }),
        .map(["list": .list([.map(["deep": .list([.list([.string("x\ny")])])])])]),
    ]

    @Test(arguments: defaultValues)
    func defaultValuesKeepTheirTypes(value: LiteralValue) throws {
        let original = document(types: [object("Holder", [
            property("value", "json", default: value), property("after", "string", default: value),
        ])])
        let output = SpecWriter.write(original, layout: .singleFile)
        let reread = try Self.reload(output)
        #expect(reread.withoutLocations == original.withoutLocations, "\(Self.dump(output))")
    }

    @Test func numbersAreSpelledAsTheirType() throws {
        let original = document(types: [object("Holder", [
            property("a", "double", default: .double(1.0)), property("b", "string", default: .string("1")),
            property("c", "int", default: .integer(1)), property("d", "double", default: .double(1e20)),
        ])])
        let text = try #require(SpecWriter.write(original, layout: .singleFile).files.first?.contents)
        #expect(text.contains("a: { type: double, default: 1.0 }"))
        #expect(text.contains("b: { type: string, default: \"1\" }"))
        #expect(text.contains("c: { type: int, default: 1 }"))
        #expect(text.contains("d: { type: double, default: 1e+20 }"))
    }

    // MARK: Multi-line text

    /// Texts with line breaks, each with the header its block scalar gets (nil: double quotes).
    static let multilineTexts: [(text: String, header: String?)] = [
        ("a\nb", "|-"), ("a\nb\n", "|"), ("a\nb\n\n", "|+"), ("a\n\n\nb\n\n\n", "|+"), ("\n\nafter empty lines", "|-"),
        ("  indented first\nthen not", "|2-"), ("\n  indented after an empty line\n", "|2"), ("first\n  then indented", "|-"),
        ("a tab\tinside\nok", "|-"), ("- looks like a list\n# and a comment\n---\n...", "|-"), ("key: value\n", "|"),
        ("trailing spaces   \nx", nil), ("trailing tab\t\nx", nil), ("\tleading tab\nx", nil), ("windows\r\nlines\r\n", nil),
        ("\n\n", nil), ("\n", nil), ("line\u{2028}separator\nx", nil), ("bell\u{7}\nx", nil),
        ("spaces   \n  start the next line", nil), ("ends with a break\\\nx", "|-"), ("quote \" and ' \nx", nil),
    ]

    @Test(arguments: multilineTexts.indices)
    func multilineTextRoundTrips(index: Int) throws {
        let (text, header) = Self.multilineTexts[index]
        // A property's docs (followed by more keys), and an enum case's docs at the very end of the file.
        let original = document(types: [
            object("Holder", [property("value", "string", docs: text), property("next", "int")]),
            SpecType(name: at("Last"), kind: .enumeration([SpecEnumCase(value: at("x"), docs: text)])),
        ])
        let output = SpecWriter.write(original, layout: .singleFile)
        let contents = try #require(output.files.first?.contents)
        if let header {
            #expect(contents.contains("docs: \(header)\n"), "\(contents)")
        } else {
            #expect(contents.contains("docs: \""), "\(contents)")
        }
        let reread = try Self.reload(output)
        #expect(reread.withoutLocations == original.withoutLocations, "\(contents)")
    }

    /// `|+` would take the empty line between two entries, or leave extra lines at the end of the file.
    @Test func keepChompingNeverMeetsAnEmptyLineOrTheEnd() throws {
        let text = "two final newlines\n\n"
        let original = document(types: [
            SpecType(name: at("First"), kind: .enumeration([SpecEnumCase(value: at("a"), docs: text)])),
            SpecType(name: at("Second"), kind: .enumeration([SpecEnumCase(value: at("b"), docs: text)])),
        ])
        let output = SpecWriter.write(original, layout: .singleFile)
        let contents = try #require(output.files.first?.contents)
        #expect(!contents.contains("|+"))
        #expect(contents.hasSuffix("docs: \"two final newlines\\n\\n\"\n"))
        #expect(try Self.reload(output).withoutLocations == original.withoutLocations)
    }

    // MARK: Layouts

    @Test func filePerResourceKeepsOnlyOwnTypesInEachFile() throws {
        func uses(_ name: String) -> (inout SpecOperation) -> Void {
            { $0.response = SpecResponse(status: at(200), type: type(name)) }
        }
        let original = document(
            types: [
                object("Shared", [property("x", "int")]),
                object("OnlyA", [property("deep", "list<DeepA>?")]),
                object("DeepA", []),
                object("OnlyB", []),
                object("Unused", [property("other", "UsedByUnusedOnly")]),
                object("UsedByUnusedOnly", []),
                object("Cycle1", [property("next", "Cycle2", optional: true)]),
                object("Cycle2", [property("back", "Cycle1")]),
            ],
            resources: [
                SpecResource(name: at("a"), operations: [
                    operation("get", "GET", "/a", configure: uses("OnlyA")),
                    operation("shared", "GET", "/a/s", configure: uses("map<Shared>")),
                    operation("cycle", "GET", "/a/c", configure: uses("Cycle2")),
                ]),
                SpecResource(name: at("b"), operations: [
                    operation("get", "GET", "/b") {
                        $0.body = SpecBody(content: .properties([property("s", "Shared")]), contentType: "application/json", location: handWritten)
                        $0.errors = [SpecErrorResponse(status: at(404), type: type("OnlyB"))]
                    },
                ]),
                SpecResource(name: at("A"), operations: []),
                SpecResource(name: at("api"), operations: []),
                SpecResource(name: at("x/y z"), operations: []),
                SpecResource(name: at(".hidden"), operations: []),
                SpecResource(name: at(""), operations: []),
            ])
        let output = SpecWriter.write(original, layout: .filePerResource)
        #expect(output.warnings.isEmpty)
        #expect(output.files.map(\.path) == [
            "api.yaml", "a.yaml", "b.yaml", "A-2.yaml", "api-2.yaml", "x_y_z.yaml", "_.hidden.yaml", "resource.yaml",
        ])
        func typeNames(_ index: Int) throws -> [String] {
            let root = try Self.parse(output.files[index].contents)
            return root["types"]?.mapping?.compactMap(\.key.string) ?? []
        }
        #expect(try typeNames(0) == ["Shared", "Unused", "UsedByUnusedOnly"])
        #expect(try typeNames(1) == ["OnlyA", "DeepA", "Cycle1", "Cycle2"])
        #expect(try typeNames(2) == ["OnlyB"])
        let root = try Self.parse(output.files[0].contents)
        #expect(root["include"]?.sequence?.compactMap(\.string) == Array(output.files.dropFirst().map(\.path)))
        #expect(root["resources"] == nil)
        for file in output.files.dropFirst() {
            let resourceFile = try Self.parse(file.contents)
            #expect(resourceFile["resources"]?.mapping?.count == 1)
            #expect(resourceFile["api"] == nil)
        }
        let reread = try Self.reload(output)
        #expect(reread.withoutLocations.typesSortedByName == original.withoutLocations.typesSortedByName)
    }

    @Test func singleFileKeepsEverythingInOrder() throws {
        let output = SpecWriter.write(Self.petStore(), layout: .singleFile)
        #expect(output.files.count == 1)
        let root = try Self.parse(output.files[0].contents)
        #expect(root.mapping?.compactMap(\.key.string) == ["julep-gen", "api", "environments", "auth", "security", "types", "resources"])
    }

    @Test func documentWithoutResourcesHasNoIncludes() throws {
        let output = SpecWriter.write(document(types: [object("A", [])]), layout: .filePerResource)
        #expect(output.files.map(\.path) == ["api.yaml"])
        #expect(try Self.parse(output.files[0].contents)["include"] == nil)
    }

    // MARK: Determinism and headers

    @Test func sameDocumentGivesTheSameBytes() {
        let first = SpecWriter.write(Self.petStore(), layout: .filePerResource)
        let second = SpecWriter.write(Self.petStore(), layout: .filePerResource)
        #expect(first == second)
        // Map defaults are sorted, whatever order their dictionary was built in.
        var forward: [String: LiteralValue] = [:]
        var backward: [String: LiteralValue] = [:]
        let keys = (0..<50).map { "key\($0)" }
        for key in keys { forward[key] = .string(key) }
        for key in keys.reversed() { backward[key] = .string(key) }
        let one = SpecWriter.write(document(types: [object("A", [property("m", "json", default: .map(forward))])]), layout: .singleFile)
        let two = SpecWriter.write(document(types: [object("A", [property("m", "json", default: .map(backward))])]), layout: .singleFile)
        #expect(one == two)
    }

    @Test func headerCommentGoesUnderTheHeaderLineOfEveryFile() throws {
        let original = document(types: [], resources: [SpecResource(name: at("r"), operations: [])])
        let output = SpecWriter.write(
            original, layout: .filePerResource, headerComment: "Imported from openapi.yaml.\n\nCheck it.\u{7}  \r\nok")
        for file in output.files {
            #expect(file.contents.hasPrefix("""
                \(SpecWriter.headerLine)
                # Imported from openapi.yaml.
                #
                # Check it.\\a
                # ok

                """))
        }
        #expect(try Self.reload(output).withoutLocations == original.withoutLocations)
    }

    // MARK: What the format cannot say

    /// A trailing `?` is the optional marker, so a *required* key ending in `?` can only be written as
    /// optional: the JSON key is kept (`weird??` reads as optional `weird?`), with a comment and a warning.
    @Test func requiredKeyEndingInQuestionMarkIsWrittenAsOptional() throws {
        var query = parameter("q?", "string")
        query.docs = "A query parameter."
        let original = document(
            types: [object("Odd", [
                property("weird?", "string"), property("fine?", "int", optional: true), property("plain", "bool"),
                property("", "int", optional: true),
            ])],
            resources: [SpecResource(name: at("r"), operations: [operation("list", "GET", "/r") { $0.queryParameters = [query] }])])
        let output = SpecWriter.write(original, layout: .singleFile)
        let contents = try #require(output.files.first?.contents)
        #expect(contents.contains("""
                  # julep-gen: 'weird?' is required in the source; the format can only write it as optional. Check it.
                  weird??: string
                  fine??: int
                  plain: bool
                  "?": int
            """))
        #expect(output.warnings.map(\.message) == [
            "the property 'weird?' is required, but a key ending in '?' can only be written as optional: "
                + "written as 'weird??', which keeps the JSON key and makes it optional",
            "the query parameter 'q?' is required, but a key ending in '?' can only be written as optional: "
                + "written as 'q??', which keeps the JSON key and makes it optional",
        ])
        #expect(output.warnings.allSatisfy { $0.severity == .warning && $0.location == handWritten })
        var expected = original
        expected.types[0].kind = .object([
            property("weird?", "string", optional: true), property("fine?", "int", optional: true), property("plain", "bool"),
            property("", "int", optional: true),
        ])
        expected.resources[0].operations[0].queryParameters[0].isOptional = true
        #expect(try Self.reload(output).withoutLocations == expected.withoutLocations)
    }

    /// Keys a kind of parameter does not take would make the spec fail to load: left out, with a warning.
    @Test func keysAParameterKindDoesNotTakeAreLeftOut() throws {
        var header = parameter("X-Count", "int")
        header.constraints.minimum = 1
        var path = parameter("id", "string", default: .string("me"))
        path.serialization = .json
        let original = document(types: [], resources: [SpecResource(name: at("r"), operations: [
            operation("get", "GET", "/r/{id}") {
                $0.pathParameters = [path]
                $0.headerParameters = [header]
            },
        ])])
        let output = SpecWriter.write(original, layout: .singleFile)
        #expect(output.warnings.map(\.message) == [
            "path parameter 'id' cannot have 'default' in the spec format; it was left out",
            "path parameter 'id' cannot have 'serialize' in the spec format; it was left out",
            "header 'X-Count' cannot have 'minimum' in the spec format; it was left out",
        ])
        let contents = try #require(output.files.first?.contents)
        #expect(contents.contains("          id: string\n"))
        #expect(contents.contains("          X-Count: int\n"))
        _ = try Self.reload(output)
    }

    /// Readers stop looking for a key's `:` after 1024 characters: longer keys use the explicit `? key` form.
    @Test func veryLongKeysAreWrittenExplicitly() throws {
        let long = String(repeating: "k", count: 1500)
        let original = document(types: [object("Long", [
            property(long, "string"), property(long + "2", "string", optional: true, docs: "Two\nlines"),
            property("after", "json", default: .map([long: .list([.string(long)])])),
            property("empty", "json", default: .map([long: .list([]), long + "2": .map([:])])),
        ])])
        let output = SpecWriter.write(original, layout: .singleFile)
        let contents = try #require(output.files.first?.contents)
        #expect(contents.contains("      ? \(long)\n      : string\n"))
        #expect(contents.contains("      ? \(long)2?\n      :\n        type: string\n"))
        #expect(contents.contains("          ? \(long)\n          : []\n"))
        #expect(try Self.reload(output).withoutLocations == original.withoutLocations)
    }

    /// A hundred copies of a fixture, one file per resource: the writer and the loader agree at scale.
    @Test func largeDocumentRoundTrips() throws {
        let base = try Self.load(TestSupport.fixtures.appendingPathComponent("features/spec").path)
        var large = base
        large.types = []
        large.resources = []
        for copy in 0..<100 {
            let suffix = "\(copy)"
            large.types += base.types.map { type in
                var type = type
                type.name.value += suffix
                return type
            }
            large.resources += base.resources.map { resource in
                var resource = resource
                resource.name.value += suffix
                return resource
            }
        }
        let output = SpecWriter.write(large, layout: .filePerResource)
        #expect(output.files.count == 1 + large.resources.count)
        let reread = try Self.reload(output)
        #expect(reread.withoutLocations.typesSortedByName == large.withoutLocations.typesSortedByName)
    }

    // MARK: Type expressions

    @Test(arguments: [
        "string", "list<map<Agent>>", "string?", "a | b", "(a | b)?", "list<a | b>", "a | (b | c)", "(string?)?",
        "map<(a | b)?>", "list<string?>?", "Agents.Agent | date-time?",
    ])
    func typeExpressionsAreSpelledAsWritten(text: String) {
        let expression = type(text)
        #expect(expression.spelling == text)
        #expect(type(expression.spelling).withoutLocations == expression.withoutLocations)
    }

    // MARK: Helpers

    static func load(_ path: String) throws -> SpecDocument {
        var loader = SpecLoader()
        let document = loader.load(path: path)
        let problems = loader.diagnostics.errors.map { "\($0.location.map(\.description) ?? "-"): \($0.message)" }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        return try #require(document)
    }

    /// Writes the files to a fresh folder and loads them, checking each file's shape on the way.
    static func reload(_ output: SpecWriter.Output) throws -> SpecDocument {
        for file in output.files { checkShape(file) }
        return try TestSupport.withTemporaryDirectory { directory in
            try TestSupport.write(Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) }), to: directory)
            return try load(directory.path)
        }
    }

    /// Header first, one final newline, no trailing whitespace, no tabs for indentation.
    static func checkShape(_ file: GeneratedFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let text = file.contents
        #expect(text.hasPrefix(SpecWriter.headerLine + "\n"), sourceLocation: sourceLocation)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "\(file.path) ends badly", sourceLocation: sourceLocation)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            #expect(line.last != " " && line.last != "\t", "\(file.path):\(number + 1) ends in whitespace", sourceLocation: sourceLocation)
            #expect(!line.hasPrefix("\t"), sourceLocation: sourceLocation)
        }
    }

    /// Parses one YAML text, failing the test on any problem.
    static func parse(_ text: String) throws -> YAMLNode {
        var diagnostics = Diagnostics()
        let node = YAMLReader.parse(text, path: "test.yaml", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics.all.map(\.message))\n\(text)")
        return try #require(node)
    }

    static func dump(_ output: SpecWriter.Output) -> String {
        output.files.map { "=== \($0.path)\n\($0.contents)" }.joined()
    }
}

// MARK: Hand-built documents

private let handWritten = JulepGenKit.SourceLocation(file: "hand.yaml", line: 1, column: 1)

private func at<Value>(_ value: Value) -> Located<Value> { Located(value, at: handWritten) }

private func type(_ text: String) -> TypeExpression {
    var diagnostics = Diagnostics()
    let parsed = TypeExpressionParser.parse(text, at: handWritten, diagnostics: &diagnostics)
    precondition(diagnostics.isEmpty, "bad type \(text)")
    return parsed!
}

private func property(
    _ name: String, _ typeText: String, optional: Bool = false, docs: String? = nil, default value: LiteralValue? = nil,
    configure: (inout SpecProperty) -> Void = { _ in }
) -> SpecProperty {
    var result = SpecProperty(name: at(name), isOptional: optional, type: type(typeText))
    result.docs = docs
    result.defaultValue = value.map(at)
    configure(&result)
    return result
}

private func parameter(
    _ name: String, _ typeText: String, optional: Bool = false, default value: LiteralValue? = nil
) -> SpecParameter {
    var result = SpecParameter(name: at(name), isOptional: optional, type: type(typeText))
    result.defaultValue = value.map(at)
    return result
}

private func object(_ name: String, docs: String? = nil, _ properties: [SpecProperty]) -> SpecType {
    SpecType(name: at(name), docs: docs, kind: .object(properties))
}

private func operation(_ name: String, _ method: String, _ path: String, configure: (inout SpecOperation) -> Void) -> SpecOperation {
    var result = SpecOperation(name: at(name), method: at(method), path: at(path), location: handWritten)
    configure(&result)
    return result
}

private func document(types: [SpecType], resources: [SpecResource] = []) -> SpecDocument {
    var document = SpecDocument(rootFile: "api.yaml")
    document.formatVersion = at(1)
    document.api = SpecAPI(name: at("Demo"), version: at("1.0.0"), docs: nil, location: handWritten)
    document.types = types
    document.resources = resources
    return document
}

extension SpecWriterTests {
    /// A little of everything with a short form, and text that needs each chomping indicator.
    static func petStore() -> SpecDocument {
        var document = SpecDocument(rootFile: "api.yaml")
        document.formatVersion = at(1)
        document.api = SpecAPI(name: at("Pets"), version: at("1.0"), docs: "The pet store.\nFor tests.\n", location: handWritten)
        document.environments = [
            SpecEnvironment(name: at("prod"), url: at("https://pets.example.com/v1"), isDefault: false, docs: nil),
            SpecEnvironment(name: at("beta"), url: at("https://beta.pets.example.com/v1"), isDefault: true, docs: "Newest."),
        ]
        document.authSchemes = [
            SpecAuthScheme(
                name: at("apiKey"), kind: .apiKey(.header, name: at("Authorization"), prefix: "Bearer "),
                environmentVariables: ["PETS_KEY"]),
            SpecAuthScheme(
                name: at("tenant"), kind: .apiKey(.header, name: at("X-Tenant"), prefix: nil),
                environmentVariables: ["PETS_TENANT", "TENANT"]),
            SpecAuthScheme(name: at("session"), kind: .apiKey(.cookie, name: at("SESSION"), prefix: nil)),
            SpecAuthScheme(name: at("token"), kind: .bearer(format: "JWT"), environmentVariables: ["PETS_TOKEN"]),
            SpecAuthScheme(
                name: at("login"), kind: .basic, environmentVariables: ["PETS_USER"],
                passwordEnvironmentVariables: ["PETS_PASSWORD"]),
        ]
        document.security = SpecSecurity(alternatives: [[at("apiKey")], [at("tenant"), at("session")]], location: handWritten)
        var kind = SpecProperty(name: at("kind"), isOptional: true, type: type("(Cat | Dog)?"))
        kind.deprecation = SpecDeprecation(message: nil)
        var size = Constraints()
        size.minimum = 1
        size.maximum = 10.5
        size.exclusiveMaximum = true
        document.types = [
            object("Pet", docs: "A pet.\nLoved by someone.\n", [
                property("id", "uuid") { $0.isReadOnly = true },
                property("name", "string"),
                property("nickname", "string", optional: true),
                property("tag", "string?", docs: "Strip:\nno final newline"),
                property("notes", "list<map<string>>", docs: "Keep:\ntwo final newlines\n\n"),
                property("count", "int", default: .integer(1)),
                property("ratio", "double", optional: true, default: .double(1.0)),
                property("label", "string", default: .string("1")),
                property("flag", "string", default: .string("true")),
                property("owner", "string", docs: "Who: the owner", default: .null),
                kind,
                property("extra", "map<json>", optional: true, default: .map(["b": .list([.integer(1), .double(2.5)]), "a": .bool(false)])),
            ]),
            SpecType(name: at("Color"), kind: .enumeration([
                SpecEnumCase(value: at("red")), SpecEnumCase(value: at("yes")), SpecEnumCase(value: at("null")),
            ])),
            SpecType(name: at("Mood"), docs: "How it feels.", kind: .enumeration([
                SpecEnumCase(value: at("happy")),
                SpecEnumCase(value: at("2-sad"), swiftName: at("sad")),
                SpecEnumCase(value: at("grumpy"), docs: "Before\nbreakfast.", deprecation: SpecDeprecation(message: "Use sad.")),
            ])),
            SpecType(name: at("Size"), kind: .alias(type("int"), size)),
            SpecType(name: at("Shape"), deprecation: SpecDeprecation(message: "Gone"), kind: .union(SpecUnion(variants: .untagged([type("string"), type("list<string>")])))),
            SpecType(name: at("Animal"), swiftName: at("Creature"), kind: .union(SpecUnion(variants: .tagged(
                discriminator: at("type"),
                variants: [
                    SpecUnionVariant(value: at("cat"), type: type("Cat")),
                    SpecUnionVariant(value: at("dog"), type: type("Dog"), swiftName: at("doggo")),
                ])))),
            object("Cat", [property("lives", "int")]),
            object("Dog", []),
        ]
        var limit = SpecParameter(name: at("limit"), isOptional: false, type: type("int"))
        limit.defaultValue = at(.integer(20))
        limit.constraints.maximum = 100
        var filter = SpecParameter(name: at("filter"), isOptional: true, type: type("map<json>"))
        filter.serialization = .json
        document.resources = [
            SpecResource(name: at("pets"), docs: "Pets, one by one.", operations: [
                operation("list", "GET", "/pets") {
                    $0.route = at("pets_route_list")
                    $0.docs = "List pets."
                    $0.security = SpecSecurity(alternatives: [[at("token")], [at("login")], []], location: handWritten)
                    $0.queryParameters = [limit, parameter("offset", "int", default: .integer(0)), filter]
                    $0.headerParameters = [parameter("X-Trace", "string", optional: true)]
                    $0.response = SpecResponse(status: at(200), type: type("list<Pet>"))
                    $0.pagination = SpecPagination(
                        style: at("offset"), offsetParameter: at("offset"), limitParameter: at("limit"),
                        itemsProperty: at("items"), location: handWritten)
                },
                operation("get", "GET", "/pets/{id}") {
                    $0.pathParameters = [parameter("id", "uuid")]
                    $0.response = SpecResponse(status: at(200), type: type("Pet"), docs: "The pet.")
                    $0.errors = [
                        SpecErrorResponse(status: at(404), type: type("Problem")),
                        SpecErrorResponse(status: at(500), type: nil, docs: "Down."),
                    ]
                },
                operation("create", "POST", "/pets") {
                    $0.isIdempotent = at(true)
                    $0.body = SpecBody(content: .type(type("Pet"), flatten: true), contentType: "application/json", location: handWritten)
                    $0.response = SpecResponse(status: at(201), type: type("Pet"))
                },
                operation("upload", "PUT", "/pets/{id}/photo") {
                    $0.deprecation = SpecDeprecation(message: "Use photos.")
                    $0.pathParameters = [parameter("id", "uuid")]
                    $0.body = SpecBody(content: .type(type("binary"), flatten: false), contentType: "image/png", location: handWritten)
                    $0.response = SpecResponse(status: at(204), type: nil)
                },
                operation("feed", "POST", "/pets/{id}/feed") {
                    $0.swiftName = at("feedPet")
                    $0.pathParameters = [parameter("id", "uuid")]
                    $0.body = SpecBody(
                        content: .properties([property("food", "string"), property("grams", "int", optional: true)]),
                        contentType: "application/json", location: handWritten)
                    $0.pagination = SpecPagination(
                        style: at("offset"), offsetParameter: at("skip"), limitParameter: at("limit"),
                        itemsProperty: at("data"), location: handWritten)
                },
                operation("watch", "GET", "/pets/events") {
                    $0.streaming = SpecStreaming(eventType: type("Pet"), location: handWritten)
                    $0.security = SpecSecurity(alternatives: [], location: handWritten)
                },
            ]),
        ]
        return document
    }

    static let petStoreYAML = """
        # Native julep-gen spec. Format: docs/spec-format.md
        julep-gen: 1

        api:
          name: Pets
          version: "1.0"
          docs: |
            The pet store.
            For tests.

        environments:
          - { name: prod, url: "https://pets.example.com/v1" }
          - { name: beta, url: "https://beta.pets.example.com/v1", default: true, docs: Newest. }

        auth:
          - { name: apiKey, header: Authorization, prefix: "Bearer ", env: PETS_KEY }
          - { name: tenant, header: X-Tenant, env: [PETS_TENANT, TENANT] }
          - { name: session, cookie: SESSION }
          - { name: token, type: bearer, format: JWT, env: PETS_TOKEN }
          - { name: login, type: basic, env: { username: PETS_USER, password: PETS_PASSWORD } }

        security: [apiKey, [tenant, session]]

        types:
          Pet:
            docs: |
              A pet.
              Loved by someone.
            properties:
              id: { type: uuid, readOnly: true }
              name: string
              nickname?: string
              tag:
                type: string?
                docs: |-
                  Strip:
                  no final newline
              notes:
                type: list<map<string>>
                docs: |+
                  Keep:
                  two final newlines

              count: { type: int, default: 1 }
              ratio?: { type: double, default: 1.0 }
              label: { type: string, default: "1" }
              flag: { type: string, default: "true" }
              owner: { type: string, docs: "Who: the owner", default: null }
              kind?: { type: (Cat | Dog)?, deprecated: true }
              extra?: { type: map<json>, default: { a: false, b: [1, 2.5] } }

          Color:
            enum: [red, "yes", "null"]

          Mood:
            docs: How it feels.
            enum:
              - happy
              - { value: 2-sad, swiftName: sad }
              - value: grumpy
                docs: |-
                  Before
                  breakfast.
                deprecated: Use sad.

          Size:
            alias: int
            minimum: 1
            maximum: 10.5
            exclusiveMaximum: true

          Shape:
            deprecated: Gone
            union: [string, list<string>]

          Animal:
            swiftName: Creature
            union:
              discriminator: type
              variants:
                cat: Cat
                dog: { type: Dog, swiftName: doggo }

          Cat:
            properties:
              lives: int

          Dog:
            properties: {}

        resources:
          pets:
            docs: Pets, one by one.
            operations:
              list:
                route: pets_route_list
                method: GET
                path: /pets
                docs: List pets.
                query:
                  limit: { type: int, default: 20, maximum: 100 }
                  offset: { type: int, default: 0 }
                  filter?: { type: map<json>, serialize: json }
                headers:
                  X-Trace?: string
                response: list<Pet>
                pagination: offset
                security: [token, login, []]

              get:
                method: GET
                path: /pets/{id}
                pathParams:
                  id: uuid
                response: { type: Pet, docs: The pet. }
                errors:
                  404: Problem
                  500: { docs: Down. }

              create:
                method: POST
                path: /pets
                idempotent: true
                body: { type: Pet, flatten: true }
                response: { status: 201, type: Pet }

              upload:
                method: PUT
                path: /pets/{id}/photo
                deprecated: Use photos.
                pathParams:
                  id: uuid
                body: { type: binary, contentType: image/png }
                response: { status: 204 }

              feed:
                method: POST
                path: /pets/{id}/feed
                swiftName: feedPet
                pathParams:
                  id: uuid
                body:
                  properties:
                    food: string
                    grams?: int
                pagination: { style: offset, offsetParam: skip, items: data }

              watch:
                method: GET
                path: /pets/events
                streaming: Pet
                security: []

        """
}

// MARK: Comparing documents without source locations

private let nowhere = JulepGenKit.SourceLocation(file: "", line: 0, column: 0)

private extension Located {
    var stripped: Located { Located(value, at: nowhere) }
}

extension SpecDocument {
    /// The document with every source location (and the root file's path) replaced by the same
    /// placeholder: what is left is what the spec says.
    var withoutLocations: SpecDocument {
        var copy = self
        copy.rootFile = ""
        copy.formatVersion = formatVersion?.stripped
        copy.profile = profile?.stripped
        copy.api = api.map { api in
            var api = api
            api.name = api.name.stripped
            api.version = api.version?.stripped
            api.location = nowhere
            return api
        }
        copy.environments = environments.map { environment in
            var environment = environment
            environment.name = environment.name.stripped
            environment.url = environment.url.stripped
            return environment
        }
        copy.authSchemes = authSchemes.map { scheme in
            var scheme = scheme
            scheme.name = scheme.name.stripped
            if case .apiKey(let location, let name, let prefix) = scheme.kind {
                scheme.kind = .apiKey(location, name: name.stripped, prefix: prefix)
            }
            return scheme
        }
        copy.security = security?.withoutLocations
        copy.types = types.map(\.withoutLocations)
        copy.resources = resources.map(\.withoutLocations)
        return copy
    }

    /// Types in name order: `.filePerResource` regroups them by file.
    var typesSortedByName: SpecDocument {
        var copy = self
        copy.types.sort { $0.name.value < $1.name.value }
        return copy
    }
}

extension TypeExpression {
    var withoutLocations: TypeExpression {
        switch self {
        case .name(let name): .name(name.stripped)
        case .generic(let name, let argument): .generic(name.stripped, argument: argument.withoutLocations)
        case .nullable(let wrapped, _): .nullable(wrapped.withoutLocations, at: nowhere)
        case .union(let members, _): .union(members.map(\.withoutLocations), at: nowhere)
        }
    }
}

extension SpecType {
    var withoutLocations: SpecType {
        var copy = self
        copy.name = name.stripped
        copy.swiftName = swiftName?.stripped
        copy.additionalProperties = additionalProperties?.withoutLocations
        copy.accessors = accessors.map { SpecAccessor(name: $0.name.stripped, path: $0.path.stripped, docs: $0.docs) }
        switch kind {
        case .object(let properties):
            copy.kind = .object(properties.map(\.withoutLocations))
        case .enumeration(let cases, let integer):
            copy.kind = .enumeration(
                cases.map { enumCase in
                    var enumCase = enumCase
                    enumCase.value = enumCase.value.stripped
                    enumCase.swiftName = enumCase.swiftName?.stripped
                    return enumCase
                }, integer: integer)
        case .alias(let target, let constraints):
            copy.kind = .alias(target.withoutLocations, constraints)
        case .union(let union):
            switch union.variants {
            case .untagged(let members):
                copy.kind = .union(SpecUnion(
                    variants: .untagged(members.map(\.withoutLocations)),
                    memberNames: union.memberNames.mapValues {
                        SpecUnionMemberNames(swiftName: $0.swiftName?.stripped, formerSwiftName: $0.formerSwiftName?.stripped)
                    }))
            case .tagged(let discriminator, let variants):
                copy.kind = .union(SpecUnion(variants: .tagged(
                    discriminator: discriminator.stripped,
                    variants: variants.map { variant in
                        SpecUnionVariant(
                            value: variant.value.stripped, type: variant.type.withoutLocations,
                            swiftName: variant.swiftName?.stripped, formerSwiftName: variant.formerSwiftName?.stripped)
                    })))
            }
        }
        copy.formerLabeledFactories = formerLabeledFactories?.stripped
        copy.exclusiveGroups = exclusiveGroups.map { group in
            SpecExclusiveGroup(properties: group.properties.map(\.stripped), isRequired: group.isRequired, location: nowhere)
        }
        return copy
    }
}

extension SpecProperty {
    var withoutLocations: SpecProperty {
        var copy = self
        copy.name = name.stripped
        copy.type = type.withoutLocations
        copy.swiftName = swiftName?.stripped
        copy.formerSwiftName = formerSwiftName?.stripped
        copy.defaultValue = defaultValue?.stripped
        return copy
    }
}

extension SpecParameter {
    var withoutLocations: SpecParameter {
        var copy = self
        copy.name = name.stripped
        copy.type = type.withoutLocations
        copy.swiftName = swiftName?.stripped
        copy.defaultValue = defaultValue?.stripped
        return copy
    }
}

extension SpecResource {
    var withoutLocations: SpecResource {
        var copy = self
        copy.name = name.stripped
        copy.swiftName = swiftName?.stripped
        copy.operations = operations.map(\.withoutLocations)
        return copy
    }
}

extension SpecSecurity {
    var withoutLocations: SpecSecurity {
        SpecSecurity(alternatives: alternatives.map { $0.map(\.stripped) }, location: nowhere)
    }
}

extension SpecOperation {
    var withoutLocations: SpecOperation {
        var copy = self
        copy.name = name.stripped
        copy.swiftName = swiftName?.stripped
        copy.formerSwiftName = formerSwiftName?.stripped
        copy.route = route?.stripped
        copy.mirrors = mirrors.map(\.stripped)
        copy.method = method.stripped
        copy.path = path.stripped
        copy.isIdempotent = isIdempotent?.stripped
        copy.pathParameters = pathParameters.map(\.withoutLocations)
        copy.queryParameters = queryParameters.map(\.withoutLocations)
        copy.headerParameters = headerParameters.map(\.withoutLocations)
        copy.body = body.map { body in
            var body = body
            switch body.content {
            case .type(let type, let flatten): body.content = .type(type.withoutLocations, flatten: flatten)
            case .properties(let properties): body.content = .properties(properties.map(\.withoutLocations))
            }
            body.swiftName = body.swiftName?.stripped
            body.location = nowhere
            return body
        }
        copy.response = response.map { response in
            SpecResponse(status: response.status.stripped, type: response.type?.withoutLocations, docs: response.docs)
        }
        copy.errors = errors.map { error in
            SpecErrorResponse(status: error.status.stripped, type: error.type?.withoutLocations, docs: error.docs)
        }
        copy.pagination = pagination.map { pagination in
            SpecPagination(
                style: pagination.style.stripped, offsetParameter: pagination.offsetParameter.stripped,
                limitParameter: pagination.limitParameter.stripped, itemsProperty: pagination.itemsProperty.stripped,
                location: nowhere)
        }
        copy.streaming = streaming.map {
            SpecStreaming(eventType: $0.eventType.withoutLocations, format: $0.format, location: nowhere)
        }
        copy.returns = returns.map { returns in
            SpecReturns(
                type: returns.type.withoutLocations,
                fill: Dictionary(uniqueKeysWithValues: returns.fill.map { ($0.key.stripped, $0.value.stripped) }),
                fetch: returns.fetch?.stripped, location: nowhere)
        }
        copy.deviations = deviations.map { SpecDeviation(document: $0.document, server: $0.server, sdk: $0.sdk, location: nowhere) }
        copy.security = security?.withoutLocations
        copy.shortcuts = shortcuts.map {
            SpecShortcut(
                name: $0.name.stripped, variant: $0.variant.stripped, unlabeled: $0.unlabeled?.stripped,
                returns: $0.returns?.stripped, docs: $0.docs, location: nowhere)
        }
        copy.location = nowhere
        return copy
    }
}
