import Foundation

/// Doc comment lines (`/// …`) from spec text.
///
/// Line comments are used throughout, so `*/` in a description cannot end a comment early;
/// every line break is one (`LineBreaks`), so neither can a carriage return; blank lines become
/// a bare `///` so no line carries trailing spaces.
enum DocComment {
    static func lines(_ text: String?) -> [String] {
        guard let text else { return [] }
        let normalized = LineBreaks.normalized(text)
        return DocCommentWrapping.wrap(asciiLines(normalized) ?? linesByCharacters(normalized))
    }

    /// `lines(_:)` for any text; `asciiLines(_:)` must agree with it.
    static func linesByCharacters(_ text: String) -> [String] {
        let text = LineBreaks.normalized(text)
        // Nothing but whitespace: what `trimmingCharacters(in: .whitespacesAndNewlines)` would empty.
        guard !text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var end = line.endIndex
            while end > line.startIndex, case let last = line[line.index(before: end)], last == " " || last == "\t" {
                end = line.index(before: end)
            }
            return end == line.startIndex ? "///" : "/// " + line[..<end]
        }
        while lines.last == "///" { lines.removeLast() }
        while lines.first == "///" { lines.removeFirst() }
        return lines
    }

    /// `lines(_:)` for ASCII text without carriage returns (nearly all docs), byte by byte;
    /// `nil` for other text.
    static func asciiLines(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var onlyWhitespace = true
            for byte in bytes {
                if byte >= 0x80 || byte == UInt8(ascii: "\r") { return nil }
                // `.whitespacesAndNewlines` in ASCII: tab, line feed, vertical tab, form feed, space.
                if onlyWhitespace, !(byte == 0x20 || (0x09...0x0C).contains(byte)) { onlyWhitespace = false }
            }
            if onlyWhitespace { return [] }
            var lines: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                var end = index
                while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
                if end == start {
                    lines.append("///")
                } else {
                    lines.append("/// " + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                start = index + 1
            }
            while lines.last == "///" { lines.removeLast() }
            if let first = lines.firstIndex(where: { $0 != "///" }) { lines.removeFirst(first) }
            return lines
        }
    }

    /// Paragraphs joined with a blank doc line between them.
    static func lines(paragraphs: [String?]) -> [String] {
        var result: [String] = []
        for paragraph in paragraphs {
            let lines = lines(paragraph)
            guard !lines.isEmpty else { continue }
            if !result.isEmpty { result.append("///") }
            result += lines
        }
        return result
    }

    /// A parameter's description and the sentence on its constraints, in one line: a description
    /// that ends without punctuation is ended with a full stop first, so the two read as sentences.
    static func summary(_ docs: String?, _ constraints: String?) -> String {
        guard var docs = docs?.trimmingCharacters(in: .whitespacesAndNewlines), !docs.isEmpty else { return constraints ?? "" }
        guard let constraints else { return docs }
        if let last = docs.last, !".!?:;)`".contains(last) { docs += "." }
        return docs + " " + constraints
    }

    /// "Must be between 1 and 1000." style text for documented constraints. With `allowsBlocks`
    /// (a paragraph of its own, not a one-line summary), a pattern too long for a doc line follows
    /// the sentence as a code block, broken after its top-level parts (`RegexLayout`).
    static func describe(_ constraints: Constraints, allowsBlocks: Bool = false) -> String? {
        var parts: [String] = []
        if let minimum = constraints.minimum {
            parts.append("\(constraints.exclusiveMinimum ? "greater than" : "at least") \(number(minimum))")
        }
        if let maximum = constraints.maximum {
            parts.append("\(constraints.exclusiveMaximum ? "less than" : "at most") \(number(maximum))")
        }
        if let multiple = constraints.multipleOf { parts.append("a multiple of \(number(multiple))") }
        if let minLength = constraints.minLength { parts.append("at least \(counted(minLength, "character")) long") }
        if let maxLength = constraints.maxLength { parts.append("at most \(counted(maxLength, "character")) long") }
        if let minItems = constraints.minItems { parts.append("at least \(counted(minItems, "item"))") }
        if let maxItems = constraints.maxItems { parts.append("at most \(counted(maxItems, "item"))") }
        var sentence = parts.isEmpty ? nil : "Must be " + parts.joined(separator: ", ") + "."
        var block: [String] = []
        if let pattern = constraints.pattern {
            let lines = allowsBlocks ? RegexLayout.lines(pattern, width: DocCommentWrapping.width) : [pattern]
            if lines.count > 1 {
                sentence = (sentence.map { $0 + " " } ?? "")
                    + "Must match this pattern, shown on \(lines.count) lines to fit (it has no line breaks):"
                block = ["```"] + lines + ["```"]
            } else {
                sentence = (sentence.map { $0 + " " } ?? "") + "Must match `\(pattern)`."
            }
        }
        if let format = constraints.format {
            sentence = (sentence.map { $0 + " " } ?? "") + "Format: `\(format)`."
        }
        if let values = constraints.allowedValues {
            let list = values.map { "`\($0)`" }.joined(separator: ", ")
            let text = values.isEmpty
                ? "No value is valid (the API description allows none)." : values.count == 1 ? "Only \(list)." : "One of \(list)."
            sentence = (sentence.map { $0 + " " } ?? "") + text
        }
        if let items = constraints.items.flatMap({ describe($0.constraints) }) {
            sentence = (sentence.map { $0 + " " } ?? "") + "Each item: " + items.prefix(1).lowercased() + items.dropFirst()
        }
        guard let sentence, !block.isEmpty else { return sentence }
        return ([sentence, ""] + block).joined(separator: "\n")
    }

    /// "1 item", "2 items".
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    static func deprecationAttribute(_ deprecation: Deprecation?) -> String? {
        guard let deprecation else { return nil }
        guard let message = deprecation.message else { return "@available(*, deprecated)" }
        return "@available(*, deprecated, message: \(SwiftLiteral.string(message)))"
    }
}
