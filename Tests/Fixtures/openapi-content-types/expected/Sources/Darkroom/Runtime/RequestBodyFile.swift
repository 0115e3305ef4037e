// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A request body kept on disk and read as it is sent: a file the caller uploads, or a multipart
/// body with file parts written out once, so a large upload never sits in memory.
///
/// A temporary file is removed when the last request holding it is gone, after every attempt
/// (retries send the same file again).
final class RequestBodyFile: Sendable {
    /// The file.
    let url: URL
    /// Whether the SDK wrote the file, and removes it.
    let isTemporary: Bool

    init(url: URL, isTemporary: Bool) {
        self.url = url
        self.isTemporary = isTemporary
    }

    /// A new temporary file holding what `write` writes, a piece at a time.
    static func temporary(writing write: ((Data) throws -> Void) throws -> Void) throws -> RequestBodyFile {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("upload-\(UUID().uuidString.lowercased()).body")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw APIError(
                kind: .invalidArgument,
                message: "Cannot create a temporary file for the request body at '\(url.path)'.")
        }
        let file = RequestBodyFile(url: url, isTemporary: true)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try write { try handle.write(contentsOf: $0) }
        return file
    }

    /// The file's size in bytes.
    func byteCount() throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    deinit {
        if isTemporary { try? FileManager.default.removeItem(at: url) }
    }
}
