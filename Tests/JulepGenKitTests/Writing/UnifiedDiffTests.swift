import Foundation
import Testing
@testable import JulepGenKit

@Suite("UnifiedDiff")
struct UnifiedDiffTests {
    /// Our hunks, without the two header lines, for comparing with `GNUDiff.hunks`.
    private func ourHunks(old: String, new: String, context: Int = 3) -> String {
        GNUDiff.dropHeader(UnifiedDiff.diff(old: old, new: new, oldLabel: "a/x", newLabel: "b/x", context: context))
    }

    private func lines(_ range: ClosedRange<Int>, _ transform: (Int) -> String = { "line \($0)" }) -> String {
        range.map { transform($0) + "\n" }.joined()
    }

    @Test func equalTextsGiveNoDiff() {
        #expect(UnifiedDiff.diff(old: "a\nb\n", new: "a\nb\n", oldLabel: "a/x", newLabel: "b/x") == "")
        #expect(UnifiedDiff.diff(old: "", new: "", oldLabel: "a/x", newLabel: "b/x") == "")
    }

    @Test func formatsHeadersAndHunks() {
        let diff = UnifiedDiff.diff(
            old: "one\ntwo\nthree\n", new: "one\n2\nthree\n",
            oldLabel: "a/Sources/Agent.swift", newLabel: "b/Sources/Agent.swift"
        )
        #expect(diff == """
            --- a/Sources/Agent.swift
            +++ b/Sources/Agent.swift
            @@ -1,3 +1,3 @@
             one
            -two
            +2
             three

            """)
    }

    @Test func addedAndRemovedFilesUseEmptyRanges() {
        #expect(UnifiedDiff.diff(old: "", new: "a\nb\n", oldLabel: "/dev/null", newLabel: "b/x") == """
            --- /dev/null
            +++ b/x
            @@ -0,0 +1,2 @@
            +a
            +b

            """)
        #expect(UnifiedDiff.diff(old: "a\n", new: "", oldLabel: "a/x", newLabel: "/dev/null") == """
            --- a/x
            +++ /dev/null
            @@ -1 +0,0 @@
            -a

            """)
    }

    @Test func marksMissingNewlineAtEnd() {
        #expect(UnifiedDiff.diff(old: "a\nb", new: "a\nb\n", oldLabel: "a/x", newLabel: "b/x") == """
            --- a/x
            +++ b/x
            @@ -1,2 +1,2 @@
             a
            -b
            \\ No newline at end of file
            +b

            """)
    }

    /// Hand-picked cases covering each rule of the format, each checked against GNU `diff -u`.
    static let referenceCases: [(name: String, old: String, new: String)] = {
        let twenty = (1...20).map { "line \($0)\n" }.joined()
        func replacing(_ text: String, _ replacements: [Int: String]) -> String {
            text.split(separator: "\n").enumerated().map { index, line in
                (replacements[index + 1] ?? String(line)) + "\n"
            }.joined()
        }
        let function = "func a() {\n    one()\n}\n"
        return [
            ("old empty", "", "a\nb\nc\n"),
            ("new empty", "a\nb\nc\n", ""),
            ("empty line vs nothing", "", "\n"),
            ("all lines changed", "a\nb\nc\n", "x\ny\nz\n"),
            ("change at start", twenty, replacing(twenty, [1: "first"])),
            ("change at end", twenty, replacing(twenty, [20: "last"])),
            ("insert at start", twenty, "new\n" + twenty),
            ("append at end", twenty, twenty + "new\n"),
            ("two separate hunks", twenty, replacing(twenty, [3: "three", 17: "seventeen"])),
            ("hunks merged: gap of 6", twenty, replacing(twenty, [5: "five", 12: "twelve"])),
            ("hunks apart: gap of 7", twenty, replacing(twenty, [5: "five", 13: "thirteen"])),
            ("deletion only", twenty, replacing(twenty, [10: ""]).replacingOccurrences(of: "\n\n", with: "\n")),
            ("no newline in old", "a\nb\nc", "a\nb\nc\n"),
            ("no newline in new", "a\nb\nc\n", "a\nb\nc"),
            ("no newline in both, last line changed", "a\nb\nc", "a\nb\nd"),
            ("no newline in both, unchanged context", twenty + "tail", replacing(twenty, [18: "x"]) + "tail"),
            ("single line without newline", "a", "b"),
            ("added function slides below the closing brace", function, function + "\n" + function),
            ("repeated lines", "a\nb\na\nb\na\n", "b\na\nb\na\nb\n"),
            ("moved block", "1\n2\n3\n4\n5\n6\n7\n8\n", "5\n6\n7\n8\n1\n2\n3\n4\n"),
            ("blank lines and braces", "{\n\n}\n{\n\n}\n", "{\n}\n\n{\n\n\n}\n"),
            ("CRLF line endings", "a\r\nb\r\n", "a\r\nc\r\n"),
            ("unicode", "café\nnaïve\n", "cafe\u{301}\nnaïve\n"),
        ]
    }()

    @Test(.enabled(if: GNUDiff.isAvailable), arguments: 0..<referenceCases.count)
    func matchesGNUDiff(caseIndex: Int) throws {
        let testCase = Self.referenceCases[caseIndex]
        let expected = try GNUDiff.hunks(old: testCase.old, new: testCase.new)
        #expect(!expected.isEmpty, "\(testCase.name): reference diff is empty")
        #expect(ourHunks(old: testCase.old, new: testCase.new) == expected, "\(testCase.name)")
    }

    @Test(.enabled(if: GNUDiff.isAvailable), arguments: [0, 1, 5])
    func matchesGNUDiffWithOtherContextWidths(context: Int) throws {
        let old = lines(1...30)
        let new = lines(1...30) { $0 % 7 == 0 ? "changed \($0)" : "line \($0)" }
        #expect(ourHunks(old: old, new: new, context: context) == (try GNUDiff.hunks(old: old, new: new, context: context)))
    }

    /// Random small texts over a tiny alphabet: many equally short edit scripts, so this exercises the
    /// tie-breaking (which lines pair up, where runs slide) rather than just the format.
    @Test(.enabled(if: GNUDiff.isAvailable))
    func matchesGNUDiffOnRandomTexts() throws {
        var random = DiffTestRandom(seed: 0x5eed)
        let alphabet = ["a", "b", "c", "}", "", "    return x", "d"]
        func text() -> String {
            let count = Int.random(in: 0...25, using: &random)
            let body = (0..<count).map { _ in alphabet.randomElement(using: &random)! + "\n" }.joined()
            return Bool.random(using: &random) && !body.isEmpty ? String(body.dropLast()) : body
        }
        var mismatches: [String] = []
        for _ in 0..<200 {
            let old = text()
            let new = Int.random(in: 0..<4, using: &random) == 0 ? old : text()
            let expected = try GNUDiff.hunks(old: old, new: new)
            if ourHunks(old: old, new: new) != expected {
                mismatches.append("old: \(old.debugDescription) new: \(new.debugDescription)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.first ?? "")")
    }

    /// Larger texts with scattered edits, where the discarding of common unmatched lines matters.
    @Test(.enabled(if: GNUDiff.isAvailable))
    func matchesGNUDiffOnLargerEditedTexts() throws {
        var random = DiffTestRandom(seed: 42)
        let pool = ["}", "", "{", "    let x = 1", "    return x"] + (0..<40).map { "    call\($0)()" }
        for _ in 0..<20 {
            let original = (0..<Int.random(in: 100...400, using: &random)).map { _ in pool.randomElement(using: &random)! }
            var edited = original
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                let position = Int.random(in: 0...edited.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: edited.insert("    inserted\(position)()", at: position)
                case 1 where position < edited.count: edited.remove(at: position)
                default: if position < edited.count { edited[position] = pool.randomElement(using: &random)! }
                }
            }
            let old = original.map { $0 + "\n" }.joined()
            let new = edited.map { $0 + "\n" }.joined()
            #expect(ourHunks(old: old, new: new) == (try GNUDiff.hunks(old: old, new: new)))
        }
    }

    /// Generated files are thousands of lines; a regeneration typically touches a few hundred.
    /// (How fast is measured by the benchmarks, not here: see BENCHMARKS.md.)
    @Test func largeFilesGiveSmallDiffs() {
        var random = DiffTestRandom(seed: 3)
        let pool = ["}", "", "    let x = 1", "    return x"] + (0..<500).map { "    call\($0)()" }
        let old = (0..<20_000).map { _ in pool.randomElement(using: &random)! }
        var new = old
        for _ in 0..<300 {
            new.insert("    inserted()", at: Int.random(in: 0...new.count, using: &random))
            new.remove(at: Int.random(in: 0..<new.count, using: &random))
        }
        let oldText = old.map { $0 + "\n" }.joined()
        let newText = new.map { $0 + "\n" }.joined()
        let diff = UnifiedDiff.diff(old: oldText, new: newText, oldLabel: "a/x", newLabel: "b/x")
        let lines = diff.split(separator: "\n").dropFirst(2)
        // 300 insertions and 300 removals: a diff at most that big, however the edits overlap.
        #expect((1...300).contains(lines.filter { $0.hasPrefix("+") }.count))
        #expect((1...300).contains(lines.filter { $0.hasPrefix("-") }.count))
        // Entirely rewritten: every line is unmatched and settled before the search.
        let rewritten = UnifiedDiff.diff(old: oldText, new: oldText.uppercased(), oldLabel: "a/x", newLabel: "b/x")
        let added = rewritten.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }.count
        #expect((20_000 - old.filter { $0 == $0.uppercased() }.count...20_000).contains(added))
    }
}

/// SplitMix64: reproducible random numbers for the randomized comparisons.
struct DiffTestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
