/// How the arguments of one generated function are spelled inside its body.
///
/// An argument keeps its label, but one named like something the body itself uses — `self`, a
/// local the templates declare (`request`, `body`, `response`), a member it reaches unqualified
/// (`core`, `withRawResponse`, the operation a `returns:` fetches with) — would hide it, so inside the function it gets another name:
/// `` `self` selfValue: Bool ``, `request requestValue: String`. That name is the first of
/// `requestValue`, `requestValue2`, … that no other argument has.
struct ArgumentNames {
    /// What the body names itself.
    let reserved: Set<String>
    /// Every argument's Swift name.
    let arguments: Set<String>

    /// An initializer or static factory: its body refers to `self` and to its arguments only.
    static func initializer(_ arguments: [String]) -> ArgumentNames {
        ArgumentNames(reserved: ["self"], arguments: Set(arguments))
    }

    /// An operation's methods (manager, raw response, route API, auto-paging).
    static func method(_ operation: Operation) -> ArgumentNames {
        var arguments = Set(operation.parameters.map(\.swiftName))
        if let body = operation.body { arguments.insert(body.argumentName) }
        arguments.insert(RuntimeNames.requestOptionsArgument)
        var reserved = RuntimeNames.methodBodyNames.union(["self"])
        if case .flattened? = operation.body?.shape { reserved.insert(RuntimeNames.bodyArgument) }
        if operation.body?.kind == .multipart { reserved.insert(RequestBodyCode.multipartLocal) }
        if operation.returns != nil { reserved.insert(RuntimeNames.responseLocal) }
        // A `returns: { fetch: get }` method calls `get(…)` without `self.`.
        if case .fetched(let returns)? = operation.returns { reserved.insert(returns.operation) }
        return ArgumentNames(reserved: reserved, arguments: arguments)
    }

    /// The parameter as declared: `label name`, or the label alone; keywords in backticks.
    func declared(_ swiftName: String) -> String {
        let label = SwiftNaming.escapedMemberName(swiftName)
        return internalName(swiftName).map { "\(label) \($0)" } ?? label
    }

    /// The argument as the body uses it.
    func used(_ swiftName: String) -> String {
        internalName(swiftName) ?? SwiftNaming.escapedMemberName(swiftName)
    }

    private func internalName(_ swiftName: String) -> String? {
        guard reserved.contains(swiftName) else { return nil }
        var candidate = swiftName + "Value"
        var number = 2
        while arguments.contains(candidate) || reserved.contains(candidate) {
            candidate = swiftName + "Value" + String(number)
            number += 1
        }
        return candidate
    }
}
