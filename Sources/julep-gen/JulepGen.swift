import ArgumentParser
import Foundation
import JulepGenKit

@main
struct JulepGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "julep-gen",
        abstract: "Generates the Julep Swift SDK from an API spec.",
        discussion: """
            With no arguments, reads the spec in spec/, renders templates/ and writes the SDK to Generated/.
            Spec problems are reported as FILE:LINE:COL diagnostics; on any error the output folder is left untouched.
            """,
        subcommands: [Generate.self, Import.self, Diff.self],
        defaultSubcommand: Generate.self)
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate the SDK (the default command).")

    @Option(help: "The spec: a native spec's root file or folder (holding api.yaml), or an OpenAPI 3.0/3.1 document.")
    var spec = "spec"

    @Option(help: "For an OpenAPI spec: a YAML file renaming resources, operations, types and auth schemes.")
    var overlay: String?

    @Option(help: "julep: add what Julep's Python SDK and server need (the route API, Python-literal errors and events, JSON query objects); standard: the API only. Replaces the spec's or the overlay's 'profile'.")
    var profile: APIProfile?

    @Option(help: "A folder of templates that replace built-in ones with the same file name.")
    var templates: String?

    @Option(help: "The folder the SDK is written to. julep-gen owns it: files it did not generate are removed.")
    var output = "Generated"

    @Flag(
        help: """
            Write nothing; when the output folder differs from what the spec gives, report the API changes, \
            show a diff and exit 1 (breaking API change, or not known), 2 (compatible) or 3 (API unchanged).
            """)
    var check = false

    @Flag(inversion: .prefixedNo, help: "Generate the SDK's sample tests under Tests/ in the output folder.")
    var tests = true

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    @Flag(name: .shortAndLong, help: "Print only diagnostics.")
    var quiet = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let result = Generator.run(
            Generator.Options(
                specPath: spec, templatesOverride: templates, warningsAsErrors: warningsAsErrors, overlayPath: overlay,
                tests: tests, profile: profile))
        let renderer = DiagnosticRenderer(sources: result.sources)
        let diagnostics = result.diagnostics.sorted
        if !diagnostics.isEmpty {
            Console.error(renderer.render(diagnostics))
        }
        guard result.succeeded, let api = result.api else {
            let count = result.diagnostics.errors.count
            Console.error("julep-gen: \(count) error\(count == 1 ? "" : "s"); nothing was written.")
            throw ExitCode.failure
        }
        let writer = OutputWriter(outputDirectory: URL(fileURLWithPath: output))
        let operations = api.resources.reduce(0) { $0 + $1.operations.count }
        let typeCount = api.types.reduce(0) { $0 + 1 + $1.nested.count }
        // The API on disk against the one about to be written, reported before anything else.
        let baseline = SurfaceBaseline(outputFolder: output, new: result)
        let report = baseline.report
        do {
            if check {
                let differences = try writer.differences(from: result.files)
                guard differences.isEmpty else {
                    baseline.printNote()
                    if let report { Console.output(report.text) }
                    for difference in differences {
                        Console.output(difference.diff)
                    }
                    let status = CheckStatus(report?.verdict)
                    Console.error(
                        "julep-gen: \(output) is out of date: \(differences.count) file(s) differ "
                            + "(\(differences.map(\.path).joined(separator: ", "))); "
                            + "\(report == nil ? "the API change is not known" : status.summary). Run `swift run julep-gen`.")
                    throw ExitCode(status.rawValue)
                }
                if !quiet { Console.output("\(output) is up to date (\(result.files.count) files).") }
                return
            }
            let summary = try writer.write(result.files)
            let elapsed = start.duration(to: clock.now)
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            if !quiet {
                baseline.printNote()
                if let report, report.verdict != .unchanged { Console.output(report.text) }
                Console.output(
                    "\(typeCount) types, \(operations) operations: \(summary.written.count) written, "
                        + "\(summary.unchanged.count) unchanged, \(summary.removed.count) removed in \(milliseconds) ms")
            }
        } catch let error as OutputError {
            Console.error("julep-gen: error: \(error.message)")
            throw ExitCode.failure
        }
    }
}

extension APIProfile: ExpressibleByArgument {}

enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
