import Foundation
import Testing

@testable import JulepGenKit

/// `API.md` is written from the surface and read back into the same surface: the file is the
/// one record of an SDK's API, so what it holds must be all the comparison needs.
@Suite("API surface file")
struct SurfaceFileTests {
    static let specs = ["spec"] + GoldenTests.cases.map { "Tests/Fixtures/\($0)/spec" } + ["Tests/Fixtures/api-history/julep-0607322"]

    @Test(arguments: specs)
    func readingTheWrittenFileGivesTheSameSurface(_ spec: String) throws {
        let surface = try SurfaceTestSupport.surface(at: TestSupport.packageRoot.appendingPathComponent(spec).path)
        let text = SurfaceWriter.markdown(surface)
        #expect(try SurfaceReader.read(text) == surface)
        #expect(SurfaceWriter.markdown(try SurfaceReader.read(text)) == text)
    }

    @Test func theGeneratedSDKsFileIsTheSpecsSurface() throws {
        let surface = try SurfaceTestSupport.surface(at: TestSupport.packageRoot.appendingPathComponent("spec").path)
        let file = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Generated/API.md"), encoding: .utf8)
        #expect(try SurfaceReader.read(file) == surface)
    }

    /// Arguments end at a `, ` outside brackets and string literals; a literal keeps its escapes.
    @Test func awkwardSpellingsSurviveTheRoundTrip() throws {
        let surface = APISurface(
            module: "Odd", version: "2.0 beta",
            types: [
                SurfaceType(
                    kind: .structure, name: "Odd", section: .models, conformances: ["Sendable"],
                    deprecation: SurfaceDeprecation(message: "Use \"Even\".\nReally."),
                    members: [
                        SurfaceMember(
                            kind: .initializer, name: "init",
                            parameters: [
                                SurfaceParameter(label: "text", type: "String", defaultValue: "\"a, b = c\\\")\""),
                                SurfaceParameter(label: "pairs", type: "[String: [Int]]", defaultValue: "[\"x\": [1, 2]]"),
                                SurfaceParameter(
                                    label: "provider", type: "(@Sendable () async throws -> String)?", defaultValue: "nil"),
                                SurfaceParameter(label: "`self` selfValue", type: "Bool"),
                            ]),
                        SurfaceMember(kind: .property, name: "`default`", type: "Int?", wireName: "default // \"x\""),
                        SurfaceMember(
                            kind: .property, name: "old", type: "Int?", wireName: "old key",
                            deprecation: SurfaceDeprecation(message: "gone", renamed: "new")),
                    ]),
                SurfaceType(
                    kind: .enumeration, name: "Odd.Choice", section: .models,
                    members: [
                        SurfaceMember(kind: .enumCase, name: "tab", wireName: "\t", deprecation: SurfaceDeprecation()),
                        SurfaceMember(
                            kind: .enumCase, name: "unknown",
                            parameters: [SurfaceParameter(label: "_", type: "String"), SurfaceParameter(label: "_", type: "[String: Int]")]),
                    ]),
                SurfaceType(kind: .alias, name: "Limit", section: .models, aliasTarget: "Int"),
            ])
        let text = SurfaceWriter.markdown(surface)
        #expect(try SurfaceReader.read(text) == surface)
    }

    @Test func aFileJulepGenDidNotWriteIsRefusedWithItsLine() throws {
        let surface = try SurfaceTestSupport.surface(at: TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/minimal/spec").path)
        var lines = SurfaceWriter.markdown(surface).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("    var ") })
        lines[index] = "    var ok = true"
        #expect(throws: SurfaceReader.Failure(line: index + 1, message: "expected '<name>: <Type>'")) {
            try SurfaceReader.read(lines.joined(separator: "\n"))
        }
        #expect(throws: SurfaceReader.Failure(line: 1, message: "expected the title '# <Module> <version>: public API'")) {
            try SurfaceReader.read("# Notes\n")
        }
    }
}
