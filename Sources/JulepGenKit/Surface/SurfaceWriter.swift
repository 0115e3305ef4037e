/// Writes an ``APISurface`` as `API.md`: Swift declarations without bodies in one code block per
/// section, one member per line (arguments one per line when the signature is long), so a
/// change to the API is a small diff of this file. ``SurfaceReader`` reads it back.
public enum SurfaceWriter {
    static let heading = ": public API"
    /// Lines longer than this put each argument on its own line.
    static let lineWidth = 100

    public static func markdown(_ surface: APISurface) -> String {
        let routes = RuntimeNames.routesType(api: surface.module)
        let hasRoutes = surface.types.contains { $0.name == routes }
        var lines = [
            "# \(surface.module)\(surface.version.map { " " + $0 } ?? "")\(heading)",
            "",
            "Written by julep-gen with the SDK, from the same spec; do not edit. Every public type and member",
            "the spec decides, as Swift declares it. `julep-gen` and `julep-gen --check` compare this file",
            "with the API a new spec gives and report what is added, changed and removed, and what breaks",
            "code written against this version (julep-gen's docs/cli.md).",
            "",
            "- `// GET /path` above a method: the request it sends. The `func …(…)` lines below it: the other",
            "  methods for that request, with the same arguments (the `…All` pages, `withRawResponse`'s"
                + (hasRoutes ? "," : ")."),
        ]
        if hasRoutes { lines.append("  the route API's, `\(routes)`).") }
        lines += [
            "- `// \"name\"` after a case or property: its JSON value or key; after an environment, its URL.",
            "- `// @available(*, deprecated…)`: types and enum cases are deprecated in their documentation.",
            "- Not listed: the runtime's types (`RequestOptions`, `APIResponse`, `JSONValue`, …), the same for",
            "  every spec, and what a listed conformance requires (`Codable`'s `init(from:)`, `rawValue`, …).",
        ]
        for section in SurfaceType.Section.allCases {
            let types = surface.types.filter { $0.section == section }
            guard !types.isEmpty else { continue }
            lines += ["", "## \(section.rawValue)", "", "```swift"]
            for (index, type) in types.enumerated() {
                if index > 0 { lines.append("") }
                lines += self.lines(type)
            }
            lines.append("```")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func lines(_ type: SurfaceType) -> [String] {
        var lines: [String] = []
        if let deprecation = type.deprecation { lines.append("// " + attribute(deprecation)) }
        let conformances = type.conformances.isEmpty ? "" : ": " + type.conformances.joined(separator: ", ")
        switch type.kind {
        case .alias:
            lines.append("typealias \(type.name) = \(type.aliasTarget ?? "")")
            return lines
        case .structure, .enumeration, .protocolType:
            let opening = "\(type.kind.rawValue) \(type.name)\(conformances) {"
            guard !type.members.isEmpty else { return lines + [opening + "}"] }
            lines.append(opening)
        }
        for (index, member) in type.members.enumerated() {
            // A blank line before each request's group of methods.
            if member.operation != nil, index > 0 { lines.append("") }
            lines += self.lines(member).map { "    " + $0 }
        }
        lines.append("}")
        return lines
    }

    static func lines(_ member: SurfaceMember) -> [String] {
        var lines: [String] = []
        if let operation = member.operation { lines.append("// " + operation) }
        if let deprecation = member.deprecation {
            // Cases are deprecated in their docs only; the attribute would warn in the SDK's own code.
            lines.append((member.kind == .enumCase ? "// " : "") + attribute(deprecation))
        }
        var comment = member.wireName.map { SwiftLiteral.string($0) }
        if let detail = member.detail { comment = comment.map { $0 + ", " + detail } ?? detail }
        let suffix = comment.map { "  // " + $0 } ?? ""
        switch member.kind {
        case .enumCase:
            let payload = member.parameters.map { "(" + $0.map(\.type).joined(separator: ", ") + ")" } ?? ""
            lines.append("case \(member.name)\(payload)\(suffix)")
        case .property, .constant, .staticConstant:
            lines.append("\(member.kind.rawValue) \(member.name): \(member.type ?? "")\(member.isReadOnly ? " { get }" : "")\(suffix)")
        case .initializer, .method, .staticMethod:
            let head = member.kind == .initializer ? "init" : "\(member.kind.rawValue) \(member.name)"
            let tail = self.tail(effects: member.effects, type: member.type)
            let parameters = (member.parameters ?? []).map(\.declaration)
            let single = "\(head)(\(parameters.joined(separator: ", ")))\(tail)"
            if parameters.isEmpty || single.count + 4 <= lineWidth {
                lines.append(single)
            } else {
                lines.append(head + "(")
                lines += parameters.enumerated().map { "    " + $1 + ($0 < parameters.count - 1 ? "," : "") }
                lines.append(")" + tail)
            }
            for twin in member.twins {
                lines.append("func \(twin.path)(…)\(self.tail(effects: twin.effects, type: twin.type))")
            }
        }
        return lines
    }

    /// ` async throws -> Agent`
    static func tail(effects: String?, type: String?) -> String {
        (effects.map { " " + $0 } ?? "") + (type.map { " -> " + $0 } ?? "")
    }

    static func attribute(_ deprecation: SurfaceDeprecation) -> String {
        var arguments = ["*", "deprecated"]
        if let renamed = deprecation.renamed { arguments.append("renamed: " + SwiftLiteral.string(renamed)) }
        if let message = deprecation.message { arguments.append("message: " + SwiftLiteral.string(message)) }
        return "@available(" + arguments.joined(separator: ", ") + ")"
    }
}
