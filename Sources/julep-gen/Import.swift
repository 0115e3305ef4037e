import ArgumentParser
import Foundation
import JulepGenKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an OpenAPI document as a native spec, a starting point for hand curation.",
        discussion: """
            Generating from the written spec gives the same SDK as generating from the document.
            Example: julep-gen import openapi.yaml --output spec
            """)

    @Argument(help: "The OpenAPI 3.0/3.1 document (YAML or JSON), or a native spec to reformat.")
    var file: String

    @Option(help: "The folder the native spec is written to.")
    var output: String

    @Option(help: "A YAML file renaming resources, operations, types and auth schemes.")
    var overlay: String?

    @Flag(help: "Write one api.yaml instead of a file per resource.")
    var singleFile = false

    @Flag(help: "Write into a folder that is not empty, replacing files of the same name.")
    var force = false

    func run() throws {
        let result = Importer.run(specPath: file, overlayPath: overlay, layout: singleFile ? .singleFile : .filePerResource)
        let diagnostics = result.diagnostics.sorted
        if !diagnostics.isEmpty {
            Console.error(DiagnosticRenderer(sources: result.sources).render(diagnostics))
        }
        guard result.succeeded, let api = result.api else {
            let count = result.diagnostics.errors.count
            Console.error("julep-gen: \(count) error\(count == 1 ? "" : "s"); nothing was written.")
            throw ExitCode.failure
        }
        let folder = URL(fileURLWithPath: output)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if !existing.isEmpty && !force {
            Console.error("julep-gen: error: '\(output)' is not empty; pass --force to write into it anyway")
            throw ExitCode.failure
        }
        do {
            for file in result.files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url, options: .atomic)
            }
        } catch {
            Console.error("julep-gen: error: cannot write to '\(output)': \(error.localizedDescription)")
            throw ExitCode.failure
        }
        let operations = api.resources.reduce(0) { $0 + $1.operations.count }
        Console.output(
            "Imported \(api.types.count) types and \(operations) operations into \(output) (\(result.files.count) files).")
    }
}
