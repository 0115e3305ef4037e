/// Parses the small type language of the spec format (see `TypeExpression`) with exact columns,
/// so "unknown type 'Agnt'" points at `Agnt` inside `list<Agnt>`.
struct TypeExpressionParser {
    private let scalars: [Unicode.Scalar]
    private let start: SourceLocation
    private var position = 0
    /// Groups and generic arguments open at `position` (`NestingLimit`).
    private var depth = 0
    private(set) var diagnostics = Diagnostics()

    /// `start` is where the first character of `text` sits in the file.
    init(_ text: String, startingAt start: SourceLocation) {
        self.scalars = Array(text.unicodeScalars)
        self.start = start
    }

    static func parse(_ text: String, at start: SourceLocation, diagnostics: inout Diagnostics) -> TypeExpression? {
        var parser = TypeExpressionParser(text, startingAt: start)
        let result = parser.parseAll()
        diagnostics.append(contentsOf: parser.diagnostics)
        return result
    }

    mutating func parseAll() -> TypeExpression? {
        skipSpaces()
        if position == scalars.count {
            diagnostics.error("expected a type, found an empty string", at: start)
            return nil
        }
        guard let expression = parseUnion() else { return nil }
        skipSpaces()
        if position < scalars.count {
            diagnostics.error("unexpected '\(scalars[position])' in type '\(String(String.UnicodeScalarView(scalars)))'", at: here)
            return nil
        }
        return expression
    }

    private var here: SourceLocation { start.advanced(by: position) }

    private mutating func parseUnion() -> TypeExpression? {
        let unionStart = here
        guard let first = parseMember() else { return nil }
        var members = [first]
        skipSpaces()
        while consume("|") {
            guard let next = parseMember() else { return nil }
            members.append(next)
            skipSpaces()
        }
        return members.count == 1 ? first : .union(members, at: unionStart)
    }

    private mutating func parseMember() -> TypeExpression? {
        skipSpaces()
        guard var primary = parsePrimary() else { return nil }
        skipSpaces()
        let questionMark = here
        if consume("?") {
            primary = .nullable(primary, at: questionMark)
            skipSpaces()
            if peek == "?" {
                diagnostics.error("'?' may appear only once: a value is either nullable or not", at: here)
                return nil
            }
        }
        return primary
    }

    private mutating func parsePrimary() -> TypeExpression? {
        skipSpaces()
        if peek == "(" {
            guard enter() else { return nil }
            position += 1
            defer { depth -= 1 }
            guard let inner = parseUnion() else { return nil }
            skipSpaces()
            guard consume(")") else {
                diagnostics.error("expected ')' to close the group", at: here)
                return nil
            }
            return inner
        }
        let nameStart = here
        let startIndex = position
        while position < scalars.count, Self.isNameScalar(scalars[position]) {
            position += 1
        }
        guard position > startIndex else {
            let found = position < scalars.count ? "'\(scalars[position])'" : "the end of the type"
            diagnostics.error("expected a type name, found \(found)", at: here)
            return nil
        }
        let name = Located(String(String.UnicodeScalarView(scalars[startIndex..<position])), at: nameStart)
        skipSpaces()
        guard peek == "<" else { return .name(name) }
        guard enter() else { return nil }
        position += 1
        defer { depth -= 1 }
        guard let argument = parseUnion() else { return nil }
        skipSpaces()
        guard consume(">") else {
            diagnostics.error("expected '>' to close '\(name.value)<'", at: here)
            return nil
        }
        return .generic(name, argument: argument)
    }

    /// Counts one more level of nesting, or reports (at the `(` or `<` that opens it) that it
    /// goes past the limit.
    private mutating func enter() -> Bool {
        guard depth < NestingLimit.maximumDepth else {
            diagnostics.error(NestingLimit.message("'<…>' and '(…)'"), at: here)
            return false
        }
        depth += 1
        return true
    }

    /// Letters, digits and `_ - .` — type names may be dotted (`Agents.Agent`) or dashed (`date-time`).
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar == "_" || scalar == "-" || scalar == "."
    }

    private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        guard peek == scalar else { return false }
        position += 1
        return true
    }

    private mutating func skipSpaces() {
        while let scalar = peek, scalar == " " || scalar == "\t" { position += 1 }
    }
}
