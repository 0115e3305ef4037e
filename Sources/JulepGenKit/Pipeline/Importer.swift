import Foundation

/// `julep-gen import`: an OpenAPI document (or a native spec) written out as an editable native spec.
///
/// The result is checked like any spec before it is returned, so an import that succeeds always
/// generates, and generating from it gives the same SDK as generating from the input.
public enum Importer {
    public struct Result: Sendable {
        /// Empty when there were errors.
        public var files: [GeneratedFile]
        public var api: APIDefinition?
        public var diagnostics: Diagnostics
        public var sources: SourceFiles

        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// Runs on a thread with a stack for the deepest document `NestingLimit` allows.
    public static func run(
        specPath: String, overlayPath: String? = nil, layout: SpecWriter.Layout = .filePerResource,
        baseDirectory: String? = nil
    ) -> Result {
        Parallel.onLargeStack {
            runHere(specPath: specPath, overlayPath: overlayPath, layout: layout, baseDirectory: baseDirectory)
        }
    }

    private static func runHere(
        specPath: String, overlayPath: String?, layout: SpecWriter.Layout, baseDirectory: String?
    ) -> Result {
        var overlayLoader = SpecLoader(baseDirectory: baseDirectory)
        let overlay = overlayPath.flatMap { overlayLoader.loadOverlay(path: $0) } ?? OpenAPIOverlay()
        var loader = SpecLoader(baseDirectory: baseDirectory, overlay: overlay)
        let document = loader.load(path: specPath)
        var diagnostics = overlayLoader.diagnostics
        diagnostics.append(contentsOf: loader.diagnostics)
        var sources = loader.sources
        for path in overlayLoader.sources.paths { sources.add(path: path, text: overlayLoader.sources.text(of: path) ?? "") }
        guard let document, document.isComplete else {
            return Result(files: [], api: nil, diagnostics: diagnostics, sources: sources)
        }
        let api = IRBuilder.build(document, diagnostics: &diagnostics)
        guard api != nil, !diagnostics.hasErrors else {
            return Result(files: [], api: api, diagnostics: diagnostics, sources: sources)
        }
        let output = SpecWriter.write(
            document, layout: layout,
            headerComment: "Imported from \((specPath as NSString).lastPathComponent) by `julep-gen import`; edit freely.")
        for warning in output.warnings { diagnostics.append(warning) }
        return Result(files: output.files, api: api, diagnostics: diagnostics, sources: sources)
    }
}
