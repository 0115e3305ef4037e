import ArgumentParser
import Foundation
import JulepGenKit

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report how the API of one spec or document differs from another's; writes nothing.",
        discussion: """
            OLD and NEW are each a native spec (root file or folder), an OpenAPI document, or an API.md that \
            julep-gen wrote. Exit status: 0 the same API, 1 a breaking change (or an error), 2 compatible changes.
            Example: julep-gen diff openapi-v1.json openapi-v2.json
            """)

    @Argument(help: "The older spec, OpenAPI document or API.md.")
    var old: String

    @Argument(help: "The newer spec, OpenAPI document or API.md.")
    var new: String

    @Option(help: "For OpenAPI documents: a YAML file renaming resources, operations, types and auth schemes (applied to both).")
    var overlay: String?

    @Flag(help: "Print the documents' warnings, not only how many there are.")
    var warnings = false

    func run() throws {
        let (oldSide, newSide) = SurfaceLoader.load(old: old, new: new, overlayPath: overlay)
        var failed = false
        for (path, side) in [(old, oldSide), (new, newSide)] {
            let shown = side.diagnostics.sorted.filter { warnings || $0.severity == .error }
            if !shown.isEmpty { Console.error(DiagnosticRenderer(sources: side.sources).render(shown)) }
            let warningCount = side.diagnostics.warnings.count
            if !warnings, warningCount > 0 {
                Console.error("julep-gen: \(path): \(warningCount) warning\(warningCount == 1 ? "" : "s") (--warnings shows them)")
            }
            if side.surface == nil {
                let count = side.diagnostics.errors.count
                Console.error("julep-gen: \(path): \(count) error\(count == 1 ? "" : "s")")
                failed = true
            }
        }
        guard !failed, let oldSurface = oldSide.surface, let newSurface = newSide.surface else {
            Console.error("julep-gen: nothing was compared.")
            throw ExitCode.failure
        }
        let report = SurfaceReport(from: oldSurface, to: newSurface)
        Console.output(report.text)
        switch report.verdict {
        case .unchanged: return
        case .breaking: throw ExitCode(CheckStatus.breaking.rawValue)
        case .compatible: throw ExitCode(CheckStatus.compatible.rawValue)
        }
    }
}
