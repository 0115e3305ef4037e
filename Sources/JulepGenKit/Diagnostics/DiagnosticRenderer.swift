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
        lines.append(String(sourceLine))
        lines.append(Self.caretLine(under: sourceLine, column: location.column))
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
