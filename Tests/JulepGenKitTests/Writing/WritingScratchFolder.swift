import Foundation
@testable import JulepGenKit

/// A fresh temporary folder for one test, deleted when the test lets go of it.
final class WritingScratchFolder {
    let url: URL
    /// `Generated` inside the scratch folder; not created.
    var output: URL { url.appendingPathComponent("Generated") }
    var staging: URL { url.appendingPathComponent(".Generated.julep-gen-staging") }
    var backup: URL { url.appendingPathComponent(".Generated.julep-gen-staging.old") }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("julep-gen-writing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ text: String, to relativePath: String, in folder: URL? = nil) throws {
        let file = (folder ?? output).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Whether anything is at `url` (a symbolic link counts even when broken).
    func exists(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil
    }

    func exists(_ relativePath: String) -> Bool {
        exists(output.appendingPathComponent(relativePath))
    }

    /// Every entry below `root` (folders too, "" for `root` itself) by relative path.
    func entries(of root: URL? = nil) throws -> [String] {
        let root = root ?? output
        var result = [""]
        func walk(_ folder: URL, _ prefix: String) throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let path = prefix.isEmpty ? name : prefix + "/" + name
                result.append(path)
                let url = folder.appendingPathComponent(name)
                // `attributesOfItem` doesn't follow symbolic links, so linked folders aren't entered.
                if try FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType == .typeDirectory {
                    try walk(url, path)
                }
            }
        }
        try walk(root, "")
        return result
    }

    /// Inode and modification time of every entry below `root`, folders included: equal fingerprints
    /// mean nothing was replaced, rewritten, added or removed.
    func fingerprint(of root: URL? = nil) throws -> [String: Identity] {
        let root = root ?? output
        var result: [String: Identity] = [:]
        for path in try entries(of: root) {
            result[path] = try identity(root.appendingPathComponent(path))
        }
        return result
    }

    struct Identity: Equatable, CustomStringConvertible {
        var inode: UInt64
        var modified: Date
        var description: String { "inode \(inode), modified \(modified.timeIntervalSince1970)" }
    }

    func identity(_ url: URL) throws -> Identity {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        return Identity(inode: inode, modified: attributes[.modificationDate] as? Date ?? .distantPast)
    }

    func identity(_ relativePath: String) throws -> Identity {
        try identity(output.appendingPathComponent(relativePath))
    }

    /// Sets the modification time of everything below `root` (and `root`) to a fixed date long ago, so a
    /// rewrite shows up as a changed time even within the file system's timestamp granularity.
    static let longAgo = Date(timeIntervalSince1970: 1_000_000_000)

    func age(_ root: URL? = nil) throws {
        let root = root ?? output
        // Deepest first: setting a time never changes the parent's, but be independent of that.
        for path in try entries(of: root).reversed() {
            try FileManager.default.setAttributes(
                [.modificationDate: Self.longAgo], ofItemAtPath: root.appendingPathComponent(path).path
            )
        }
    }
}

/// Files as the pipeline would render them.
func writerInput(_ files: [String: String]) -> [GeneratedFile] {
    files.map { GeneratedFile(path: $0.key, contents: $0.value) }
}
