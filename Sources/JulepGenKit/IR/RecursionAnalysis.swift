/// Finds types that contain themselves and decides how Swift can store them.
///
/// - A cycle made only of aliases cannot be written in Swift at all.
/// - A type that can never be built (every path back to itself goes through required,
///   non-null properties) describes no finite JSON value: reported as an error.
/// - Any other cycle that stores a value inline (not inside a list or map) is broken by
///   storing that property behind `Indirect` or by making the union case `indirect`.
enum RecursionAnalysis {
    static func run(on declarations: inout [TypeID: TypeDeclaration], diagnostics: inout Diagnostics) {
        reportAliasCycles(declarations, diagnostics: &diagnostics)
        reportUnconstructible(declarations, diagnostics: &diagnostics)
        markIndirectStorage(&declarations)
    }

    // MARK: Alias cycles

    private static func reportAliasCycles(_ declarations: [TypeID: TypeDeclaration], diagnostics: inout Diagnostics) {
        var reported: Set<TypeID> = []
        for id in declarations.keys.sorted() {
            guard case .alias = declarations[id]?.kind else { continue }
            var chain: [TypeID] = []
            var inChain: Set<TypeID> = []
            var current: TypeID? = id
            while let step = current, inChain.insert(step).inserted {
                chain.append(step)
                guard case .alias(let alias)? = declarations[step]?.kind else { current = nil; break }
                current = firstNamed(in: alias.target, declarations: declarations, aliasesOnly: true)
            }
            guard let step = current, step == id, reported.isDisjoint(with: chain) else { continue }
            reported.formUnion(chain)
            let path = (chain + [id]).map(\.rawValue).joined(separator: " → ")
            diagnostics.error(
                "alias '\(id.rawValue)' refers to itself (\(path)); a cycle of aliases cannot be represented",
                at: declarations[id]?.location)
        }
    }

    /// The first named alias an alias target mentions (any depth of list/map/nullable).
    private static func firstNamed(
        in reference: TypeReference, declarations: [TypeID: TypeDeclaration], aliasesOnly: Bool
    ) -> TypeID? {
        switch reference {
        case .builtin: return nil
        case .named(let id):
            if aliasesOnly, case .alias? = declarations[id]?.kind { return id }
            return aliasesOnly ? nil : id
        case .list(let inner), .map(let inner), .nullable(let inner):
            return firstNamed(in: inner, declarations: declarations, aliasesOnly: aliasesOnly)
        }
    }

    // MARK: Constructibility

    /// Least fixed point: a type can be built when something finite satisfies it. Worked off a
    /// queue (each type waits for as many of the declared types it needs as it needs), so a long
    /// chain of types costs time in proportion to its length, not its square.
    private static func reportUnconstructible(_ declarations: [TypeID: TypeDeclaration], diagnostics: inout Diagnostics) {
        var buildable: Set<TypeID> = []
        func canBuild(_ reference: TypeReference) -> Bool {
            switch reference {
            case .builtin, .list, .map, .nullable: return true
            case .named(let id): return buildable.contains(id) || declarations[id] == nil
            }
        }
        /// The declared types `reference` needs built (none for a list, a map, a nullable value).
        func needed(_ reference: TypeReference) -> TypeID? {
            if case .named(let id) = reference, declarations[id] != nil { return id }
            return nil
        }
        var waiting: [TypeID: Int] = [:]
        var dependents: [TypeID: [TypeID]] = [:]
        var ready: [TypeID] = []
        for (id, declaration) in declarations {
            var needs: Set<TypeID> = []
            var count = 0
            switch declaration.kind {
            case .enumeration:
                break
            case .alias(let alias):
                if let target = needed(alias.target) { needs = [target]; count = 1 }
            case .object(let object):
                needs = Set(object.properties.filter(\.isRequired).compactMap { needed($0.type) })
                count = needs.count
            case .union(let union):
                // Any one variant will do.
                let variants = union.variants.map { needed($0.type) }
                if union.discriminator == nil, !variants.contains(nil) {
                    needs = Set(variants.compactMap { $0 })
                    count = 1
                }
            }
            if count == 0 {
                ready.append(id)
            } else {
                waiting[id] = count
                for need in needs { dependents[need, default: []].append(id) }
            }
        }
        while let id = ready.popLast() {
            guard buildable.insert(id).inserted else { continue }
            for dependent in dependents[id] ?? [] {
                guard let count = waiting[dependent] else { continue }
                if count <= 1 {
                    waiting[dependent] = nil
                    ready.append(dependent)
                } else {
                    waiting[dependent] = count - 1
                }
            }
        }
        for id in declarations.keys.sorted() where !buildable.contains(id) {
            guard let declaration = declarations[id] else { continue }
            if case .alias = declaration.kind { continue }  // reported as an alias cycle
            let through: String
            if case .object(let object) = declaration.kind,
                let property = object.properties.first(where: { $0.isRequired && !canBuild($0.type) })
            {
                through = " through its required property '\(property.wireName)'"
            } else {
                through = ""
            }
            diagnostics.error(
                "type '\(id.rawValue)' contains itself\(through), so no finite value has this type; make a property on the cycle optional, nullable or a list",
                at: declaration.location)
        }
    }

    // MARK: Storage

    /// Edges that store a value inline; lists and maps already store their elements out of line.
    private static func inlineEdges(_ declaration: TypeDeclaration) -> [TypeID] {
        func inline(_ reference: TypeReference) -> TypeID? {
            switch reference {
            case .named(let id): return id
            case .nullable(let wrapped): return inline(wrapped)
            case .builtin, .list, .map: return nil
            }
        }
        switch declaration.kind {
        case .enumeration: return []
        case .alias(let alias): return inline(alias.target).map { [$0] } ?? []
        case .object(let object): return object.properties.compactMap { inline($0.type) }
        case .union(let union): return union.variants.compactMap { inline($0.type) }
        }
    }

    private static func markIndirectStorage(_ declarations: inout [TypeID: TypeDeclaration]) {
        let components = StronglyConnectedComponents.find(
            nodes: declarations.keys.sorted(), edges: { declarations[$0].map(inlineEdges) ?? [] })
        var componentOf: [TypeID: Int] = [:]
        for (index, component) in components.enumerated() {
            for id in component { componentOf[id] = index }
        }
        func isCyclic(_ from: TypeID, _ to: TypeID) -> Bool {
            guard let a = componentOf[from], let b = componentOf[to], a == b else { return false }
            return components[a].count > 1 || (declarations[from].map(inlineEdges)?.contains(from) ?? false)
        }
        func target(_ reference: TypeReference, resolvingAliases: Bool = true) -> TypeID? {
            switch reference {
            case .named(let id): return id
            case .nullable(let wrapped): return target(wrapped)
            default: return nil
            }
        }
        for id in declarations.keys.sorted() {
            guard var declaration = declarations[id] else { continue }
            switch declaration.kind {
            case .object(var object):
                for index in object.properties.indices {
                    if let to = target(object.properties[index].type), isCyclic(id, to) {
                        object.properties[index].isIndirect = true
                    }
                }
                declaration.kind = .object(object)
            case .union(var union):
                for index in union.variants.indices {
                    if let to = target(union.variants[index].type), isCyclic(id, to) {
                        union.variants[index].isIndirect = true
                    }
                }
                declaration.kind = .union(union)
            default:
                break
            }
            declarations[id] = declaration
        }
    }
}

/// Tarjan's algorithm, iterative so a long chain of types cannot overflow the stack.
enum StronglyConnectedComponents {
    static func find(nodes: [TypeID], edges: (TypeID) -> [TypeID]) -> [[TypeID]] {
        var index = 0
        var indices: [TypeID: Int] = [:]
        var lowLinks: [TypeID: Int] = [:]
        var onStack: Set<TypeID> = []
        var stack: [TypeID] = []
        var components: [[TypeID]] = []
        let known = Set(nodes)

        for root in nodes where indices[root] == nil {
            var work: [(node: TypeID, successors: [TypeID], next: Int)] = []
            func visit(_ node: TypeID) {
                indices[node] = index
                lowLinks[node] = index
                index += 1
                stack.append(node)
                onStack.insert(node)
                work.append((node, edges(node).filter(known.contains), 0))
            }
            visit(root)
            while !work.isEmpty {
                let top = work.count - 1
                let node = work[top].node
                if work[top].next < work[top].successors.count {
                    let successor = work[top].successors[work[top].next]
                    work[top].next += 1
                    if indices[successor] == nil {
                        visit(successor)
                    } else if onStack.contains(successor) {
                        lowLinks[node] = min(lowLinks[node]!, indices[successor]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node {
                    lowLinks[parent] = min(lowLinks[parent]!, lowLinks[node]!)
                }
                if lowLinks[node] == indices[node] {
                    var component: [TypeID] = []
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components
    }
}
