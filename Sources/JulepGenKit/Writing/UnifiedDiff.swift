/// Line diffs in the format of `diff -u`, so `--check` output reads (and applies with `patch`/`git apply`)
/// like any other diff, and CI logs show exactly which generated lines drifted.
///
/// The hunks are the ones GNU `diff -u` prints for the same texts: same line alignment, hunk ranges
/// (`-l,0` for empty ranges, `-l` for one line), merging of changes whose context overlaps, and
/// `\ No newline at end of file` markers. Lines are compared by their exact UTF-8 bytes.
public enum UnifiedDiff {
    /// The diff turning `old` into `new`, headed `--- oldLabel` / `+++ newLabel`; `""` when the texts are equal.
    public static func diff(old: String, new: String, oldLabel: String, newLabel: String, context: Int = 3) -> String {
        let oldText = TextLines(old)
        let newText = TextLines(new)
        guard oldText.bytes != newText.bytes else { return "" }
        let context = max(0, context)
        let (oldCodes, newCodes) = TextLines.codes(oldText, newText)
        let changes = editScript(old: oldCodes, new: newCodes, horizon: context)

        var output = "--- \(oldLabel)\n+++ \(newLabel)\n"
        var first = 0
        while first < changes.count {
            // Join following changes while the unchanged gap between them is covered by both contexts.
            var last = first
            while last + 1 < changes.count,
                  changes[last + 1].oldStart - changes[last].oldEnd < 2 * context + 1 {
                last += 1
            }
            appendHunk(changes[first...last], old: oldText, new: newText, context: context, to: &output)
            first = last + 1
        }
        return output
    }

    private static func appendHunk(
        _ changes: ArraySlice<Change>, old: TextLines, new: TextLines, context: Int, to output: inout String
    ) {
        let head = changes[changes.startIndex]
        let tail = changes[changes.endIndex - 1]
        let oldFrom = max(head.oldStart - context, 0)
        let newFrom = max(head.newStart - context, 0)
        let oldTo = min(tail.oldEnd - 1 + context, old.count - 1)
        let newTo = min(tail.newEnd - 1 + context, new.count - 1)
        output += "@@ -\(range(oldFrom, oldTo)) +\(range(newFrom, newTo)) @@\n"

        var oldLine = oldFrom
        var newLine = newFrom
        var next = changes.startIndex
        while oldLine <= oldTo || newLine <= newTo {
            if next == changes.endIndex || oldLine < changes[next].oldStart {
                old.append(line: oldLine, prefix: " ", to: &output)
                oldLine += 1
                newLine += 1
            } else {
                // Like `diff`, all removed lines of a change come before its added lines.
                for _ in 0..<changes[next].oldCount {
                    old.append(line: oldLine, prefix: "-", to: &output)
                    oldLine += 1
                }
                for _ in 0..<changes[next].newCount {
                    new.append(line: newLine, prefix: "+", to: &output)
                    newLine += 1
                }
                next += 1
            }
        }
    }

    /// A hunk range from 0-based inclusive line numbers, in `diff`'s convention: `start,count`, just
    /// `start` for one line, and for no lines the number of the line *before* the range with count 0
    /// (which `patch` relies on to recognise diffs against empty files).
    private static func range(_ first: Int, _ last: Int) -> String {
        let start = first + 1
        let end = last + 1
        if end < start { return "\(end),0" }
        if end == start { return "\(start)" }
        return "\(start),\(end - start + 1)"
    }
}
