/// The file that marks a folder as julep-gen's. The writer deletes whatever the rendered SDK no
/// longer has, so it must only ever do that in a folder it created: an existing folder without the
/// marker is refused unless empty — `--output ~` fails instead of deleting someone's files.
enum OutputMarker {
    static let fileName = ".julep-gen"
    static let contents = "This folder is written by julep-gen. Do not edit files here: change the spec or the templates and regenerate.\n"

    /// Added by the writer to every output; callers never pass it.
    static let file = GeneratedFile(path: fileName, contents: contents)

    /// Throws unless the existing folder at `root` has the marker or holds nothing the writer would
    /// replace or delete. Hidden entries the writer leaves alone (`.DS_Store`, `.git`; see
    /// `OutputLayout.isPreserved`) don't count, so a folder holding only those is adopted as empty.
    static func checkOwnership(of root: String, layout: OutputLayout) throws {
        if try OutputFileSystem.status(root + "/" + fileName)?.type == .regularFile { return }
        let foreign = try OutputFileSystem.contentsOfDirectory(root).filter { !layout.isPreserved($0) }
        guard !foreign.isEmpty else { return }
        let shown = foreign.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (foreign.count > 5 ? ", …" : "")
        throw OutputError("""
            refusing to write to '\(root)': the folder is not empty and has no \(fileName) marker file, \
            so julep-gen did not create it and will not replace or delete what is in it (\(shown)). \
            Choose a new or empty folder for the output. (If this is julep-gen's output and only the \
            marker was deleted, delete the folder and generate again.)
            """)
    }
}
