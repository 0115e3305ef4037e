/// The validated output: the rendered files plus the marker, and the folders they need. Everything
/// the writer decides about existing entries — compare, delete or leave alone — is decided here.
struct OutputLayout {
    /// The files to write: the marker first, then by path (a deterministic order for everything after).
    let files: [GeneratedFile]
    let filePaths: Set<String>
    /// Every folder that holds generated files, as relative paths (the output folder itself excluded).
    let folders: Set<String>

    init(validating rendered: [GeneratedFile]) throws {
        try GeneratedPathValidation.validate(rendered.map(\.path))
        files = [OutputMarker.file] + rendered.sorted { $0.path < $1.path }
        filePaths = Set(files.map(\.path))
        var folders: Set<String> = []
        for path in filePaths {
            var components = path.split(separator: "/")
            components.removeLast()
            while !components.isEmpty {
                guard folders.insert(components.joined(separator: "/")).inserted else { break }
                components.removeLast()
            }
        }
        self.folders = folders
    }

    /// Whether an existing entry is left alone: never compared, reported, replaced or deleted.
    ///
    /// That is every hidden entry (name starting with ".") that isn't itself generated, at any depth.
    /// Hidden entries are what tools put into the folder: Finder's `.DS_Store`, `.build` and `.swiftpm`
    /// when the generated package is built on its own, `.git` when the output is its own repository.
    /// Deleting them would cost a cold build or lose data, and reporting them would make `--check`
    /// fail on any Mac where Finder has opened the folder. They move with their folder into the new
    /// tree, and go when their folder goes (a folder no longer generated is dropped whole).
    /// The one cost: a generated hidden file (say `.spi.yml`) that templates stop producing is left
    /// behind; delete it by hand.
    func isPreserved(_ relativePath: String) -> Bool {
        let name = relativePath.split(separator: "/").last ?? ""
        return name.hasPrefix(".") && !filePaths.contains(relativePath) && !folders.contains(relativePath)
    }
}
