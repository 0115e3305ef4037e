/// Where things go when every resource gets a file of its own.
///
/// A type goes to a resource's file when that resource is the only one that uses it,
/// directly or through other types (`Agent` → `Instructions`). Types used by several
/// resources, or by none (kept for completeness, or only used by other such types), stay
/// in `api.yaml`: the root file every other file is read after, so a person looking for
/// a shared type finds it in one known place.
struct SpecFilePlan {
    /// For each of the document's types, in order: the index of the resource whose file holds
    /// it, or nil for `api.yaml`.
    var typeOwners: [Int?]
    /// For each resource, in order: its file name (`agents.yaml`), unique even on file systems
    /// that ignore case, never `api.yaml`.
    var resourceFileNames: [String]

    init(_ document: SpecDocument, rootFileName: String) {
        typeOwners = Self.owners(document)
        resourceFileNames = Self.fileNames(document.resources.map(\.name.value), reserving: rootFileName)
    }

    private enum Owner: Equatable {
        case none
        case resource(Int)
        case shared
    }

    /// Walks the types each resource reaches; every type is walked at most twice (once for its
    /// first resource, once when a second one makes it shared), so this is linear in the spec.
    private static func owners(_ document: SpecDocument) -> [Int?] {
        var indicesByName: [String: [Int]] = [:]
        for (index, type) in document.types.enumerated() {
            indicesByName[type.name.value, default: []].append(index)
        }
        let references = document.types.map { type in
            var names: [String] = []
            type.forEachReferencedName { names.append($0) }
            return names
        }
        var owners = [Owner](repeating: .none, count: document.types.count)
        for (resourceIndex, resource) in document.resources.enumerated() {
            var pending: [Int] = []
            let enqueue = { (name: String) in pending += indicesByName[name] ?? [] }
            for operation in resource.operations { operation.forEachReferencedName(enqueue) }
            while let index = pending.popLast() {
                switch owners[index] {
                case .shared, .resource(resourceIndex):
                    continue
                case .resource:
                    owners[index] = .shared
                case .none:
                    owners[index] = .resource(resourceIndex)
                }
                for name in references[index] { pending += indicesByName[name] ?? [] }
            }
        }
        return owners.map { owner in
            if case .resource(let index) = owner { return index }
            return nil
        }
    }

    /// Resource names made into portable file names: ASCII letters, digits, `-`, `_` and `.`
    /// kept, anything else `_`, a long name shortened (`NameShortening`); a clash (ignoring case)
    /// gets `-2`, `-3`, ….
    static func fileNames(_ names: [String], reserving reserved: String) -> [String] {
        var taken: Set<String> = [reserved.lowercased()]
        return names.map { name in
            var base = String(String.UnicodeScalarView(name.unicodeScalars.map { isPortable($0) ? $0 : "_" }))
            base = NameShortening.shortened(base)
            if base.isEmpty { base = "resource" }
            if base.hasPrefix(".") { base = "_" + base }
            var candidate = base + ".yaml"
            var counter = 2
            while !taken.insert(candidate.lowercased()).inserted {
                candidate = "\(base)-\(counter).yaml"
                counter += 1
            }
            return candidate
        }
    }

    private static func isPortable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": true
        default: false
        }
    }
}

extension TypeExpression {
    /// Calls `body` with every type name the expression mentions (`list` and `map` excluded).
    func forEachReferencedName(_ body: (String) -> Void) {
        switch self {
        case .name(let name): body(name.value)
        case .generic(_, let argument): argument.forEachReferencedName(body)
        case .nullable(let wrapped, _): wrapped.forEachReferencedName(body)
        case .union(let members, _): members.forEach { $0.forEachReferencedName(body) }
        }
    }
}

extension SpecType {
    func forEachReferencedName(_ body: (String) -> Void) {
        switch kind {
        case .object(let properties):
            properties.forEach { $0.type.forEachReferencedName(body) }
        case .enumeration:
            break
        case .alias(let target, _):
            target.forEachReferencedName(body)
        case .union(let union):
            switch union.variants {
            case .untagged(let members): members.forEach { $0.forEachReferencedName(body) }
            case .tagged(_, let variants): variants.forEach { $0.type.forEachReferencedName(body) }
            }
        }
    }
}

extension SpecOperation {
    func forEachReferencedName(_ visit: (String) -> Void) {
        for parameter in pathParameters + queryParameters + headerParameters {
            parameter.type.forEachReferencedName(visit)
        }
        switch body?.content {
        case .type(let type, _)?: type.forEachReferencedName(visit)
        case .properties(let properties)?: properties.forEach { $0.type.forEachReferencedName(visit) }
        case nil: break
        }
        response?.type?.forEachReferencedName(visit)
        errors.forEach { $0.type?.forEachReferencedName(visit) }
        streaming?.eventType.forEachReferencedName(visit)
    }
}
