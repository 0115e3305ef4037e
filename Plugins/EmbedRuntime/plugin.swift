import Foundation
import PackagePlugin

/// Embeds Swift that julep-gen copies into what it writes, so that julep-gen stays one binary and
/// copies it byte for byte: the SDK runtime (the `SDKRuntime` target's sources) as
/// `EmbeddedRuntime.files`, and the loopback server of the generated tests (`SampleTestSupport`)
/// as `EmbeddedSampleTestSupport.files`.
@main
struct EmbedRuntime: BuildToolPlugin {
    /// Each embedded target and the enum its files become.
    static let embeddings = [("SDKRuntime", "EmbeddedRuntime"), ("SampleTestSupport", "EmbeddedSampleTestSupport")]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        var commands: [Command] = []
        for (targetName, enumName) in Self.embeddings {
            let sources = swiftSources(of: targetName, in: context.package)
            guard !sources.isEmpty else {
                Diagnostics.error("EmbedRuntime: no Swift files in the package's Sources/\(targetName)")
                continue
            }
            let output = context.pluginWorkDirectoryURL.appendingPathComponent("\(enumName).swift")
            commands.append(
                .buildCommand(
                    displayName: "Embedding \(targetName) (\(sources.count) files)",
                    executable: try context.tool(named: "embed-runtime").url,
                    arguments: [output.path, enumName, targetName] + sources.map(\.path),
                    inputFiles: sources,
                    outputFiles: [output]
                ))
        }
        return commands
    }

    /// The target's Swift files, sorted. Read from the folder rather than the target: when julep-gen
    /// is a dependency (the Benchmarks package), SwiftPM drops targets no product uses, SDKRuntime
    /// and SampleTestSupport among them, but their files are still there.
    private func swiftSources(of targetName: String, in package: Package) -> [URL] {
        if let target = (try? package.targets(named: [targetName]))?.first as? SourceModuleTarget {
            return target.sourceFiles(withSuffix: "swift").map(\.url).sorted { $0.path < $1.path }
        }
        let folder = package.directoryURL.appendingPathComponent("Sources/\(targetName)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
