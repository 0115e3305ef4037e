/// The deterministic rule that renames a derived Swift name when it is taken (docs/openapi.md,
/// "Names"), so a clash costs a warning instead of the run: published OpenAPI documents are full
/// of names that meet in Swift (`StartTime` and `StartTime<`, `asc` and `ASC`, a query `options`
/// next to the request options argument), and their users have no spec file to fix them in.
///
/// Candidates, first free one wins; the first declaration in document order keeps the plain name:
/// 1. the name with its symbols spelled as words (`StartTime<` → `startTimeLessThan`),
/// 2. any rule-specific candidates (a location prefix for arguments: `queryOptions`),
/// 3. the derived name with the first free number from 2 (`name2`).
///
/// Enum values that differ only by case (`ASC`, `asc`) each keep their spelling instead, when it
/// is an identifier (see `IRBuilder.buildEnum`).
///
/// A name set explicitly (`swiftName`, the overlay) is never renamed: a clash there is an error.
enum ClashRenaming {
    /// Words for the symbols that tell real-world names apart (`<`/`>` filters, `+`/`-` signs).
    static let symbolWords: [Character: String] = [
        "<": "LessThan", ">": "GreaterThan", "+": "Plus", "-": "Minus", "*": "Star", "=": "Equals", "!": "Not",
        "@": "At", "#": "Hash", "$": "Dollar", "%": "Percent", "&": "And", "|": "Or", "~": "Tilde", "^": "Caret",
        "?": "Question", "/": "Slash", ".": "Dot",
    ]

    /// `StartTime<` → `StartTime LessThan` (then named as usual); nil when there is nothing to spell.
    static func spellingSymbols(_ raw: String) -> String? {
        guard raw.contains(where: { symbolWords[$0] != nil }) else { return nil }
        var result = ""
        for character in raw {
            if let word = symbolWords[character] { result += " " + word + " " } else { result.append(character) }
        }
        return result
    }

    /// The candidates after `derived`, in order, for a name made by `naming` from `raw`.
    static func candidates(
        derived: String, raw: String, extra: [String] = [], naming: (String) -> String
    ) -> [String] {
        var result: [String] = []
        if let spelled = spellingSymbols(raw) { result.append(naming(spelled)) }
        result += extra
        return result.filter { $0 != derived }
    }
}

extension CollisionChecker {
    /// Claims `derived`, or the first free candidate of `ClashRenaming` with a warning saying so.
    /// Returns the name claimed.
    mutating func claimRenaming(
        _ derived: String, original: String, candidates: [String], at location: SourceLocation?,
        diagnostics: inout Diagnostics
    ) -> String {
        guard let previous = holder(of: derived), !explicitNames.contains(derived) else {
            // Free, or chosen by the author (`swiftName`, `formerSwiftName`) for this place: the
            // clash with an explicit name is the author's to resolve, an error.
            claim(derived, original: original, at: location, diagnostics: &diagnostics)
            return derived
        }
        var chosen = candidates.first { holder(of: $0) == nil && !isReservedWord($0) }
        var number = 2
        while chosen == nil {
            if holder(of: derived + String(number)) == nil { chosen = derived + String(number) }
            number += 1
        }
        let name = chosen ?? derived
        let taken = previous.location == nil ? previous.original : "taken by '\(previous.original)'"
        diagnostics.warning(
            "\(what) '\(original)' would be '\(derived)' in Swift, which is \(taken); it is named '\(name)' instead",
            at: location, notes: previous.location.map { [.note("'\(previous.original)' is here", at: $0)] } ?? [])
        claim(name, original: original, at: location, diagnostics: &diagnostics)
        return name
    }

    private func isReservedWord(_ name: String) -> Bool {
        SwiftKeywords.reserved.contains(name)
    }
}
