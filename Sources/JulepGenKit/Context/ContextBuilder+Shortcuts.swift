/// Manager methods declared by an operation's `shortcuts:`: the operation called with one
/// variant of its union body, built from the arguments, returning its result or a value inside it.
extension ContextBuilder {
    /// A shortcut: the operation's manager method called with the body's variant built from the
    /// arguments, and the value at `returns` taken from its result.
    func shortcut(_ shortcut: Shortcut, of projection: OperationProjection) -> ShortcutContext? {
        let operation = projection.operation
        guard let payload = api.type(shortcut.payload), let body = operation.body else { return nil }
        let options = RuntimeNames.requestOptionsArgument
        // Its body calls the operation's method and names the answer `result`.
        let names = ArgumentNames(
            reserved: projection.names.reserved.union(["result"]),
            arguments: Set(shortcut.parameters.map(\.swiftName) + [options]))
        var arguments = shortcut.parameters.map { self.projection.argument($0, names: names).context }
        if shortcut.unlabeled != nil, let first = shortcut.parameters.first {
            let declared = names.declared(first.swiftName)
            arguments[0].declaration = "_ " + names.used(first.swiftName) + arguments[0].declaration.dropFirst(declared.count)
        }
        arguments.append(ArgumentContext(declaration: SwiftProjection.optionsArgument.declaration, forwarding: ""))
        let fields = shortcut.parameters.filter { $0.location == .body }
        let fieldList = fields.map { "\(SwiftNaming.argumentLabel($0.swiftName)): \(SwiftProjection.storedValue($0, names: names))" }
            .joined(separator: ", ")
        let value = ".\(SwiftNaming.escapedMemberName(shortcut.caseName))(\(payload.qualifiedSwiftName)(\(fieldList)))"
        var forwarded = shortcut.parameters.filter { $0.location == .path }.map { self.projection.argument($0, names: names).forwarding }
        forwarded.append("\(SwiftNaming.argumentLabel(body.argumentName)): \(value)")
        forwarded += shortcut.parameters.filter { $0.location == .query || $0.location == .header }
            .map { self.projection.argument($0, names: names).forwarding }
        forwarded.append("\(options): \(options)")
        let method = projection.methodName
        var lines = fields.compactMap { self.projection.validation($0, names: names) }
        var guards: [GuardContext] = []
        let returnType: String
        if let type = shortcut.returnType {
            returnType = speller.spell(type)
            // Through `withRawResponse` when the manager method returns the answer, so a missing
            // value's error carries the status, headers and body.
            let raw = operation.returns == nil
            let call = (raw ? "withRawResponse." : "") + method
            let root = raw ? "result.value" : "result"
            let (conditions, expression) = Self.path(shortcut.returnPath, from: root)
            if conditions.isEmpty {
                let prefix = "return try await \(call)("
                lines.append(
                    prefix + Self.argumentList(forwarded) + ")" + (raw ? ".value" : "")
                        + expression.dropFirst(root.count))
            } else {
                let prefix = "let result = try await \(call)("
                lines.append(prefix + Self.argumentList(forwarded) + ")")
                let error = RuntimeNames.errorType(api: api.swiftName)
                let message = SwiftLiteral.string("The answer has no value at `\(shortcut.returnPathText ?? "")`.")
                let response = raw ? ", statusCode: result.statusCode, headers: result.headers, body: result.body" : ""
                guards.append(
                    GuardContext(
                        conditions: conditions, isSingle: conditions.count == 1,
                        exit: "throw \(error)(kind: .decoding, message: \(message)\(response))", value: expression))
            }
        } else {
            returnType = projection.managerReturnType ?? "Void"
            let call = "try await \(method)("
            lines.append((lines.isEmpty ? "" : "return ") + call + Self.argumentList(forwarded) + ")")
        }
        var paragraphs: [String?] = [shortcut.docs]
        paragraphs.append(
            "`\(operation.method) \(operation.path.raw)`: ``\(operation.swiftName)(\(projection.labels))`` with "
                + "`\(body.argumentName): .\(shortcut.caseName)(…)`"
                + (shortcut.returnPathText.map { ", returning the value at `\($0)` of its result (a missing one throws `.decoding`)" } ?? "")
                + ".")
        var parameterLines: [String] = []
        for parameter in shortcut.parameters {
            let summary = DocComment.summary(parameter.docs, describe(parameter.constraints, of: parameter.type))
                .replacingNewlines
            parameterLines.append("///   - \(parameter.swiftName):" + (summary.isEmpty ? "" : " " + summary))
        }
        parameterLines.append("///   - \(options): Per-request settings such as a timeout or extra headers.")
        let name = SwiftNaming.escapedMemberName(shortcut.swiftName)
        return ShortcutContext(
            name: name,
            doc: DocComment.lines(paragraphs: paragraphs) + DocCommentWrapping.wrap(["///", "/// - Parameters:"] + parameterLines),
            deprecation: deprecationLines(operation.deprecation),
            signature: .method(name, arguments: arguments, tail: " async throws" + (returnType == "Void" ? "" : " -> " + returnType)),
            returnType: returnType, returnsValue: returnType != "Void", statements: lines,
            guards: guards)
    }
}
