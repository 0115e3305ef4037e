extension UnifiedDiff {
    /// Myers' O(ND) diff in linear space: find the middle of a shortest edit script by searching from
    /// both ends at once, then solve the two halves the same way. Memory stays O(N) however different
    /// the texts are; time is O(N·D), and D is capped (see `costLimit`) so huge rewrites stay fast.
    ///
    /// Ties between equally short scripts are broken exactly as GNU diff breaks them, so the hunks match.
    struct MyersSearch {
        private let old: [Int]
        private let new: [Int]
        /// Furthest-reaching x per diagonal (x − y), forward and backward; diagonal d is stored at d + `offset`.
        private var forward: [Int]
        private var backward: [Int]
        private let offset: Int
        /// Edit cost after which a half-finished search settles for a good but possibly longer script.
        /// About √(lines), at least 4096 — so only very large rewrites are affected.
        private let costLimit: Int

        /// Indices of `old` lines removed and `new` lines added, filled in by `run()`.
        private(set) var deleted: [Int] = []
        private(set) var inserted: [Int] = []

        init(old: [Int], new: [Int]) {
            self.old = old
            self.new = new
            let diagonals = old.count + new.count + 3
            forward = Array(repeating: 0, count: diagonals)
            backward = Array(repeating: 0, count: diagonals)
            offset = new.count + 1
            var limit = 1
            var size = diagonals
            while size != 0 {
                limit <<= 1
                size >>= 2
            }
            costLimit = max(4096, limit)
        }

        mutating func run() {
            compare(oldRange: 0..<old.count, newRange: 0..<new.count, minimal: false)
        }

        private mutating func compare(oldRange: Range<Int>, newRange: Range<Int>, minimal: Bool) {
            var oldLow = oldRange.lowerBound, oldHigh = oldRange.upperBound
            var newLow = newRange.lowerBound, newHigh = newRange.upperBound
            while oldLow < oldHigh, newLow < newHigh, old[oldLow] == new[newLow] {
                oldLow += 1
                newLow += 1
            }
            while oldLow < oldHigh, newLow < newHigh, old[oldHigh - 1] == new[newHigh - 1] {
                oldHigh -= 1
                newHigh -= 1
            }
            if oldLow == oldHigh {
                inserted.append(contentsOf: newLow..<newHigh)
            } else if newLow == newHigh {
                deleted.append(contentsOf: oldLow..<oldHigh)
            } else {
                let middle = findMiddle(oldLow, oldHigh, newLow, newHigh, minimal: minimal)
                compare(oldRange: oldLow..<middle.x, newRange: newLow..<middle.y, minimal: middle.lowMinimal)
                compare(oldRange: middle.x..<oldHigh, newRange: middle.y..<newHigh, minimal: middle.highMinimal)
            }
        }

        private struct Middle {
            var x: Int
            var y: Int
            /// Whether each half is known to have a shortest script (false after giving up on cost).
            var lowMinimal: Bool
            var highMinimal: Bool
        }

        /// A point (x, y) on a shortest path from (xLow, yLow) to (xHigh, yHigh). The first and last
        /// lines of both ranges are known to differ.
        private mutating func findMiddle(_ xLow: Int, _ xHigh: Int, _ yLow: Int, _ yHigh: Int, minimal: Bool) -> Middle {
            let lowestDiagonal = xLow - yHigh
            let highestDiagonal = xHigh - yLow
            let forwardCenter = xLow - yLow
            let backwardCenter = xHigh - yHigh
            var forwardMin = forwardCenter, forwardMax = forwardCenter
            var backwardMin = backwardCenter, backwardMax = backwardCenter
            // The searches can only meet on diagonals of the parity of the distance between the centres;
            // check for overlap in the forward pass when it is odd, in the backward pass when it is even.
            let odd = (forwardCenter - backwardCenter) & 1 != 0

            forward[forwardCenter + offset] = xLow
            backward[backwardCenter + offset] = xHigh

            var cost = 1
            while true {
                // One more edit forward: widen the band by a diagonal on each side, or narrow it at the edge.
                if forwardMin > lowestDiagonal {
                    forwardMin -= 1
                    forward[forwardMin - 1 + offset] = -1
                } else {
                    forwardMin += 1
                }
                if forwardMax < highestDiagonal {
                    forwardMax += 1
                    forward[forwardMax + 1 + offset] = -1
                } else {
                    forwardMax -= 1
                }
                var diagonal = forwardMax
                while diagonal >= forwardMin {
                    let fromBelow = forward[diagonal - 1 + offset]
                    let fromAbove = forward[diagonal + 1 + offset]
                    var x = fromBelow < fromAbove ? fromAbove : fromBelow + 1
                    var y = x - diagonal
                    while x < xHigh, y < yHigh, old[x] == new[y] {
                        x += 1
                        y += 1
                    }
                    forward[diagonal + offset] = x
                    if odd, backwardMin <= diagonal, diagonal <= backwardMax, backward[diagonal + offset] <= x {
                        return Middle(x: x, y: y, lowMinimal: true, highMinimal: true)
                    }
                    diagonal -= 2
                }

                // One more edit backward.
                if backwardMin > lowestDiagonal {
                    backwardMin -= 1
                    backward[backwardMin - 1 + offset] = Int.max
                } else {
                    backwardMin += 1
                }
                if backwardMax < highestDiagonal {
                    backwardMax += 1
                    backward[backwardMax + 1 + offset] = Int.max
                } else {
                    backwardMax -= 1
                }
                diagonal = backwardMax
                while diagonal >= backwardMin {
                    let fromBelow = backward[diagonal - 1 + offset]
                    let fromAbove = backward[diagonal + 1 + offset]
                    var x = fromBelow < fromAbove ? fromBelow : fromAbove - 1
                    var y = x - diagonal
                    while x > xLow, y > yLow, old[x - 1] == new[y - 1] {
                        x -= 1
                        y -= 1
                    }
                    backward[diagonal + offset] = x
                    if !odd, forwardMin <= diagonal, diagonal <= forwardMax, x <= forward[diagonal + offset] {
                        return Middle(x: x, y: y, lowMinimal: true, highMinimal: true)
                    }
                    diagonal -= 2
                }

                if !minimal, cost >= costLimit {
                    return bestGuess(xLow, xHigh, yLow, yHigh, forward: forwardMin...forwardMax, backward: backwardMin...backwardMax)
                }
                cost += 1
            }
        }

        /// Gives up on a too-expensive search: takes whichever of the two searches got furthest and
        /// splits there; that half is still solved minimally, the other may not be.
        private func bestGuess(
            _ xLow: Int, _ xHigh: Int, _ yLow: Int, _ yHigh: Int,
            forward forwardBand: ClosedRange<Int>, backward backwardBand: ClosedRange<Int>
        ) -> Middle {
            var forwardBestSum = -1
            var forwardBestX = 0
            for diagonal in stride(from: forwardBand.upperBound, through: forwardBand.lowerBound, by: -2) {
                var x = min(forward[diagonal + offset], xHigh)
                var y = x - diagonal
                if yHigh < y {
                    x = yHigh + diagonal
                    y = yHigh
                }
                if forwardBestSum < x + y {
                    forwardBestSum = x + y
                    forwardBestX = x
                }
            }
            var backwardBestSum = Int.max
            var backwardBestX = 0
            for diagonal in stride(from: backwardBand.upperBound, through: backwardBand.lowerBound, by: -2) {
                var x = max(xLow, backward[diagonal + offset])
                var y = x - diagonal
                if y < yLow {
                    x = yLow + diagonal
                    y = yLow
                }
                if x + y < backwardBestSum {
                    backwardBestSum = x + y
                    backwardBestX = x
                }
            }
            if (xHigh + yHigh) - backwardBestSum < forwardBestSum - (xLow + yLow) {
                return Middle(x: forwardBestX, y: forwardBestSum - forwardBestX, lowMinimal: true, highMinimal: false)
            }
            return Middle(x: backwardBestX, y: backwardBestSum - backwardBestX, lowMinimal: false, highMinimal: true)
        }
    }
}
