/// Formats diagnostics the way compilers do, so editors and CI annotate them:
///
///     spec/agents.yaml:12:15: error: unknown type 'Agnt'
///           type: list<Agnt>
///                      ^
public struct DiagnosticRenderer: Sendable {
    public var sources: SourceFiles

    public init(sources: SourceFiles) {
        self.sources = sources
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        append(diagnostic, to: &lines)
        for note in diagnostic.notes {
            append(note, to: &lines)
        }
        return lines.joined(separator: "\n")
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    private func append(_ diagnostic: Diagnostic, to lines: inout [String]) {
        guard let location = diagnostic.location else {
            lines.append("julep-gen: \(diagnostic.severity.rawValue): \(diagnostic.message)")
            return
        }
        lines.append("\(location): \(diagnostic.severity.rawValue): \(diagnostic.message)")
        guard let sourceLine = sources.line(location.line, of: location.file) else { return }
        let (excerpt, column) = Self.excerpt(of: sourceLine, around: location.column)
        lines.append(String(excerpt))
        lines.append(Self.caretLine(under: excerpt, column: column))
    }

    /// Quoted lines longer than this (a minified JSON document is one line) are cut to this many
    /// characters around the column, with `…` where text was left out.
    static let maximumQuotedWidth = 160

    /// `line` (cut around `column` when it is long) and the column in what is returned.
    static func excerpt(of line: Substring, around column: Int) -> (text: Substring, column: Int) {
        let scalars = line.unicodeScalars
        guard scalars.count > maximumQuotedWidth else { return (line, column) }
        let half = maximumQuotedWidth / 2
        let start = min(max(0, column - 1 - half), scalars.count - maximumQuotedWidth)
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: maximumQuotedWidth)
        var text = String(String.UnicodeScalarView(scalars[lower..<upper]))
        var shift = start
        if start > 0 {
            text = "…" + text
            shift -= 1
        }
        if upper < scalars.endIndex { text += "…" }
        return (Substring(text), column - shift)
    }

    /// Spaces up to the column (tabs kept as tabs so the caret lines up), then `^`.
    static func caretLine(under line: Substring, column: Int) -> String {
        var prefix = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            prefix.append(scalar == "\t" ? "\t" : " ")
        }
        return prefix + "^"
    }
}
