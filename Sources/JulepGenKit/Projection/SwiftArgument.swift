/// One argument of an operation's methods as Swift has it: a parameter (path, query, header or a
/// flattened body field), the body passed whole, or `options`. Decided here once; the manager
/// methods, their raw twins, the route API, the README and the sample tests all read it.
struct SwiftArgument {
    enum Role {
        case parameter(Parameter)
        /// The body passed whole, as one value of this type.
        case body(RequestBody, TypeReference)
        /// The per-request settings every method takes last.
        case options
    }

    let role: Role
    /// The name callers write: the label, and the doc comment's `- name:`.
    let swiftName: String
    /// `agentID: some UUIDConvertible`, `limit: Limit = 100`, `` `self` selfValue: Bool ``.
    let declaration: String
    /// `agentID: agentID`: the argument passed on under its label.
    let forwarding: String
    /// The argument's name inside the method (see ``ArgumentNames``).
    let used: String
    /// How the argument holds a missing or `null` value.
    let optionality: SwiftOptionality
    /// Its constraints, completed by those of the aliases its type goes through.
    let constraints: Constraints
    /// The runtime check of `constraints` before sending, or `nil` when nothing is checked.
    let validation: String?

    /// What a template sees of it.
    var context: ArgumentContext { ArgumentContext(declaration: declaration, forwarding: forwarding) }

    var parameter: Parameter? {
        if case .parameter(let parameter) = role { parameter } else { nil }
    }

    var isOptions: Bool {
        if case .options = role { true } else { false }
    }
}

/// How an ID argument (a `uuid` path parameter or flattened body field, or a list of them) takes
/// a ``UUIDConvertible`` (a `UUID` or a `String`) instead of a `UUID`: `some UUIDConvertible` when
/// it must be given, otherwise `any` (a bare `nil` or `[]` default could not tell a generic argument
/// its type), optional when the field may be left out.
struct UUIDArgument {
    var isList: Bool
    var isOptional: Bool
    var isGeneric: Bool

    /// `some UUIDConvertible`, `[any UUIDConvertible]?`, …
    var type: String {
        let element = (isGeneric ? "some" : "any") + " UUIDConvertible"
        switch (isList, isOptional) {
        case (false, false): return element
        case (false, true): return "(\(element))?"
        case (true, false): return "[\(element)]"
        case (true, true): return "[\(element)]?"
        }
    }

    /// Nullable IDs keep their `UUID` type: `Nullable` wraps them.
    init?(_ parameter: Parameter) {
        switch parameter.type {
        case .builtin(.uuid): isList = false
        case .list(.builtin(.uuid)): isList = true
        default: return nil
        }
        switch parameter.location {
        case .path:
            guard !isList else { return nil }
            isOptional = false
            isGeneric = true
        case .body:
            isOptional = !parameter.isRequired
            isGeneric = parameter.isRequired && parameter.defaultValue == nil
        case .query, .header:
            return nil
        }
    }
}
