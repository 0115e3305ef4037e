/// How a request body goes on the wire, by its media type.
public enum RequestMediaKind: String, Sendable, Hashable {
    /// `application/json` and JSON-like types (`+json`, `application/json-patch+json`): the value as JSON.
    case json
    /// `application/x-www-form-urlencoded`: the body's fields by OpenAPI's rules for forms.
    case form
    /// `multipart/form-data`: a part per field; file fields take a `FileUpload`.
    case multipart
    /// Bytes as they are (`application/octet-stream`, `*/*`, `image/*`, …): a `FileUpload`.
    case binary
    /// Text (`text/*`, YAML): a `String`.
    case text
}

/// How a 2xx answer is read, by its media type.
public enum ResponseMediaKind: String, Sendable, Hashable {
    /// Decoded as JSON into the operation's type.
    case json
    /// Returned as `Data` (`application/octet-stream`, images, audio, archives, PDF).
    case binary
    /// Returned as `String` (`text/*`).
    case text
    /// Returned as `ResponseBody`, bytes with their content type: a media type the SDK cannot
    /// decode (XML, say), or several non-JSON ones.
    case undecoded
}

/// How one field of a form or multipart body is written (OpenAPI's `encoding` object).
public struct FieldEncoding: Sendable, Hashable {
    /// The part's content type (multipart), when the document gives one.
    public var contentType: String?
    /// The field's style in a form; `nil` for the default (`form`, exploded).
    public var serialization: ParameterSerialization?
    /// A multipart file part: the argument is a `FileUpload`.
    public var isFile: Bool = false

    public init(contentType: String? = nil, serialization: ParameterSerialization? = nil, isFile: Bool = false) {
        self.contentType = contentType
        self.serialization = serialization
        self.isFile = isFile
    }
}

/// What media type strings mean to the SDK.
public enum MediaType {
    /// The media type without parameters, lower-cased: `text/plain; charset=utf-8` → `text/plain`.
    public static func essence(_ mediaType: String) -> String {
        String(mediaType.split(separator: ";", maxSplits: 1).first ?? "").trimmingSpaces.lowercased()
    }

    /// `application/json`, `+json` types and `application/json-…` variants.
    public static func isJSON(_ mediaType: String) -> Bool {
        let essence = essence(mediaType)
        return essence == "application/json" || essence.hasSuffix("+json") || essence.hasPrefix("application/json-")
            || essence == "text/json"
    }

    /// Text a `String` holds: `text/*` (but not event streams), YAML, CSV and XML-free text types.
    public static func isText(_ mediaType: String) -> Bool {
        let essence = essence(mediaType)
        if essence == "text/event-stream" { return false }
        return essence.hasPrefix("text/") || essence.hasSuffix("yaml") || essence.hasSuffix("+yaml")
            || essence == "application/javascript" || essence == "application/x-ndjson"
    }

    /// XML, which the SDK neither decodes nor builds from a schema.
    public static func isXML(_ mediaType: String) -> Bool {
        let essence = essence(mediaType)
        return essence.hasSuffix("/xml") || essence.hasSuffix("+xml")
    }

    /// Whether the type names one media type (not a range such as `image/*` or `*/*`).
    public static func isConcrete(_ mediaType: String) -> Bool { !essence(mediaType).contains("*") }

    /// The kind of request body a media type is sent as.
    public static func requestKind(_ mediaType: String) -> RequestMediaKind {
        let essence = essence(mediaType)
        if isJSON(essence) { return .json }
        if essence == "application/x-www-form-urlencoded" { return .form }
        if essence.hasPrefix("multipart/") { return .multipart }
        // XML is not built from a schema: the caller gives its bytes.
        if isText(essence) && !isXML(essence) { return .text }
        return .binary
    }

    /// The kind of answer a media type is read as. XML text is returned undecoded, with its type.
    public static func responseKind(_ mediaType: String) -> ResponseMediaKind {
        let essence = essence(mediaType)
        if isJSON(essence) { return .json }
        if isXML(essence) { return .undecoded }
        if essence.hasPrefix("text/") { return .text }
        if isText(essence) { return .text }
        if essence.hasPrefix("image/") || essence.hasPrefix("audio/") || essence.hasPrefix("video/")
            || essence.hasPrefix("font/") || essence == "application/octet-stream" || essence == "application/pdf"
            || essence == "application/zip" || essence == "application/gzip" || essence.hasSuffix("+zip")
            || essence == "*/*" || essence == "application/x-tar"
        {
            return .binary
        }
        return .undecoded
    }

    /// The kind of answer an operation answering with any of `mediaTypes` (non-JSON ones, the
    /// JSON ones having a schema) is read as: one kind when they agree, bytes with their type otherwise.
    public static func responseKind(of mediaTypes: [String]) -> ResponseMediaKind {
        let kinds = Set(mediaTypes.map(responseKind))
        if kinds.count == 1, let kind = kinds.first { return kind }
        return .undecoded
    }

    /// One media type of a range, for samples: `image/*` → `image/png`, `*/*` →
    /// `application/octet-stream`; a concrete type as it is, without parameters.
    public static func example(of mediaType: String) -> String {
        let essence = essence(mediaType)
        guard essence.contains("*") else { return mediaType }
        switch essence {
        case "image/*": return "image/png"
        case "audio/*": return "audio/mpeg"
        case "video/*": return "video/mp4"
        case "text/*": return "text/plain"
        case "application/*", "*/*": return "application/octet-stream"
        default: return String(essence.prefix { $0 != "/" }) + "/octet-stream"
        }
    }

    /// Whether a multipart part of this content type is a file (not text or JSON).
    public static func isFilePart(_ mediaType: String) -> Bool {
        !(isJSON(mediaType) || isText(mediaType) || essence(mediaType) == "text/plain")
    }
}
