/// Indents each multi-line string literal to the line that opens it.
///
/// Contexts hold a multi-line literal's text unindented (`RawStringLiteral.multiLine`) and the
/// templates place it (`json: {{json}}`); this rule then moves the literal's lines and its closing
/// delimiter to the indentation of the line it opens on, where a person writes them. Swift strips
/// the closing delimiter's indentation from every line, so the string's value is unchanged. A
/// literal whose closing delimiter is indented already is left as it is.
enum MultilineStringIndentation {
    /// `text` with its unindented multi-line string literals indented.
    static func indented(_ text: String) -> String {
        guard hasClosingDelimiterAtLineStart(text) else { return text }
        var text = text
        return text.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 4)
            // The indentation of the line a literal opens on, and where its next line starts.
            var opening: (indentation: Int, contentStart: Int)?
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let togglesLiteral = SwiftLineBreaker.countTripleQuotes(line) % 2 == 1
                if let literal = opening {
                    if togglesLiteral {
                        // The closing delimiter: the literal's lines move when it is at the line's start.
                        if line.first != UInt8(ascii: " "), literal.indentation > 0 {
                            var lineStart = literal.contentStart
                            while lineStart <= end {
                                var lineEnd = lineStart
                                while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                                if lineEnd > lineStart {
                                    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: literal.indentation))
                                }
                                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                                if lineEnd < end { output.append(UInt8(ascii: "\n")) }
                                lineStart = lineEnd + 1
                            }
                        } else {
                            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[literal.contentStart..<end]))
                        }
                        opening = nil
                        if end < bytes.count { output.append(UInt8(ascii: "\n")) }
                    }
                } else {
                    output.append(contentsOf: line)
                    if end < bytes.count { output.append(UInt8(ascii: "\n")) }
                    if togglesLiteral { opening = (line.prefix { $0 == UInt8(ascii: " ") }.count, end + 1) }
                }
                start = end + 1
            }
            // A literal left open (not Swift a compiler accepts) is written as it came.
            if let literal = opening, literal.contentStart <= bytes.count {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[literal.contentStart...]))
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether a line of `text` starts with `"""` (after any `#`s): a closing delimiter this rule
    /// may move. Most files have none and are returned as they are.
    private static func hasClosingDelimiterAtLineStart(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            var atLineStart = true
            while index < bytes.count {
                if atLineStart {
                    var cursor = index
                    while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
                    if cursor + 2 < bytes.count, bytes[cursor] == UInt8(ascii: "\""), bytes[cursor + 1] == UInt8(ascii: "\""),
                        bytes[cursor + 2] == UInt8(ascii: "\"")
                    {
                        return true
                    }
                }
                atLineStart = bytes[index] == UInt8(ascii: "\n")
                index += 1
            }
            return false
        }
    }
}
