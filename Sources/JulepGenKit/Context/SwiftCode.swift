/// A Swift expression as a tree, so generated tests can put a short call on one line and break a
/// long one into one argument per line.
indirect enum SwiftCode: Equatable, Sendable {
    /// Text that is never broken: `42`, `"name-1"`, `.createdAt`, `UUID(uuidString: "…")!`.
    case atom(String)
    /// `prefix(label: value, …)`: a call, `[a, b]` (empty prefix, brackets) or `["k": v]`.
    case call(prefix: String, open: String, close: String, arguments: [Argument])

    struct Argument: Equatable, Sendable {
        /// `name`, a dictionary key literal, or `nil` for an unlabeled argument.
        var label: String?
        var value: SwiftCode
    }

    static func call(_ prefix: String, _ arguments: [Argument]) -> SwiftCode {
        .call(prefix: prefix, open: "(", close: ")", arguments: arguments)
    }

    static func array(_ elements: [SwiftCode]) -> SwiftCode {
        .call(prefix: "", open: "[", close: "]", arguments: elements.map { Argument(label: nil, value: $0) })
    }

    /// A dictionary literal; `[:]` when empty.
    static func dictionary(_ entries: [(key: String, value: SwiftCode)]) -> SwiftCode {
        entries.isEmpty
            ? .atom("[:]")
            : .call(
                prefix: "", open: "[", close: "]",
                arguments: entries.map { Argument(label: SwiftLiteral.string($0.key), value: $0.value) })
    }

    /// On one line.
    var flat: String {
        switch self {
        case .atom(let text): return text
        case .call(let prefix, let open, let close, let arguments):
            return prefix + open + arguments.map { ($0.label.map { $0 + ": " } ?? "") + $0.value.flat }
                .joined(separator: ", ") + close
        }
    }

    /// The expression for a line indented by `indent` columns on which it starts at column `column`
    /// (`indent` when omitted; the first line itself is not indented): on one line when that fits in
    /// `width` columns, otherwise with one argument per line, indented four more.
    func rendered(indent: Int, column: Int? = nil, width: Int = 120) -> String {
        let flat = self.flat
        guard (column ?? indent) + flat.count > width, case .call(let prefix, let open, let close, let arguments) = self,
            !arguments.isEmpty
        else { return flat }
        // A single unlabeled call argument hugs the parentheses: `.stringList([` … `])`.
        if arguments.count == 1, arguments[0].label == nil, case .call = arguments[0].value {
            let start = (column ?? indent) + prefix.count + open.count
            return prefix + open + arguments[0].value.rendered(indent: indent, column: start + close.count, width: width)
                + close
        }
        let margin = String(repeating: " ", count: indent + 4)
        let lines = arguments.map { argument in
            let label = argument.label.map { $0 + ": " } ?? ""
            // One more column for the comma that follows.
            return margin + label
                + argument.value.rendered(indent: indent + 4, column: indent + 4 + label.count + 1, width: width)
        }
        return prefix + open + "\n" + lines.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + close
    }
}
