/// One pydantic validation error, as FastAPI collects them for a 422.
struct ValidationIssue: Error, Equatable {
    var type: String
    /// Where: `body`/`query`/`path`, then keys and indexes.
    var loc: [EmulatorJSON]
    var msg: String
    /// The offending value; `nil` prints as Python's `None` (a missing body).
    var input: EmulatorJSON?
    var ctx: JSONObject?

    /// The error as pydantic's `errors()` lists it, in Python's `repr`.
    var pythonRepr: String {
        var parts = [
            "'type': \(PythonRepr.string(type))",
            "'loc': \(PythonRepr.tuple(loc))",
            "'msg': \(PythonRepr.string(msg))",
            "'input': \(PythonRepr.of(input ?? .null))",
        ]
        if let ctx { parts.append("'ctx': \(PythonRepr.of(.object(ctx)))") }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}

/// Every validation error of a request part, which FastAPI answers together.
struct ValidationFailure: Error {
    var issues: [ValidationIssue]
}

extension ValidationIssue {
    static func missing(_ loc: [EmulatorJSON], in parent: EmulatorJSON?) -> ValidationIssue {
        ValidationIssue(type: "missing", loc: loc, msg: "Field required", input: parent)
    }

    static func wrongType(_ type: String, _ msg: String, _ loc: [EmulatorJSON], _ input: EmulatorJSON)
        -> ValidationIssue
    {
        ValidationIssue(type: type, loc: loc, msg: msg, input: input)
    }

    /// pydantic's `literal_error`: `Input should be 'asc' or 'desc'`.
    static func literal(_ allowed: [String], _ loc: [EmulatorJSON], _ input: EmulatorJSON) -> ValidationIssue {
        let quoted = allowed.map { "'\($0)'" }
        let expected =
            quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1] : quoted[0]
        return ValidationIssue(
            type: "literal_error", loc: loc, msg: "Input should be \(expected)", input: input,
            ctx: JSONObject(["expected": .string(expected)]))
    }

    /// pydantic's `uuid_parsing`, with the reason the `uuid` crate gives.
    static func uuid(_ loc: [EmulatorJSON], _ text: String) -> ValidationIssue {
        let allowed = Set("0123456789abcdefABCDEF-")
        let reason: String
        if let bad = text.enumerated().first(where: { !allowed.contains($0.element) }) {
            reason =
                "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `\(bad.element)` at \(bad.offset + 1)"
        } else {
            reason = "invalid length: expected length 32 for simple format, found \(text.count)"
        }
        return ValidationIssue(
            type: "uuid_parsing", loc: loc, msg: "Input should be a valid UUID, \(reason)", input: .string(text),
            ctx: JSONObject(["error": .string(reason)]))
    }
}
