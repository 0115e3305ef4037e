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
        var text = ""
        writeFlat(into: &text)
        return text
    }

    /// Past this indentation code stays on one line: a value nested hundreds of levels deep, one
    /// level per line, would take room quadratic in its depth.
    static let maximumIndent = 100

    /// The expression for a line indented by `indent` columns on which it starts at column `column`
    /// (`indent` when omitted; the first line itself is not indented): on one line when that fits in
    /// `width` columns (or the indentation is past `maximumIndent`), otherwise with one argument per
    /// line, indented four more.
    func rendered(indent: Int, column: Int? = nil, width: Int = 120) -> String {
        var text = ""
        Measured(self).write(into: &text, indent: indent, column: column ?? indent, width: width)
        return text
    }

    private func writeFlat(into text: inout String) {
        switch self {
        case .atom(let atom): text += atom
        case .call(let prefix, let open, let close, let arguments):
            text += prefix
            text += open
            for (index, argument) in arguments.enumerated() {
                if index > 0 { text += ", " }
                if let label = argument.label {
                    text += SwiftNaming.argumentLabel(label)
                    text += ": "
                }
                argument.value.writeFlat(into: &text)
            }
            text += close
        }
    }

    /// The tree with the width of every node on one line, counted once: deciding where to break
    /// asks for the width of each node, and the widths of its arguments.
    private struct Measured {
        var code: SwiftCode
        /// In characters, as `flat.count`.
        var flatWidth: Int
        var arguments: [Measured]

        init(_ code: SwiftCode) {
            self.code = code
            switch code {
            case .atom(let atom):
                flatWidth = atom.count
                arguments = []
            case .call(let prefix, let open, let close, let arguments):
                self.arguments = arguments.map { Measured($0.value) }
                let labels = arguments.reduce(0) { $0 + ($1.label.map { SwiftNaming.argumentLabel($0).count + 2 } ?? 0) }
                let separators = 2 * max(arguments.count - 1, 0)
                flatWidth = prefix.count + open.count + close.count + labels + separators
                    + self.arguments.reduce(0) { $0 + $1.flatWidth }
            }
        }

        func write(into text: inout String, indent: Int, column: Int, width: Int) {
            guard column + flatWidth > width, indent <= SwiftCode.maximumIndent,
                case .call(let prefix, let open, let close, let labeled) = code,
                !arguments.isEmpty
            else { return code.writeFlat(into: &text) }
            text += prefix
            text += open
            // A single unlabeled call argument hugs the parentheses: `.stringList([` … `])`.
            if arguments.count == 1, labeled[0].label == nil, case .call = arguments[0].code {
                let start = column + prefix.count + open.count
                arguments[0].write(into: &text, indent: indent, column: start + close.count, width: width)
                text += close
                return
            }
            let margin = String(repeating: " ", count: indent + 4)
            for (index, argument) in arguments.enumerated() {
                text += index == 0 ? "\n" : ",\n"
                text += margin
                let label = labeled[index].label.map { SwiftNaming.argumentLabel($0) + ": " } ?? ""
                text += label
                // One more column for the comma that follows.
                argument.write(into: &text, indent: indent + 4, column: indent + 4 + label.count + 1, width: width)
            }
            text += "\n"
            text += String(repeating: " ", count: indent)
            text += close
        }
    }
}
