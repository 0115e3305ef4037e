/// Breaks generated Swift lines longer than ``maximumWidth`` columns at their argument lists (and
/// array or dictionary literals), one element per line, the way a person (or swift-format) would:
///
///     let response = try await withRawResponse.update(
///         id: id,
///         name: name
///     ).value
///
/// Templates write each call on one line and stay free of layout arithmetic; this one rule, applied
/// to every rendered Swift file, decides where long ones break. Only the line's outermost list is
/// broken, then each new line is looked at again. A line is left as it is where breaking cannot
/// help or is not safely possible: comments, string literals (their text is never split), lines
/// inside multi-line strings, and lines whose brackets the scan cannot pair.
enum SwiftLineBreaker {
    static let maximumWidth = 120
    static let indentUnit = "    "
    /// Past this indentation a line stays whole: a value nested hundreds of levels deep (a sample
    /// of a recursive type), one level per line, would take room quadratic in its depth.
    static let maximumIndent = 100

    /// `text` with its long lines broken.
    ///
    /// Works on the text's UTF-8 bytes, which are cheap to scan: a line of at most
    /// ``maximumWidth`` bytes has at most as many characters and is copied as it is; only longer
    /// ones are looked at as `Character`s.
    static func breakLongLines(_ text: String) -> String {
        // Most files have no long line: leave them untouched, without splitting them.
        guard hasLongLine(text) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var insideMultilineString = false
        let lines = text.utf8.split(separator: ASCII.newline, omittingEmptySubsequences: false).map(Substring.init)
        var index = 0
        while index < lines.count {
            if index > 0 { output.append("\n") }
            let line = lines[index]
            index += 1
            let delimiters = line.utf8.count >= 3 ? countTripleQuotes(line.utf8) : 0
            if insideMultilineString || delimiters > 0 {
                // Lines of a multi-line string are its text; the lines that open and close it are
                // left alone too.
                if delimiters % 2 == 1 { insideMultilineString.toggle() }
                output.append(contentsOf: line)
            } else if line.utf8.count > maximumWidth, let docText = docCommentText(line),
                !isInCodeBlock(lines[..<(index - 1)])
            {
                // Doc prose a template wrote with a long name in it: its paragraph is wrapped again,
                // as spec text is (code blocks, tables and list items' other lines are left alone).
                let indent = line.prefix { $0 == " " }
                var paragraph = String(line.dropFirst(indent.count))
                if !docText.hasPrefix(" "), !DocCommentWrapping.startsBlock(docText) {
                    while index < lines.count, lines[index].prefix(while: { $0 == " " }).count == indent.count,
                        let next = docCommentText(lines[index]), !next.isEmpty, !next.hasPrefix(" "),
                        !DocCommentWrapping.startsBlock(next)
                    {
                        paragraph += " " + next
                        index += 1
                    }
                }
                let wrapped = DocCommentWrapping.wrap([paragraph], width: maximumWidth - indent.count - 4)
                output.append(wrapped.map { indent + $0 }.joined(separator: "\n"))
            } else if line.utf8.count <= maximumWidth {
                output.append(contentsOf: line)
            } else {
                output.append(broken(String(line)).joined(separator: "\n"))
            }
        }
        return output
    }

    /// Whether the doc comment that `lines` end with has a code block open: an odd number of
    /// fences since the comment began.
    private static func isInCodeBlock(_ lines: ArraySlice<Substring>) -> Bool {
        var isOpen = false
        for line in lines.reversed() {
            guard let text = docCommentText(line) else { break }
            let trimmed = text.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { isOpen.toggle() }
        }
        return isOpen
    }

    /// The text after `/// ` of a doc comment line, `nil` for other lines.
    private static func docCommentText(_ line: Substring) -> Substring? {
        let text = line.drop { $0 == " " }
        guard text.hasPrefix("///") else { return nil }
        return text.dropFirst(3).drop { $0 == " " }.isEmpty ? "" : text.dropFirst(4)
    }

    /// Whether a line of `text` has more than ``maximumWidth`` UTF-8 bytes.
    private static func hasLongLine(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var length = 0
            for byte in bytes {
                if byte == ASCII.newline {
                    length = 0
                } else {
                    length += 1
                    if length > maximumWidth { return true }
                }
            }
            return false
        }
    }

    /// `line`, as one or more lines none longer than the maximum where breaking allows.
    static func broken(_ line: String) -> [String] {
        let indent = String(line.prefix { $0 == " " })
        guard line.utf8.count > maximumWidth, line.count > maximumWidth, indent.count <= maximumIndent else { return [line] }
        let characters = Array(line.utf8)
        guard let scan = Scan(characters) else { return [line] }
        let lines = broken(line, characters, scan, indent: indent)
        // Where what comes before the first break is itself too long (`let sample: LongType =
        // .longCase(LongType(`, `typealias Name = Module.Name`), the value goes below its `=`.
        guard lines[0].count > maximumWidth, let equals = scan.topLevelEquals.first else { return lines }
        let value = [text(characters[...equals])] + broken(indent + indentUnit + text(characters[(equals + 2)...]).trimmed())
        return value.count(where: { $0.count > maximumWidth }) < lines.count(where: { $0.count > maximumWidth }) ? value : lines
    }

    /// `broken(_:)` but for the break after `=`.
    private static func broken(_ line: String, _ characters: [UInt8], _ scan: Scan, indent: String) -> [String] {
        // A group that can break: an argument list, or an array or dictionary literal of several
        // elements (not a type such as `[Item]?`), and not on a line that ends a list begun
        // above, whose own arguments go first (below).
        func breakable(_ group: Scan.Group) -> Bool {
            group.close - group.open > 1
                && (!group.isSquare || (!scan.closesListFromAbove && (!scan.commas(inGroup: group).isEmpty || holdsValue(group))))
        }
        // A literal of one element holds a call or a string (`[Agent(…)]`, `["key": .object(…)]`);
        // a type (`[String: Item]`) holds neither.
        func holdsValue(_ group: Scan.Group) -> Bool {
            characters[(group.open + 1)..<group.close].contains(ASCII.quote)
                || scan.groups.contains { $0.open > group.open && $0.close < group.close && !$0.isSquare }
        }
        // A switch case's body goes below its pattern: `case "long_value":` / `    self = .longValue`.
        let statement = characters[indent.utf8.count...]
        if statement.starts(with: "case ".utf8) || statement.starts(with: "default:".utf8),
            let colon = scan.topLevelColons.first, colon + 1 < characters.count,
            characters[colon + 1] == ASCII.space
        {
            let body = text(characters[(colon + 1)...]).trimmed()
            if !body.isEmpty {
                return [text(characters[...colon])] + broken(indent + indentUnit + body)
            }
        }
        // A body that ends the line (`var x: T { T(core: core) }`) goes on lines of its own.
        if let body = scan.trailingBody, characters[body.open - 1] == ASCII.space {
            let inner = text(characters[(body.open + 1)..<body.close]).trimmed()
            if !inner.isEmpty, !inner.contains(" in ") {
                return broken(text(characters[...body.open])) + broken(indent + indentUnit + inner)
                    + [indent + text(characters[body.close...])]
            }
        }
        // The longest list of the line's outermost ones is the one to break.
        let outermost = scan.groups.filter { $0.depth == 0 && breakable($0) }
        if var group = outermost.max(by: { $0.close - $0.open < $1.close - $1.open }) {
            // A list whose one element is a call or literal ending with it, with no label, hugs it,
            // and that one is broken instead: `.prompt(PromptStep(` … `))`.
            while scan.commas(inGroup: group).isEmpty,
                let inner = scan.groups.first(where: { $0.depth == group.depth + 1 && $0.close == group.close - 1 }),
                breakable(inner), !characters[(group.open + 1)..<inner.open].contains(ASCII.colon)
            {
                group = inner
            }
            let inner = Array(characters[(group.open + 1)..<group.close])
            let arguments = scan.commas(inGroup: group).isEmpty
                ? [text(inner[...])]
                : split(inner, at: scan.commas(inGroup: group).map { $0 - group.open - 1 })
            let head = text(characters[...group.open])
            let tail = text(characters[group.close...])
            let argumentIndent = indent + indentUnit
            var lines = [head]
            for (index, argument) in arguments.enumerated() {
                let separator = index == arguments.count - 1 ? "" : ","
                lines += broken(argumentIndent + argument.trimmed() + separator)
            }
            return lines + broken(indent + tail)
        }
        // A line that closes a list begun above (`b: 2, c: 3))`) and holds several of its
        // arguments: one per line, at the line's indentation.
        if scan.closesListFromAbove, !scan.topLevelCommas.isEmpty {
            let pieces = split(Array(characters.dropFirst(indent.count)), at: scan.topLevelCommas.map { $0 - indent.count })
            return pieces.enumerated().flatMap { index, piece in
                broken(indent + piece.trimmed() + (index == pieces.count - 1 ? "" : ","))
            }
        }
        return splitString(characters, indent: indent) ?? [line]
    }

    /// A line ending with a string literal too long for it (a request's path), the literal cut
    /// before a `/` outside its interpolations into pieces joined with `+`, one per line:
    ///
    ///     path: try "/enclosures/\(segment: enclosureID, argument: "enclosureID")"
    ///         + "/chores/\(segment: id, argument: "id")"
    private static func splitString(_ characters: [UInt8], indent: String) -> [String]? {
        // The last literal on the line, followed by nothing but closing brackets and commas.
        var index = 0
        var literal: (start: Int, end: Int)?
        while index < characters.count {
            if characters[index] == ASCII.quote, index == 0 || characters[index - 1] != ASCII.hash {
                guard let end = Scan.endOfString(characters, from: index) else { return nil }
                literal = (index, end)
                index = end
            } else if characters[index] == ASCII.hash {
                guard let end = Scan.endOfString(characters, from: index) else { return nil }
                literal = nil
                index = end
            }
            index += 1
        }
        guard let literal,
            characters[(literal.end + 1)...].allSatisfy({ [ASCII.closeParenthesis, ASCII.closeBracket, ASCII.comma, ASCII.space].contains($0) }),
            literal.end - literal.start > 2,
            characters[literal.start + 1] != ASCII.quote || characters[literal.start + 2] != ASCII.quote
        else { return nil }
        // Where the literal may be cut: before a `/` that is not inside an interpolation. Only a
        // literal with interpolations is cut: a plain one may have to stay a literal (a raw value).
        var cuts: [Int] = []
        var interpolates = false
        index = literal.start + 1
        while index < literal.end {
            if characters[index] == ASCII.backslash {
                if characters[index + 1] == ASCII.openParenthesis, let end = Scan.endOfInterpolation(characters, from: index + 1) {
                    interpolates = true
                    index = end + 1
                } else {
                    index += 2
                }
                continue
            }
            if characters[index] == ASCII.slash, index > literal.start + 1 { cuts.append(index) }
            index += 1
        }
        // The last cut that lets the first piece (and its closing quote) fit.
        guard interpolates, let cut = cuts.last(where: { text(characters[..<$0]).count + 1 <= maximumWidth }) else { return nil }
        let first = text(characters[..<cut]) + "\""
        let rest = Array((indent + indentUnit + "+ \"").utf8) + characters[cut...]
        let restText = text(rest[...])
        return [first] + (restText.count > maximumWidth ? splitString(rest, indent: indent) ?? [restText] : [restText])
    }

    /// UTF-8 bytes cut at ASCII characters, as text.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The pieces of `characters` between the commas at `offsets` (the commas dropped).
    private static func split(_ characters: [UInt8], at offsets: [Int]) -> [String] {
        var pieces: [String] = []
        var start = 0
        for offset in offsets {
            pieces.append(text(characters[start..<offset]))
            start = offset + 1
        }
        pieces.append(text(characters[start...]))
        return pieces
    }

    /// How many `"""` a line's bytes hold: an odd count opens or closes a multi-line string literal.
    static func countTripleQuotes(_ line: some Sequence<UInt8>) -> Int {
        var count = 0
        var run = 0
        for byte in line {
            if byte == ASCII.quote {
                run += 1
                if run == 3 { count += 1; run = 0 }
            } else {
                run = 0
            }
        }
        return count
    }

    /// Where a line's brackets open and close, outside string literals and comments.
    struct Scan {
        struct Group {
            var open: Int
            var close: Int
            /// How many groups enclose this one on the line.
            var depth: Int
            /// In square brackets: an array or dictionary literal, a subscript or a type.
            var isSquare = false
        }

        /// Groups in parentheses or square brackets opened and closed on the line, in the order
        /// they open.
        var groups: [Group] = []
        /// Commas not inside any bracket of the line.
        var topLevelCommas: [Int] = []
        /// Every comma, with the depth of the brackets around it.
        private var commas: [(offset: Int, depth: Int)] = []
        /// Whether the line closes more brackets than it opens (it ends a list begun above).
        var closesListFromAbove = false
        /// A body in braces, outside any bracket, that ends the line (`{ T(core: core) }`).
        var trailingBody: Group?
        /// Colons not inside any bracket or string of the line (`case "x": …`).
        var topLevelColons: [Int] = []
        /// The `=` of ` = ` (an assignment, a default or a type alias, not `==` or `+=`) not inside
        /// any bracket or string of the line.
        var topLevelEquals: [Int] = []

        /// Scans a line's UTF-8 bytes (every character it looks for is ASCII, which is never part
        /// of another character's bytes); `nil` where it holds a comment or brackets it cannot pair
        /// (a `{` that ends the line is allowed: the body it opens is below).
        init?(_ characters: [UInt8]) {
            var stack: [(character: UInt8, offset: Int)] = []
            var index = 0
            var excessCloses = 0
            while index < characters.count {
                let character = characters[index]
                switch character {
                case ASCII.slash
                where index + 1 < characters.count
                    && (characters[index + 1] == ASCII.slash || characters[index + 1] == ASCII.asterisk):
                    return nil
                case ASCII.quote, ASCII.hash:
                    guard let end = Self.endOfString(characters, from: index) else { return nil }
                    index = end
                case ASCII.openParenthesis, ASCII.openBracket, ASCII.openBrace:
                    stack.append((character, index))
                case ASCII.closeParenthesis, ASCII.closeBracket, ASCII.closeBrace:
                    guard let open = stack.popLast() else {
                        excessCloses += 1
                        index += 1
                        continue
                    }
                    guard Self.pairs(open.character, character) else { return nil }
                    // Argument lists and array or dictionary literals; not closures' bodies.
                    if character != ASCII.closeBrace {
                        let isSquare = character == ASCII.closeBracket
                        groups.append(Group(open: open.offset, close: index, depth: stack.count, isSquare: isSquare))
                    } else if stack.isEmpty, excessCloses == 0,
                        characters[(index + 1)...].allSatisfy({ $0 == ASCII.space })
                    {
                        trailingBody = Group(open: open.offset, close: index, depth: 0)
                    }
                case ASCII.colon:
                    if stack.isEmpty && excessCloses == 0 { topLevelColons.append(index) }
                case ASCII.equals:
                    if stack.isEmpty, excessCloses == 0, index > 0, index + 1 < characters.count,
                        characters[index - 1] == ASCII.space, characters[index + 1] == ASCII.space
                    {
                        topLevelEquals.append(index)
                    }
                case ASCII.comma:
                    commas.append((index, stack.count))
                    if stack.isEmpty && excessCloses == 0 { topLevelCommas.append(index) }
                default:
                    break
                }
                index += 1
            }
            // A declaration's or closure's body may open at the line's end (`) throws {`).
            if stack.count == 1, stack[0].character == ASCII.openBrace,
                characters[(stack[0].offset + 1)...].allSatisfy({ $0 == ASCII.space })
            {
                stack.removeAll()
            }
            guard stack.isEmpty else { return nil }
            closesListFromAbove = excessCloses > 0
            groups.sort { $0.open < $1.open }
        }

        /// The commas directly inside `group` (not inside a bracket within it).
        func commas(inGroup group: Group) -> [Int] {
            commas.filter { $0.offset > group.open && $0.offset < group.close && $0.depth == group.depth + 1 }
                .map(\.offset)
        }

        private static func pairs(_ open: UInt8, _ close: UInt8) -> Bool {
            (open == ASCII.openParenthesis && close == ASCII.closeParenthesis)
                || (open == ASCII.openBracket && close == ASCII.closeBracket)
                || (open == ASCII.openBrace && close == ASCII.closeBrace)
        }

        /// The index of the last character of the string literal starting at `start` (its `#`s or
        /// its opening quote), interpolations included; for `#` that starts no string (`#if`,
        /// `#expect`), the last `#`. `nil` when the literal does not end on the line.
        static func endOfString(_ characters: [UInt8], from start: Int) -> Int? {
            var index = start
            var hashes = 0
            while index < characters.count, characters[index] == ASCII.hash {
                hashes += 1
                index += 1
            }
            guard index < characters.count, characters[index] == ASCII.quote else {
                // `#if`, `#expect(…)`: not a string.
                return hashes > 0 ? start + hashes - 1 : nil
            }
            index += 1
            while index < characters.count {
                let character = characters[index]
                if character == ASCII.backslash {
                    let afterHashes = index + 1 + hashes
                    if afterHashes < characters.count, characters[(index + 1)..<afterHashes].allSatisfy({ $0 == ASCII.hash }),
                        characters[afterHashes] == ASCII.openParenthesis
                    {
                        // An interpolation: skip to its closing parenthesis, strings inside included.
                        guard let end = endOfInterpolation(characters, from: afterHashes) else { return nil }
                        index = end + 1
                        continue
                    }
                    index += 2
                    continue
                }
                if character == ASCII.quote {
                    if hashes == 0 { return index }
                    let end = index + hashes
                    if end < characters.count, characters[(index + 1)...end].allSatisfy({ $0 == ASCII.hash }) { return end }
                }
                index += 1
            }
            return nil
        }

        static func endOfInterpolation(_ characters: [UInt8], from open: Int) -> Int? {
            var depth = 0
            var index = open
            while index < characters.count {
                switch characters[index] {
                case ASCII.openParenthesis: depth += 1
                case ASCII.closeParenthesis:
                    depth -= 1
                    if depth == 0 { return index }
                case ASCII.quote, ASCII.hash:
                    guard let end = endOfString(characters, from: index) else { return nil }
                    index = end
                default: break
                }
                index += 1
            }
            return nil
        }
    }
}

private extension String {
    func trimmed() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

/// The bytes the breaker looks for, all ASCII (never part of another character's UTF-8 bytes);
/// computed, so the compiler folds them into constants.
private enum ASCII {
    static var space: UInt8 { UInt8(ascii: " ") }
    static var newline: UInt8 { UInt8(ascii: "\n") }
    static var hash: UInt8 { UInt8(ascii: "#") }
    static var quote: UInt8 { UInt8(ascii: "\"") }
    static var backslash: UInt8 { UInt8(ascii: "\\") }
    static var slash: UInt8 { UInt8(ascii: "/") }
    static var asterisk: UInt8 { UInt8(ascii: "*") }
    static var comma: UInt8 { UInt8(ascii: ",") }
    static var colon: UInt8 { UInt8(ascii: ":") }
    static var equals: UInt8 { UInt8(ascii: "=") }
    static var openParenthesis: UInt8 { UInt8(ascii: "(") }
    static var closeParenthesis: UInt8 { UInt8(ascii: ")") }
    static var openBracket: UInt8 { UInt8(ascii: "[") }
    static var closeBracket: UInt8 { UInt8(ascii: "]") }
    static var openBrace: UInt8 { UInt8(ascii: "{") }
    static var closeBrace: UInt8 { UInt8(ascii: "}") }
}
