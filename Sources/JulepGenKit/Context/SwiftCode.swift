/// A Swift expression as a tree, written on one line (`flat`): the sample tests' values and calls.
/// Where the line is too long, `SwiftLineBreaker` breaks it when the file is rendered.
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
}
