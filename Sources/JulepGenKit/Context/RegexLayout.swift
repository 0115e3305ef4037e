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
        var parts: [String] = []
        var current = ""
        var depth = 0
        var inBrackets = false
        var escaped = false
        var endsAtom = false
        var characters = pattern.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            current.append(character)
            if escaped {
                escaped = false
                endsAtom = depth == 0 && !inBrackets && character != "p" && character != "P"
                if character == "p" || character == "P", pending == "{" {
                    // `\p{Name}`: the property's name belongs to the escape.
                    while let next = pending {
                        pending = characters.next()
                        current.append(next)
                        if next == "}" { break }
                    }
                    endsAtom = depth == 0 && !inBrackets
                }
            } else if character == "\\" {
                escaped = true
                continue
            } else if inBrackets {
                guard character == "]" else { continue }
                inBrackets = false
                endsAtom = depth == 0
            } else if character == "[" {
                inBrackets = true
                continue
            } else if character == "(" {
                depth += 1
                continue
            } else if character == ")" {
                depth = max(0, depth - 1)
                endsAtom = depth == 0
            }
            guard endsAtom else { continue }
            // The quantifier (and a lazy or possessive mark) stays with its atom.
            while let next = pending, "*+?".contains(next) {
                current.append(next)
                pending = characters.next()
            }
            if pending == "{" {
                var quantifier = ""
                var lookahead = characters
                var next: Character? = "{"
                while let character = next {
                    quantifier.append(character)
                    if character == "}" || !(character == "{" || character == "," || character.isNumber) { break }
                    next = lookahead.next()
                }
                if quantifier.last == "}" {
                    current += quantifier
                    characters = lookahead
                    pending = characters.next()
                    while let next = pending, "+?".contains(next) {
                        current.append(next)
                        pending = characters.next()
                    }
                }
            }
            parts.append(current)
            current = ""
            endsAtom = false
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
