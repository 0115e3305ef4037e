/// Python's `repr()` of JSON-like values: the server puts it where it should put JSON (the message of a
/// 422, the data of a transition event), so the emulator writes it the same way.
enum PythonRepr {
    static func of(_ value: EmulatorJSON) -> String {
        switch value {
        case .null: "None"
        case .bool(let flag): flag ? "True" : "False"
        case .int(let number): String(number)
        case .double(let number): EmulatorJSON.pythonFloat(number)
        case .string(let text): string(text)
        case .array(let items): "[" + items.map(of).joined(separator: ", ") + "]"
        case .object(let object):
            "{" + object.pairs.map { "\(string($0.0)): \(of($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    /// A tuple, as pydantic writes an error's `loc`: `('body', 'text')`, `('body',)`.
    static func tuple(_ items: [EmulatorJSON]) -> String {
        let inner = items.map(of).joined(separator: ", ")
        return items.count == 1 ? "(\(inner),)" : "(\(inner))"
    }

    /// `repr(str)`: single quotes unless the text holds a single quote and no double quote.
    static func string(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\\(quote)"
                } else if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
