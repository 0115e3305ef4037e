import Foundation

/// The output folder's path and the two scratch paths the writer uses beside it. Beside it — in the
/// same parent — so that renames between them never cross file systems and stay atomic; hidden and
/// sharing one suffix so a single `.gitignore` line (`.*.julep-gen-staging*`) covers both.
struct OutputLocation {
    /// Absolute path of the output folder; if it is a symbolic link, the folder it points to.
    let output: String
    let parent: String
    /// Where the new tree is built: `.<output name>.julep-gen-staging`.
    let staging: String
    /// Where the old tree waits during the two-rename fallback of `DirectorySwap`.
    let backup: String

    init(_ outputDirectory: URL) throws {
        var path = outputDirectory.standardizedFileURL.path
        if try OutputFileSystem.status(path)?.type == .symbolicLink {
            path = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let name = (path as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw OutputError("'\(outputDirectory.path)' can't be the output folder: the output must be a named folder inside another one")
        }
        output = path
        parent = (path as NSString).deletingLastPathComponent
        staging = parent + "/." + name + ".julep-gen-staging"
        backup = staging + ".old"
    }

    /// Throws unless what exists at the output path is a folder.
    func requireFolder(_ status: OutputFileSystem.Status) throws {
        guard status.type == .directory else {
            throw OutputError("refusing to write to '\(output)': it exists and is not a folder")
        }
    }
}
