import Foundation
import JulepTestSupport
import Testing

@testable import JulepGenKit

/// The `julep-gen` executable, run as a user would: exit status, output, and what happens on disk.
@Suite("Command line", .serialized)
struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built executable sits next to the test bundle in the products folder.
    static func executable() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("julep-gen")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw CLIError(message: "julep-gen executable not found near \(candidates.map(\.path))")
    }

    struct CLIError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs `julep-gen` with `arguments` in `directory`, waiting for it off the pool
    /// (``TestSupport/offThePool(_:)``).
    static func run(_ arguments: [String], in directory: URL) async throws -> Run {
        try await offThePool {
            let process = Process()
            process.executableURL = try executable()
            process.arguments = arguments
            process.currentDirectoryURL = directory
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try ProcessLaunch.run(process)
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(
                status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    /// A working copy of the minimal fixture with the built-in templates.
    private func project(_ directory: URL) throws {
        let spec = TestSupport.fixtures.appendingPathComponent("minimal/spec")
        try FileManager.default.copyItem(at: spec, to: directory.appendingPathComponent("spec"))
    }

    private func snapshot(_ folder: URL) throws -> [String: Date] {
        var result: [String: Date] = [:]
        for (path, _) in GoldenFiles.read(folder) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            result[path] = attributes[.modificationDate] as? Date
        }
        return result
    }

    @Test func generatesThenReportsNothingChanged() async throws {
        try await TestSupport.withTemporaryDirectory { directory in
            try project(directory)
            let templates = ["--templates", TestSupport.templates]
            let first = try await Self.run(templates, in: directory)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix("1 types, 1 operations: "))
            #expect(first.stdout.contains(" written, 0 unchanged, 0 removed in "))
            let before = try snapshot(directory.appendingPathComponent("Generated"))
            let second = try await Self.run(templates, in: directory)
            #expect(second.status == 0)
            #expect(second.stdout.contains(": 0 written, \(before.count) unchanged, 0 removed in "))
            #expect(try snapshot(directory.appendingPathComponent("Generated")) == before)
            let check = try await Self.run(templates + ["--check"], in: directory)
            #expect(check.status == 0, "\(check.stderr)")
        }
    }

    @Test func unknownTypeIsReportedAndTheOutputIsLeftAlone() async throws {
        try await TestSupport.withTemporaryDirectory { directory in
            try project(directory)
            #expect(try await Self.run([], in: directory).status == 0)
            let output = directory.appendingPathComponent("Generated")
            let before = GoldenFiles.read(output)
            let specFile = directory.appendingPathComponent("spec/api.yaml")
            let text = try String(contentsOf: specFile, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "ok: bool", with: "ok: Boolean").utf8).write(to: specFile)
            let failed = try await Self.run([], in: directory)
            #expect(failed.status == 1)
            #expect(failed.stderr.contains("spec/api.yaml:8:11: error: unknown type 'Boolean'; did you mean 'boolean'?"))
            #expect(failed.stderr.contains("      ok: Boolean\n          ^"))
            #expect(failed.stderr.contains("nothing was written"))
            #expect(GoldenFiles.read(output) == before)
        }
    }

    @Test func checkShowsADiffAndFails() async throws {
        try await TestSupport.withTemporaryDirectory { directory in
            try project(directory)
            #expect(try await Self.run([], in: directory).status == 0)
            let specFile = directory.appendingPathComponent("spec/api.yaml")
            let text = try String(contentsOf: specFile, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "ok: bool", with: "ok: int").utf8).write(to: specFile)
            let output = directory.appendingPathComponent("Generated")
            let before = GoldenFiles.read(output)
            let check = try await Self.run(["--check"], in: directory)
            #expect(check.status == 1)
            // The API report comes first: a changed property type breaks callers.
            #expect(check.stdout.hasPrefix("""
                API changes: 1 breaking
                changed:
                  breaking    var Ping.ok: `Int`, was `Bool` (also init(…)'s argument)

                """))
            #expect(check.stderr.contains("the API change is breaking"))
            #expect(check.stdout.contains("--- a/Sources/Tiny/Models/Ping.swift"))
            #expect(check.stdout.contains("-    public var ok: Bool"))
            #expect(check.stdout.contains("+    public var ok: Int"))
            #expect(check.stderr.contains("out of date"))
            #expect(GoldenFiles.read(output) == before)
        }
    }

    /// `--check` exits 2 when the API only grew, 3 when only files behind it changed, and 1 when
    /// the output has no API.md to tell; a plain run prints the report before its summary.
    @Test func checkTellsACompatibleChangeFromAnUnchangedAPI() async throws {
        try await TestSupport.withTemporaryDirectory { directory in
            try project(directory)
            #expect(try await Self.run([], in: directory).status == 0)
            let specFile = directory.appendingPathComponent("spec/api.yaml")
            let text = try String(contentsOf: specFile, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "      ok: bool\n", with: "      ok: bool\n      note?: string\n").utf8)
                .write(to: specFile)
            let compatible = try await Self.run(["--check"], in: directory)
            #expect(compatible.status == 2, "\(compatible.stderr)")
            let report = """
                API changes: 1 compatible
                added:
                  compatible  var Ping.note: `String?` (also init(…)'s argument)

                """
            #expect(compatible.stdout.hasPrefix(report))
            #expect(compatible.stderr.contains("the API change is compatible"))
            let run = try await Self.run([], in: directory)
            #expect(run.status == 0)
            #expect(run.stdout.hasPrefix(report + "1 types, 1 operations: "))
            // Documentation only: the files differ, the API does not.
            try Data(
                text.replacingOccurrences(of: "      ok: bool\n", with: "      ok: bool\n      note?: string\n")
                    .replacingOccurrences(of: "  Ping:\n", with: "  Ping:\n    docs: An answer.\n").utf8
            ).write(to: specFile)
            let documented = try await Self.run(["--check"], in: directory)
            #expect(documented.status == 3, "\(documented.stderr)")
            #expect(documented.stdout.hasPrefix("API unchanged.\n--- a/Sources/Tiny/Models/Ping.swift"))
            #expect(documented.stderr.contains("the public API is unchanged"))
            try FileManager.default.removeItem(at: directory.appendingPathComponent("Generated/API.md"))
            let unknown = try await Self.run(["--check"], in: directory)
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("julep-gen: no Generated/API.md to compare the API with"))
            #expect(unknown.stderr.contains("the API change is not known"))
        }
    }

    @Test func diffComparesTwoSpecsAndWritesNothing() async throws {
        try await TestSupport.withTemporaryDirectory { directory in
            try project(directory)
            let text = try String(contentsOf: directory.appendingPathComponent("spec/api.yaml"), encoding: .utf8)
            try TestSupport.write(
                [
                    "added.yaml": text.replacingOccurrences(of: "      ok: bool\n", with: "      ok: bool\n      note?: string\n"),
                    "changed.yaml": text.replacingOccurrences(of: "ok: bool", with: "ok: int"),
                ], to: directory)
            let same = try await Self.run(["diff", "spec", "spec/api.yaml"], in: directory)
            #expect(same.status == 0, "\(same.stderr)")
            #expect(same.stdout == "API unchanged.\n")
            let compatible = try await Self.run(["diff", "spec", "added.yaml"], in: directory)
            #expect(compatible.status == 2)
            #expect(compatible.stdout.hasPrefix("API changes: 1 compatible\n"))
            let breaking = try await Self.run(["diff", "added.yaml", "changed.yaml"], in: directory)
            #expect(breaking.status == 1)
            #expect(breaking.stdout == """
                API changes: 2 breaking
                removed:
                  breaking    var Ping.note (also init(…)'s argument)
                changed:
                  breaking    var Ping.ok: `Int`, was `Bool` (also init(…)'s argument)

                """)
            // An API.md julep-gen wrote is a side too.
            #expect(try await Self.run([], in: directory).status == 0)
            let fromFile = try await Self.run(["diff", "Generated/API.md", "changed.yaml"], in: directory)
            #expect(fromFile.status == 1)
            #expect(fromFile.stdout.hasPrefix("API changes: 1 breaking\n"))
            let broken = try await Self.run(["diff", "spec", "missing.yaml"], in: directory)
            #expect(broken.status == 1)
            #expect(broken.stderr.contains("nothing was compared"))
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("spec/Generated").path))
        }
    }

    @Test func templateOverrideReplacesOnlyTheNamedTemplate() async throws {
        try await TestSupport.withTemporaryDirectory { directory in
            try project(directory)
            try TestSupport.write(["custom/header.mustache": "// Custom header.\n"], to: directory)
            let run = try await Self.run(["--templates", "custom"], in: directory)
            #expect(run.status == 0, "\(run.stderr)")
            let ping = try String(
                contentsOf: directory.appendingPathComponent("Generated/Sources/Tiny/Models/Ping.swift"), encoding: .utf8)
            #expect(ping.hasPrefix("// Custom header.\n\nimport Foundation\n"))
            #expect(ping.contains("public struct Ping: Hashable, Sendable"))
        }
    }

    @Test func templateSyntaxErrorsAreLocated() async throws {
        try await TestSupport.withTemporaryDirectory { directory in
            try project(directory)
            try TestSupport.write(["custom/header.mustache": "// ok\n// {{#broken}}\n"], to: directory)
            let run = try await Self.run(["--templates", "custom"], in: directory)
            #expect(run.status == 1)
            #expect(run.stderr.contains("custom/header.mustache:"))
            #expect(run.stderr.contains("error: template syntax error"))
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Generated").path))
        }
    }

    @Test func refusesToTakeOverAFolderItDidNotWrite() async throws {
        try await TestSupport.withTemporaryDirectory { directory in
            try project(directory)
            try TestSupport.write(["mine/notes.txt": "keep me"], to: directory)
            let run = try await Self.run(["--output", "mine"], in: directory)
            #expect(run.status == 1)
            #expect(run.stderr.contains("julep-gen: error:"))
            #expect(GoldenFiles.read(directory.appendingPathComponent("mine")) == ["notes.txt": "keep me"])
        }
    }

    @Test func importWritesANativeSpecThatGenerates() async throws {
        try await TestSupport.withTemporaryDirectory { directory in
            let document = TestSupport.fixtures.appendingPathComponent("openapi-operations/spec/openapi.yaml").path
            let run = try await Self.run(["import", document, "--output", "imported"], in: directory)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("Imported 6 types and 5 operations into imported ("))
            let api = try String(contentsOf: directory.appendingPathComponent("imported/api.yaml"), encoding: .utf8)
            #expect(api.contains("julep-gen: 1"))
            let again = try await Self.run(["import", document, "--output", "imported"], in: directory)
            #expect(again.status == 1)
            #expect(again.stderr.contains("is not empty; pass --force"))
            let generate = try await Self.run(["--spec", "imported", "--templates", TestSupport.templates], in: directory)
            #expect(generate.status == 0, "\(generate.stderr)")
        }
    }
}
