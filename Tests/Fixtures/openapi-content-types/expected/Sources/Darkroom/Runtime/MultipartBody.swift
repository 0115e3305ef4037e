// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A `multipart/form-data` request body (RFC 7578): one part per field, in the order added.
///
/// Text fields become `text/plain` parts, objects and lists `application/json` parts (OpenAPI's
/// defaults; an `encoding` can give another content type), and files parts with a `filename`
/// and their own content type. The boundary is random, so a part's content cannot contain it.
struct MultipartBody: Sendable {
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var contentType: String?
        var headers: [(name: String, value: String)] = []
        var contents: FileUpload.Contents
    }

    var boundary: String
    private(set) var parts: [Part] = []

    init(boundary: String = "Boundary-" + UUID().uuidString.lowercased()) {
        self.boundary = boundary
    }

    /// The `Content-Type` header value, with the boundary.
    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// Adds a text part; does nothing when `value` is `nil`.
    mutating func addText(_ name: String, _ value: String?, contentType: String? = nil) {
        guard let value else { return }
        parts.append(Part(name: name, contentType: contentType, contents: .data(Data(value.utf8))))
    }

    /// Adds a file part; does nothing when `file` is `nil`.
    mutating func addFile(_ name: String, _ file: FileUpload?, headers: [(name: String, value: String)] = []) {
        guard let file else { return }
        parts.append(
            Part(
                name: name, fileName: file.fileName, contentType: file.contentType, headers: headers,
                contents: file.contents))
    }

    /// Adds one part per file, all under `name`.
    mutating func addFiles(_ name: String, _ files: [FileUpload]?) {
        for file in files ?? [] { addFile(name, file) }
    }

    /// Adds `value` as OpenAPI's defaults for a multipart field say: a string, number or Boolean
    /// as a text part (as JSON spells it, a date or UUID as the SDK writes it), anything else as
    /// a JSON part, or with `contentType` when the document's `encoding` gives one. Does nothing
    /// when `value` is `nil`. Throws ``APIError/Kind/invalidArgument`` if it cannot be encoded.
    mutating func addField<Value: Encodable>(_ name: String, _ value: Value?, contentType: String? = nil) throws {
        guard let value else { return }
        let json = try APIRequest.encodeJSONValue(value, what: "multipart field '\(name)'")
        switch json {
        case .null:
            return
        case .string(let text):
            addText(name, text, contentType: contentType)
        case .array, .object:
            let data = try JSONCoding.makeEncoder().encode(json)
            parts.append(Part(name: name, contentType: contentType ?? "application/json", contents: .data(data)))
        default:
            addText(name, ParameterStyle.headerValue(json), contentType: contentType)
        }
    }

    /// Adds a part per field of `value`, which must encode to a JSON object, as ``addField(_:_:contentType:)``
    /// adds each (`contentTypes` by field name). For a body passed whole.
    mutating func addFields<Value: Encodable>(of value: Value, contentTypes: [String: String] = [:]) throws {
        guard case .object(let fields) = try APIRequest.encodeJSONValue(value, what: "multipart body") else {
            throw APIError(kind: .invalidArgument, message: "A multipart body must be an object of fields.")
        }
        for name in fields.keys.sorted() {
            try addField(name, fields[name], contentType: contentTypes[name])
        }
    }

    /// The head of a part: boundary line and headers, ending with the blank line.
    private func head(of part: Part) -> Data {
        var disposition = "form-data; name=\"\(MultipartBody.quoted(part.name))\""
        if let fileName = part.fileName { disposition += "; filename=\"\(MultipartBody.quoted(fileName))\"" }
        var text = "--\(boundary)\r\nContent-Disposition: \(disposition)\r\n"
        if let contentType = part.contentType { text += "Content-Type: \(contentType)\r\n" }
        for header in part.headers { text += "\(header.name): \(header.value)\r\n" }
        return Data((text + "\r\n").utf8)
    }

    private var closing: Data { Data("--\(boundary)--\r\n".utf8) }

    /// The body in memory, files read whole.
    func encoded() throws -> Data {
        var data = Data()
        try write { data.append($0) }
        return data
    }

    /// Whether a part's bytes are in a file on disk.
    var hasFileOnDisk: Bool {
        parts.contains { if case .file = $0.contents { true } else { false } }
    }

    /// The body's length in bytes, files counted without reading them.
    func byteCount() throws -> Int {
        var count = closing.count
        for part in parts {
            count += head(of: part).count + 2
            count += try FileUpload(contents: part.contents).byteCount()
        }
        return count
    }

    /// Calls `write` with the body a piece at a time, reading files in chunks.
    func write(_ write: (Data) throws -> Void) throws {
        for part in parts {
            try write(head(of: part))
            try FileUpload(contents: part.contents).forEachChunk(write)
            try write(Data("\r\n".utf8))
        }
        try write(closing)
    }

    /// A name or file name inside a quoted header parameter, as browsers write it (WHATWG's
    /// multipart/form-data encoding): `"` as `%22`, CR as `%0D`, LF as `%0A`.
    static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}

extension FileUpload {
    /// A file of unknown name and type, only to read `contents`.
    fileprivate init(contents: Contents) {
        self.contents = contents
        self.fileName = ""
        self.contentType = ""
    }
}

extension APIRequest {
    /// Sets `body` as the request body, with its `Content-Type` and boundary. A body with a file
    /// on disk is written to a temporary file a chunk at a time and streamed from there as the
    /// request is sent, so a large upload never sits in memory; any other is encoded in memory.
    mutating func setMultipartBody(_ body: MultipartBody) throws {
        if body.hasFileOnDisk {
            self.body = nil
            bodyFile = try RequestBodyFile.temporary { write in try body.write(write) }
        } else {
            self.body = try body.encoded()
        }
        headers["Content-Type"] = body.contentType
    }
}
