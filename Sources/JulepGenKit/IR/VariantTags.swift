/// The tags objects write themselves as variants of tagged unions.
///
/// A tagged union's variant is declared without its discriminator, which the union writes when
/// it encodes the case. The same object is often sent on its own too (Box's `FolderMini`, a
/// variant of an item union, is a sign request's `parent_folder`), where the API requires the
/// tag as much: so a variant object writes its tag itself, and the union leaves it to it. An
/// object that is a variant of several unions under different tags, whose tag is read-only, or
/// that declares a property of the tag's name writes none.
enum VariantTags {
    static func assign(to declarations: inout [TypeID: TypeDeclaration]) {
        var tags: [TypeID: ObjectTag?] = [:]
        for declaration in declarations.values {
            guard case .union(let union) = declaration.kind, let key = union.discriminator else { continue }
            for variant in union.variants {
                guard case .named(let id) = variant.type, let value = variant.discriminatorValue,
                    case .object(let object)? = declarations[id]?.kind
                else { continue }
                let tag = ObjectTag(key: key, value: value, isInteger: union.discriminatorIsInteger)
                let writable = !union.discriminatorIsReadOnly && !object.properties.contains { $0.wireName == key }
                    && object.additionalProperties == nil
                if let existing = tags[id] {
                    if existing != tag || !writable { tags[id] = .some(nil) }
                } else {
                    tags[id] = writable ? tag : .some(nil)
                }
            }
        }
        for (id, tag) in tags {
            guard let tag, case .object(var object)? = declarations[id]?.kind else { continue }
            object.tag = tag
            declarations[id]?.kind = .object(object)
        }
    }
}
