import Mustache

/// The built-in templates with the overrides of `--templates`, read and compiled, with what went
/// wrong on the way. Made on its own (see `Generator.run`), so it keeps its own sources and
/// diagnostics, which the run adds after the spec's: the same order as reading them in turn.
struct ParsedTemplates: Sendable {
    var templates = TemplateSet()
    var library = MustacheLibrary()
    var sources = SourceFiles()
    var diagnostics = Diagnostics()

    init(_ options: Generator.Options) {
        templates.load(directory: options.builtInTemplates, diagnostics: &diagnostics)
        if let override = options.templatesOverride {
            templates.load(directory: override, diagnostics: &diagnostics)
        }
        library = templates.library(sources: &sources, diagnostics: &diagnostics)
    }
}
