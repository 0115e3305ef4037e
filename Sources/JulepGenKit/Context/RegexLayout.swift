/// A regular expression laid out on lines of a doc comment's width.
///
/// Patterns are documented as written in the API description, but a long one would make a doc line
/// wider than a generated file allows, and breaking it in prose would change what it shows. So it is
/// broken only between its top-level parts, after a bracket expression, group or escape and its
/// quantifier (`^[a-z]+` | `[0-9]*$`), where a reader joining the lines gets the pattern back.
enum RegexLayout {
    /// `pattern` in lines of at most `width` characters where it can be broken between top-level
    /// parts; one line when it fits, or when it has no such parts.
    static func lines(_ pattern: String, width: Int) -> [String] {
        guard pattern.count > width else { return [pattern] }
        var lines: [String] = []
        var current = ""
        for part in parts(pattern) {
            if !current.isEmpty, current.count + part.count > width {
                lines.append(current)
                current = ""
            }
            current += part
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `pattern` cut after each top-level bracket expression, group or escape with its quantifier;
    /// the parts joined are `pattern`.
    static func parts(_ pattern: String) -> [String] {
        let characters = Array(pattern)
        var parts: [String] = []
        var start = 0
        var index = 0
        var depth = 0
        while index < characters.count {
            var endsAtom = false
            switch characters[index] {
            case "\\":
                index = endOfEscape(characters, from: index)
                endsAtom = depth == 0
            case "[":
                index = endOfBracketExpression(characters, from: index)
                endsAtom = depth == 0
            case "(":
                depth += 1
                index += 1
            case ")":
                depth = max(0, depth - 1)
                index += 1
                endsAtom = depth == 0
            default:
                index += 1
            }
            guard endsAtom else { continue }
            index = endOfQuantifier(characters, from: index)
            parts.append(String(characters[start..<index]))
            start = index
        }
        if start < characters.count { parts.append(String(characters[start...])) }
        return parts
    }

    /// The index after the escape at `start`: `\d`, `\]`, or a property with its name, `\p{Lu}`.
    private static func endOfEscape(_ characters: [Character], from start: Int) -> Int {
        var index = min(start + 2, characters.count)
        if index < characters.count, "pP".contains(characters[start + 1]), characters[index] == "{" {
            while index < characters.count, characters[index] != "}" { index += 1 }
            index = min(index + 1, characters.count)
        }
        return index
    }

    /// The index after the bracket expression at `start` (its first unescaped `]`).
    private static func endOfBracketExpression(_ characters: [Character], from start: Int) -> Int {
        var index = start + 1
        while index < characters.count {
            switch characters[index] {
            case "\\": index = endOfEscape(characters, from: index)
            case "]": return index + 1
            default: index += 1
            }
        }
        return index
    }

    /// The index after the quantifier at `start`, if there is one (`*`, `+?`, `{2,3}`, …), with a
    /// lazy or possessive mark; `start` when there is none (a `{` that is not a quantifier is a
    /// literal).
    private static func endOfQuantifier(_ characters: [Character], from start: Int) -> Int {
        var index = start
        if index < characters.count, "*+?".contains(characters[index]) {
            index += 1
        } else if index < characters.count, characters[index] == "{" {
            var end = index + 1
            while end < characters.count, characters[end].isNumber || characters[end] == "," { end += 1 }
            guard end < characters.count, characters[end] == "}", end > index + 1 else { return start }
            index = end + 1
        } else {
            return start
        }
        while index < characters.count, "+?".contains(characters[index]) { index += 1 }
        return index
    }
}
