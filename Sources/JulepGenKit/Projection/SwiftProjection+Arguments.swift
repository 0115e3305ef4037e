/// How a parameter becomes a Swift argument: its type and default, and the value the request
/// stores for it.
extension SwiftProjection {
    /// The argument of `parameter` in a method whose arguments are named by `names`.
    func argument(_ parameter: Parameter, names: ArgumentNames) -> SwiftArgument {
        let name = names.declared(parameter.swiftName)
        var type = Self.takesJSONConvertibles(parameter) ? "[String: any JSONValueConvertible]" : speller.spell(parameter.type)
        var defaultLiteral = parameter.defaultValue.map { SwiftLiteral.value($0, type: parameter.type, speller: speller) }
        let optionality = parameter.optionality
        if let uuidArgument = UUIDArgument(parameter) {
            type = uuidArgument.type
            if uuidArgument.isOptional { defaultLiteral = "nil" }
        } else if !parameter.isRequired {
            type = optionality == .nullableOptional
                ? "Nullable<\(speller.spell(parameter.type.nonNullable))>?" : (type.hasSuffix("?") ? type : type + "?")
            if parameter.defaultValue == nil || parameter.location == .body { defaultLiteral = "nil" }
        }
        let used = names.used(parameter.swiftName)
        return SwiftArgument(
            role: .parameter(parameter), swiftName: parameter.swiftName,
            declaration: "\(name): \(type)" + (defaultLiteral.map { " = \($0)" } ?? ""),
            // Keywords need no backticks as argument labels but `inout`, `var` and `let`.
            forwarding: "\(SwiftNaming.argumentLabel(parameter.swiftName)): \(used)", used: used,
            optionality: optionality, constraints: effectiveConstraints(parameter.type, own: parameter.constraints),
            validation: validation(parameter, names: names))
    }

    /// The argument as the request stores it: its `UUID` (checked) for an ID argument, its
    /// `JSONValue`s for a `map<json>`, otherwise the argument itself.
    static func storedValue(_ parameter: Parameter, names: ArgumentNames) -> String {
        let value = names.used(parameter.swiftName)
        if takesJSONConvertibles(parameter) {
            return value + (parameter.isRequired ? "" : "?") + ".mapValues(\\.jsonValue)"
        }
        guard let kind = UUIDArgument(parameter) else { return value }
        let check = "validatedUUID(argument: \(SwiftLiteral.string(parameter.swiftName)))"
        let optional = kind.isOptional ? "?" : ""
        return kind.isList ? "try \(value)\(optional).map { try $0.\(check) }" : "try \(value)\(optional).\(check)"
    }

    /// Whether the argument is a `map<json>` (a body field or query parameter) taking any
    /// `JSONValueConvertible` values (`["topic": title, "count": 3]`), converted to `JSONValue`s
    /// where the request stores it (issue 22, friction 5).
    static func takesJSONConvertibles(_ parameter: Parameter) -> Bool {
        parameter.type == .map(.builtin(.json)) && (parameter.location == .body || parameter.location == .query)
    }
}
