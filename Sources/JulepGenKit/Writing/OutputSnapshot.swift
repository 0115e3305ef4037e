/// What the output folder holds now, as the writer sees it: the entries it owns (to compare with the
/// rendered files, or delete) and the hidden ones it carries over untouched.
struct OutputSnapshot {
    struct Entry {
        /// Absolute path, as found on disk.
        var diskPath: String
        var status: OutputFileSystem.Status
    }

    /// Every non-folder entry the writer owns (regular files, and also links or other special files
    /// that ended up where they shouldn't), by path relative to the output folder.
    private(set) var files: [String: Entry] = [:]
    /// Relative paths of preserved hidden entries (see `OutputLayout.isPreserved`), sorted.
    private(set) var preserved: [String] = []

    init(root: String, layout: OutputLayout) throws {
        try scan(folder: "", at: root, layout: layout)
    }

    private mutating func scan(folder: String, at diskPath: String, layout: OutputLayout) throws {
        for name in try OutputFileSystem.contentsOfDirectory(diskPath) {
            let path = folder.isEmpty ? name : folder + "/" + name
            let entryPath = diskPath + "/" + name
            if layout.isPreserved(path) {
                preserved.append(path)
                continue
            }
            guard let status = try OutputFileSystem.status(entryPath) else { continue }  // deleted meanwhile
            if status.type == .directory {
                try scan(folder: path, at: entryPath, layout: layout)
            } else {
                files[path] = Entry(diskPath: entryPath, status: status)
            }
        }
    }
}
