import Foundation

/// Doc comment lines (`/// …`) from spec text.
///
/// Line comments are used throughout, so `*/` in a description cannot end a comment early;
/// blank lines become a bare `///` so no line carries trailing spaces.
enum DocComment {
    static func lines(_ text: String?) -> [String] {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = String(line.replacingOccurrences(of: "\r", with: "").reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            return trimmed.isEmpty ? "///" : "/// " + trimmed
        }
        while lines.last == "///" { lines.removeLast() }
        while lines.first == "///" { lines.removeFirst() }
        return lines
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

    /// "Must be between 1 and 1000." style text for documented constraints.
    static func describe(_ constraints: Constraints) -> String? {
        var parts: [String] = []
        if let minimum = constraints.minimum {
            parts.append("\(constraints.exclusiveMinimum ? "greater than" : "at least") \(number(minimum))")
        }
        if let maximum = constraints.maximum {
            parts.append("\(constraints.exclusiveMaximum ? "less than" : "at most") \(number(maximum))")
        }
        if let minLength = constraints.minLength { parts.append("at least \(minLength) characters long") }
        if let maxLength = constraints.maxLength { parts.append("at most \(maxLength) characters long") }
        if let minItems = constraints.minItems { parts.append("at least \(minItems) items") }
        if let maxItems = constraints.maxItems { parts.append("at most \(maxItems) items") }
        var sentence = parts.isEmpty ? nil : "Must be " + parts.joined(separator: ", ") + "."
        if let pattern = constraints.pattern {
            sentence = (sentence.map { $0 + " " } ?? "") + "Must match `\(pattern)`."
        }
        return sentence
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
