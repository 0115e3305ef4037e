/// Overloads taking `String` where an argument is a union holding text (issue 22, friction 5):
/// of model initializers and manager methods here, of union factories in `textFactory`.
extension ContextBuilder {
    /// The case of a union that holds text: the one its string literals make (see `literalCases`).
    func textCase(_ type: TypeReference) -> String? {
        guard case .named(let id) = type, case .union(let union)? = api.type(id)?.kind,
            let literal = literalCases(union).string
        else { return nil }
        return literal.caseName
    }

    /// For arguments that are unions holding text (`content: MessageContent`), the same arguments
    /// with `String` in their place (no default, so leaving one out still picks the union's
    /// function), and what the overload passes on (`content: .string(content)`); `nil` when no
    /// argument is such a union. Issue 22, friction 5: a `String` variable needs no wrapping.
    func textOverload(_ properties: [Property]) -> (parameters: [String], arguments: [String], what: String)? {
        var parameters: [String] = []
        var arguments: [String] = []
        var described: [String] = []
        let names = ArgumentNames.initializer(properties.map(\.swiftName))
        for property in properties {
            let label = SwiftNaming.argumentLabel(property.swiftName)
            if let caseName = textCase(property.type) {
                parameters.append("\(names.declared(property.swiftName)): String")
                arguments.append("\(label): .\(caseName)(\(names.used(property.swiftName)))")
                described.append("`\(property.swiftName)` given as text (`.\(caseName)`)")
            } else {
                parameters.append(self.property(property, names: names).initParameter)
                arguments.append("\(label): \(names.used(property.swiftName))")
            }
        }
        guard !described.isEmpty else { return nil }
        return (parameters, arguments, described.joined(separator: ", "))
    }

    /// The manager method with `String` where a body field is a union holding text
    /// (`createForAgent(agentID:title:content: String…)`), calling the method itself.
    func textMethod(_ projection: OperationProjection) -> ShortcutContext? {
        let operation = projection.operation
        guard operation.streaming == nil, case .flattened? = operation.body?.shape,
            operation.parameters.contains(where: { $0.location == .body && textCase($0.type) != nil })
        else { return nil }
        var arguments: [ArgumentContext] = []
        var described: [String] = []
        let names = projection.names
        for argument in projection.arguments {
            guard let parameter = argument.parameter, parameter.location == .body, let caseName = textCase(parameter.type) else {
                arguments.append(argument.context)
                continue
            }
            arguments.append(ArgumentContext(
                declaration: "\(names.declared(parameter.swiftName)): String",
                forwarding: "\(SwiftNaming.argumentLabel(parameter.swiftName)): .\(caseName)(\(names.used(parameter.swiftName)))"))
            described.append("`\(parameter.swiftName)` given as text (`.\(caseName)`)")
        }
        let method = projection.methodName
        let call = "try await \(method)("
        let returnType = projection.managerReturnType
        return ShortcutContext(
            name: method,
            doc: DocComment.lines("Like ``\(operation.swiftName)(\(projection.labels))``, with \(described.joined(separator: ", "))."),
            deprecation: deprecationLines(operation.deprecation),
            signature: .method(method, arguments: arguments, tail: Self.methodTail(projection, returning: returnType)),
            returnType: returnType ?? "Void", returnsValue: returnType != nil,
            statements: [call + Self.argumentList(arguments.map(\.forwarding)) + ")"], guards: [])
    }
}
