/// A string built from a regular expression, for a sample value whose `pattern` the plainer
/// spellings of ``SampleBuilder/matching(_:_:constraints:)`` do not meet: Twilio's
/// `^AC[0-9a-fA-F]{32}$` gives `AC00000000000000000000000000000007` (the counter at the end of
/// the first run that takes digits).
///
/// Reads the patterns APIs declare for identifiers: literals, escapes, character classes, `.`,
/// groups (the first alternative that is not empty), anchors, word boundaries and the quantifiers
/// `{n}`, `{n,m}`, `{n,}`, `+`, `*`, `?`. Anything else (look-arounds, back-references) gives
/// `nil`; the caller checks the result against the pattern either way.
enum PatternSample {
    static func string(matching pattern: String, counter: Int) -> String? {
        var parser = Parser(characters: Array(pattern), counter: String(counter))
        guard let text = parser.alternatives(), parser.index == parser.characters.count else { return nil }
        return text
    }

    private struct Parser {
        let characters: [Character]
        /// The counter's digits, used once, by the first run of characters that may be digits.
        var counter: String
        var index = 0

        init(characters: [Character], counter: String) {
            self.characters = characters
            self.counter = counter
        }

        var current: Character? { index < characters.count ? characters[index] : nil }

        /// `a|b|c` up to a `)` or the end: the first alternative's text that is not empty (the
        /// others are read). `^$|[0-9a-f]{8}…` gives an identifier, not an empty string.
        mutating func alternatives() -> String? {
            guard var chosen = sequence() else { return nil }
            while current == "|" {
                index += 1
                guard let next = sequence() else { return nil }
                if chosen.isEmpty { chosen = next }
            }
            return chosen
        }

        mutating func sequence() -> String? {
            var text = ""
            while let character = current, character != "|", character != ")" {
                guard let atom = atom() else { return nil }
                guard let (low, high) = quantifier() else { return nil }
                text += repeated(atom, count: low == 0 && high != 0 ? 1 : low)
            }
            return text
        }

        /// One atom: the characters it accepts (`nil` for the text of a group).
        enum Atom {
            case text(String)
            case oneOf((Character) -> Bool)
        }

        mutating func atom() -> Atom? {
            guard let character = current else { return nil }
            index += 1
            switch character {
            case "^", "$":
                return .text("")
            case ".":
                return .oneOf { $0 != "\n" }
            case "(":
                if current == "?" {
                    // Only `(?:…)`: other group syntax is a look-around or a name.
                    guard index + 1 < characters.count, characters[index + 1] == ":" else { return nil }
                    index += 2
                }
                guard let text = alternatives(), current == ")" else { return nil }
                index += 1
                return .text(text)
            case "[":
                return characterClass()
            case "\\":
                guard let escaped = current else { return nil }
                index += 1
                // A word boundary takes no characters (DigitalOcean's UUID patterns use it).
                if escaped == "b" { return .text("") }
                return Self.escape(escaped).map(Atom.oneOf) ?? (escaped.isLetter || escaped.isNumber ? nil : .text(String(escaped)))
            case "*", "+", "?", "{", ")", "|":
                return nil
            default:
                return .text(String(character))
            }
        }

        /// `\d`, `\w`, `\s` as tests; `nil` for a character escaped as itself.
        static func escape(_ character: Character) -> ((Character) -> Bool)? {
            switch character {
            case "d": { $0.isASCII && $0.isNumber }
            case "w": { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            case "s": { $0 == " " }
            default: nil
            }
        }

        /// `[…]` after its `[`.
        mutating func characterClass() -> Atom? {
            let negated = current == "^"
            if negated { index += 1 }
            var tests: [(Character) -> Bool] = []
            var first = true
            while let character = current, character != "]" || first {
                first = false
                index += 1
                var low = character
                if character == "\\" {
                    guard let escaped = current else { return nil }
                    index += 1
                    if let test = Self.escape(escaped) {
                        tests.append(test)
                        continue
                    }
                    low = escaped
                }
                if current == "-", index + 1 < characters.count, characters[index + 1] != "]" {
                    index += 1
                    guard var high = current else { return nil }
                    index += 1
                    if high == "\\" {
                        guard let escaped = current else { return nil }
                        index += 1
                        high = escaped
                    }
                    tests.append { $0 >= low && $0 <= high }
                } else {
                    tests.append { $0 == low }
                }
            }
            guard current == "]" else { return nil }
            index += 1
            let accepts: (Character) -> Bool = { character in tests.contains { $0(character) } }
            return .oneOf(negated ? { !accepts($0) && $0 != "\n" } : accepts)
        }

        /// The bounds of the quantifier after an atom: `(1, 1)` without one; `nil` when unreadable.
        mutating func quantifier() -> (Int, Int?)? {
            var bounds: (Int, Int?)
            switch current {
            case "*": bounds = (0, nil)
            case "+": bounds = (1, nil)
            case "?": bounds = (0, 1)
            case "{":
                guard let close = characters[index...].firstIndex(of: "}") else { return nil }
                let parts = String(characters[(index + 1)..<close]).split(separator: ",", omittingEmptySubsequences: false)
                guard let low = Int(parts[0].trimmingSpaces), parts.count <= 2 else { return nil }
                let high = parts.count == 2 ? (parts[1].isEmpty ? nil : Int(parts[1].trimmingSpaces)) : low
                index = close
                bounds = (low, high)
            default:
                return (1, 1)
            }
            index += 1
            if current == "?" || current == "+" { index += 1 }  // lazy or possessive: the same strings
            return bounds
        }

        /// `count` characters `atom` accepts: digits end in the counter the first time.
        mutating func repeated(_ atom: Atom, count: Int) -> String {
            switch atom {
            case .text(let text):
                return String(repeating: text, count: count)
            case .oneOf(let accepts):
                let preferred: [Character] = ["0", "a", "A", "_", "x", "-", " "]
                    + (UInt8(ascii: "b")...UInt8(ascii: "z")).map { Character(UnicodeScalar($0)) }
                guard let fill = preferred.first(where: accepts) else { return "" }
                var text = String(repeating: fill, count: count)
                if fill == "0", !counter.isEmpty, counter.count <= count, counter.allSatisfy(accepts) {
                    text = String(text.dropLast(counter.count)) + counter
                    counter = ""
                }
                return text
            }
        }
    }
}
