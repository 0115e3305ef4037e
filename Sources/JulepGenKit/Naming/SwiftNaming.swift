/// Turns names from a spec (wire names, type names with dots, dashes or underscores)
/// into Swift identifiers that follow the API Design Guidelines.
///
/// All decisions about spelling live here, so every stage names things the same way.
public enum SwiftNaming {
    /// `agents_route_create` → `AgentsRouteCreate`, `Agents.Agent` → `AgentsAgent`, `date-time` → `DateTime`.
    public static func typeName(_ raw: String) -> String {
        let words = splitWords(raw)
        guard !words.isEmpty else { return "Unnamed" }
        let joined = words.map(capitalizeFirst).joined()
        return startsWithDigit(joined) ? "_" + joined : joined
    }

    /// `sort_by` → `sortBy`, `ID` → `id`, `URLPath` → `urlPath`, `kind_` → `kind`.
    public static func memberName(_ raw: String) -> String {
        let words = splitWords(raw)
        guard let first = words.first else { return "unnamed" }
        let head = lowercaseLeadingWord(first)
        let joined = head + words.dropFirst().map(capitalizeFirst).joined()
        return startsWithDigit(joined) ? "_" + joined : joined
    }

    /// A member name made safe to declare and to use after a dot: keywords get backticks.
    public static func escapedMemberName(_ name: String) -> String {
        SwiftKeywords.needsBackticksAsMember(name) ? "`\(name)`" : name
    }

    /// A name as an argument label in a call (`f(default: x)`): every keyword may be one without
    /// backticks but `inout` (and the compiler warns about backticks it does not need).
    public static func argumentLabel(_ name: String) -> String {
        name == "inout" ? "`inout`" : name
    }

    /// Splits on anything that is not a letter or digit, and on lower→upper and acronym→word boundaries:
    /// `HTTPResponse_code` → [HTTP, Response, code].
    static func splitWords(_ raw: String) -> [String] {
        raw.utf8.allSatisfy { $0 < 0x80 } ? asciiWords(raw) : unicodeWords(raw)
    }

    /// `splitWords` for any text, by `Character` and its Unicode properties.
    static func unicodeWords(_ raw: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(raw)
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current.removeAll()
        }
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                flush()
                continue
            }
            if let previous = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (previous.isLowercase || previous.isNumber) && character.isUppercase
                let acronymEnd = previous.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                if lowerToUpper || acronymEnd { flush() }
            }
            current.append(character)
        }
        flush()
        return words
    }

    /// `splitWords` for ASCII names (nearly all), on bytes: the same words without asking for the
    /// Unicode properties of every character, which made naming a good part of a run.
    static func asciiWords(_ raw: String) -> [String] {
        let bytes = Array(raw.utf8)
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        var words: [String] = []
        var start: Int?
        func flush(at end: Int) {
            if let first = start { words.append(String(decoding: bytes[first..<end], as: UTF8.self)) }
            start = nil
        }
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                flush(at: index)
                continue
            }
            if start != nil {
                // A word is contiguous, so its last character is the byte before this one.
                let previous = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                let lowerToUpper = (isLower(previous) || isDigit(previous)) && isUpper(byte)
                let acronymEnd = isUpper(previous) && isUpper(byte) && nextIsLower
                if lowerToUpper || acronymEnd { flush(at: index) }
            }
            if start == nil { start = index }
        }
        flush(at: bytes.count)
        return words
    }

    private static func capitalizeFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        // Keep acronyms as written (`HTTP`, `UUID`); only lift the first letter of plain words.
        return first.uppercased() + word.dropFirst()
    }

    /// A leading acronym is lowercased whole (`URL` → `url`), a normal word only its first letter.
    private static func lowercaseLeadingWord(_ word: String) -> String {
        if word.allSatisfy({ $0.isUppercase || $0.isNumber }) { return word.lowercased() }
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    private static func startsWithDigit(_ name: String) -> Bool {
        name.first?.isNumber ?? false
    }
}
