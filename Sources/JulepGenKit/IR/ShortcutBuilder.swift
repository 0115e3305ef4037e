/// Checks an operation's `shortcuts:`: each names a variant of the operation's union body (passed
/// whole), whose object's properties become the method's arguments in the body's place; an
/// optional `returns` path reaches into what the operation's manager method returns. A method
/// that would meet another of the resource's methods with the same name and required labels is
/// an error: Swift could not tell the calls apart.
struct ShortcutBuilder {
    let declarations: [TypeID: TypeDeclaration]
    private(set) var diagnostics = Diagnostics()
    /// `name(label:label:)` of every method of the resource so far, by what declares it.
    private var signatures: [String: String] = [:]

    init(declarations: [TypeID: TypeDeclaration], resource: Resource) {
        self.declarations = declarations
        for operation in resource.operations {
            var labels = operation.parameters.filter { $0.isRequired && $0.defaultValue == nil && $0.location == .path }
                .map { ($0.swiftName, $0.type) }
            if case .value(let type)? = operation.body?.shape { labels.append((operation.body?.argumentName ?? "body", type)) }
            labels += operation.parameters.filter { $0.isRequired && $0.defaultValue == nil && $0.location != .path }
                .map { ($0.swiftName, $0.type) }
            signatures[Self.signature(operation.swiftName, labels)] = "the operation '\(operation.name)'"
        }
    }

    /// `embed(_:)[list<string>]`: the name, the labels of the arguments without a default, and the
    /// type of an unlabelled first one (overloads by type are fine there).
    private static func signature(_ name: String, _ required: [(label: String, type: TypeReference)]) -> String {
        name + "(" + required.map { $0.label + ":" }.joined() + ")"
            + (required.first?.label == "_" ? "[" + (required.first?.type.specSpelling ?? "") + "]" : "")
    }

    mutating func build(_ spec: SpecShortcut, of operation: Operation, resultType: TypeReference?) -> Shortcut? {
        let name = spec.name.value
        guard SwiftIdentifier.isValid(name) else {
            diagnostics.error("shortcut name '\(name)' is not a valid Swift identifier", at: spec.name.location)
            return nil
        }
        guard case .value(let bodyType)? = operation.body?.shape, case .named(let unionID) = resolvedAliases(bodyType),
            case .union(let union)? = declarations[unionID]?.kind
        else {
            diagnostics.error(
                "a shortcut calls the operation with one variant of its body, which must be a union passed whole; "
                    + "the body of '\(operation.name)' is not", at: spec.location)
            return nil
        }
        let wanted = spec.variant.value
        guard
            let variant = union.variants.first(where: {
                $0.caseName == wanted || $0.discriminatorValue == wanted || $0.type.specSpelling == wanted
            })
        else {
            diagnostics.error(
                "'\(unionID.rawValue)' has no variant '\(wanted)'" + Suggestion.didYouMean(wanted, in: union.variants.map(\.caseName)),
                at: spec.variant.location)
            return nil
        }
        guard case .named(let payload) = resolvedAliases(variant.type), case .object(let object)? = declarations[payload]?.kind,
            !object.properties.contains(where: { $0.isReadOnly && $0.isRequired })
        else {
            diagnostics.error(
                "a shortcut takes the variant's properties as arguments; '\(variant.type.specSpelling)' is not an object the client can build",
                at: spec.variant.location)
            return nil
        }
        var parameters = operation.parameters.filter { $0.location == .path }
        parameters += OperationBuilder.bodyParameters(object)
        parameters += operation.parameters.filter { $0.location == .query || $0.location == .header }
        var arguments = CollisionChecker(what: "argument")
        arguments.reserve(RuntimeNames.requestOptionsArgument, as: "the request options argument")
        for parameter in parameters
        where !arguments.claim(parameter.swiftName, original: parameter.wireName, at: spec.location, diagnostics: &diagnostics) {
            return nil
        }
        if let unlabeled = spec.unlabeled, parameters.first?.swiftName != unlabeled.value {
            diagnostics.error(
                "'unlabeled' names the first argument, which is '\(parameters.first?.swiftName ?? "none")' here",
                at: unlabeled.location)
            return nil
        }
        var steps: [Accessor.Step] = []
        var returnType: TypeReference?
        if let path = spec.returns {
            guard let resultType else {
                diagnostics.error("'returns' reaches into the result, and '\(operation.name)' answers without a value", at: path.location)
                return nil
            }
            var accessors = AccessorBuilder(declarations: declarations)
            let resolved = accessors.resolvePath(path, from: resultType)
            diagnostics.append(contentsOf: accessors.diagnostics)
            guard let (pathSteps, type) = resolved else { return nil }
            steps = pathSteps
            returnType = type
        }
        let required = parameters.filter { $0.isRequired && $0.defaultValue == nil }.enumerated().map { index, parameter in
            (index == 0 && spec.unlabeled != nil ? "_" : parameter.swiftName, parameter.type)
        }
        let signature = Self.signature(name, required)
        if let holder = signatures[signature] {
            diagnostics.error(
                "the shortcut '\(name)' takes the same required arguments as \(holder), so a call could not tell them apart; "
                    + "rename it or give it other arguments", at: spec.name.location)
            return nil
        }
        signatures[signature] = "the shortcut '\(name)' of '\(operation.name)'"
        return Shortcut(
            swiftName: name, docs: spec.docs, caseName: variant.caseName, payload: payload, parameters: parameters,
            unlabeled: spec.unlabeled?.value, returnPath: steps, returnPathText: spec.returns?.value, returnType: returnType)
    }

    private func resolvedAliases(_ type: TypeReference) -> TypeReference {
        var current = type
        var seen: Set<TypeID> = []
        while case .named(let id) = current, !seen.contains(id), case .alias(let alias)? = declarations[id]?.kind {
            seen.insert(id)
            current = alias.target
        }
        return current
    }
}
