import CYaml

/// Reads one YAML (or JSON) document into a `YAMLNode` tree with source positions.
///
/// libyaml's event API does the parsing; nodes are built straight from the event data
/// and located by libyaml's marks, so no text is re-scanned in Swift.
public enum YAMLReader {
    /// Parses a single-document YAML (or JSON) text.
    ///
    /// Returns nil for an empty document (no content, only comments, or a bare `---`) or after an error.
    /// Every problem is appended to `diagnostics` as an error located where libyaml found it.
    public static func parse(bytes: some Collection<UInt8>, path: String, diagnostics: inout Diagnostics) -> YAMLNode? {
        if let result = bytes.withContiguousStorageIfAvailable({ parse(buffer: $0, path: path, diagnostics: &diagnostics) }) {
            return result
        }
        return Array(bytes).withUnsafeBufferPointer { parse(buffer: $0, path: path, diagnostics: &diagnostics) }
    }

    public static func parse(_ text: String, path: String, diagnostics: inout Diagnostics) -> YAMLNode? {
        var text = text
        return text.withUTF8 { parse(buffer: $0, path: path, diagnostics: &diagnostics) }
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>, path: String, diagnostics: inout Diagnostics) -> YAMLNode? {
        // libyaml asserts on a null input pointer, and an empty text has no document anyway.
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.error("could not start the YAML parser: out of memory", at: SourceLocation(file: path, line: 1, column: 1))
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, buffer.count)
        do {
            return try readDocument(with: &parser, input: buffer, path: path)
        } catch {
            diagnostics.append(error.diagnostic)
            return nil
        }
    }

    /// Pulls events until the end of the stream, feeding them to the tree builder.
    private static func readDocument(
        with parser: inout yaml_parser_t, input: UnsafeBufferPointer<UInt8>, path: String
    ) throws(YAMLTreeBuilder.Failure) -> YAMLNode? {
        var builder = YAMLTreeBuilder()
        var sawDocument = false
        func location(_ mark: yaml_mark_t) -> SourceLocation { YAMLReader.location(mark, path: path) }
        while true {
            var event = yaml_event_t()
            // Runs at the end of every iteration, including when an error leaves the loop.
            defer { yaml_event_delete(&event) }
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw YAMLTreeBuilder.Failure(diagnostic: syntaxError(parser, input: input, path: path))
            }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                // A bare `---` yields an empty plain scalar: treat it like an empty file.
                if let root = builder.root, root.tag == nil, root.scalar == YAMLScalar(value: "", style: .plain) {
                    return nil
                }
                return builder.root
            case YAML_DOCUMENT_START_EVENT:
                if sawDocument {
                    throw YAMLTreeBuilder.Failure(diagnostic: .error(
                        "expected a single YAML document, found a second one", at: location(event.start_mark)))
                }
                sawDocument = true
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let value = String(
                    decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
                builder.addScalar(
                    YAMLScalar(value: value, style: style(data.style)), at: location(event.start_mark),
                    tag: string(data.tag), anchor: string(data.anchor))
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                try builder.startCollection(
                    isMapping: false, at: location(event.start_mark), tag: string(data.tag), anchor: string(data.anchor))
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                try builder.startCollection(
                    isMapping: true, at: location(event.start_mark), tag: string(data.tag), anchor: string(data.anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try builder.endCollection()
            case YAML_ALIAS_EVENT:
                try builder.addAlias(string(event.data.alias.anchor) ?? "", at: location(event.start_mark))
            default:
                // Stream start, document end: nothing to build.
                break
            }
        }
    }

    /// libyaml's marks are 0-based and count characters, our locations 1-based scalars: same thing.
    static func location(_ mark: yaml_mark_t, path: String) -> SourceLocation {
        SourceLocation(file: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
