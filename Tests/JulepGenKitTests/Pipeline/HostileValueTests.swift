import Foundation
import Testing

@testable import JulepGenKit

/// Values in a document that once crashed or hung the generator (issue 24): negative and huge
/// length and item bounds, and a type declared twice with defaults. Each now gives a located
/// diagnostic or a bounded result.
@Suite("Hostile values", .timeLimit(.minutes(3)))
struct HostileValueTests {
    /// The source text a diagnostic points at, from its column on.
    static func text(at diagnostic: Diagnostic, in result: Generator.Result) -> Substring? {
        guard let location = diagnostic.location, let line = result.sources.line(location.line, of: location.file) else {
            return nil
        }
        return line.unicodeScalars.count >= location.column
            ? Substring(line.unicodeScalars.dropFirst(location.column - 1)) : nil
    }

    @Test func negativeBoundsInOpenAPIAreIgnoredWithLocatedWarnings() throws {
        let document = """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    s: {type: string, maxLength: -5}
                    t: {type: string, minLength: -1}
                    l: {type: array, items: {type: integer}, maxItems: -1}
                    m: {type: array, items: {type: integer}, minItems: -2}
            """
        let result = try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml", tests: true)
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics))")
        let warnings = result.diagnostics.sorted
        #expect(warnings.map(\.message) == [
            "'maxLength' must be zero or more; -5 is ignored", "'minLength' must be zero or more; -1 is ignored",
            "'maxItems' must be zero or more; -1 is ignored", "'minItems' must be zero or more; -2 is ignored",
        ])
        for (warning, value) in zip(warnings, ["-5", "-1", "-1", "-2"]) {
            #expect(Self.text(at: warning, in: result)?.hasPrefix(value) == true, "\(warning)")
        }
        // The model's sample tests were built, and no ignored bound is documented.
        let samples = try #require(result.files.first { $0.path.hasSuffix("Models/OpenapiSamples.swift") })
        #expect(samples.contents.contains("struct ASampleTests"))
        let model = try #require(result.files.first { $0.path.hasSuffix("Models/A.swift") })
        #expect(!model.contents.contains("Must be"))
    }

    @Test func negativeBoundsInANativeSpecAreIgnoredAndNeverChecked() throws {
        let root = TestSupport.rootPreamble + """

            types:
              Tags:
                alias: list<string>
                maxItems: -1
            resources:
              items:
                operations:
                  search:
                    method: GET
                    path: /items
                    query:
                      q: { type: string, maxLength: -2, minLength: -3 }
                      tags?: Tags
            """
        let result = try TestSupport.generate(["api.yaml": root], tests: true)
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics))")
        #expect(result.diagnostics.sorted.map(\.message) == [
            "'maxItems' must be zero or more; -1 is ignored", "'maxLength' must be zero or more; -2 is ignored",
            "'minLength' must be zero or more; -3 is ignored",
        ])
        let resource = try #require(result.files.first { $0.path.hasSuffix("ItemsResource.swift") })
        // Ignored bounds are not checked before sending: every value would be refused.
        #expect(!resource.contents.contains("ParameterValidation"))
        #expect(result.files.contains { $0.path.hasSuffix("ItemsResourceWireTests.swift") && $0.contents.contains("func search()") })
    }

    @Test func hugeBoundsGiveSmallSamples() throws {
        let root = TestSupport.rootPreamble + """

            types:
              Grid:
                properties:
                  name: { type: string, minLength: 1000000000 }
                  cells: { type: list<list<list<list<int>>>>, minItems: 1000000000 }
                  rows: { type: Rows }
              Rows:
                alias: list<Row>
                minItems: 16
              Row:
                properties:
                  columns: { type: Columns }
              Columns:
                alias: list<Column>
                minItems: 16
              Column:
                properties:
                  values: { type: Values }
              Values:
                alias: list<int>
                minItems: 16
            """
        let result = try TestSupport.generate(["api.yaml": root], tests: true)
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics))")
        let samples = try #require(result.files.first { $0.path.hasSuffix("ApiSamples.swift") })
        // The name is as long as a sample string may be, not a billion characters.
        let name = "name-1" + String(repeating: "x", count: SampleBuilder.maximumLength - "name-1".count)
        #expect(samples.contents.contains("\"\(name)\""))
        #expect(!samples.contents.contains(name + "x"))
        // 16 rows of 16 columns of 16 values would be 4,096 values; nested lists share a budget.
        #expect(samples.contents.utf8.count < 400_000, "\(samples.contents.utf8.count) bytes")
    }

    @Test func anArgumentNoSampleCanMeetGetsNoWireTest() throws {
        let root = TestSupport.rootPreamble + """

            types:
              Key:
                alias: string
                minLength: 5000
            resources:
              items:
                operations:
                  find:
                    method: GET
                    path: /items/{key}
                    pathParams:
                      key: Key
                  search:
                    method: GET
                    path: /items
                    query:
                      ids: { type: list<int>, minItems: 17 }
                  list:
                    method: GET
                    path: /all
            """
        let result = try TestSupport.generate(["api.yaml": root], tests: true)
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics))")
        let lines = root.split(separator: "\n", omittingEmptySubsequences: false)
        let find = try #require(lines.firstIndex { $0.hasSuffix(" find:") }) + 1
        let search = try #require(lines.firstIndex { $0.hasSuffix(" search:") }) + 1
        #expect(TestSupport.lines(result.diagnostics) == [
            "api.yaml:\(find):7: warning: operation 'find' gets no generated wire test: its argument 'key' must be at least "
                + "5000 characters long, and a sample string has at most 1000",
            "api.yaml:\(search):7: warning: operation 'search' gets no generated wire test: its argument 'ids' must have at "
                + "least 17 items, and a sample list has at most 16",
        ])
        let wire = try #require(result.files.first { $0.path.hasSuffix("ItemsResourceWireTests.swift") })
        #expect(wire.contents.contains("func list()"))
        #expect(!wire.contents.contains("func find()") && !wire.contents.contains("func search()"))
    }

    /// The first declaration had defaults, which were applied by index to the second one's
    /// properties: an index out of range.
    @Test func aTypeDeclaredTwiceWithDefaultsIsALocatedError() throws {
        let root = TestSupport.rootPreamble + "\ninclude: [a.yaml, b.yaml]\n"
        let a = """
            types:
              Agent:
                properties:
                  name: { type: string, default: "" }
                  about: { type: string, default: "" }
            """
        let b = """
            types:
              Agent:
                properties:
                  x: string
            """
        let result = try TestSupport.generate(["api.yaml": root, "a.yaml": a, "b.yaml": b], tests: true)
        #expect(!result.succeeded)
        let errors = result.diagnostics.errors
        #expect(errors.map { "\($0.location?.description ?? "-"): \($0.message)" } == ["b.yaml:2:3: type 'Agent' is declared twice"])
        #expect(errors.first?.notes.map { "\($0.location?.description ?? "-"): \($0.message)" } == ["a.yaml:2:3: first declared here"])
    }
}
