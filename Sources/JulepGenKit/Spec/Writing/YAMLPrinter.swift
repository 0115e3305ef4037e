/// Spells `YAMLOutputNode` trees as YAML text the way a person would write it.
///
/// Block mappings and sequences indented by two spaces; collections marked
/// `flowWhenShort` on one line when they fit `maximumWidth`; multi-line text as `|` block
/// scalars with the chomping indicator its final newlines need; every line without trailing
/// whitespace. Everything is appended to one growing string, so the cost is linear in the
/// output (flow attempts are capped at one line's width).
struct YAMLPrinter {
    /// Lines longer than this put their flow collection in block layout instead.
    static let maximumWidth = 110
    /// Longer keys are written in the explicit `? key` form (libyaml and PyYAML stop at 1024 characters).
    static let maximumSimpleKeyLength = 1000

    private(set) var output = ""
    /// Unicode scalars since the last line break.
    private var column = 0
    /// Set after `- `: the next entry starts on this line instead of a fresh indented one.
    private var continuesLine = false

    init(reservingCapacity capacity: Int = 0) {
        output.reserveCapacity(capacity)
    }

    /// `# text` lines at the left margin; text that cannot sit in a comment is escaped.
    mutating func writeComment(_ text: String) {
        writeComment(text, indent: 0)
    }

    /// A top-level mapping, an empty line between its entries.
    mutating func writeDocument(_ entries: [YAMLOutputEntry]) {
        writeBlockMapping(entries, indent: 0, spaced: true, beforeGap: true)
    }

    // MARK: Block layout

    /// `beforeGap`: the last value is followed by an empty line or the end of the file, where a
    /// keep-chomped (`|+`) block scalar would swallow the empty line or add lines at the end.
    private mutating func writeBlockMapping(_ entries: [YAMLOutputEntry], indent: Int, spaced: Bool, beforeGap: Bool) {
        for (index, entry) in entries.enumerated() {
            if spaced && index > 0 { endLine() }
            if let comment = entry.comment { writeComment(comment, indent: indent) }
            startLine(indent: indent)
            let key = entry.isVerbatimKey ? entry.key : YAMLScalarStyle.spell(entry.key, in: .block)
            if key.utf8.count > Self.maximumSimpleKeyLength {
                // YAML readers give up looking for the `:` of a key after 1024 characters; an explicit
                // `? key` line followed by `: value` has no such limit.
                append("? ")
                append(key)
                endLine()
                startLine(indent: indent)
            } else {
                append(key)
            }
            append(":")
            let isLast = index == entries.count - 1
            writeValue(entry.value, indent: indent, afterDash: false, beforeGap: isLast ? beforeGap : spaced)
        }
    }

    private mutating func writeBlockSequence(_ items: [YAMLOutputNode], indent: Int, spaced: Bool, beforeGap: Bool) {
        for (index, item) in items.enumerated() {
            if spaced && index > 0 { endLine() }
            startLine(indent: indent)
            append("-")
            let isLast = index == items.count - 1
            writeValue(item, indent: indent, afterDash: true, beforeGap: isLast ? beforeGap : spaced)
        }
    }

    /// Writes a value after `key:` or `-` (its parent's line) at the parent's `indent`.
    private mutating func writeValue(_ node: YAMLOutputNode, indent: Int, afterDash: Bool, beforeGap: Bool) {
        switch node {
        case .verbatim(let text):
            append(" ")
            append(text)
            endLine()
        case .text(let text):
            writeText(text, indent: indent, beforeGap: beforeGap)
        case .sequence(let items, let layout):
            if writeFlowIfPossible(node, isEmpty: items.isEmpty, layout: layout, empty: "[]") { return }
            if afterDash {
                append(" ")
                continuesLine = true
            } else {
                endLine()
            }
            writeBlockSequence(items, indent: indent + 2, spaced: layout == .spacedBlock, beforeGap: beforeGap)
        case .mapping(let entries, let layout):
            if writeFlowIfPossible(node, isEmpty: entries.isEmpty, layout: layout, empty: "{}") { return }
            // `- key: value` on the dash's line, unless a comment has to come first.
            if afterDash && entries.first?.comment == nil {
                append(" ")
                continuesLine = true
            } else {
                endLine()
            }
            writeBlockMapping(entries, indent: indent + 2, spaced: layout == .spacedBlock, beforeGap: beforeGap)
        }
    }

    /// Empty collections are always `[]`/`{}`, however long the line (a block one would read as
    /// null); others go on this line when allowed and short enough.
    private mutating func writeFlowIfPossible(
        _ node: YAMLOutputNode, isEmpty: Bool, layout: YAMLCollectionLayout, empty: String
    ) -> Bool {
        let flow: String?
        if isEmpty {
            flow = empty
        } else if layout == .flowWhenShort {
            flow = Self.flowText(node, budget: Self.maximumWidth - column - 1)
        } else {
            flow = nil
        }
        guard let flow else { return false }
        append(" ")
        append(flow)
        endLine()
        return true
    }

    // MARK: Text

    private mutating func writeText(_ text: String, indent: Int, beforeGap: Bool) {
        guard text.unicodeScalars.contains("\n") else {
            append(" ")
            append(YAMLScalarStyle.spell(text, in: .block))
            endLine()
            return
        }
        if let literal = LiteralBlock(text, allowingKeep: !beforeGap) {
            append(" |")
            append(literal.header)
            endLine()
            for line in literal.lines {
                if line.isEmpty {
                    endLine()
                } else {
                    startLine(indent: indent + 2)
                    append(line)
                    endLine()
                }
            }
            for _ in 0..<literal.extraEmptyLines { endLine() }
            return
        }
        writeMultilineDoubleQuoted(text, indent: indent + 2)
    }

    /// `"first\n\` then each further line indented, so no line ends in whitespace; a space
    /// that starts a continuation line is escaped, as YAML would drop it.
    private mutating func writeMultilineDoubleQuoted(_ text: String, indent: Int) {
        append(" \"")
        var atLineStart = false
        var pending = ""
        let scalars = Array(text.unicodeScalars)
        // Final line breaks stay on the last line: `"last\n\n"`, not lines holding only `\n`.
        let lastContent = scalars.lastIndex { $0 != "\n" } ?? -1
        for (index, scalar) in scalars.enumerated() {
            if atLineStart && scalar == " " {
                pending += "\\x20"
            } else {
                YAMLScalarStyle.appendEscaped(scalar, to: &pending)
            }
            atLineStart = false
            if scalar == "\n" && index < lastContent {
                pending += "\\"
                append(pending)
                pending = ""
                endLine()
                startLine(indent: indent)
                atLineStart = true
            }
        }
        pending += "\""
        append(pending)
        endLine()
    }

    // MARK: Flow layout

    /// The node on one line (`{ a: 1, b: [x, y] }`), or nil when it is wider than `budget`,
    /// holds a block-only part (a block collection, a comment, multi-line text) or is not a collection.
    static func flowText(_ node: YAMLOutputNode, budget: Int) -> String? {
        var flow = FlowLine(budget: budget)
        return flow.append(node) ? flow.text : nil
    }

    /// Builds one flow line, giving up as soon as it exceeds its budget.
    private struct FlowLine {
        let budget: Int
        var text = ""
        var width = 0

        init(budget: Int) { self.budget = budget }

        mutating func add(_ piece: String) -> Bool {
            text += piece
            width += piece.unicodeScalars.count
            return width <= budget
        }

        mutating func append(_ node: YAMLOutputNode) -> Bool {
            switch node {
            case .verbatim(let value):
                return add(value)
            case .text(let value):
                guard !value.unicodeScalars.contains("\n") else { return false }
                return add(YAMLScalarStyle.spell(value, in: .flow))
            case .sequence(let items, let layout):
                if items.isEmpty { return add("[]") }
                guard layout == .flowWhenShort, add("[") else { return false }
                for (index, item) in items.enumerated() {
                    if index > 0 && !add(", ") { return false }
                    guard append(item) else { return false }
                }
                return add("]")
            case .mapping(let entries, let layout):
                if entries.isEmpty { return add("{}") }
                guard layout == .flowWhenShort, add("{ ") else { return false }
                for (index, entry) in entries.enumerated() {
                    guard entry.comment == nil else { return false }
                    if index > 0 && !add(", ") { return false }
                    guard add(entry.isVerbatimKey ? entry.key : YAMLScalarStyle.spell(entry.key, in: .flow)),
                        add(": "), append(entry.value)
                    else { return false }
                }
                return add(" }")
            }
        }
    }

    // MARK: Lines

    private mutating func writeComment(_ text: String, indent: Int) {
        for line in Self.commentLines(text) {
            startLine(indent: indent)
            append(line.isEmpty ? "#" : "# " + line)
            endLine()
        }
    }

    /// Comment text split at every YAML line break, characters a YAML file cannot hold escaped,
    /// trailing whitespace dropped.
    static func commentLines(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(line)
                line = ""
            case "\t":
                line += " "
            default:
                if YAMLScalarStyle.needsEscape(scalar) {
                    YAMLScalarStyle.appendEscaped(scalar, to: &line)
                } else {
                    line.unicodeScalars.append(scalar)
                }
            }
        }
        lines.append(line)
        return lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }
    }

    private mutating func startLine(indent: Int) {
        if continuesLine {
            continuesLine = false
            return
        }
        append(String(repeating: " ", count: indent))
    }

    private mutating func append(_ text: some StringProtocol) {
        output += text
        column += text.unicodeScalars.count
    }

    private mutating func endLine() {
        output += "\n"
        column = 0
    }
}

/// Multi-line text as a `|` block scalar, when YAML can hold it that way without trailing
/// whitespace: the header (chomping: `-` for no final newline, nothing for exactly one, `+` for
/// more; an indentation indicator when the first line starts with a space) and the lines to write.
struct LiteralBlock {
    var header: String
    var lines: [Substring]
    /// Empty lines after `lines` for the final newlines beyond the first (`|+`).
    var extraEmptyLines: Int

    /// Nil when the text needs escapes, has trailing whitespace on a line, a line starting with
    /// a tab, no non-empty line, or several final newlines where `|+` is not allowed.
    init?(_ text: String, allowingKeep: Bool) {
        var body = Substring(text)
        var finalNewlines = 0
        while body.unicodeScalars.last == "\n" {
            body = Substring(body.unicodeScalars.dropLast())
            finalNewlines += 1
        }
        // Split on the scalar: `\r\n` is one `Character`, and `\r` has to be noticed below.
        let lines = body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        guard lines.contains(where: { !$0.isEmpty }) else { return nil }
        for line in lines {
            guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last else { continue }
            if first == "\t" || last == " " || last == "\t" { return nil }
            if line.unicodeScalars.contains(where: { $0 != "\t" && YAMLScalarStyle.needsEscape($0) }) { return nil }
        }
        switch finalNewlines {
        case 0: header = "-"
        case 1: header = ""
        default:
            guard allowingKeep else { return nil }
            header = "+"
        }
        // A first line that starts with a space would set the indentation: state it instead.
        if let firstLine = lines.first(where: { !$0.isEmpty }), firstLine.unicodeScalars.first == " " {
            header = "2" + header
        }
        self.lines = lines
        self.extraEmptyLines = max(0, finalNewlines - 1)
    }
}
