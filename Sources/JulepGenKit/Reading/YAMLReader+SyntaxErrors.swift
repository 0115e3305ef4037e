import CYaml

/// Turns libyaml's error state into a located diagnostic.
extension YAMLReader {
    static func syntaxError(_ parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>, path: String) -> Diagnostic {
        func location(_ mark: yaml_mark_t) -> SourceLocation { YAMLReader.location(mark, path: path) }
        // Byte-level fix-ups below assume UTF-8 input; UTF-16 files keep libyaml's marks as they are.
        let isUTF8 = parser.encoding == YAML_UTF8_ENCODING
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .error("the YAML parser ran out of memory", at: location(parser.mark))
        case YAML_READER_ERROR:
            // The reader (encoding checks) reports a byte offset, not a mark, and it decodes
            // ahead of the scanner, so `parser.mark` would point before the bad byte.
            guard isUTF8 else {
                return .error("YAML syntax error: \(problem)", at: location(parser.mark))
            }
            var offset = min(Int(parser.problem_offset), input.count)
            if problem == "invalid trailing UTF-8 octet" {
                // libyaml points at the bad continuation byte; editors show the broken
                // character where its lead byte is.
                while offset > 0, input[offset - 1] & 0xC0 == 0x80 { offset -= 1 }
                if offset > 0, input[offset - 1] >= 0xC0 { offset -= 1 }
            }
            let message = "YAML syntax error: \(problem)\(describe(problemValue: parser.problem_value, of: problem))"
            return .error(message, at: utf8Location(ofOffset: offset, in: input, path: path))
        default:
            // Scanner and parser errors: `problem_mark` is the offending spot, `context_mark`
            // where the construct being read began ("while scanning a simple key").
            var notes: [Diagnostic] = []
            if let context = parser.context {
                notes.append(.note(String(cString: context), at: location(parser.context_mark)))
            }
            // At the end of the input libyaml moves to a line of its own, which a file without
            // a final newline does not have: point just after the last character instead.
            var at = location(parser.problem_mark)
            guard isUTF8 else { return .error("YAML syntax error: \(problem)", at: at, notes: notes) }
            let end = utf8Location(ofOffset: input.count, in: input, path: path)
            if at > end { at = end }
            // libyaml's wording for a tab where indentation is expected says nothing about tabs.
            if problem == "found character that cannot start any token",
               byte(atLine: at.line, column: at.column, in: input) == UInt8(ascii: "\t") {
                notes.append(.note("YAML does not allow tabs for indentation; use spaces", at: at))
            }
            return .error("YAML syntax error: \(problem)", at: at, notes: notes)
        }
    }

    /// The offending byte or character of a reader error, e.g. " (byte 0xFF)".
    private static func describe(problemValue value: Int32, of problem: String) -> String {
        guard value >= 0 else { return "" }
        let hex = String(value, radix: 16, uppercase: true)
        if problem.contains("octet") || problem.contains("length") {
            return " (byte 0x\(String(repeating: "0", count: max(0, 2 - hex.count)) + hex))"
        }
        return " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
    }

    /// Line and column (in Unicode scalars) of a byte offset, counted like libyaml's marks.
    static func utf8Location(ofOffset offset: Int, in input: UnsafeBufferPointer<UInt8>, path: String) -> SourceLocation {
        var location = SourceLocation(file: path, line: 1, column: 1)
        walkScalars(of: input) { scalarOffset, line, column in
            location = SourceLocation(file: path, line: line, column: column)
            return scalarOffset < offset
        }
        return location
    }

    /// The byte at a 1-based line and column, if the input reaches it.
    static func byte(atLine line: Int, column: Int, in input: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var found: UInt8?
        walkScalars(of: input) { offset, scalarLine, scalarColumn in
            guard scalarLine == line, scalarColumn == column else { return scalarLine <= line }
            found = offset < input.count ? input[offset] : nil
            return false
        }
        return found
    }

    /// Calls `body` with the byte offset, line and column of each scalar (and of the end of
    /// the input) until it returns false. Positions follow libyaml's marks: a leading BOM takes
    /// no column, and CR LF, CR, LF, NEL, LS and PS end lines. Error path only; the bytes before
    /// a reader error are valid UTF-8, and invalid bytes further on cannot make it misbehave.
    private static func walkScalars(of input: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Int) -> Bool) {
        var index = 0
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { index = 3 }
        var line = 1
        var column = 1
        while index < input.count {
            guard body(index, line, column) else { return }
            let byte = input[index]
            let next: UInt8? = index + 1 < input.count ? input[index + 1] : nil
            let third: UInt8? = index + 2 < input.count ? input[index + 2] : nil
            var breakLength = 0
            if byte == 0x0D, next == 0x0A {
                breakLength = 2
            } else if byte == 0x0A || byte == 0x0D {
                breakLength = 1
            } else if byte == 0xC2, next == 0x85 {
                breakLength = 2
            } else if byte == 0xE2, next == 0x80, third == 0xA8 || third == 0xA9 {
                breakLength = 3
            }
            if breakLength > 0 {
                line += 1
                column = 1
                index += breakLength
                continue
            }
            index += 1
            while index < input.count, input[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        _ = body(index, line, column)
    }
}
