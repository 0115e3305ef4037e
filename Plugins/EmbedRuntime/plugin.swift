import Foundation
import PackagePlugin

/// Embeds the SDK runtime (the `SDKRuntime` target's sources) into the target it is applied to, as
/// `EmbeddedRuntime.files`, so that julep-gen stays one binary and copies the runtime byte for byte.
@main
struct EmbedRuntime: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let sources = runtimeSources(in: context.package)
        guard !sources.isEmpty else {
            Diagnostics.error("EmbedRuntime: no Swift files in the package's Sources/SDKRuntime")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedRuntime.swift")
        return [
            .buildCommand(
                displayName: "Embedding the SDK runtime (\(sources.count) files)",
                executable: try context.tool(named: "embed-runtime").url,
                arguments: [output.path] + sources.map(\.path),
                inputFiles: sources,
                outputFiles: [output]
            ),
        ]
    }

    /// The runtime's Swift files, sorted. Read from the folder rather than the target: when julep-gen
    /// is a dependency (the Benchmarks package), SwiftPM drops targets no product uses, SDKRuntime
    /// among them, but its files are still there.
    private func runtimeSources(in package: Package) -> [URL] {
        if let runtime = (try? package.targets(named: ["SDKRuntime"]))?.first as? SourceModuleTarget {
            return runtime.sourceFiles(withSuffix: "swift").map(\.url).sorted { $0.path < $1.path }
        }
        let folder = package.directoryURL.appendingPathComponent("Sources/SDKRuntime")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
