/// Every way text can break a line, made one: `\n`.
///
/// A `///` comment ends at a carriage return as at a line feed, and Swift reads `\r\n` as one
/// `Character` that `split(separator: "\n")` does not see; editors and DocC also break lines at
/// NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029). Spec text is
/// normalised before it becomes doc lines, so no description can end a comment early.
enum LineBreaks {
    /// `text` with CRLF, CR, NEL, U+2028 and U+2029 each replaced by `\n`.
    static func normalized(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn: continue
            case "\r", "\u{85}", "\u{2028}", "\u{2029}": result.append("\n")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` holds any line break, `\n` included.
    static func contains(in text: Substring) -> Bool {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }) else { return false }
        return text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }
}
