/// Which JSON values the generated SDK's decoding code accepts for a type, as the templates
/// write it: required keys must be present (a required nullable property may be missing), other
/// keys are ignored, enums accept any string (`unknown`), tagged unions any object whose
/// discriminator is a string (`unknown` again), and untagged unions try their variants in order.
///
/// The generated tests use it to tell when a sample of an untagged union's variant is also
/// accepted by an earlier variant, so it decodes as that one: an ambiguity of the spec, which the
/// test records as a known issue rather than hiding it or failing the whole run.
struct DecodingModel {
    let api: APIDefinition

    /// The first variant of `union` that accepts `json`, if any.
    func firstAccepting(_ union: UnionType, _ json: SampleJSON) -> UnionVariant? {
        union.variants.first { accepts($0.type, json, depth: 0) }
    }

    func accepts(_ reference: TypeReference, _ json: SampleJSON, depth: Int = 0) -> Bool {
        guard depth < 64 else { return true }
        switch reference {
        case .nullable(let wrapped):
            return json == .null || accepts(wrapped, json, depth: depth + 1)
        case .builtin(let builtin):
            return accepts(builtin, json)
        case .list(let element):
            guard case .array(let items) = json else { return false }
            return items.allSatisfy { accepts(element, $0, depth: depth + 1) }
        case .map(let element):
            guard case .object(let members) = json else { return false }
            return members.allSatisfy { accepts(element, $0.value, depth: depth + 1) }
        case .named(let id):
            guard let declaration = api.type(id) else { return true }
            switch declaration.kind {
            case .alias(let alias):
                return accepts(alias.target, json, depth: depth + 1)
            case .enumeration:
                if case .string = json { return true }
                return false
            case .object(let object):
                guard case .object(let members) = json else { return false }
                return object.properties.allSatisfy { property in
                    guard let value = members.first(where: { $0.key == property.wireName })?.value else {
                        // `decodeIfPresent` for optional and for required nullable properties.
                        return !property.isRequired || property.type.isNullable
                    }
                    if value == .null, !property.isRequired || property.type.isNullable { return true }
                    return accepts(property.type, value, depth: depth + 1)
                }
            case .union(let union):
                guard let discriminator = union.discriminator else {
                    return union.variants.contains { accepts($0.type, json, depth: depth + 1) }
                }
                guard case .object(let members) = json,
                    case .string(let tag)? = members.first(where: { $0.key == discriminator })?.value
                else { return false }
                guard let variant = union.variants.first(where: { $0.discriminatorValue == tag }) else {
                    return true  // `.unknown(tag, raw)`
                }
                return accepts(variant.type, json, depth: depth + 1)
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
