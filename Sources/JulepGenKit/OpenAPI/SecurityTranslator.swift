/// Translates `components.securitySchemes` and the `security` requirements of the document and
/// its operations into `auth` schemes and `security:` lists.
///
/// - `apiKey` (header, query, cookie) stays an API key; `http` `bearer`, `oauth2` and
///   `openIdConnect` become bearer tokens (how the token is obtained is the app's business; the
///   flows are documented); `http` `basic` becomes Basic. Other `http` schemes and `mutualTLS`
///   are reported, and an alternative that needs one is dropped.
/// - Requirements are read as scheme keys while the paths are translated; ``finish()`` then names
///   the schemes the document uses (unused ones are reported and left out of the client) and
///   maps each key to its name.
/// - Naming: the overlay's name, else the obvious one when the scheme is alone of its sort
///   (`apiKey`, `bearerToken`, `accessToken`; Basic takes `username:password:`), else one made
///   from the header, query item or cookie name (API keys) or from the scheme's key.
struct SecurityTranslator {
    private(set) var diagnostics = Diagnostics()
    private let overlay: OpenAPIOverlay
    private var schemes: [Scheme] = []
    /// Keys of declared schemes the client cannot send, with the reason.
    private var unsupported: [String: String] = [:]
    /// Keys some requirement names.
    private var used: Set<String> = []
    /// Keys already reported as unknown or unsupported, so each is reported once.
    private var reported: Set<String> = []

    private struct Scheme {
        var key: String
        var kind: SpecAuthKind
        /// The name an alone scheme of its sort takes.
        var obviousName: String
        /// The name made from where it is sent, for API keys.
        var placeName: String?
        var docs: String?
        var location: SourceLocation
    }

    init(overlay: OpenAPIOverlay) {
        self.overlay = overlay
    }

    // MARK: Schemes

    /// Reads the entries of `components.securitySchemes`, each `$ref` already followed.
    mutating func readSchemes(_ entries: [(key: YAMLNode, scheme: YAMLNode)]) {
        for (keyNode, scheme) in entries {
            guard let key = keyNode.string else { continue }
            let location = keyNode.location
            let description = scheme["description"]?.string
            switch (scheme["type"]?.string, scheme["scheme"]?.string?.lowercased()) {
            case ("apiKey", _):
                guard let place = scheme["in"]?.string.flatMap(SpecAPIKeyLocation.init(rawValue:)),
                    let name = scheme["name"]?.string, !name.isEmpty
                else {
                    unsupported[key] = "an API key needs 'name' and 'in' (header, query or cookie)"
                    continue
                }
                let bare = place == .header && name.lowercased().hasPrefix("x-") ? String(name.dropFirst(2)) : name
                schemes.append(
                    Scheme(
                        key: key, kind: .apiKey(place, name: Located(name, at: scheme["name"]?.location ?? location), prefix: nil),
                        obviousName: "apiKey", placeName: SwiftNaming.memberName(bare), docs: description, location: location))
            case ("http", "bearer"):
                let format = scheme["bearerFormat"]?.string
                schemes.append(
                    Scheme(
                        key: key, kind: .bearer(format: format), obviousName: "bearerToken", docs: description,
                        location: location))
            case ("http", "basic"):
                schemes.append(Scheme(key: key, kind: .basic, obviousName: "basic", docs: description, location: location))
            case ("oauth2", _):
                schemes.append(
                    Scheme(
                        key: key, kind: .bearer(format: nil), obviousName: "accessToken",
                        docs: Self.joined(description, Self.oauthDocs(scheme["flows"])), location: location))
            case ("openIdConnect", _):
                let discovery = scheme["openIdConnectUrl"]?.string.map { " (discovery document: <\($0)>)" } ?? ""
                let note = "An OpenID Connect access token\(discovery), sent as `Authorization: Bearer <token>`."
                schemes.append(
                    Scheme(
                        key: key, kind: .bearer(format: nil), obviousName: "accessToken",
                        docs: Self.joined(description, note), location: location))
            case ("http", let name?):
                unsupported[key] = "HTTP '\(name)' authentication is not supported (bearer and basic are)"
            case (let type?, _):
                unsupported[key] = "'\(type)' security schemes are not supported"
            case (nil, _):
                unsupported[key] = "the scheme has no 'type'"
            }
        }
    }

    /// "An OAuth 2 access token …": where the app gets one, from the flows.
    private static func oauthDocs(_ flows: YAMLNode?) -> String {
        var text = "An OAuth 2 access token, sent as `Authorization: Bearer <token>`; the app obtains it"
        let urls = (flows?.mapping ?? []).compactMap { flow -> String? in
            guard let name = flow.key.string else { return nil }
            let endpoints = [("authorize at", flow.value["authorizationUrl"]?.string), ("token from", flow.value["tokenUrl"]?.string)]
                .compactMap { label, url in url.map { "\(label) <\($0)>" } }
            return endpoints.isEmpty ? name : "\(name): \(endpoints.joined(separator: ", "))"
        }
        text += urls.isEmpty ? "." : " (\(urls.joined(separator: "; ")))."
        return text
    }

    private static func joined(_ first: String?, _ second: String) -> String {
        [first, second].compactMap { $0 }.joined(separator: "\n\n")
    }

    // MARK: Requirements

    /// A `security` list of requirement objects, as scheme keys. An alternative that names a scheme
    /// the client cannot send is dropped (reported once per scheme); `[]` and `[{}]` send nothing.
    mutating func requirements(_ node: YAMLNode) -> SpecSecurity {
        guard let list = node.sequence else {
            diagnostics.warning("'security' should be a list of requirement objects; it is ignored", at: node.location)
            return SpecSecurity(alternatives: [], location: node.location)
        }
        var alternatives: [[Located<String>]] = []
        for requirement in list {
            guard let entries = requirement.mapping else {
                diagnostics.warning("a security requirement should be an object; it is ignored", at: requirement.location)
                continue
            }
            var keys: [Located<String>] = []
            var usable = true
            for entry in entries {
                guard let key = entry.key.string else { continue }
                if let reason = unsupported[key] {
                    if reported.insert(key).inserted {
                        diagnostics.warning(
                            "security scheme '\(key)' cannot be sent: \(reason); operations that accept only it send no credentials",
                            at: entry.key.location)
                    }
                    usable = false
                } else if !schemes.contains(where: { $0.key == key }) {
                    if reported.insert(key).inserted {
                        diagnostics.warning(
                            "security requirement names '\(key)', which components.securitySchemes does not declare; it is ignored",
                            at: entry.key.location)
                    }
                    usable = false
                } else {
                    keys.append(Located(key, at: entry.key.location))
                }
            }
            guard usable else { continue }
            used.formUnion(keys.map(\.value))
            alternatives.append(keys)
        }
        return SpecSecurity(alternatives: alternatives, location: node.location)
    }

    // MARK: Naming

    /// The `auth` schemes some requirement uses, named, and each key's name.
    mutating func finish() -> (schemes: [SpecAuthScheme], names: [String: String]) {
        let usedSchemes = schemes.filter { used.contains($0.key) }
        for scheme in schemes where !used.contains(scheme.key) {
            diagnostics.warning(
                "security scheme '\(scheme.key)' is not required by the document or any operation; the client does not take it",
                at: scheme.location)
        }
        // The client initializer's own arguments are not for credentials.
        var taken = Set(RuntimeNames.clientInitializerArguments)
        var names: [String: String] = [:]
        var result: [SpecAuthScheme] = []
        for scheme in usedSchemes {
            let settings = overlay.auth[scheme.key]
            let isAlone = usedSchemes.count { $0.obviousName == scheme.obviousName } == 1
            let keyName = SwiftNaming.memberName(scheme.key)
            var candidates = [settings?.name, isAlone ? scheme.obviousName : nil, scheme.placeName, keyName].compactMap { $0 }
            candidates = candidates.filter { !$0.isEmpty }
            var name = candidates.first { !taken.contains($0) } ?? keyName
            var number = 2
            while taken.contains(name) {
                name = keyName + String(number)
                number += 1
            }
            taken.insert(name)
            names[scheme.key] = name
            var spec = SpecAuthScheme(name: Located(name, at: scheme.location), kind: scheme.kind, docs: scheme.docs)
            spec.environmentVariables = settings?.environmentVariables ?? []
            spec.passwordEnvironmentVariables = settings?.passwordEnvironmentVariables ?? []
            result.append(spec)
        }
        return (result, names)
    }
}
