extension UnifiedDiff {
    /// The lines worth handing to the Myers search, after settling the obvious cases first.
    ///
    /// A line with no equal line in the other text can only be a change, so it is marked changed
    /// right away and left out of the search: fewer lines to search, and the search then settles ties
    /// the way GNU diff does (which does the same). Lines that are very common in the other text
    /// (blank lines, lone `}`) are also left out when they sit inside a long run of such unmatched
    /// lines, since matching them there would only scatter a rewritten block into fragments.
    struct SearchCandidates {
        struct Side {
            /// The kept lines' codes, in order.
            var lines: [Int] = []
            /// For each kept line, its index in the full text.
            var positions: [Int] = []
        }

        var old = Side()
        var new = Side()

        private enum Verdict: UInt8 { case keep, drop, maybe }

        init(old oldLines: [Int], new newLines: [Int], oldChanged: inout ChangeFlags, newChanged: inout ChangeFlags) {
            let tableSize = max(oldLines.max() ?? -1, newLines.max() ?? -1) + 1
            var oldOccurrences = Array(repeating: 0, count: tableSize)
            var newOccurrences = Array(repeating: 0, count: tableSize)
            for code in oldLines { oldOccurrences[code] += 1 }
            for code in newLines { newOccurrences[code] += 1 }

            old = Self.keep(oldLines, occurrencesInOther: newOccurrences, changed: &oldChanged)
            new = Self.keep(newLines, occurrencesInOther: oldOccurrences, changed: &newChanged)
        }

        private static func keep(_ lines: [Int], occurrencesInOther: [Int], changed: inout ChangeFlags) -> Side {
            // "Very common": more matches than about 5·√(n/64), doubling the threshold per factor 4 in size.
            var common = 5
            var scaled = lines.count / 64
            while true {
                scaled >>= 2
                if scaled <= 0 { break }
                common *= 2
            }
            var verdicts = lines.map { code -> Verdict in
                let matches = occurrencesInOther[code]
                if matches == 0 { return .drop }
                return matches > common ? .maybe : .keep
            }
            settleMaybes(&verdicts)

            var side = Side()
            for (index, code) in lines.enumerated() {
                if verdicts[index] == .keep {
                    side.lines.append(code)
                    side.positions.append(index)
                } else {
                    changed[index] = true
                }
            }
            return side
        }

        /// Decides each `.maybe`: dropped only well inside a run of dropped lines, kept otherwise.
        private static func settleMaybes(_ verdicts: inout [Verdict]) {
            var index = 0
            while index < verdicts.count {
                switch verdicts[index] {
                case .keep:
                    index += 1
                case .maybe:
                    // Not inside a run that starts with a certain drop.
                    verdicts[index] = .keep
                    index += 1
                case .drop:
                    var end = index
                    var maybes = 0
                    while end < verdicts.count, verdicts[end] != .keep {
                        if verdicts[end] == .maybe { maybes += 1 }
                        end += 1
                    }
                    // The run must also end with a certain drop.
                    while end > index, verdicts[end - 1] == .maybe {
                        end -= 1
                        verdicts[end] = .keep
                        maybes -= 1
                    }
                    let run = index..<end
                    if maybes * 4 > run.count {
                        // Too many common lines: matching them is probably meaningful.
                        for position in run where verdicts[position] == .maybe { verdicts[position] = .keep }
                    } else {
                        settleMaybes(inRun: run, &verdicts)
                    }
                    index = end
                }
            }
        }

        private static func settleMaybes(inRun run: Range<Int>, _ verdicts: inout [Verdict]) {
            // Keep stretches of `longest` or more common lines in a row: about √(length/4), plus one.
            var longest = 1
            var scaled = run.count >> 2
            while true {
                scaled >>= 2
                if scaled <= 0 { break }
                longest <<= 1
            }
            longest += 1

            var offset = 0
            var streak = 0
            while offset < run.count {
                let position = run.lowerBound + offset
                if verdicts[position] != .maybe {
                    streak = 0
                } else {
                    streak += 1
                    if streak == longest {
                        // Go back to the stretch's start and keep all of it.
                        offset -= streak
                    } else if streak > longest {
                        verdicts[position] = .keep
                    }
                }
                offset += 1
            }

            // Near either end of the run, common lines are kept until three certain drops in a row
            // (or a certain drop at least 8 lines in) show the run has really begun.
            keepLeadingMaybes(Array(run), &verdicts)
            keepLeadingMaybes(Array(run.reversed()), &verdicts)
        }

        private static func keepLeadingMaybes(_ positions: [Int], _ verdicts: inout [Verdict]) {
            var drops = 0
            for (offset, position) in positions.enumerated() {
                if offset >= 8, verdicts[position] == .drop { break }
                switch verdicts[position] {
                case .maybe:
                    drops = 0
                    verdicts[position] = .keep
                case .keep:
                    drops = 0
                case .drop:
                    drops += 1
                }
                if drops == 3 { break }
            }
        }
    }
}
