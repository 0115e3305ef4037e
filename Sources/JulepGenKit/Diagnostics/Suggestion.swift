/// "did you mean …?" for misspelled keys and names.
public enum Suggestion {
    /// The closest candidate within an edit distance that scales with the word, or `nil`.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(1, word.count / 3)
        var best: (candidate: String, distance: Int)?
        let lowered = word.lowercased()
        for candidate in candidates {
            let other = candidate.lowercased()
            var distance = editDistance(lowered, other)
            // A word missing its tail (`updated` for `updated_at`) is close however long the tail.
            if lowered.count >= 3, other.count >= 3, other.hasPrefix(lowered) || lowered.hasPrefix(other),
                abs(other.count - lowered.count) <= 4
            {
                distance = min(distance, limit)
            }
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.candidate) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// " (did you mean 'x'?)" or "".
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars), b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
