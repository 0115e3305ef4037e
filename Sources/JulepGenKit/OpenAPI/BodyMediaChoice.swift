/// Which of the media types a request body is offered in the SDK sends, and how the fields of a
/// form or multipart body are written (the `encoding` object).
///
/// The API's preference for the body's shape: a file field needs multipart (JSON would carry it
/// as text); a structured body is sent as JSON when offered; otherwise the form, multipart, then
/// whatever comes first (bytes or text).
struct BodyMediaChoice {
    /// The chosen media type, as the document spells it.
    var contentType: String
    /// The chosen entry's node (`schema`, `encoding`).
    var node: YAMLNode
    /// The field encodings, by wire name.
    var encodings: [String: FieldEncoding]
    /// Why the body degrades, for a warning: an XML schema, a nested multipart part.
    var degradation: String?

    /// The choice among `content`'s entries; `documents` resolves `$ref`s inside their schemas.
    static func choose(_ content: [YAMLMappingEntry], file: String, documents: inout OpenAPIDocuments) -> BodyMediaChoice? {
        let entries = content.compactMap { entry in entry.key.string.map { (type: $0, node: entry.value) } }
        guard !entries.isEmpty else { return nil }
        let multipart = entries.first { MediaType.requestKind($0.type) == .multipart }
        let json = entries.first { MediaType.essence($0.type) == "application/json" }
            ?? entries.first { MediaType.requestKind($0.type) == .json }
        let form = entries.first { MediaType.requestKind($0.type) == .form }
        var chosen = entries[0]
        var fileFields: Set<String> = []
        if let multipart {
            fileFields = Self.fileFields(multipart.node, file: file, documents: &documents)
        }
        if let multipart, !fileFields.isEmpty {
            chosen = multipart
        } else if let json {
            chosen = json
        } else if let form {
            chosen = form
        } else if let multipart {
            chosen = multipart
        }
        var choice = BodyMediaChoice(contentType: chosen.type, node: chosen.node, encodings: [:])
        let kind = MediaType.requestKind(chosen.type)
        if MediaType.isXML(chosen.type) {
            choice.degradation = "an XML body cannot be built from its schema; the method takes the body's bytes"
        }
        guard kind == .form || kind == .multipart else { return choice }
        for entry in chosen.node["encoding"]?.mapping ?? [] {
            guard let name = entry.key.string else { continue }
            var encoding = FieldEncoding(contentType: entry.value["contentType"]?.string)
            if kind == .form {
                let style = entry.value["style"]?.string, explode = entry.value["explode"]?.bool
                // A form field the encoding gives a JSON content type (and no style) is JSON text.
                encoding.serialization = style == nil && explode == nil && encoding.contentType.map(MediaType.isJSON) == true
                    ? .json : Self.serialization(style: style, explode: explode)
                encoding.contentType = nil
            }
            if let contentType = encoding.contentType, MediaType.essence(contentType).hasPrefix("multipart/") {
                choice.degradation = "the multipart field '\(name)' is itself multipart; the SDK sends it as a file part the caller builds"
                encoding.isFile = true
            }
            choice.encodings[name] = encoding
        }
        if kind == .multipart {
            for name in fileFields { choice.encodings[name, default: FieldEncoding()].isFile = true }
        }
        return choice
    }

    /// A form field's `style` and `explode` as a serialization; `nil` for the default (`form`, exploded).
    static func serialization(style: String?, explode: Bool?) -> ParameterSerialization? {
        switch style {
        case nil, "form"?: return explode == false ? .commaDelimited : nil
        case "spaceDelimited"?: return .spaceDelimited
        case "pipeDelimited"?: return .pipeDelimited
        case "deepObject"?: return .deepObject
        default: return nil
        }
    }

    /// The properties of a multipart body's schema that are files: `format: binary`,
    /// `contentEncoding: binary`, a `contentMediaType` other than text or JSON (lists of those
    /// too), or an `encoding` content type other than text or JSON.
    static func fileFields(_ mediaType: YAMLNode, file: String, documents: inout OpenAPIDocuments) -> Set<String> {
        var fields: Set<String> = []
        for entry in mediaType["encoding"]?.mapping ?? [] {
            if let name = entry.key.string, let contentType = entry.value["contentType"]?.string,
                contentType.split(separator: ",").contains(where: { MediaType.isFilePart(String($0)) })
            {
                fields.insert(name)
            }
        }
        guard let schema = mediaType["schema"] else { return fields }
        var pending = [(schema, file)]
        var visited = 0
        while let (node, nodeFile) = pending.popLast(), visited < 64 {
            visited += 1
            guard let (resolved, resolvedFile) = resolve(node, file: nodeFile, documents: &documents) else { continue }
            for part in (resolved["allOf"]?.sequence ?? []) { pending.append((part, resolvedFile)) }
            for property in resolved["properties"]?.mapping ?? [] {
                guard let name = property.key.string,
                    let (value, valueFile) = resolve(property.value, file: resolvedFile, documents: &documents)
                else { continue }
                if isFile(value) {
                    fields.insert(name)
                } else if let items = value["items"], let (item, _) = resolve(items, file: valueFile, documents: &documents),
                    isFile(item)
                {
                    fields.insert(name)
                }
            }
        }
        return fields
    }

    private static func isFile(_ schema: YAMLNode) -> Bool {
        if schema["format"]?.string == "binary" || schema["contentEncoding"]?.string == "binary" { return true }
        if let mediaType = schema["contentMediaType"]?.string { return MediaType.isFilePart(mediaType) }
        return false
    }

    private static func resolve(_ node: YAMLNode, file: String, documents: inout OpenAPIDocuments) -> (YAMLNode, String)? {
        var current = (node, file)
        for _ in 0..<16 {
            guard let reference = current.0["$ref"]?.string else { return current }
            guard let target = documents.resolveQuietly(reference, from: current.1) else { return nil }
            current = (target.node, target.file)
        }
        return nil
    }
}
