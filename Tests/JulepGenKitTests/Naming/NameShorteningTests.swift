import Foundation
import Testing

@testable import JulepGenKit

/// Type names long enough to break a file system are shortened, the same way on every run, with a
/// located warning (issue 24); the output is written without `File name too long`.
@Suite("Name shortening")
struct NameShorteningTests {
    @Test func shortNamesAreKept() {
        #expect(NameShortening.shortened("Agent") == "Agent")
        let limit = String(repeating: "A", count: NameShortening.maximumLength)
        #expect(NameShortening.shortened(limit) == limit)
    }

    @Test func longNamesKeepTheirStartAndGetAStableHash() {
        let long = "Nested" + String(repeating: "Variant1", count: 40)
        let short = NameShortening.shortened(long)
        #expect(short.utf8.count == NameShortening.maximumLength)
        #expect(short.hasPrefix("NestedVariant1Variant1"))
        // FNV-1a: the same on every machine and run (Swift's `Hasher` is seeded per process).
        #expect(short.hasSuffix("_" + NameShortening.hash(long)))
        #expect(NameShortening.hash("") == "4fd0bfc1")  // the offset basis, folded
        #expect(NameShortening.hash(long).count == 8)
        // Names that start alike stay apart.
        #expect(NameShortening.shortened(long + "A") != NameShortening.shortened(long + "B"))
    }

    @Test func multiByteNamesAreCutBetweenCharacters() {
        let long = String(repeating: "Ü", count: 80)
        let short = NameShortening.shortened(long)
        #expect(short.utf8.count <= NameShortening.maximumLength)
        #expect(short.dropLast(9).allSatisfy { $0 == "Ü" })
        #expect(SwiftIdentifier.isValid(short))
    }

    /// Writes `result`'s files as the command line does, so a file name too long would fail here.
    static func write(_ result: Generator.Result) throws {
        try TestSupport.withTemporaryDirectory { directory in
            _ = try OutputWriter(outputDirectory: directory.appendingPathComponent("Out")).write(result.files)
        }
    }

    @Test func aLongSchemaNameIsShortenedAtItsLocation() throws {
        let key = String(repeating: "A", count: 300)
        let document = """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                \(key): {type: object, properties: {x: {type: string}}}
            """
        let result = try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml", tests: true)
        #expect(result.succeeded)
        let name = NameShortening.shortened(key)
        #expect(TestSupport.lines(result.diagnostics) == [
            "openapi.yaml:6:5: warning: the Swift name of the type '\(String(repeating: "A", count: 40))…' would be 300 "
                + "characters long; it is named '\(name)' (set 'swiftName' to choose a name)"
        ])
        #expect(result.files.contains { $0.path.hasSuffix("/Models/\(name).swift") })
        try Self.write(result)
    }

    /// `anyOf` nested 40 deep names each level after its owner: `NestedVariant1Variant1…`.
    @Test func deeplyNestedInlineNamesAreShortened() throws {
        var schema = #"{"type": "object", "properties": {"leaf": {"type": "string"}}}"#
        for _ in 0..<40 { schema = #"{"anyOf": [\#(schema), {"type": "integer"}]}"# }
        let document = #"{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": {"Nested": \#(schema)}}}"#
        let result = try TestSupport.generate(["openapi.json": document], root: "openapi.json", tests: true)
        #expect(result.succeeded)
        let warnings = result.diagnostics.sorted
        // One, for the outermost schema shortened: those inside are named after it.
        #expect(warnings.count == 1)
        for warning in warnings {
            #expect(warning.severity == .warning && warning.message.hasPrefix("an inline schema would be named 'NestedVariant1"))
            #expect(warning.location?.file == "openapi.json")
        }
        for file in result.files {
            #expect(file.path.split(separator: "/").allSatisfy { $0.utf8.count <= NameShortening.maximumLength + 20 }, "\(file.path)")
        }
        try Self.write(result)
        // The same names on every run.
        let again = try TestSupport.generate(["openapi.json": document], root: "openapi.json", tests: true)
        #expect(again.files.map(\.path) == result.files.map(\.path))
    }

    /// `import` writes a file per resource, named after it.
    @Test func importShortensLongResourceFileNames() throws {
        let tag = String(repeating: "Tag", count: 100)
        let document = """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  operationId: listItems
                  tags: [\(tag)]
                  responses: {'204': {description: ok}}
            """
        try TestSupport.withTemporaryDirectory { directory in
            try TestSupport.write(["openapi.yaml": document], to: directory)
            let result = Importer.run(specPath: "openapi.yaml", baseDirectory: directory.path)
            #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics))")
            let resourceFile = try #require(result.files.first { $0.path != "api.yaml" })
            #expect(resourceFile.path.utf8.count == NameShortening.maximumLength + ".yaml".utf8.count)
            _ = try OutputWriter(outputDirectory: directory.appendingPathComponent("Imported")).write(result.files)
        }
    }

    @Test func longNativeNamesAreShortenedOrReported() throws {
        let long = String(repeating: "Very", count: 40)
        let root = """
            julep-gen: 1
            api:
              name: \(long)
              version: 1.0.0
            environments:
              - name: prod
                url: https://api.example.com
            types:
              \(long)Type:
                properties:
                  name: string
              Named:
                swiftName: \(long)
                properties:
                  name: string
            resources:
              \(long):
                operations:
                  list: { method: GET, path: /items }
            """
        let result = try TestSupport.generate(["api.yaml": root], tests: true)
        let lines = TestSupport.lines(result.diagnostics)
        let abbreviated = String(long.prefix(40)) + "…"
        #expect(lines == [
            "api.yaml:3:9: warning: the Swift name of the API '\(abbreviated)' would be 160 characters long; it is named '\(NameShortening.shortened(long))'",
            "api.yaml:9:3: warning: the Swift name of the type '\(abbreviated)' would be 164 characters long; it is named '\(NameShortening.shortened(long + "Type"))' (set 'swiftName' to choose a name)",
            "api.yaml:13:16: error: swiftName '\(abbreviated)' is 160 characters long; type names, which name files, may have at most 100",
            "api.yaml:17:3: warning: the Swift name of the resource '\(abbreviated)' would be 160 characters long; it is named '\(NameShortening.shortened(long))'",
        ])
    }
}
