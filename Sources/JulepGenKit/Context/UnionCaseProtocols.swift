/// Factories that several unions share, written once.
///
/// Unions often hold the same object under the same case: Julep's `WorkflowStep`,
/// `NonConditionalWorkflowStep`, `MappableWorkflowStep` and `ForeachWorkflowStep` each have
/// `case evaluate(EvaluateStep)`, with the same factories (`.evaluate([…])`). Such a case gets a
/// protocol whose one requirement the enum case itself fulfils (SE-0280), and the factories go in
/// an extension of that protocol, which every union holding the case conforms to:
///
///     public protocol EvaluateStepUnion: Sendable {
///         static func evaluate(_ value: EvaluateStep) -> Self
///     }
///     extension EvaluateStepUnion {
///         public static func evaluate(_ evaluate: [String: PyExpression]) -> Self { … }
///     }
///     extension WorkflowStep: EvaluateStepUnion {}
///
/// Callers see no difference: `.evaluate([…])` resolves on each union as before. A case is shared
/// only where its factories are the same in every union (same case name, payload and spellings)
/// and the protocol's name, `<Payload>Union`, is free; anything else keeps its factories inline.
struct UnionCaseProtocols: Sendable {
    struct Shared: Sendable {
        /// `EvaluateStepUnion`.
        var name: String
        /// The case's name as declared (escaped): `evaluate`, `` `return` ``.
        var caseName: String
        /// The payload as spelled in the case: `EvaluateStep`.
        var payloadType: String
        /// The conforming unions' Swift names, sorted.
        var unions: [String]
        var factories: [UnionFactoryContext]
    }

    /// By protocol name.
    private(set) var protocols: [String: Shared] = [:]
    /// For each union (by its Swift name), the protocol that holds each of its shared cases,
    /// by case name.
    private var sharedCases: [String: [String: String]] = [:]
    /// For each top-level union (by its Swift name), each case's factories: worked out here once,
    /// as finding the shared cases needs them all.
    private var factoriesByUnion: [String: [[UnionFactoryContext]]] = [:]

    static let none = UnionCaseProtocols()

    private init() {}

    init(builder: ContextBuilder) {
        struct Key: Hashable {
            var caseName: String
            var payloadType: String
            var factories: [UnionFactoryContext]
        }
        var groups: [Key: [String]] = [:]
        var order: [Key] = []
        for declaration in builder.api.types {
            guard case .union(let union) = declaration.kind else { continue }
            let perVariant = union.variants.map { builder.factories($0, of: union) }
            factoriesByUnion[declaration.qualifiedSwiftName] = perVariant
            for (variant, factories) in zip(union.variants, perVariant) {
                // Only a case holding a named type gets a protocol named after it.
                guard case .named(let id) = builder.speller.resolved(variant.type), let payload = builder.api.type(id)
                else { continue }
                guard !factories.isEmpty else { continue }
                let key = Key(
                    caseName: SwiftNaming.escapedMemberName(variant.caseName), payloadType: payload.qualifiedSwiftName,
                    factories: factories)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(declaration.qualifiedSwiftName)
            }
        }
        let taken = Self.takenNames(builder.api)
        var candidates: [String: [Key]] = [:]
        for key in order where groups[key, default: []].count > 1 {
            let name = key.payloadType.replacingOccurrences(of: ".", with: "") + "Union"
            candidates[name, default: []].append(key)
        }
        for (name, keys) in candidates {
            // Two shared cases would take one name, or the name is the API's or the runtime's: both
            // keep their factories inline rather than take a name that depends on the other's.
            guard keys.count == 1, let key = keys.first, !taken.contains(name.lowercased()) else { continue }
            let unions = groups[key, default: []].sorted()
            protocols[name] = Shared(
                name: name, caseName: key.caseName, payloadType: key.payloadType, unions: unions,
                factories: key.factories)
            for union in unions {
                sharedCases[union, default: [:]][key.caseName] = name
            }
        }
    }

    /// Each case's factories of the top-level union named `union`, in case order.
    func factories(union: String) -> [[UnionFactoryContext]]? {
        factoriesByUnion[union]
    }

    /// The protocol holding the factories of `union`'s case `caseName` (escaped), if shared.
    func protocolName(union: String, caseName: String) -> String? {
        sharedCases[union]?[caseName]
    }

    /// Every name a protocol must not take, lower-cased (file names may ignore case): the API's
    /// types, resources and client, and what the runtime and the sample tests declare.
    private static func takenNames(_ api: APIDefinition) -> Set<String> {
        let names = api.types.map(\.swiftName) + api.resources.map(\.typeName)
            + RuntimeNames.reserved(api: api.swiftName) + SwiftKeywords.shadowedTypeNames
        return Set(names.map { $0.lowercased() })
    }
}
