extension UnifiedDiff {
    /// One run of changed lines: `oldCount` lines removed at `oldStart`, `newCount` lines added at
    /// `newStart` (0-based; for an empty side the start is the line the run sits before).
    struct Change: Equatable {
        var oldStart: Int
        var oldCount: Int
        var newStart: Int
        var newCount: Int

        var oldEnd: Int { oldStart + oldCount }
        var newEnd: Int { newStart + newCount }
    }

    /// The changes turning `old` into `new` (lines given as codes), in order.
    ///
    /// Many texts have several shortest edit scripts; to print the hunks `diff -u` prints, this makes
    /// the same choices as GNU diff, in the same steps:
    /// 1. identical leading and trailing lines are set aside, except `horizon` lines next to the
    ///    differences (the context width), which stay in play so step 4 can slide changes into them;
    /// 2. lines without any counterpart in the other text are marked changed up front;
    /// 3. Myers' O(ND) search, in its linear-space form, aligns the rest — capped in cost so that very
    ///    different texts still diff quickly (the result is then merely not minimal);
    /// 4. runs of changes are slid down over identical lines, then back up to line up with a change
    ///    in the other text, so that equal-looking alternatives come out the same every time.
    static func editScript(old: [Int], new: [Int], horizon: Int) -> [Change] {
        var commonPrefix = 0
        while commonPrefix < old.count, commonPrefix < new.count, old[commonPrefix] == new[commonPrefix] {
            commonPrefix += 1
        }
        let start = max(0, commonPrefix - horizon)
        let suffixLimit = min(old.count, new.count) - start
        var commonSuffix = 0
        while commonSuffix < suffixLimit, old[old.count - 1 - commonSuffix] == new[new.count - 1 - commonSuffix] {
            commonSuffix += 1
        }
        let trimmedSuffix = max(0, commonSuffix - horizon)

        let oldLines = Array(old[start..<(old.count - trimmedSuffix)])
        let newLines = Array(new[start..<(new.count - trimmedSuffix)])
        var oldChanged = ChangeFlags(count: oldLines.count)
        var newChanged = ChangeFlags(count: newLines.count)

        let candidates = SearchCandidates(old: oldLines, new: newLines, oldChanged: &oldChanged, newChanged: &newChanged)
        var search = MyersSearch(old: candidates.old.lines, new: candidates.new.lines)
        search.run()
        for index in search.deleted { oldChanged[candidates.old.positions[index]] = true }
        for index in search.inserted { newChanged[candidates.new.positions[index]] = true }

        // Old first, then new against the adjusted old, as GNU diff does.
        slideRuns(of: &oldChanged, lines: oldLines, other: newChanged)
        slideRuns(of: &newChanged, lines: newLines, other: oldChanged)

        var changes: [Change] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < oldLines.count || newIndex < newLines.count {
            if oldChanged[oldIndex] || newChanged[newIndex] {
                let oldRunStart = oldIndex
                let newRunStart = newIndex
                while oldChanged[oldIndex] { oldIndex += 1 }
                while newChanged[newIndex] { newIndex += 1 }
                changes.append(Change(
                    oldStart: start + oldRunStart, oldCount: oldIndex - oldRunStart,
                    newStart: start + newRunStart, newCount: newIndex - newRunStart
                ))
            }
            // Past a run both sides are at a pair of matching lines.
            oldIndex += 1
            newIndex += 1
        }
        return changes
    }

    /// Which lines of one text are changed, readable one past each end (always `false` there) so the
    /// run-walking loops need no bounds checks of their own.
    struct ChangeFlags {
        private var flags: [Bool]

        init(count: Int) { flags = Array(repeating: false, count: count + 3) }

        subscript(index: Int) -> Bool {
            get { flags[index + 1] }
            set { flags[index + 1] = newValue }
        }
    }
}
