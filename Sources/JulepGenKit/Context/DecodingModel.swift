/// Which JSON values the generated SDK's decoding code accepts for a type, as the templates
/// write it: required keys must be present (a required nullable property may be missing), other
/// keys are ignored, enums accept any string (`unknown`), tagged unions any object whose
/// discriminator is a string (`unknown` again), and untagged unions take the first variant that
/// knows the value, else the first that reads it as `unknown` (``UnrecognizedValues``).
///
/// The generated tests use it to tell when a sample of an untagged union's variant decodes as
/// another variant: an ambiguity of the spec, which the test records as a known issue rather
/// than hiding it or failing the whole run.
struct DecodingModel {
    let api: APIDefinition

    /// How well a variant's decoding takes a JSON value.
    enum Match: Int, Comparable {
        /// It throws.
        case none
        /// It decodes, but as `unknown` at the top level (see ``UnrecognizedValues``).
        case unrecognized
        /// It decodes as a value it knows.
        case known

        static func < (lhs: Match, rhs: Match) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The variant of `union` that decoding picks for `json`: the first that knows it, else the
    /// first that reads it as `unknown`; `nil` when none decodes it.
    func decodedVariant(_ union: UnionType, _ json: SampleJSON) -> UnionVariant? {
        decodedVariant(union, json, depth: 0)?.variant
    }

    func accepts(_ reference: TypeReference, _ json: SampleJSON, depth: Int = 0) -> Bool {
        match(reference, json, depth: depth) != .none
    }

    private func decodedVariant(_ union: UnionType, _ json: SampleJSON, depth: Int) -> (variant: UnionVariant, match: Match)? {
        var fallback: UnionVariant?
        for variant in union.variants {
            switch match(variant.type, json, depth: depth + 1) {
            case .known: return (variant, .known)
            case .unrecognized: fallback = fallback ?? variant
            case .none: continue
            }
        }
        return fallback.map { ($0, .unrecognized) }
    }

    func match(_ reference: TypeReference, _ json: SampleJSON, depth: Int = 0) -> Match {
        guard depth < 64 else { return .known }
        switch reference {
        case .nullable(let wrapped):
            return json == .null ? .known : match(wrapped, json, depth: depth + 1)
        case .builtin(let builtin):
            return accepts(builtin, json) ? .known : .none
        case .list(let element):
            guard case .array(let items) = json else { return .none }
            return items.map { match(element, $0, depth: depth + 1) }.min() ?? .known
        case .map(let element):
            guard case .object(let members) = json else { return .none }
            return members.map { match(element, $0.value, depth: depth + 1) }.min() ?? .known
        case .named(let id):
            guard let declaration = api.type(id) else { return .known }
            switch declaration.kind {
            case .alias(let alias):
                return match(alias.target, json, depth: depth + 1)
            case .enumeration(let enumeration) where enumeration.isInteger:
                guard case .integer(let number) = json else { return .none }
                return enumeration.cases.contains { $0.value == String(number) } ? .known : .unrecognized
            case .enumeration(let enumeration):
                guard case .string(let value) = json else { return .none }
                return enumeration.cases.contains { $0.value == value } ? .known : .unrecognized
            case .object(let object):
                guard case .object(let members) = json else { return .none }
                let accepted = object.properties.allSatisfy { property in
                    guard let value = members.first(where: { $0.key == property.wireName })?.value else {
                        // `decodeIfPresent` for optional and for required nullable properties.
                        return property.optionality.isOptional
                    }
                    if value == .null, property.optionality.isOptional { return true }
                    return accepts(property.type, value, depth: depth + 1)
                }
                return accepted ? .known : .none
            case .union(let union):
                guard let discriminator = union.discriminator else {
                    return decodedVariant(union, json, depth: depth)?.match ?? .none
                }
                guard case .object(let members) = json, let value = members.first(where: { $0.key == discriminator })?.value
                else { return .none }
                let tag: String
                switch value {
                case .string(let text) where !union.discriminatorIsInteger: tag = text
                case .integer(let number) where union.discriminatorIsInteger: tag = String(number)
                default: return .none
                }
                guard let variant = union.variants.first(where: { $0.discriminatorValue == tag }) else {
                    return .unrecognized  // `.unknown(tag, raw)`
                }
                return accepts(variant.type, json, depth: depth + 1) ? .known : .none
            }
        }
    }

    private func accepts(_ builtin: BuiltinType, _ json: SampleJSON) -> Bool {
        switch (builtin, json) {
        case (.json, _): return true
        case (.bool, .bool): return true
        case (.int, .integer), (.int32, .integer), (.int64, .integer): return true
        case (.float, .integer), (.float, .double), (.double, .integer), (.double, .double): return true
        case (.string, .string): return true
        case (.uuid, .string(let text)): return text.count == 36 && text.split(separator: "-").count == 5
        case (.date, .string(let text)): return text.count == 10
        case (.dateTime, .string(let text)): return text.count >= 19 && text.contains("T")
        case (.binary, .string): return true
        default: return false
        }
    }
}
