import Mustache

/// One generated file to render: which template, and how to build its context.
///
/// Jobs render on all cores at once (`Parallel.map`), so building a context may depend on nothing
/// but the IR: no job sees another's work, and the files come out the same in any order.
struct RenderJob: Sendable {
    var path: String
    var template: String
    /// Called on the thread that renders, so contexts are built on all cores too.
    var context: @Sendable () -> any Encodable

    /// The file, and the tags of its template that resolved to nothing (see `LookupLog`).
    func render(_ library: MustacheLibrary) -> (file: GeneratedFile, unresolvedTags: [String]) {
        let lookups = LookupLog()
        let text = library.render(MustacheValue.make(context(), lookups: lookups), withTemplate: template) ?? ""
        let tidy = OutputText.normalize(text)
        let contents = path.hasSuffix(".swift")
            ? SwiftLineBreaker.breakLongLines(MultilineStringIndentation.indented(tidy)) : tidy
        return (GeneratedFile(path: path, contents: contents), lookups.finish())
    }
}
