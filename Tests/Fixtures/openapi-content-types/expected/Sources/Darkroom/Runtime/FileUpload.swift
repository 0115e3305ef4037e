// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A file to send: its bytes, from memory or from a file on disk, with the file name and media
/// type the server is told.
///
/// ```swift
/// let photo = FileUpload(data: png, fileName: "cat.png", contentType: "image/png")
/// let video = FileUpload(fileURL: URL(fileURLWithPath: "/tmp/talk.mp4"), contentType: "video/mp4")
/// ```
///
/// A file on disk is read as the request is sent, in chunks, never whole.
public struct FileUpload: Sendable, Hashable {
    /// Where the bytes come from.
    public enum Contents: Sendable, Hashable {
        /// Bytes in memory.
        case data(Data)
        /// A file on disk (a `file:` URL).
        case file(URL)
    }

    /// The bytes.
    public var contents: Contents
    /// The file name sent with the bytes (`filename=` of a multipart part).
    public var fileName: String
    /// The bytes' media type, for example `image/png`.
    public var contentType: String

    /// Bytes in memory.
    public init(data: Data, fileName: String, contentType: String = "application/octet-stream") {
        self.contents = .data(data)
        self.fileName = fileName
        self.contentType = contentType
    }

    /// A file on disk; `fileName` defaults to the URL's last path component.
    public init(fileURL: URL, fileName: String? = nil, contentType: String = "application/octet-stream") {
        self.contents = .file(fileURL)
        self.fileName = fileName ?? fileURL.lastPathComponent
        self.contentType = contentType
    }

    /// The number of bytes, without reading them.
    func byteCount() throws -> Int {
        switch contents {
        case .data(let data):
            return data.count
        case .file(let url):
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            return (attributes[.size] as? NSNumber)?.intValue ?? 0
        }
    }

    /// Calls `write` with the bytes, a chunk at a time for a file on disk.
    func forEachChunk(_ write: (Data) throws -> Void) throws {
        switch contents {
        case .data(let data):
            try write(data)
        case .file(let url):
            let handle: FileHandle
            do {
                handle = try FileHandle(forReadingFrom: url)
            } catch {
                throw APIError(
                    kind: .invalidArgument, message: "Cannot read the file '\(url.path)': \(error)", underlying: error)
            }
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: FileUpload.chunkSize), !chunk.isEmpty {
                try write(chunk)
            }
        }
    }

    /// Bytes read from disk at a time.
    static let chunkSize = 64 * 1024
}

extension APIRequest {
    /// Sets a file's bytes as the body, sent as `contentType` (the operation's media type) or,
    /// when the operation accepts a range such as `image/*`, as the file's own. A file on disk is
    /// streamed from disk as the request is sent, never read into memory.
    mutating func setRawBody(_ file: FileUpload, contentType: String? = nil) throws {
        let type = contentType ?? file.contentType
        switch file.contents {
        case .data(let data):
            setRawBody(data, contentType: type)
        case .file(let url):
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw APIError(kind: .invalidArgument, message: "Cannot read the file '\(url.path)'.")
            }
            body = nil
            bodyFile = RequestBodyFile(url: url, isTemporary: false)
            headers["Content-Type"] = type
        }
    }
}
