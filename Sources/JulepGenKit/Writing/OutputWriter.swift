import Foundation

/// Puts the rendered SDK into the output folder, or (check mode) reports how the folder differs.
///
/// Guarantees, so regenerating is always safe and cheap:
/// - Unchanged files are not rewritten: they keep inode and modification time, and when nothing
///   changed nothing on disk is touched at all — incremental builds stay warm.
/// - Files no longer rendered are deleted, and so are folders left empty by that.
/// - Atomic: the new tree is built in a staging folder beside the output and swapped in with one
///   rename, so a run killed at any point leaves the old output or the new one, never a mix.
///   (Against the process dying, that is; nothing is fsync'ed, which would slow every run down.)
/// - The folder must be julep-gen's: it carries a `.julep-gen` marker, and an existing folder without
///   one is refused unless empty. Hidden entries that aren't generated (`.DS_Store`, `.git`, `.build`)
///   are never touched or reported; see `OutputLayout.isPreserved`.
/// - Paths are validated before anything is touched.
///
/// The marker is part of the output like any generated file: it appears in `WriteSummary` and, for a
/// new folder, as an added file in check mode.
///
/// Not meant for two runs on the same output at once (they would share the staging folder).
public struct OutputWriter: Sendable {
    public let outputDirectory: URL
    /// Whether to try the atomic exchange of folders before the two-rename fallback; tests turn it
    /// off to exercise the fallback.
    let allowsExchange: Bool

    public init(outputDirectory: URL) {
        self.init(outputDirectory: outputDirectory, allowsExchange: true)
    }

    init(outputDirectory: URL, allowsExchange: Bool) {
        self.outputDirectory = outputDirectory
        self.allowsExchange = allowsExchange
    }

    /// Makes the output folder hold exactly `files` (plus the marker and preserved hidden entries).
    /// Throws `OutputError`; after an error the output is as it was before.
    public func write(_ files: [GeneratedFile]) throws -> WriteSummary {
        let layout = try OutputLayout(validating: files)
        let location = try OutputLocation(outputDirectory)
        // Clean up after a killed run: it can only have left the scratch folders, never a partial output.
        try DirectorySwap.recoverInterruptedSwap(output: location.output, backup: location.backup)
        try OutputFileSystem.removeTree(location.staging)

        guard let existing = try OutputFileSystem.status(location.output) else {
            try OutputFileSystem.makeDirectories(location.parent)
            let plan = OutputPlan(newFolderFor: layout)
            try stage(layout, plan, current: nil, at: location)
            do {
                try OutputFileSystem.rename(location.staging, to: location.output)
            } catch {
                try? OutputFileSystem.removeTree(location.staging)
                throw error
            }
            return plan.summary
        }
        try location.requireFolder(existing)
        try OutputMarker.checkOwnership(of: location.output, layout: layout)
        let snapshot = try OutputSnapshot(root: location.output, layout: layout)
        let plan = try OutputPlan(layout: layout, snapshot: snapshot)
        guard plan.hasChanges else { return plan.summary }

        try stage(layout, plan, current: (location.output, snapshot), at: location)
        let oldTree: String
        do {
            oldTree = try DirectorySwap.replace(
                location.output, with: location.staging, backup: location.backup, allowExchange: allowsExchange
            )
        } catch {
            try? OutputFileSystem.removeTree(location.staging)
            throw error
        }
        // The new output is in place. Should deleting the old tree fail, the next run deletes it.
        try? OutputFileSystem.removeTree(oldTree)
        return plan.summary
    }

    /// Check mode: how the output folder differs from `files` (plus the marker), sorted by path.
    /// Writes nothing, and doesn't clean up after killed runs either.
    public func differences(from files: [GeneratedFile]) throws -> [FileDifference] {
        let layout = try OutputLayout(validating: files)
        let location = try OutputLocation(outputDirectory)
        guard let existing = try OutputFileSystem.status(location.output) else {
            return layout.files.map { FileDifference.between(path: $0.path, old: .none, new: $0.contents) }
                .sorted { $0.path < $1.path }
        }
        try location.requireFolder(existing)
        // Refused like `write`: comparing with a folder julep-gen doesn't own would only print its contents as removed.
        try OutputMarker.checkOwnership(of: location.output, layout: layout)
        let snapshot = try OutputSnapshot(root: location.output, layout: layout)
        let plan = try OutputPlan(layout: layout, snapshot: snapshot)

        let rendered = Dictionary(uniqueKeysWithValues: layout.files.map { ($0.path, $0.contents) })
        func old(_ path: String) throws -> FileDifference.OldContents {
            guard let entry = snapshot.files[path] else { return .none }
            guard entry.status.type == .regularFile else { return .notAFile }
            return .bytes(try OutputFileSystem.readFile(entry.diskPath))
        }
        var differences: [FileDifference] = []
        for path in plan.added + plan.changed + plan.removed {
            differences.append(.between(path: path, old: try old(path), new: rendered[path]))
        }
        return differences.sorted { $0.path < $1.path }
    }

    /// Builds the staging tree; on failure removes it again, so the output and its parent are as before.
    private func stage(
        _ layout: OutputLayout, _ plan: OutputPlan, current: (root: String, snapshot: OutputSnapshot)?,
        at location: OutputLocation
    ) throws {
        do {
            try OutputStagingTree.build(at: location.staging, layout: layout, plan: plan, current: current)
        } catch {
            try? OutputFileSystem.removeTree(location.staging)
            throw error
        }
    }
}
