extension UnifiedDiff {
    /// A text cut into lines for diffing, kept as UTF-8 bytes so lines compare byte for byte (Swift's
    /// `String` equality would treat differently normalised text as equal, which `diff` does not).
    ///
    /// Each line keeps its `\n`, so a last line lacking one never matches the same text with one —
    /// again as in `diff`, which reports that change with a `\ No newline at end of file` marker.
    struct TextLines {
        let bytes: [UInt8]
        let lines: [Range<Int>]

        init(_ text: String) {
            bytes = Array(text.utf8)
            var lines: [Range<Int>] = []
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                lines.append(start..<(index + 1))
                start = index + 1
            }
            if start < bytes.count { lines.append(start..<bytes.count) }
            self.lines = lines
        }

        var count: Int { lines.count }

        /// Every line of both texts replaced by a small integer, equal exactly when the lines are equal,
        /// so the diff algorithm compares integers instead of strings.
        static func codes(_ old: TextLines, _ new: TextLines) -> (old: [Int], new: [Int]) {
            var table: [ArraySlice<UInt8>: Int] = [:]
            func code(_ text: TextLines) -> [Int] {
                text.lines.map { range in
                    let line = text.bytes[range]
                    if let known = table[line] { return known }
                    let fresh = table.count
                    table[line] = fresh
                    return fresh
                }
            }
            let oldCodes = code(old)
            return (oldCodes, code(new))
        }

        /// Adds line `index` to a hunk after `prefix`, with the marker `diff` prints after an unterminated last line.
        func append(line index: Int, prefix: String, to output: inout String) {
            let range = lines[index]
            output += prefix
            output += String(decoding: bytes[range], as: UTF8.self)
            if bytes[range].last != UInt8(ascii: "\n") {
                output += "\n\\ No newline at end of file\n"
            }
        }
    }
}
