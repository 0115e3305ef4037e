/// Resolves each `accessors:` path against the declared types: every step must name a property
/// (by JSON key) of an object, a variant of a union (by case name, type or discriminator value),
/// or an index of a list; aliases are followed. A path that does not resolve, or an accessor
/// named like a member the type already has, is an error at the path or the name.
struct AccessorBuilder {
    let declarations: [TypeID: TypeDeclaration]
    private(set) var diagnostics = Diagnostics()

    init(declarations: [TypeID: TypeDeclaration]) {
        self.declarations = declarations
    }

    mutating func build(_ spec: SpecAccessor, on owner: TypeDeclaration) -> Accessor? {
        let name = spec.name.value
        guard SwiftIdentifier.isValid(name) else {
            diagnostics.error("accessor name '\(name)' is not a valid Swift identifier", at: spec.name.location)
            return nil
        }
        if case .alias = owner.kind {
            diagnostics.error("an alias cannot have accessors; put them on the type it names", at: spec.name.location)
            return nil
        }
        if let clash = memberNames(of: owner).first(where: { $0 == name }) {
            diagnostics.error("accessor '\(name)' has the name of a member '\(owner.id.rawValue)' already has: '\(clash)'", at: spec.name.location)
            return nil
        }
        guard let (steps, type) = resolvePath(spec.path, from: .named(owner.id)) else { return nil }
        guard !steps.isEmpty else {
            diagnostics.error("the path of accessor '\(name)' is empty", at: spec.path.location)
            return nil
        }
        return Accessor(swiftName: name, path: spec.path.value, docs: spec.docs, steps: steps, type: type)
    }

    /// The steps `path` takes from a value of `type`, and the type it arrives at; `nil` (reported)
    /// when a step names nothing.
    mutating func resolvePath(_ path: Located<String>, from type: TypeReference) -> ([Accessor.Step], TypeReference)? {
        var current = type
        var steps: [Accessor.Step] = []
        for segment in path.value.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            guard let (step, next) = resolve(segment, in: current, path: path) else { return nil }
            steps.append(step)
            current = next
        }
        return (steps, current)
    }

    /// The step `segment` takes from a value of type `type`, and the type it arrives at.
    private mutating func resolve(_ segment: String, in type: TypeReference, path: Located<String>) -> (Accessor.Step, TypeReference)? {
        let resolved = resolvedAliases(type)
        switch resolved {
        case .list(let element):
            guard let index = Int(segment), index >= 0 else {
                diagnostics.error("'\(segment)' in the path: a list is followed by an index such as 0", at: path.location)
                return nil
            }
            return (.element(index), element)
        case .named(let id):
            guard let declaration = declarations[id] else { return nil }
            switch declaration.kind {
            case .object(let object):
                guard let property = object.properties.first(where: { $0.wireName == segment }) else {
                    diagnostics.error(
                        "'\(segment)' in the path: '\(id.rawValue)' has no property '\(segment)'"
                            + Suggestion.didYouMean(segment, in: object.properties.map(\.wireName)), at: path.location)
                    return nil
                }
                guard property.deprecation == nil, !(property.type.isNullable && !property.isRequired) else {
                    diagnostics.error(
                        "'\(segment)' in the path: an accessor cannot go through a deprecated or optional nullable property",
                        at: path.location)
                    return nil
                }
                let isOptional = !property.isRequired || property.type.isNullable
                return (.property(property.swiftName, isOptional: isOptional), property.type.nonNullable)
            case .union(let union):
                guard !id.rawValue.contains("#") else {
                    diagnostics.error("'\(segment)' in the path: an accessor cannot go through a union nested in a property; name the union", at: path.location)
                    return nil
                }
                let variant = union.variants.first { variant in
                    variant.caseName == segment || variant.discriminatorValue == segment || variant.type.specSpelling == segment
                }
                guard let variant else {
                    diagnostics.error(
                        "'\(segment)' in the path: '\(id.rawValue)' has no variant '\(segment)'"
                            + Suggestion.didYouMean(segment, in: union.variants.map(\.caseName)), at: path.location)
                    return nil
                }
                return (.unionCase(variant.caseName), variant.type.nonNullable)
            case .enumeration, .alias:
                break
            }
        default:
            break
        }
        diagnostics.error("'\(segment)' in the path: a value of type '\(resolved.specSpelling)' has nothing inside to reach", at: path.location)
        return nil
    }

    private func resolvedAliases(_ type: TypeReference) -> TypeReference {
        var current = type.nonNullable
        var seen: Set<TypeID> = []
        while case .named(let id) = current, !seen.contains(id), case .alias(let alias)? = declarations[id]?.kind {
            seen.insert(id)
            current = alias.target.nonNullable
        }
        return current
    }

    /// What the accessor must not be named like: properties of an object; cases of a union, and
    /// its variants' properties (the union's shared accessors).
    private func memberNames(of declaration: TypeDeclaration) -> [String] {
        switch declaration.kind {
        case .object(let object):
            return object.properties.map(\.swiftName)
        case .union(let union):
            var names = union.variants.map(\.caseName) + union.variants.compactMap(\.formerCaseName) + ["unknown"]
            for variant in union.variants {
                if case .named(let id) = variant.type, case .object(let object)? = declarations[id]?.kind {
                    names += object.properties.map(\.swiftName)
                }
            }
            return names
        case .enumeration(let enumeration):
            return enumeration.cases.map(\.swiftName)
        case .alias:
            return []
        }
    }
}
