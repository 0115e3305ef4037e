/// Builds the complete new output in the staging folder, ready to be swapped in.
///
/// Unchanged files are hard-linked from the current output rather than rewritten, so they keep their
/// inode and modification time and incremental builds stay warm; changed and new files are written;
/// preserved hidden entries are carried over the same way. Nothing in the current output is modified.
enum OutputStagingTree {
    static func build(
        at staging: String, layout: OutputLayout, plan: OutputPlan,
        current: (root: String, snapshot: OutputSnapshot)?
    ) throws {
        try OutputFileSystem.makeDirectory(staging)
        if let current, let root = try OutputFileSystem.status(current.root) {
            try OutputFileSystem.setPermissions(staging, root.permissions)
        }

        var madeFolders: Set<String> = [""]
        func makeFolders(for path: String) throws {
            let components = path.split(separator: "/").dropLast()
            for length in components.indices.map({ $0 + 1 }) {
                let folder = components.prefix(length).joined(separator: "/")
                if madeFolders.insert(folder).inserted {
                    try OutputFileSystem.makeDirectory(staging + "/" + folder)
                }
            }
        }

        let unchanged = Set(plan.unchanged)
        for file in layout.files {  // the marker first
            try makeFolders(for: file.path)
            let destination = staging + "/" + file.path
            if unchanged.contains(file.path), let entry = current?.snapshot.files[file.path] {
                try OutputFileSystem.linkOrCopy(entry.diskPath, to: destination)
            } else {
                try OutputFileSystem.createFile(destination, text: file.contents)
            }
        }

        guard let current else { return }
        for path in current.snapshot.preserved {
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            // Only into folders that are still part of the output; the rest go with their folder.
            guard madeFolders.contains(folder) else { continue }
            try OutputFileSystem.linkTree(current.root + "/" + path, to: staging + "/" + path)
        }
    }
}
