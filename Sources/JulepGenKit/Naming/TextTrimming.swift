extension StringProtocol {
    /// The text without spaces and tabs at either end (newlines are kept), like Foundation's
    /// `trimmingCharacters(in: .whitespaces)`. Foundation builds its character set anew on each
    /// call on Linux, which made trimming a noticeable part of a generator run.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
