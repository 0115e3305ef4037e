/// The manager contexts: each operation's methods, their twins, paging and request building, and
/// their doc comments.
extension ContextBuilder {
    /// The spec's docs of a resource, or a line naming it.
    func resourceDocs(_ resource: Resource) -> String {
        if let docs = resource.docs { return docs }
        if resource.operations.isEmpty { return "The `\(resource.name)` resources of the \(api.name) API." }
        return "The `\(resource.name)` operations of the \(api.name) API."
    }

    func resource(_ resource: Resource) -> ResourceContext {
        let operations = resource.operations.map { operation($0, in: resource) }
        return ResourceContext(
            typeName: resource.typeName, accessorName: resource.accessorName, path: resourcePath(resource),
            children: api.resources.filter { $0.parent == resource.name }.map(resourceAccessor),
            doc: docLines(resourceDocs(resource)),
            operations: operations, hasRawOperations: operations.contains { !$0.isStreaming })
    }

    func operation(_ operation: Operation, in resource: Resource) -> OperationContext {
        let projection = self.projection.operation(operation, in: resource)
        let names = projection.names
        let arguments = projection.arguments.map(\.context)
        let returnType = projection.responseType
        var flattenedBody: [FlattenedBodyContext] = []
        var bodyExpression = RuntimeNames.bodyArgument
        switch operation.body?.shape {
        case .value(let type)?:
            let argument = names.used(operation.body?.argumentName ?? RuntimeNames.bodyArgument)
            bodyExpression = UUIDSpelling(api: api).lowercased(argument, type: type) ?? argument
        case .flattened(let id)? where operation.body?.kind != .multipart:
            // Multipart fields become parts one by one; other bodies are built whole.
            let fields = operation.parameters.filter { $0.location == .body }
            let typeName = api.type(id)?.qualifiedSwiftName ?? id.rawValue
            let labels = fields.map {
                "\(SwiftNaming.argumentLabel($0.swiftName)): \(SwiftProjection.storedValue($0, names: names))"
            }
            flattenedBody = [FlattenedBodyContext(typeName: typeName, fields: labels)]
        case .flattened?, nil:
            break
        }
        let bodyCode = RequestBodyCode(api: api)
        let bodyLines = bodyCode.lines(operation, expression: bodyExpression, names: names)
        let responseLines = bodyCode.responseLines(operation)
        let hasBody = !bodyLines.isEmpty
        let queryItems = operation.parameters.filter { $0.location == .query }.map { requestItem($0, names: names) }
        let headerItems = operation.parameters.filter { $0.location == .header }.map { requestItem($0, names: names) }
        let doc = writesDocs ? operationDoc(projection) : (summary: [], parameters: [], returns: [])
        let paging = autoPaging(projection, in: resource)
        let validations = projection.validations
        let name = projection.methodName
        return OperationContext(
            name: name, doc: doc.summary + doc.parameters + doc.returns,
            deprecation: deprecationLines(operation.deprecation),
            signature: .method(name, arguments: arguments, tail: Self.methodTail(projection, returning: projection.managerReturnType)),
            rawSignature: .rawTwin(name, arguments: arguments, returning: projection.rawReturnType),
            returnType: returnType, returnsValue: returnType != nil,
            composedReturn: composedReturn(operation).map { [$0] } ?? [],
            fetchedReturn: fetchedReturn(operation, in: resource).map { [$0] } ?? [],
            returnsObject: operation.returns != nil,
            methodCase: "." + operation.method.lowercased(), pathExpression: pathExpression(projection),
            requestBinding: queryItems.isEmpty && headerItems.isEmpty && !hasBody && responseLines.isEmpty ? "let" : "var",
            queryItems: queryItems, headerItems: headerItems,
            flattenedBody: flattenedBody, bodyLines: bodyLines, responseLines: responseLines,
            idempotencyArgument: operation.isIdempotent == OperationBuilder.idempotentMethods.contains(operation.method)
                ? "" : ", isIdempotent: \(operation.isIdempotent)",
            securityArgument: operation.security.map { ", security: " + Self.securityLiteral($0) } ?? "",
            serverArgument: operation.server.map { ", server: " + SwiftLiteral.string($0) } ?? "",
            isStreaming: operation.streaming != nil, eventType: projection.eventType,
            eventFormatArgument: operation.streaming?.format == .python ? ", format: .literal" : "",
            forwardedArguments: projection.forwarded,
            rawReturnType: projection.rawReturnType,
            rawDoc: !writesDocs ? [] : rawTwinDoc(
                summary: doc.summary, method: operation.swiftName, in: resource,
                returns: "The response\(operation.response.docs.map { " (\($0.replacingNewlines))" } ?? ""): "
                    + "the \(returnType == nil ? "status" : "decoded value, status") and headers."),
            validations: validations,
            autoPaging: paging.map { [$0] } ?? [],
            shortcuts: (textMethod(projection).map { [$0] } ?? []) + operation.shortcuts.compactMap { shortcut($0, of: projection) },
            formerNames: formerName(projection, paging: paging).map { [$0] } ?? [],
            downloads: downloads(projection, in: resource, doc: doc))
    }

    /// What follows a method's parameters: ` async throws -> Agent`, ` async throws` without an
    /// answer, or ` throws -> AsyncThrowingStream<Event, any Error>` for a stream.
    static func methodTail(_ projection: OperationProjection, returning type: String?) -> String {
        if projection.operation.streaming != nil {
            return " throws -> AsyncThrowingStream<\(projection.eventType ?? ""), any Error>"
        }
        return " async throws" + (type.map { " -> " + $0 } ?? "")
    }

    /// The doc of a `withRawResponse` twin: the operation's headline and a link to the manager's
    /// method, whose doc has the rest (details and parameters are not repeated: same arguments).
    func rawTwinDoc(summary: [String], method: String, in resource: Resource, returns: String) -> [String] {
        Array(summary.prefix { $0 != "///" })
            + DocCommentWrapping.wrap([
                "///", "/// Sends the request of ``\(resource.typeName)/\(method)``; see there for the details and parameters.",
                "///", "/// - Returns: " + returns,
            ])
    }

    /// The deprecated forward from `formerSwiftName` to the method (and to its twins).
    private func formerName(_ projection: OperationProjection, paging: AutoPagingContext?) -> FormerOperationContext? {
        let operation = projection.operation
        guard let former = operation.formerSwiftName else { return nil }
        let arguments = projection.arguments.map(\.context)
        let labels = arguments.map { String($0.forwarding.prefix { $0 != ":" }) + ":" }.joined()
        /// The doc, the attribute and the call of a forward to `name` (as declared; `escaped` in code).
        func forward(to name: String, prefix: String) -> (doc: String, attribute: String, call: String) {
            let escaped = SwiftNaming.escapedMemberName(name)
            let call = prefix + escaped + "(" + projection.forwarded + ")"
            return (
                "/// The former name of `\(name)(…)`.",
                "@available(*, deprecated, renamed: \(SwiftLiteral.string("\(name)(\(labels))")))", call
            )
        }
        let name = operation.swiftName
        let isStreaming = operation.streaming != nil
        let formerName = SwiftNaming.escapedMemberName(former)
        let method = forward(to: name, prefix: isStreaming ? "try " : "try await ")
        let formerAutoPaging = paging.map { paging -> FormerAutoPagingContext in
            let pagingForward = forward(to: paging.name, prefix: "")
            let name = SwiftNaming.escapedMemberName(former + "All")
            let returnType = "AutoPagingSequence<\(paging.pageType), \(paging.itemType)>"
            return FormerAutoPagingContext(
                name: name, doc: pagingForward.doc, attribute: pagingForward.attribute,
                signature: .method(name, arguments: arguments, tail: " -> " + returnType), returnType: returnType,
                call: pagingForward.call)
        }
        return FormerOperationContext(
            name: formerName, doc: method.doc, attribute: method.attribute,
            signature: .method(formerName, arguments: arguments, tail: Self.methodTail(projection, returning: projection.managerReturnType)),
            rawSignature: .rawTwin(formerName, arguments: arguments, returning: projection.rawReturnType),
            call: method.call,
            rawReturnType: isStreaming ? "" : projection.rawReturnType,
            hasRawTwin: !isStreaming, autoPaging: formerAutoPaging.map { [$0] } ?? [])
    }

    /// Call arguments on one line; where that line is too long, `SwiftLineBreaker` puts them one
    /// per line when the file is rendered.
    static func argumentList(_ arguments: [String]) -> String {
        arguments.joined(separator: ", ")
    }

    // MARK: Constraints

    /// The sentence documenting `constraints` of a value of `type`: values an enumeration allows
    /// are named by their Swift cases (`.enabled`), the way a caller writes them.
    func describe(_ constraints: Constraints, of type: TypeReference, allowsBlocks: Bool = false) -> String? {
        DocComment.describe(namingCases(constraints, of: type), allowsBlocks: allowsBlocks)
    }

    private func namingCases(_ constraints: Constraints, of type: TypeReference) -> Constraints {
        var result = constraints
        var current = type.nonNullable
        var seen: Set<TypeID> = []
        while case .named(let id) = current, !seen.contains(id), case .alias(let alias)? = api.type(id)?.kind {
            seen.insert(id)
            current = alias.target.nonNullable
        }
        if case .list(let element) = current, let items = constraints.items {
            result.items = .of(namingCases(items.constraints, of: element))
        }
        if let values = constraints.allowedValues, case .named(let id) = current,
            case .enumeration(let enumeration)? = api.type(id)?.kind
        {
            // Allowing every case narrows nothing.
            if Set(values).isSuperset(of: enumeration.cases.map(\.value)) {
                result.allowedValues = nil
                return result
            }
            result.allowedValues = values.map { value in
                enumeration.cases.first { $0.value == value }.map { "." + SwiftNaming.escapedMemberName($0.swiftName) } ?? value
            }
        }
        return result
    }

    // MARK: Pagination

    /// The `…All` companion of an offset-paginated list, when its offset and limit are integers.
    /// Its doc says how it pages and links to the list method for the arguments, which are the same.
    private func autoPaging(_ projection: OperationProjection, in resource: Resource) -> AutoPagingContext? {
        guard let plan = projection.paging else { return nil }
        let operation = projection.operation
        let arguments = projection.arguments.map(\.context)
        let doc = docLines(paragraphs: [
            operation.docs,
            "Every item, fetched page by page as the iteration goes on: `\(plan.offsetWireName)` starts at the given\n"
                + "value and advances by the number of items received, and the iteration ends after a page with\n"
                + "fewer than `\(plan.limitWireName)` items. `.pages` gives whole pages instead. Nothing is sent until you\n"
                + "iterate; errors, including invalid arguments, are thrown by the loop.",
            "Takes the arguments of ``\(resource.typeName)/\(operation.swiftName)``; see there for them.",
        ])
        return AutoPagingContext(
            name: plan.name, operationName: projection.methodName,
            doc: doc, deprecation: deprecationLines(operation.deprecation),
            signature: .method(plan.name, arguments: arguments, tail: " -> AutoPagingSequence<\(plan.pageType), \(plan.itemType)>"),
            pageType: plan.pageType, itemType: plan.itemType,
            offsetStart: plan.offsetStart, limitValue: plan.limitValue, itemsExpression: plan.itemsExpression,
            pageArguments: plan.pageArguments)
    }

    /// The initializer call for `returns:`: each property from its argument or the response.
    private func fetchedReturn(_ operation: Operation, in resource: Resource) -> FetchedReturnContext? {
        guard case .fetched(let returns)? = operation.returns else { return nil }
        let names = ArgumentNames.method(operation)
        let options = RuntimeNames.requestOptionsArgument
        if let listing = returns.listing, case .responseProperty(let idName) = returns.source,
            let reader = resource.operations.first(where: { $0.swiftName == returns.operation }),
            let sequence = SwiftProjection.autoPagingName(reader, in: resource)
        {
            let arguments = listing.arguments.map { "\(SwiftNaming.argumentLabel($0)): \(names.used($0))" }
                + ["\(options): \(options)"]
            let type = speller.spell(returns.type)
            return FetchedReturnContext(
                typeName: type, call: "", usesResponse: true,
                listing: [FetchedListingContext(
                    sequence: "\(SwiftNaming.escapedMemberName(sequence))(\(arguments.joined(separator: ", ")))",
                    itemID: SwiftNaming.escapedMemberName(listing.itemID), responseID: "response.\(SwiftNaming.escapedMemberName(idName))",
                    errorType: RuntimeNames.errorType(api: api.swiftName),
                    // Identifiers only, so the literal needs no escaping; it interpolates the ID.
                    message: "\"No \(type) with the ID \\(response.\(SwiftNaming.escapedMemberName(idName))) in `\(sequence)` (deleted meanwhile?).\""
                )])
        }
        let value: String
        switch returns.source {
        case .responseProperty(let name): value = "response.\(SwiftNaming.escapedMemberName(name))"
        case .argument(let name): value = names.used(name)
        }
        let call = "\(SwiftNaming.escapedMemberName(returns.operation))"
            + "(\(SwiftNaming.argumentLabel(returns.parameter)): \(value), \(options): \(options))"
        let usesResponse = if case .responseProperty = returns.source { true } else { false }
        return FetchedReturnContext(typeName: speller.spell(returns.type), call: call, usesResponse: usesResponse, listing: [])
    }

    private func composedReturn(_ operation: Operation) -> ComposedReturnContext? {
        guard case .composed(let returns)? = operation.returns, let declaration = api.type(returns.type) else { return nil }
        let names = ArgumentNames.method(operation)
        let fields = returns.fields.compactMap { field -> String? in
            let label = SwiftNaming.argumentLabel(field.property)
            switch field.source {
            case .none:
                return nil
            case .response(let name):
                return "\(label): response.\(SwiftNaming.escapedMemberName(name))"
            case .argument(let name):
                if let parameter = operation.parameters.first(where: { $0.swiftName == name }) {
                    return "\(label): \(SwiftProjection.storedValue(parameter, names: names))"
                }
                return "\(label): \(names.used(name))"
            }
        }
        return ComposedReturnContext(typeName: declaration.qualifiedSwiftName, fields: fields)
    }

    /// A query or header parameter: the runtime spells its value (`addQuery`, `setHeader`) by its type.
    private func requestItem(_ parameter: Parameter, names: ArgumentNames) -> RequestItemContext {
        let isJSON = parameter.serialization == .json && parameter.location == .query
        let style = ParameterSpelling.style(of: parameter, in: api).map { "." + $0 }
        var value = SwiftProjection.storedValue(parameter, names: names)
        // Values encoded as JSON (compact JSON, or taken apart by a style) get lower-case UUIDs
        // here; plain values are spelled by the runtime, which writes UUIDs in lower case already.
        if isJSON || style != nil {
            let spelling = UUIDSpelling(api: api)
            value = (parameter.optionality.isOptional
                ? spelling.lowercased(optional: value, type: parameter.type.nonNullable)
                : spelling.lowercased(value, type: parameter.type)) ?? value
        }
        return RequestItemContext(
            wireLiteral: SwiftLiteral.string(parameter.wireName), value: value, isJSON: isJSON,
            isDotted: parameter.serialization == .dotted, style: style)
    }

    /// The path as one string literal, each parameter interpolated as a percent-encoded segment:
    /// `"/agents/\(segment: agentID)/docs"` (see the runtime's `appendInterpolation(segment:)`);
    /// an argument taking any UUID spelling is checked as it is interpolated, so the literal is
    /// marked `try`.
    private func pathExpression(_ projection: OperationProjection) -> String {
        let operation = projection.operation
        var throwing = false
        let parts = operation.path.pieces.map { piece -> String in
            switch piece {
            case .literal(let text): return String(SwiftLiteral.string(text).dropFirst().dropLast())
            case .parameter(let name):
                guard let parameter = operation.parameters.first(where: { $0.location == .path && $0.wireName == name })
                else { return "\\(segment: \(projection.names.used(name)))" }
                let value = projection.names.used(parameter.swiftName)
                guard let kind = UUIDArgument(parameter) else { return "\\(segment: \(value))" }
                if !kind.isList, !kind.isOptional {
                    throwing = true
                    return "\\(segment: \(value), argument: \(SwiftLiteral.string(parameter.swiftName)))"
                }
                return "\\(segment: \(SwiftProjection.storedValue(parameter, names: projection.names)))"
            }
        }
        guard !parts.isEmpty else { return "\"/\"" }
        return (throwing ? "try " : "") + "\"" + parts.joined() + "\""
    }

    /// The doc comment of an operation's method in three parts: summary, `- Parameters:` and `- Returns:`.
    func operationDoc(_ projection: OperationProjection) -> (summary: [String], parameters: [String], returns: [String]) {
        let operation = projection.operation
        // A body passed whole is documented as its argument; a flattened one, in the summary.
        var paragraphs: [String?] = [operation.docs, projection.bodyArgumentIndex == nil ? operation.body?.docs : nil]
        if let route = operation.route {
            paragraphs.append("`\(operation.method) \(operation.path.raw)` — mirrors the Python SDK's `\(route)`.")
        } else {
            paragraphs.append("`\(operation.method) \(operation.path.raw)`")
        }
        switch operation.returns {
        case .composed(let returns)?:
            if let type = api.type(returns.type) {
                paragraphs.append(
                    "Returns the whole ``\(type.qualifiedSwiftName)``, built from the arguments and the API's answer "
                        + "(its ID and timestamps) without a second request; `withRawResponse` gives the answer itself.")
            }
        case .fetched(let returns)? where returns.listing != nil:
            paragraphs.append(
                "Returns the whole ``\(speller.spell(returns.type))`` as stored: the API answers with its ID only and has no "
                    + "route that reads one, so it is found in `\(returns.operation)` (one more request per page); "
                    + "`withRawResponse` gives the answer itself.")
        case .fetched(let returns)?:
            paragraphs.append(
                "Returns the whole ``\(speller.spell(returns.type))`` as stored: the API answers with its ID only, so it is "
                    + "read back with `\(returns.operation)` (a second request); `withRawResponse` gives the answer itself.")
        case nil:
            break
        }
        if let security = operation.security {
            paragraphs.append(credentialsSentence(security))
        }
        if let server = operation.server {
            paragraphs.append(
                "Sent to `\(server)`, not to the client's base URL (``ClientConfiguration/serverOverrides`` can send it elsewhere).")
        }
        if !operation.deviations.isEmpty {
            paragraphs.append("The server differs from the published API description here:")
            for deviation in operation.deviations {
                paragraphs.append("- Description: \(deviation.document)\n- Server: \(deviation.server)\n- This SDK: \(deviation.sdk)")
            }
        }
        let summary = docLines(paragraphs: paragraphs)
        let parameterLines = projection.arguments.map { argument -> String in
            let summary: String
            switch argument.role {
            case .parameter(let parameter):
                // A flattened body field's aliases document themselves; a parameter's are named here.
                let constraints = parameter.location == .body ? parameter.constraints : argument.constraints
                summary = DocComment.summary(parameter.docs, describe(constraints, of: parameter.type)).replacingNewlines
            case .body(let body, _):
                summary = body.docs?.replacingNewlines ?? "The request body."
            case .options:
                summary = "Per-request settings such as a timeout or extra headers."
            }
            return "///   - \(argument.swiftName):" + (summary.isEmpty ? "" : " " + summary)
        }
        let returns = operation.response.docs.map { ["/// - Returns: " + $0.replacingNewlines] } ?? []
        return (summary, DocCommentWrapping.wrap(["///", "/// - Parameters:"] + parameterLines), DocCommentWrapping.wrap(returns))
    }

    /// Which of the client's credentials the operation sends, by initializer argument:
    /// "Credentials: `apiKey`, else `username` and `password`."
    private func credentialsSentence(_ security: [[String]]) -> String {
        let alternatives = security.filter { !$0.isEmpty }.map { alternative in
            alternative.map { name -> String in
                guard let scheme = api.authSchemes.first(where: { $0.name == name }) else { return "`\(name)`" }
                let arguments = [scheme.parameterName, scheme.passwordParameterName].compactMap { $0 }
                return arguments.map { "`\($0)`" }.joined(separator: " and ")
            }.joined(separator: " with ")
        }
        guard !alternatives.isEmpty else { return "Credentials: none; it is sent without them." }
        let optional = security.contains { $0.isEmpty } ? " when the client has them, else none" : ""
        return "Credentials: \(alternatives.joined(separator: ", else "))\(optional)."
    }

    /// `[["apiKey"], ["appKey", "appSecret"]]`, `[]`.
    static func securityLiteral(_ security: [[String]]) -> String {
        "[" + security.map { "[" + $0.map(SwiftLiteral.string).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }
}
