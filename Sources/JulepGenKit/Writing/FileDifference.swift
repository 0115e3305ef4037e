/// One file that differs between the rendered SDK and the output folder: what `--check` reports
/// instead of writing, so CI can fail with a readable diff when the committed output is stale.
public struct FileDifference: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Rendered but not on disk.
        case added
        /// On disk with other contents.
        case changed
        /// On disk but no longer rendered.
        case removed
    }

    /// Path relative to the output folder.
    public var path: String
    public var kind: Kind
    /// A unified diff from the folder's version to the rendered one (`--- a/PATH`, `+++ b/PATH`, with
    /// `/dev/null` for the missing side), or `Binary files … differ` when the file on disk isn't UTF-8 text.
    public var diff: String

    public init(path: String, kind: Kind, diff: String) {
        self.path = path
        self.kind = kind
        self.diff = diff
    }

    /// What the output folder holds at a path, as far as a diff is concerned.
    enum OldContents {
        case none
        case bytes([UInt8])
        /// A symbolic link or other special file where a regular file belongs.
        case notAFile
    }

    /// The difference between what the folder holds at `path` and the rendered `new` contents (nil:
    /// no longer rendered). The old side is raw bytes since a stray file on disk may not be text.
    static func between(path: String, old: OldContents, new: String?) -> FileDifference {
        let kind: Kind
        if case .none = old {
            kind = .added
        } else {
            kind = new == nil ? .removed : .changed
        }
        let oldLabel = kind == .added ? "/dev/null" : "a/\(path)"
        let newLabel = kind == .removed ? "/dev/null" : "b/\(path)"
        let diff: String
        switch old {
        case .none:
            diff = unifiedDiff(old: "", new: new ?? "", oldLabel, newLabel)
        case .notAFile:
            diff = "\(oldLabel) is not a regular file\n"
        case .bytes(let bytes):
            if let text = text(utf8: bytes) {
                diff = unifiedDiff(old: text, new: new ?? "", oldLabel, newLabel)
            } else {
                diff = "Binary files \(oldLabel) and \(newLabel) differ\n"
            }
        }
        return FileDifference(path: path, kind: kind, diff: diff)
    }

    private static func unifiedDiff(old: String, new: String, _ oldLabel: String, _ newLabel: String) -> String {
        let diff = UnifiedDiff.diff(old: old, new: new, oldLabel: oldLabel, newLabel: newLabel)
        // An empty file added or removed has no lines to show, but the headers still say which file.
        return diff.isEmpty ? "--- \(oldLabel)\n+++ \(newLabel)\n" : diff
    }

    /// The text of UTF-8 bytes, or nil when they aren't valid UTF-8 (never repaired, unlike `String(decoding:as:)`).
    private static func text(utf8 bytes: [UInt8]) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            case .error: return nil
            }
        }
    }
}
