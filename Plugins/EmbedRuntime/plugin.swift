import Foundation
import PackagePlugin

/// Embeds the SDK runtime (the `SDKRuntime` target's sources) into the target it is applied to, as
/// `EmbeddedRuntime.files`, so that julep-gen stays one binary and copies the runtime byte for byte.
@main
struct EmbedRuntime: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let runtime = try context.package.targets(named: ["SDKRuntime"]).first as? SourceModuleTarget else {
            Diagnostics.error("EmbedRuntime: the package has no source target named SDKRuntime")
            return []
        }
        let sources = runtime.sourceFiles(withSuffix: "swift").map(\.url).sorted { $0.path < $1.path }
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
}
