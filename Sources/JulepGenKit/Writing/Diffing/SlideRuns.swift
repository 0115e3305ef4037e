extension UnifiedDiff {
    /// Moves runs of changed lines of one text to their canonical place among equal alternatives.
    ///
    /// When a run of changes is bordered by a line equal to its own last (or first) line, the run can
    /// shift by one line without changing the result — the classic case being an added function whose
    /// closing `}` could pair with either of two `}`s. Each run is moved up as far as it can go (merging
    /// with runs it meets), then down as far as it can go; finally it is moved back up, if possible, to
    /// end where a run of changes ends in `other`, so removed and added lines sit together in one hunk.
    /// This is what GNU diff does, which keeps hunks identical to `diff -u`'s.
    static func slideRuns(of changed: inout ChangeFlags, lines: [Int], other: ChangeFlags) {
        let end = lines.count
        var index = 0
        // Index in the other text of the line paired with the current position (walked in step).
        var otherIndex = 0

        while true {
            // Find the next run, keeping `otherIndex` on the line paired with each unchanged line.
            while index < end, !changed[index] {
                while other[otherIndex] { otherIndex += 1 }
                otherIndex += 1
                index += 1
            }
            if index == end { break }

            var start = index
            index += 1
            while changed[index] { index += 1 }
            while other[otherIndex] { otherIndex += 1 }

            // The end of the run when last seen next to a changed run in `other`; `end` when never.
            var alignedEnd: Int
            var runLength: Int
            repeat {
                runLength = index - start

                // Up while the line above equals the run's last line, absorbing runs above.
                while start > 0, lines[start - 1] == lines[index - 1] {
                    start -= 1
                    changed[start] = true
                    index -= 1
                    changed[index] = false
                    while changed[start - 1] { start -= 1 }
                    otherIndex -= 1
                    while other[otherIndex] { otherIndex -= 1 }
                }

                alignedEnd = other[otherIndex - 1] ? index : end

                // Down while the line below equals the run's first line, absorbing runs below.
                while index != end, lines[start] == lines[index] {
                    changed[start] = false
                    start += 1
                    changed[index] = true
                    index += 1
                    while changed[index] { index += 1 }
                    otherIndex += 1
                    while other[otherIndex] {
                        otherIndex += 1
                        alignedEnd = index
                    }
                }
            } while runLength != index - start

            // Back up to the last place where the run lined up with a change in `other`.
            while alignedEnd < index {
                start -= 1
                changed[start] = true
                index -= 1
                changed[index] = false
                otherIndex -= 1
                while other[otherIndex] { otherIndex -= 1 }
            }
        }
    }
}
