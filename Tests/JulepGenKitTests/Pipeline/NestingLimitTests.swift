import Foundation
import Testing

@testable import JulepGenKit

/// Deep documents (issue 24): up to `NestingLimit.maximumDepth` every stage works, in time and
/// output that grow linearly with the depth; past it, one located error and no stack overflow.
@Suite("Nesting limit", .timeLimit(.minutes(2)))
struct NestingLimitTests {
    static let limit = NestingLimit.maximumDepth

    /// An OpenAPI document (one line of JSON) whose schema `Deep` nests `depth` levels: each level
    /// is `open`, the innermost `leaf`.
    static func document(depth: Int, open: String, leaf: String = #"{"type": "string"}"#, close: String) -> String {
        #"{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": {"Deep": "#
            + String(repeating: open, count: depth) + leaf + String(repeating: close, count: depth) + "}}}"
    }

    static func properties(_ depth: Int) -> String {
        document(depth: depth, open: #"{"type": "object", "properties": {"n": "#, close: "}}")
    }

    static func generateOpenAPI(_ text: String, tests: Bool = true) async throws -> Generator.Result {
        try await TestSupport.generateOffThePool(["openapi.json": text], root: "openapi.json", tests: tests)
    }

    /// Where the `count`th occurrence of `character` is, as a 1-based column of a one-line text.
    static func column(of count: Int, _ character: Character, in text: String) -> Int? {
        var seen = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() where Character(scalar) == character {
            seen += 1
            if seen == count { return offset + 1 }
        }
        return nil
    }

    @Test func propertiesNested400DeepGenerate() async throws {
        let result = try await Self.generateOpenAPI(Self.properties(400))
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics).prefix(5))")
        // The only warning: names past 100 characters were shortened, said once for all the
        // schemas inside the first one shortened.
        #expect(result.diagnostics.all.count == 1)
        #expect(result.diagnostics.all.allSatisfy { $0.message.hasPrefix("an inline schema would be named 'DeepN") })
        #expect(result.api?.types.count == 400)
        for file in result.files {
            #expect(file.path.split(separator: "/").allSatisfy { $0.utf8.count <= 110 }, "\(file.path)")
        }
    }

    /// Twice as deep, about twice the output: samples hold 16 levels in full, names 100
    /// characters, so no file grows with the depth. (Before, each type's sample held every level
    /// below it, indented one step more each: about n² lines and n³ characters.)
    @Test func outputGrowsLinearlyWithDepth() async throws {
        func size(_ depth: Int) async throws -> Int {
            let result = try await Self.generateOpenAPI(Self.properties(depth))
            #expect(result.succeeded)
            return result.files.reduce(0) { $0 + $1.contents.utf8.count }
        }
        let (small, large) = (try await size(150), try await size(300))
        let runtime = try await size(1)
        let ratio = Double(large - runtime) / Double(small - runtime)
        #expect(ratio < 2.3, "\(small) → \(large) bytes")
    }

    @Test func nestingPastTheLimitIsOneLocatedErrorFromTheReader() async throws {
        let text = Self.properties(3000)
        let result = try await Self.generateOpenAPI(text)
        #expect(!result.succeeded)
        // At the `{` that opens level 1,001: the root, components, schemas, then two per level
        // (the `{` of `info` and of `paths` come first, but are closed again).
        let column = try #require(Self.column(of: Self.limit + 3, "{", in: text))
        #expect(TestSupport.lines(result.diagnostics) == [
            "openapi.json:1:\(column): error: \(NestingLimit.message("mappings and lists"))"
        ])
        // The quoted line is cut around the column, not 40,000 characters long.
        let rendered = DiagnosticRenderer(sources: result.sources).render(result.diagnostics.sorted)
        #expect(rendered.count < 500)
    }

    @Test func listsAndUnionsNestedNearTheLimitGenerate() async throws {
        let items = Self.document(depth: Self.limit - 10, open: #"{"type": "array", "items": "#, close: "}")
        let lists = try await Self.generateOpenAPI(items)
        #expect(lists.succeeded, "\(TestSupport.lines(lists.diagnostics).prefix(5))")
        // One Swift type holds 16 lists; below them, JSON values.
        #expect(lists.diagnostics.warnings.map(\.message) == [
            "lists and maps nest more than 16 levels deep in this type; from here on the value is taken as 'json' "
                + "(Swift's compiler would take too long over the type)"
        ])
        let unions = Self.document(depth: Self.limit / 2 - 5, open: #"{"anyOf": [{"type": "integer"}, "#, close: "]}")
        let result = try await Self.generateOpenAPI(unions)
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics).prefix(5))")
        #expect(result.diagnostics.all.allSatisfy { $0.severity == .warning && $0.message.hasPrefix("an inline schema would be named") })
    }

    /// `$ref`s to schemas declared where they are used nest schemas without nesting the file.
    @Test func referencesNestedPastTheLimitAreOneLocatedError() async throws {
        let count = Self.limit + 100
        var definitions: [String] = []
        for index in 0..<count {
            let next = index + 1 < count ? ##"{"$ref": "#/x-defs/D\##(index + 1)"}"## : #"{"type": "string"}"#
            definitions.append(#""D\#(index)": {"type": "object", "properties": {"next": \#(next)}}"#)
        }
        let text = #"{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {}, "#
            + #""x-defs": {"# + definitions.joined(separator: ",\n") + "},\n"
            + ##""components": {"schemas": {"Root": {"type": "object", "properties": {"first": {"$ref": "#/x-defs/D0"}}}}}}"##
        let result = try await Self.generateOpenAPI(text, tests: false)
        #expect(!result.succeeded)
        let errors = result.diagnostics.errors
        #expect(errors.map(\.message) == [NestingLimit.message("schemas")])
        let location = try #require(errors.first?.location)
        #expect(location.file == "openapi.json" && location.line > 1)
    }

    @Test func typeExpressionsNestedPastTheLimitAreALocatedError() async throws {
        func spec(_ depth: Int) -> String {
            TestSupport.rootPreamble + "\ntypes:\n  Deep:\n    properties:\n      value: \""
                + String(repeating: "list<", count: depth) + "string" + String(repeating: ">", count: depth) + "\"\n"
        }
        let within = try await TestSupport.generateOffThePool(["api.yaml": spec(Self.limit - 1)], tests: true)
        #expect(within.succeeded, "\(TestSupport.lines(within.diagnostics).prefix(5))")
        let text = spec(Self.limit + 1)
        let past = try await TestSupport.generateOffThePool(["api.yaml": text])
        let errors = past.diagnostics.errors
        #expect(errors.map(\.message) == [NestingLimit.message("'<…>' and '(…)'")])
        let location = try #require(errors.first?.location)
        let line = try #require(past.sources.line(location.line, of: "api.yaml"))
        // At the `<` that opens level 1,001.
        #expect(line.unicodeScalars.dropFirst(location.column - 1).first == "<")
        #expect(line.unicodeScalars.prefix(location.column - 1).filter { $0 == "<" }.count == Self.limit)
    }

    @Test func listsPastSixteenLevelsInOneTypeAreJSON() async throws {
        func spec(_ depth: Int) -> String {
            TestSupport.rootPreamble + "\ntypes:\n  Deep:\n    properties:\n      value: "
                + String(repeating: "list<", count: depth) + "string" + String(repeating: ">", count: depth) + "\n"
        }
        let sixteen = try await TestSupport.generateOffThePool(
            ["api.yaml": spec(TypeResolver.maximumCollectionDepth)], tests: true)
        #expect(sixteen.diagnostics.isEmpty, "\(TestSupport.lines(sixteen.diagnostics))")
        let seventeen = try await TestSupport.generateOffThePool(
            ["api.yaml": spec(TypeResolver.maximumCollectionDepth + 1)], tests: true)
        #expect(seventeen.succeeded)
        let location = try #require(seventeen.diagnostics.warnings.first?.location)
        let line = try #require(seventeen.sources.line(location.line, of: "api.yaml"))
        // At the 17th `list`.
        let rest = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(location.column - 1)))
        #expect(rest.hasPrefix("list<string>"))
        let model = try #require(seventeen.files.first { $0.path.hasSuffix("Models/Deep.swift") })
        let expected = String(repeating: "[", count: 16) + "JSONValue" + String(repeating: "]", count: 16)
        #expect(model.contents.contains("public var value: \(expected)"))
    }

    /// Each type requires the next: the smallest value of the first holds them all.
    @Test func requiredChainsPastTheLimitHaveNoSampleValues() async throws {
        func spec(_ count: Int) -> String {
            var text = TestSupport.rootPreamble + "\ntypes:\n"
            for index in 0..<count {
                text += index + 1 < count ? "  T\(index):\n    properties:\n      next: T\(index + 1)\n" : "  T\(index):\n    properties:\n      value: string\n"
            }
            return text
        }
        let past = spec(Self.limit + 1)
        let withTests = try await TestSupport.generateOffThePool(["api.yaml": past], tests: true)
        #expect(TestSupport.lines(withTests.diagnostics) == [
            "api.yaml:9:3: error: a value of 'T0' holds \(Self.limit + 1) types inside one another through required "
                + "properties; julep-gen's nesting limit for the sample values of the generated tests is \(Self.limit) "
                + "(generate without tests, or make a property on the chain optional)"
        ])
        // The SDK itself has no such limit.
        let withoutTests = try await TestSupport.generateOffThePool(["api.yaml": past], tests: false)
        #expect(withoutTests.succeeded)
        let within = try await TestSupport.generateOffThePool(["api.yaml": spec(300)], tests: true)
        #expect(within.succeeded, "\(TestSupport.lines(within.diagnostics).prefix(5))")
    }

    /// Default values nest as deep as the file may.
    @Test func deepDefaultValuesGenerate() async throws {
        let depth = Self.limit - 10
        let value = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let root = TestSupport.rootPreamble + "\ntypes:\n  Holder:\n    properties:\n      value: { type: json, default: \(value) }\n"
        let result = try await TestSupport.generateOffThePool(["api.yaml": root], tests: true)
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics).prefix(5))")
    }

    /// A node hashes its place and shape, not its subtree: equal nodes hash alike, and every
    /// subtree of a document nested to the limit can be a dictionary key at once.
    @Test func nodesHashWithoutWalkingTheirSubtree() throws {
        var diagnostics = Diagnostics()
        let text = String(repeating: "[", count: Self.limit) + String(repeating: "]", count: Self.limit)
        var node = try #require(YAMLReader.parse(text, path: "deep.yaml", diagnostics: &diagnostics))
        var keys: [YAMLNode: Int] = [:]
        var depth = 0
        while true {
            depth += 1
            keys[node] = depth
            guard let first = node.sequence?.first else { break }
            node = first
        }
        #expect(keys.count == Self.limit)
        var again = diagnostics
        let copy = try #require(YAMLReader.parse(text, path: "deep.yaml", diagnostics: &again))
        #expect(keys[copy] == 1)
    }

    @Test func importWritesADeepDocument() throws {
        try TestSupport.withTemporaryDirectory { directory in
            try TestSupport.write(["openapi.json": Self.properties(300)], to: directory)
            let result = Importer.run(specPath: "openapi.json", baseDirectory: directory.path)
            #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics).prefix(5))")
            #expect(!result.files.isEmpty)
        }
    }
}
