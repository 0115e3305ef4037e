/// The checks a method makes before sending: each argument against its constraints, and a body's
/// exclusive groups.
extension SwiftProjection {
    /// The check of a parameter or flattened body field against its constraints (its own, or those
    /// of the aliases its type goes through), or `nil` when there is nothing the runtime checks.
    /// An optional nullable body field (`Nullable<T>?`) is not checked.
    func validation(_ parameter: Parameter, names: ArgumentNames) -> String? {
        if parameter.optionality == .nullableOptional { return nil }
        let constraints = effectiveConstraints(parameter.type, own: parameter.constraints)
        let value = names.used(parameter.swiftName)
        let name = SwiftLiteral.string(parameter.wireName)
        var bounds: [String] = []
        switch valueType(parameter.type) {
        case .builtin(.int), .builtin(.int32), .builtin(.int64), .builtin(.float), .builtin(.double):
            if let minimum = constraints.minimum {
                bounds.append("minimum: \(Self.numberLiteral(minimum))")
                if constraints.exclusiveMinimum { bounds.append("exclusiveMinimum: true") }
            }
            if let maximum = constraints.maximum {
                bounds.append("maximum: \(Self.numberLiteral(maximum))")
                if constraints.exclusiveMaximum { bounds.append("exclusiveMaximum: true") }
            }
        case .builtin(.string):
            if let minLength = constraints.minLength { bounds.append("minLength: \(minLength)") }
            if let maxLength = constraints.maxLength { bounds.append("maxLength: \(maxLength)") }
        case .list:
            if let minItems = constraints.minItems { bounds.append("minItems: \(minItems)") }
            if let maxItems = constraints.maxItems { bounds.append("maxItems: \(maxItems)") }
        default:
            break
        }
        guard !bounds.isEmpty else { return nil }
        return "try \(RuntimeNames.validationType).check(\(value), \(name), \(bounds.joined(separator: ", ")))"
    }

    /// The body object's exclusive groups (at most one field of each may be given), or none.
    func exclusiveGroups(_ operation: Operation) -> [ExclusiveGroup] {
        guard let body = operation.body else { return [] }
        let id: TypeID
        switch body.shape {
        case .flattened(let flattened): id = flattened
        case .value(.named(let named)): id = named
        case .value: return []
        }
        guard case .object(let object)? = api.type(id)?.kind else { return [] }
        return object.exclusiveGroups
    }

    /// The checks of the body object's exclusive groups: on the arguments of a flattened body, on
    /// the properties of a body passed whole.
    func exclusiveChecks(_ operation: Operation, names: ArgumentNames) -> [String] {
        guard let body = operation.body else { return [] }
        let access: (String) -> String
        if case .flattened = body.shape {
            access = { names.used($0) }
        } else {
            let argument = names.used(body.argumentName)
            access = { "\(argument).\(SwiftNaming.escapedMemberName($0))" }
        }
        // Named as the caller wrote them: the Swift names. One line: `SwiftLineBreaker` breaks it
        // where it is too long.
        return exclusiveGroups(operation).map { group in
            let given = group.swiftNames.map { "(\(SwiftLiteral.string($0)), \(access($0)) != nil)" }
            return "try \(RuntimeNames.validationType).checkExclusive([\(given.joined(separator: ", "))], required: \(group.isRequired))"
        }
    }

    /// `own` completed, constraint by constraint, by those of the aliases `type` goes through.
    func effectiveConstraints(_ type: TypeReference, own: Constraints) -> Constraints {
        aliases(of: type).reduce(own) { $0.inheriting($1.constraints) }
    }

    /// The type a value of `type` has once its aliases are gone, without `null`: what the checks
    /// and the constraints apply to.
    func valueType(_ type: TypeReference) -> TypeReference {
        aliases(of: type).last.map(\.target.nonNullable) ?? type.nonNullable
    }

    /// The aliases `type` goes through, outermost first (each once: a cycle ends the chain).
    private func aliases(of type: TypeReference) -> [AliasType] {
        var result: [AliasType] = []
        var current = type.nonNullable
        var seen: Set<TypeID> = []
        while case .named(let id) = current, seen.insert(id).inserted, case .alias(let alias)? = api.type(id)?.kind {
            result.append(alias)
            current = alias.target.nonNullable
        }
        return result
    }

    /// `1`, `0.5`: a bound as a Swift literal.
    static func numberLiteral(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}

extension Constraints {
    /// These constraints, completed by `other` where they say nothing (an alias's, for a value of the alias).
    func inheriting(_ other: Constraints) -> Constraints {
        var result = self
        if result.minimum == nil, let minimum = other.minimum {
            result.minimum = minimum
            result.exclusiveMinimum = other.exclusiveMinimum
        }
        if result.maximum == nil, let maximum = other.maximum {
            result.maximum = maximum
            result.exclusiveMaximum = other.exclusiveMaximum
        }
        result.multipleOf = result.multipleOf ?? other.multipleOf
        result.minLength = result.minLength ?? other.minLength
        result.maxLength = result.maxLength ?? other.maxLength
        result.minItems = result.minItems ?? other.minItems
        result.maxItems = result.maxItems ?? other.maxItems
        result.pattern = result.pattern ?? other.pattern
        result.format = result.format ?? other.format
        result.allowedValues = result.allowedValues ?? other.allowedValues
        result.items = result.items ?? other.items
        return result
    }
}
