import Foundation

/// One side of `julep-gen diff`: the API a spec or an OpenAPI document gives (read and checked
/// up to the IR, nothing rendered), or the one an `API.md` that julep-gen wrote records.
public enum SurfaceLoader {
    public struct Loaded: Sendable {
        /// `nil` when there were errors.
        public var surface: APISurface?
        public var diagnostics: Diagnostics
        /// Every file read, so diagnostics can quote their lines.
        public var sources: SourceFiles
    }

    /// Both sides of a comparison, on two cores.
    public static func load(old: String, new: String, overlayPath: String? = nil, baseDirectory: String? = nil) -> (Loaded, Loaded) {
        let loaded = Parallel.map([old, new]) { load(path: $0, overlayPath: overlayPath, baseDirectory: baseDirectory) }
        return (loaded[0], loaded[1])
    }

    /// `path` is read as an `API.md` when its name ends in `.md`, otherwise as a spec
    /// (`Generator.Options.specPath`), with `overlay` applied to an OpenAPI document.
    public static func load(path: String, overlayPath: String? = nil, baseDirectory: String? = nil) -> Loaded {
        guard path.hasSuffix(".md") else {
            let loaded = Generator.load(
                Generator.Options(specPath: path, baseDirectory: baseDirectory, overlayPath: overlayPath))
            let surface = loaded.diagnostics.hasErrors ? nil : loaded.api.map { SurfaceBuilder(api: $0).build() }
            return Loaded(surface: surface, diagnostics: loaded.diagnostics, sources: loaded.sources)
        }
        var diagnostics = Diagnostics()
        var sources = SourceFiles()
        let url = URL(fileURLWithPath: path, relativeTo: baseDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) })
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.error("cannot read '\(path)'", at: nil)
            return Loaded(surface: nil, diagnostics: diagnostics, sources: sources)
        }
        let text = String(decoding: data, as: UTF8.self)
        sources.add(path: path, text: text)
        do {
            return Loaded(surface: try SurfaceReader.read(text), diagnostics: diagnostics, sources: sources)
        } catch {
            diagnostics.error(
                "not an API surface written by julep-gen: \(error.message)",
                at: SourceLocation(file: path, line: error.line, column: 1))
            return Loaded(surface: nil, diagnostics: diagnostics, sources: sources)
        }
    }
}
