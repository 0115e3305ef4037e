import Foundation
import Vault

// The credentials example of docs/sdk.md (see Tests/JulepTests/Docs/SDKDocsSnippets.swift): the
// `Vault` SDK of the openapi-security fixture has every kind of scheme, a bearer token among them.

/// Stands for an app's sign-in state, which knows the current access token.
struct SignInSession: Sendable {
    var token: String

    func currentAccessToken() async throws -> String { token }
}

enum DocsSnippets {
    /// Compiled only: the client reaches the fixture's default server.
    static func tokenProvider(session: SignInSession) -> VaultClient {
        // docs:begin token-provider
        let client = VaultClient(bearerTokenProvider: { try await session.currentAccessToken() })
        // docs:end
        return client
    }
}
