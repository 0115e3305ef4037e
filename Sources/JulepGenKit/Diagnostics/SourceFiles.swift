/// The text of every file read in a run, kept so diagnostics can quote the offending line.
public struct SourceFiles: Sendable {
    private(set) var texts: [String: String] = [:]

    public init() {}

    public mutating func add(path: String, text: String) {
        texts[path] = text
    }

    public func text(of path: String) -> String? { texts[path] }

    /// The line `number` (1-based) of `path` without its line break, if known.
    public func line(_ number: Int, of path: String) -> Substring? {
        guard number >= 1, let text = texts[path] else { return nil }
        var current = 1
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                if current == number { return text[lineStart..<index] }
                current += 1
                lineStart = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return current == number ? text[lineStart..<text.endIndex] : nil
    }
}
