import Foundation

/// The rendered files compared with the output folder, file by file. The same comparison drives
/// writing (what to write, hard-link or drop) and check mode (what to report), so the two always agree.
///
/// Only files count: a folder with no files in it (or only preserved hidden ones) is not a difference
/// by itself — git can't hold one, and the build doesn't see it — it just isn't carried over when the
/// tree is rebuilt for a real change.
struct OutputPlan {
    /// Rendered but not on disk, sorted.
    private(set) var added: [String] = []
    /// On disk with other contents, or as something other than a regular file, sorted.
    private(set) var changed: [String] = []
    /// On disk byte for byte, sorted.
    private(set) var unchanged: [String] = []
    /// On disk but not rendered, sorted.
    private(set) var removed: [String] = []

    var hasChanges: Bool { !(added.isEmpty && changed.isEmpty && removed.isEmpty) }

    var summary: WriteSummary {
        WriteSummary(written: (added + changed).sorted(), unchanged: unchanged, removed: removed)
    }

    /// The plan for an output folder that doesn't exist yet: everything is added.
    init(newFolderFor layout: OutputLayout) {
        added = layout.files.map(\.path).sorted()
    }

    init(layout: OutputLayout, snapshot: OutputSnapshot) throws {
        for file in layout.files {
            if let entry = snapshot.files[file.path] {
                if try Self.holds(entry, file.contents) {
                    unchanged.append(file.path)
                } else {
                    changed.append(file.path)
                }
            } else {
                added.append(file.path)
            }
        }
        removed = snapshot.files.keys.filter { !layout.filePaths.contains($0) }
        added.sort()
        changed.sort()
        unchanged.sort()
        removed.sort()
    }

    /// Whether the entry is a regular file with exactly these contents (sizes first: most changed
    /// files differ in size, and then nothing needs reading).
    private static func holds(_ entry: OutputSnapshot.Entry, _ contents: String) throws -> Bool {
        guard entry.status.type == .regularFile, entry.status.size == contents.utf8.count else { return false }
        let bytes = try OutputFileSystem.readFile(entry.diskPath)
        guard bytes.count == contents.utf8.count else { return false }
        // Compared as memory, not byte by byte through String.UTF8View.
        var contents = contents
        return contents.withUTF8 { text in
            bytes.withUnsafeBytes { file in
                text.isEmpty || memcmp(file.baseAddress!, text.baseAddress!, text.count) == 0
            }
        }
    }
}
