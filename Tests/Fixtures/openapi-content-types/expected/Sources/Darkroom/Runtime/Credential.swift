// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// One credential of a client: the security scheme it answers, where a request carries it, and
/// its value (fixed, or asked of a provider before every attempt).
///
/// The client's initializer makes these from its arguments; nothing prints a value: descriptions
/// show where a credential goes, never what it is.
struct Credential: Sendable {
    /// Where the value goes.
    enum Placement: Sendable, Hashable {
        /// A header of this name.
        case header(String)
        /// A query item of this name, after the operation's own.
        case query(String)
        /// A cookie of this name, in the `Cookie` header.
        case cookie(String)
    }

    private enum Source: Sendable {
        case fixed(String)
        case provider(@Sendable () async throws -> String)
    }

    /// The security scheme it satisfies, as operations' requirements name it (see ``APIRequest/security``).
    let scheme: String
    let placement: Placement
    /// Put before the value, for example `Bearer `.
    let prefix: String
    private let source: Source
    /// Other secret forms of the value a server may echo (Basic's password, unencoded).
    private var otherSecretForms: [String] = []

    /// A credential with a fixed value: an API key, a token, Basic's encoded pair.
    init(scheme: String, placement: Placement, prefix: String = "", value: String) {
        self.scheme = scheme
        self.placement = placement
        self.prefix = prefix
        self.source = .fixed(value)
    }

    /// A credential whose value `provider` supplies before every attempt, so it can be refreshed.
    init(
        scheme: String, placement: Placement, prefix: String = "",
        provider: @escaping @Sendable () async throws -> String
    ) {
        self.scheme = scheme
        self.placement = placement
        self.prefix = prefix
        self.source = .provider(provider)
    }

    /// `Authorization: Bearer <token>`.
    static func bearer(scheme: String, token: String) -> Credential {
        Credential(scheme: scheme, placement: .header("Authorization"), prefix: "Bearer ", value: token)
    }

    /// `Authorization: Bearer <token>`, the token asked of `provider` before every attempt.
    static func bearer(scheme: String, provider: @escaping @Sendable () async throws -> String) -> Credential {
        Credential(scheme: scheme, placement: .header("Authorization"), prefix: "Bearer ", provider: provider)
    }

    /// `Authorization: Basic <base64 of username:password>` (RFC 7617, UTF-8).
    static func basic(scheme: String, username: String, password: String) -> Credential {
        let pair = Data((username + ":" + password).utf8).base64EncodedString()
        var credential = Credential(scheme: scheme, placement: .header("Authorization"), prefix: "Basic ", value: pair)
        credential.otherSecretForms = [username + ":" + password, password]
        return credential
    }

    /// The text sent: the prefix and the current value. Errors the provider throws end the call.
    func currentValue() async throws -> String {
        switch source {
        case .fixed(let value): prefix + value
        case .provider(let provider): prefix + (try await provider())
        }
    }

    /// What an error must not show when this credential was sent as `sent` (see ``currentValue()``):
    /// the value without its prefix (so `Bearer REDACTED` shows the kind), and its other secret forms.
    func secretForms(sent: String) -> [String] {
        [String(sent.dropFirst(prefix.count))] + otherSecretForms
    }

    /// Where it goes, without the value: `Authorization: REDACTED`, `query api_key: REDACTED`.
    var redactedDescription: String {
        switch placement {
        case .header(let name): "\(name): REDACTED"
        case .query(let name): "query \(name): REDACTED"
        case .cookie(let name): "cookie \(name): REDACTED"
        }
    }
}

extension [Credential] {
    /// The credentials a request with `security` takes (see ``APIRequest/security``): every one
    /// for `nil`; else those of the first alternative, not counting empty ones, whose schemes are
    /// all here; else none (an empty alternative, `[]`, or one the client cannot meet).
    func selected(for security: [[String]]?) -> [Credential] {
        guard let security else { return self }
        let schemes = Set(map(\.scheme))
        guard let alternative = security.first(where: { !$0.isEmpty && $0.allSatisfy(schemes.contains) }) else {
            return []
        }
        return filter { alternative.contains($0.scheme) }
    }
}
