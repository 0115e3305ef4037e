/// A member of a surface on its own, for comparing two surfaces member by member: every
/// ``SurfaceTwin`` becomes a member of its own type (a route API method of the route API).
struct SurfaceSymbol {
    /// Identifies the member across versions: `AgentsResource.list#func`,
    /// `Agent.init(name:model:)#init` (an initializer by its labels).
    var key: String
    /// The key without the argument types an overload adds to it: what its overloads share.
    var baseKey: String
    /// What the overloads it may be paired with share when keys changed: its base key, or for an
    /// initializer its type's (their labels are in their keys).
    var overloadGroup: String { member.kind == .initializer ? owner + ".init#init" : baseKey }
    /// The type that declares it.
    var owner: String
    /// As the report names it: `AgentsResource.list(…)`, `Agent.name`.
    var subject: String
    /// As the report names it beside its group's first member: `listAll(…)`, `JulepAPI.agentsRouteList(…)`.
    var shortName: String
    /// The key of the method it stands beside, or its own.
    var group: String
    /// A twin's member is its method's, with the twin's name, effects and type.
    var member: SurfaceMember
    var isTwin: Bool
    /// Whether the owner has a case for values it does not know (`unknown`).
    var ownerIsForwardCompatible: Bool
    /// Its place in the surface's file (see ``position(type:member:)``).
    var position: Int

    /// The `member`th entry (from 1) of the `type`th type; 0 is the type itself.
    static func position(type: Int, member: Int) -> Int { (type << 20) + member }

    /// Every member of every type, the types' order kept.
    static func symbols(of surface: APISurface) -> [SurfaceSymbol] {
        let typeNames = Set(surface.types.map(\.name))
        var symbols: [SurfaceSymbol] = []
        for (typeIndex, type) in surface.types.enumerated() {
            var ordinal = 0
            func nextPosition() -> Int {
                ordinal += 1
                return position(type: typeIndex, member: ordinal)
            }
            let forwardCompatible = type.members.contains { $0.kind == .enumCase && $0.name == "unknown" }
            // Overloads (`WorkflowStep.prompt(_ Prompt)` and `prompt(_ String)`) are told apart by their
            // argument types; a member without one keeps the plain key, so a type change reads as a change.
            var keyCounts: [String: Int] = [:]
            var overloads: [String: [SurfaceMember]] = [:]
            for member in type.members {
                let key = self.key(owner: type.name, member: member)
                keyCounts[key, default: 0] += 1
                overloads[key, default: []].append(member)
            }
            for member in type.members {
                let baseKey = self.key(owner: type.name, member: member)
                let isOverloaded = keyCounts[baseKey, default: 0] > 1
                let key = baseKey + (isOverloaded ? overloadSuffix(member) : "")
                symbols.append(
                    SurfaceSymbol(
                        key: key, baseKey: baseKey, owner: type.name,
                        subject: subject(
                            owner: type.name, member: member,
                            distinguishedFrom: isOverloaded ? overloads[baseKey, default: []].filter { $0 != member } : []),
                        shortName: subject(owner: nil, member: member), group: key, member: member, isTwin: false,
                        ownerIsForwardCompatible: forwardCompatible, position: nextPosition()))
                for twin in member.twins {
                    // `JulepAPI.agentsRouteList` belongs to `JulepAPI`; `withRawResponse.list` to the method's type.
                    var owner = type.name
                    var path = twin.path
                    if let dot = twin.path.firstIndex(of: "."), typeNames.contains(String(twin.path[..<dot])) {
                        owner = String(twin.path[..<dot])
                        path = String(twin.path[twin.path.index(after: dot)...])
                    }
                    var twinMember = member
                    twinMember.name = path
                    twinMember.effects = twin.effects
                    twinMember.type = twin.type
                    twinMember.twins = []
                    let qualified = owner == type.name ? path : owner + "." + path
                    let twinBaseKey = Self.key(owner: owner, member: twinMember)
                    var twinKey = twinBaseKey
                    if isOverloaded { twinKey += overloadSuffix(member) }
                    symbols.append(
                        SurfaceSymbol(
                            key: twinKey, baseKey: twinBaseKey, owner: owner,
                            subject: "func " + owner + "." + path + "(…)", shortName: qualified + "(…)", group: key,
                            member: twinMember, isTwin: true, ownerIsForwardCompatible: false, position: nextPosition()))
                }
            }
        }
        return symbols
    }

    static func key(owner: String, member: SurfaceMember) -> String {
        if member.kind == .initializer {
            let labels = (member.parameters ?? []).map { $0.externalLabel + ":" }.joined()
            return "\(owner).init(\(labels))#init"
        }
        return "\(owner).\(member.name)#\(member.kind.rawValue)"
    }

    /// `(_:String)`: an overload's labels and argument types, to tell it from its siblings.
    static func overloadSuffix(_ member: SurfaceMember) -> String {
        "(" + (member.parameters ?? []).map { $0.externalLabel + ":" + $0.type }.joined(separator: ",") + ")"
    }

    /// `func AgentsResource.list(…)`, `case SortDirection.asc`, `Agent.init(…)`; without the owner
    /// and the keyword, `list(…)`. An overload shows the arguments that tell it from `siblings`
    /// (all of them when none does): `func AgentsResource.create(…, instructions: String, …)`.
    static func subject(owner: String?, member: SurfaceMember, distinguishedFrom siblings: [SurfaceMember] = []) -> String {
        var arguments = "…"
        if !siblings.isEmpty {
            let parameters = member.parameters ?? []
            func isShared(_ parameter: SurfaceParameter) -> Bool {
                siblings.allSatisfy { sibling in
                    (sibling.parameters ?? []).contains { $0.externalLabel == parameter.externalLabel && $0.type == parameter.type }
                }
            }
            let shown = parameters.indices.filter { !isShared(parameters[$0]) }
            let indices = shown.isEmpty ? Array(parameters.indices) : shown
            arguments = indices.map { "\(parameters[$0].label): \(parameters[$0].type)" }.joined(separator: ", ")
            if let first = indices.first, first > 0 { arguments = "…, " + arguments }
            if let last = indices.last, last < parameters.count - 1 { arguments += ", …" }
        }
        let name = member.kind.isCallable || member.parameters != nil ? member.name + "(\(arguments))" : member.name
        guard let owner else { return name }
        let keyword = member.kind == .initializer ? "" : member.kind.rawValue + " "
        return keyword + owner + "." + name
    }
}
