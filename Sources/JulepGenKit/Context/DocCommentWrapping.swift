/// Breaks long doc comment lines at spaces, as a person would have written them.
///
/// Spec descriptions are often one long line (OpenAPI documents almost always are); generated
/// doc comments should still read well in an editor and in a diff. Only prose is wrapped: fenced
/// and indented code blocks, tables and headings are left as they are, and a line never breaks
/// inside a `code span` (a break there would change what the span shows). A list item's
/// continuation lines are indented under its text, as Markdown and DocC expect.
enum DocCommentWrapping {
    /// The most characters after `/// ` on a wrapped line (unless one word is longer).
    static let width = 100

    /// `lines` (each a whole `///` line), with long prose lines broken. A line break inside a line
    /// (spec text that did not go through `DocComment.lines`, such as an environment variable's
    /// name) becomes a space: it would end the comment.
    static func wrap(_ lines: [String], width: Int = width) -> [String] {
        let lines = lines.map { line in
            LineBreaks.contains(in: Substring(line)) ? LineBreaks.normalized(line).replacingOccurrences(of: "\n", with: " ") : line
        }
        guard lines.contains(where: { $0.utf8.count > width + 4 }) else { return lines }
        var result: [String] = []
        result.reserveCapacity(lines.count + 4)
        var inFence = false
        for line in lines {
            let text = line.hasPrefix("/// ") ? Substring(line.dropFirst(4)) : nil
            guard let text else {
                result.append(line)
                continue
            }
            let trimmed = text.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                result.append(line)
                continue
            }
            let leading = text.count - trimmed.count
            let isCodeOrTable = inFence || leading >= 4 && !isListItem(trimmed) || trimmed.hasPrefix("|") || trimmed.hasPrefix("#")
            guard !isCodeOrTable, text.count > width else {
                result.append(line)
                continue
            }
            let indent = String(repeating: " ", count: leading + listMarkerWidth(trimmed))
            result += breakLine(text, leading: leading, continuationIndent: indent, width: width).map { "/// " + $0 }
        }
        return result
    }

    /// `text` in pieces of at most `width` characters, broken at spaces outside code spans; its
    /// `leading` spaces stay on the first piece, `continuationIndent` starts the others.
    private static func breakLine(_ text: Substring, leading: Int, continuationIndent: String, width: Int) -> [String] {
        var pieces: [String] = []
        var current = String(repeating: " ", count: leading)
        var currentHasWord = false
        var word = ""
        var spaces = 0
        var inCode = false
        func flushWord() {
            guard !word.isEmpty else { return }
            if currentHasWord, current.count + spaces + word.count > width {
                pieces.append(current)
                current = continuationIndent + word
            } else {
                current += String(repeating: " ", count: currentHasWord ? spaces : 0) + word
            }
            currentHasWord = true
            spaces = 0
            word = ""
        }
        for character in text.dropFirst(leading) {
            if character == "`" { inCode.toggle() }
            if character == " " && !inCode {
                flushWord()
                spaces += 1
            } else {
                word.append(character)
            }
        }
        flushWord()
        pieces.append(current)
        return pieces
    }

    private static func isListItem(_ text: Substring) -> Bool { listMarkerWidth(text) > 0 }

    /// Whether a doc line's text starts something other than a paragraph's next line: a list item,
    /// a code fence, a table row, a heading or a block quote (a DocC aside, `> Note:`).
    static func startsBlock(_ text: Substring) -> Bool {
        isListItem(text) || text.hasPrefix("```") || text.hasPrefix("~~~") || text.hasPrefix("|") || text.hasPrefix("#")
            || text.hasPrefix(">")
    }

    /// The width of a list marker and its space (`- `, `* `, `+ `, `12. `), or 0.
    private static func listMarkerWidth(_ text: Substring) -> Int {
        if text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("+ ") { return 2 }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, text.dropFirst(digits.count).hasPrefix(". ") { return digits.count + 2 }
        return 0
    }
}
