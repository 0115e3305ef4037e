/// The text of every file read in a run, kept so diagnostics can quote the offending line.
public struct SourceFiles: Sendable {
    private(set) var texts: [String: String] = [:]
    /// Where each line of each text is, without its line break; found once per file, so quoting
    /// many lines of a large file stays cheap.
    private var lines: [String: [Range<String.Index>]] = [:]

    public init() {}

    public mutating func add(path: String, text: String) {
        texts[path] = text
        lines[path] = Self.lineRanges(text)
    }

    /// Adds every file of `other`, which wins where both have a path.
    public mutating func add(contentsOf other: SourceFiles) {
        texts.merge(other.texts) { $1 }
        lines.merge(other.lines) { $1 }
    }

    public func text(of path: String) -> String? { texts[path] }

    /// The line `number` (1-based) of `path` without its line break, if known.
    /// Lines end at `\n`, `\r\n` or `\r`.
    public func line(_ number: Int, of path: String) -> Substring? {
        guard number >= 1, let text = texts[path], let ranges = lines[path], number <= ranges.count else { return nil }
        return text[ranges[number - 1]]
    }

    private static func lineRanges(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                ranges.append(lineStart..<index)
                var next = utf8.index(after: index)
                if byte == UInt8(ascii: "\r"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "\n") {
                    next = utf8.index(after: next)
                }
                lineStart = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        ranges.append(lineStart..<utf8.endIndex)
        return ranges
    }
}
