import Foundation

/// Builds the templates' view model from the IR: names, Swift types, literals and doc comments,
/// so the templates themselves need no logic beyond sections and loops.
///
/// One extension per kind of file: `+Models`, `+Unions` (and the `accessors:`), `+Factories`,
/// `+Resources` (with `+Shortcuts`, `+TextOverloads`, `+Downloads`) and `+Client`.
struct ContextBuilder {
    let api: APIDefinition
    /// The Swift decisions the contexts show (arguments, checks, paging).
    let projection: SwiftProjection
    var speller: SwiftTypeSpeller { projection.speller }
    /// The enums and unions that get `isUnrecognized` (see ``UnrecognizedValues``).
    var unrecognizable: Set<TypeID> { projection.unrecognizable }
    /// How often each type is named, for the factories' wrapper rule.
    var references: TypeReferenceCounts { projection.references }
    /// Whether contexts get their doc comments. The API surface reads the contexts' Swift only,
    /// and the docs are most of the work (see ``withoutDocs()``).
    private(set) var writesDocs = true
    /// Cases several unions hold alike, whose factories a protocol declares once.
    private(set) var caseProtocols = UnionCaseProtocols.none

    /// `projection`: the run's one (see ``SwiftProjection``).
    init(projection: SwiftProjection) {
        self.api = projection.api
        self.projection = projection
        self.caseProtocols = UnionCaseProtocols(builder: self)
    }

    /// This builder without doc comments, for the API surface. It keeps the shared union cases
    /// found with the docs, which take part in telling whether two cases' factories are the same:
    /// the surface must list the protocols the SDK declares.
    func withoutDocs() -> ContextBuilder {
        var builder = self
        builder.writesDocs = false
        return builder
    }

    /// `DocComment.lines(paragraphs:)`, or nothing without docs.
    func docLines(paragraphs: [String?]) -> [String] {
        writesDocs ? DocComment.lines(paragraphs: paragraphs) : []
    }

    /// `DocComment.lines(_:)`, or nothing without docs.
    func docLines(_ text: String?) -> [String] {
        writesDocs ? DocComment.lines(text) : []
    }
}

extension String {
    /// Doc text inside one `- Parameters:` line.
    var replacingNewlines: String {
        split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.joined(separator: " ")
    }
}
