/// Checks a `returns: { type, fill }` declaration and decides where each property of the returned
/// object comes from: a `fill` mapping, else the response property of the same name, else the body
/// field of the same name, else `nil` for an optional property.
///
/// The old Python managers built the object from the caller's arguments and the create/update
/// response without checking anything; here every required property must be covered by an
/// argument or a response property of a compatible type, or the spec does not generate.
struct ComposedReturnBuilder {
    let declarations: [TypeID: TypeDeclaration]
    let resolver: TypeResolver
    private(set) var diagnostics = Diagnostics()

    init(declarations: [TypeID: TypeDeclaration], resolver: TypeResolver) {
        self.declarations = declarations
        self.resolver = resolver
    }

    mutating func build(_ spec: SpecReturns, operation: Operation) -> ComposedReturn? {
        guard let target = resolver.resolve(spec.type, diagnostics: &diagnostics) else { return nil }
        guard case .named(let id) = target, let declaration = declarations[id], case .object(let object) = declaration.kind
        else {
            diagnostics.error("'returns' needs an object type", at: spec.type.location)
            return nil
        }
        var responseProperties: [String: Property] = [:]
        if case .named(let responseID)? = operation.response.type, case .object(let response)? = declarations[responseID]?.kind {
            for property in response.properties { responseProperties[property.wireName] = property }
        }
        // Only body fields: a path parameter's name is the route's (`id` in `/agents/{id}/tasks` is
        // the agent's), not a property of the object created there.
        let arguments = Dictionary(
            operation.parameters.filter { $0.location == .body }.map { ($0.wireName, $0) },
            uniquingKeysWith: { first, _ in first })
        let wireNames = Set(object.properties.map(\.wireName))
        for (target, _) in spec.fill where !wireNames.contains(target.value) {
            diagnostics.error(
                "'fill' names '\(target.value)', which '\(id.rawValue)' does not have"
                    + Suggestion.didYouMean(target.value, in: wireNames), at: target.location)
        }
        let fill = Dictionary(spec.fill.map { ($0.key.value, $0.value) }, uniquingKeysWith: { first, _ in first })

        var fields: [(property: String, source: ComposedReturn.Source)] = []
        var complete = true
        for property in object.properties {
            if let source = fill[property.wireName] {
                guard let responseProperty = responseProperties[source.value] else {
                    diagnostics.error(
                        "the response has no property '\(source.value)' to fill '\(property.wireName)'"
                            + Suggestion.didYouMean(source.value, in: responseProperties.keys), at: source.location)
                    complete = false
                    continue
                }
                complete = check(property, from: responseProperty.type, isPresent: responseProperty.isRequired, what: "response property '\(source.value)'", at: source.location) && complete
                fields.append((property.swiftName, .response(responseProperty.swiftName)))
            } else if let responseProperty = responseProperties[property.wireName] {
                // The server's answer wins over what was sent.
                complete = check(property, from: responseProperty.type, isPresent: responseProperty.isRequired, what: "response property '\(property.wireName)'", at: spec.location) && complete
                fields.append((property.swiftName, .response(responseProperty.swiftName)))
            } else if let argument = arguments[property.wireName] {
                let present = argument.isRequired || argument.defaultValue != nil
                complete = check(property, from: argument.type, isPresent: present, what: "argument '\(argument.swiftName)'", at: spec.location) && complete
                fields.append((property.swiftName, .argument(argument.swiftName)))
            } else if !property.isRequired {
                fields.append((property.swiftName, .none))
            } else {
                diagnostics.error(
                    "'returns: \(id.rawValue)' cannot fill the required property '\(property.wireName)': no argument or response property has that name; map it with 'fill: { \(property.wireName): <response property> }'",
                    at: spec.location,
                    notes: declaration.location.map { [.note("'\(id.rawValue)' is declared here", at: $0)] } ?? [])
                complete = false
            }
        }
        return complete ? ComposedReturn(type: id, fields: fields) : nil
    }

    /// A value of `type` (present or maybe missing) can fill `property`.
    private mutating func check(
        _ property: Property, from type: TypeReference, isPresent: Bool, what: String, at location: SourceLocation
    ) -> Bool {
        guard type == property.type else {
            diagnostics.error(
                "\(what) has a different type than the property '\(property.wireName)' it would fill", at: location)
            return false
        }
        guard isPresent || !property.isRequired else {
            diagnostics.error(
                "\(what) may be missing, but the property '\(property.wireName)' is required", at: location)
            return false
        }
        return true
    }
}
