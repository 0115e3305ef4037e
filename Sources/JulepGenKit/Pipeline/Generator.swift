import Foundation

/// The whole pipeline: read the spec → build the IR → build template contexts and render → files.
///
/// Nothing here touches the output folder; `OutputWriter` does that once everything rendered
/// without errors, so a failed run leaves the output as it was.
public struct Generator {
    public struct Options: Sendable {
        public var specPath: String
        /// Templates that replace built-in ones of the same name.
        public var templatesOverride: String?
        public var builtInTemplates: String
        public var warningsAsErrors: Bool
        /// Where a relative `specPath` is read from (the current directory when `nil`).
        public var baseDirectory: String?
        /// Renames for an OpenAPI input.
        public var overlayPath: String?
        /// Also generate the SDK's sample tests under `Tests/` (the command line does by default).
        public var tests: Bool
        /// Replaces the profile the spec or the overlay asks for (`nil`: theirs, else `standard`).
        public var profile: APIProfile?

        public init(
            specPath: String, templatesOverride: String? = nil, builtInTemplates: String = TemplateSet.builtInDirectory,
            warningsAsErrors: Bool = false, baseDirectory: String? = nil, overlayPath: String? = nil, tests: Bool = false,
            profile: APIProfile? = nil
        ) {
            self.tests = tests
            self.profile = profile
            self.overlayPath = overlayPath
            self.specPath = specPath
            self.baseDirectory = baseDirectory
            self.templatesOverride = templatesOverride
            self.builtInTemplates = builtInTemplates
            self.warningsAsErrors = warningsAsErrors
        }
    }

    public struct Result: Sendable {
        /// Empty when there were errors.
        public var files: [GeneratedFile]
        public var api: APIDefinition?
        /// The SDK's public API, also among `files` as `API.md`; `nil` when there were errors.
        public var surface: APISurface? = nil
        public var diagnostics: Diagnostics
        /// Every file read, so diagnostics can quote their lines.
        public var sources: SourceFiles

        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// The spec read and checked, up to the IR: what `run` renders, and what `julep-gen diff` compares.
    public struct Loaded: Sendable {
        /// `nil` when the spec could not be read; with errors, as far as it could be built.
        public var api: APIDefinition?
        public var diagnostics: Diagnostics
        public var sources: SourceFiles
    }

    /// Runs `load` on a thread with a stack for the deepest document `NestingLimit` allows,
    /// whatever thread calls it.
    public static func load(_ options: Options) -> Loaded {
        Parallel.onLargeStack { loadHere(options) }
    }

    private static func loadHere(_ options: Options) -> Loaded {
        var overlay = OpenAPIOverlay()
        var overlayLoader = SpecLoader(baseDirectory: options.baseDirectory)
        if let path = options.overlayPath { overlay = overlayLoader.loadOverlay(path: path) ?? overlay }
        overlay.profile = options.profile ?? overlay.profile
        var loader = SpecLoader(baseDirectory: options.baseDirectory, overlay: overlay)
        var document = loader.load(path: options.specPath)
        if let profile = options.profile, let root = document?.rootFile {
            document?.profile = Located(profile, at: SourceLocation(file: root, line: 1, column: 1))
        }
        var diagnostics = overlayLoader.diagnostics
        diagnostics.append(contentsOf: loader.diagnostics)
        var sources = loader.sources
        for path in overlayLoader.sources.paths { sources.add(path: path, text: overlayLoader.sources.text(of: path) ?? "") }
        var api: APIDefinition?
        // Decoding problems do not stop the checks that follow: a run reports everything it can.
        // Only a file that could not be read or parsed does, since the rest would be its echoes.
        if let document, document.isComplete {
            api = IRBuilder.build(document, diagnostics: &diagnostics)
        }
        if options.warningsAsErrors { diagnostics.promoteWarnings() }
        return Loaded(api: api, diagnostics: diagnostics, sources: sources)
    }

    /// Runs the pipeline on a thread with a stack for the deepest document `NestingLimit` allows,
    /// whatever thread calls it.
    public static func run(_ options: Options) -> Result {
        Parallel.onLargeStack { runHere(options) }
    }

    private static func runHere(_ options: Options) -> Result {
        // The templates do not depend on the spec: they are parsed on another core meanwhile.
        let parsing = Parallel.start { ParsedTemplates(options) }
        let loaded = loadHere(options)
        var diagnostics = loaded.diagnostics
        var sources = loaded.sources
        let parsed = parsing.wait()
        diagnostics.append(contentsOf: parsed.diagnostics)
        sources.add(contentsOf: parsed.sources)
        if options.warningsAsErrors { diagnostics.promoteWarnings() }
        guard let api = loaded.api, !diagnostics.hasErrors else {
            return Result(files: [], api: loaded.api, diagnostics: diagnostics, sources: sources)
        }
        let builder = ContextBuilder(projection: SwiftProjection(api: api))
        // The API surface needs no template: it is built while the files render.
        let surfacing = Parallel.start { SurfaceBuilder(builder: builder).build() }
        var files = FileRenderer(
            builder: builder, templates: parsed.templates, library: parsed.library, includeTests: options.tests)
            .render(diagnostics: &diagnostics)
        let surface = surfacing.wait()
        guard !diagnostics.hasErrors else { return Result(files: [], api: api, diagnostics: diagnostics, sources: sources) }
        files.append(GeneratedFile(path: APISurface.fileName, contents: SurfaceWriter.markdown(surface)))
        files.sort { $0.path < $1.path }
        return Result(files: files, api: api, surface: surface, diagnostics: diagnostics, sources: sources)
    }
}
