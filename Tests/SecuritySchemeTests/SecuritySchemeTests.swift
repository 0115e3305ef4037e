import Foundation
import JulepTestSupport
import Testing
import Vault

/// The credentials of a client generated from `Tests/Fixtures/openapi-security` (an API key in a
/// header, the query and a cookie; HTTP Basic; a bearer token; OAuth 2; OpenID Connect), as the
/// loopback server receives them: each scheme in its place, only where an operation requires it.
@Suite("Security schemes on the wire", .timeLimit(.minutes(3)))
struct SecuritySchemeTests {
    /// Every credential the client can take.
    static let everything = Credentials(
        vaultKey: "key-1", queryKey: "query key&1", vaultSession: "session-1", username: "aladdin",
        password: "open sesame", bearerToken: "bearer-1", oauth: "oauth-1", openID: "openid-1")

    struct Credentials: Sendable {
        var vaultKey: String?
        var queryKey: String?
        var vaultSession: String?
        var username: String?
        var password: String?
        var bearerToken: String?
        var oauth: String?
        var openID: String?
    }

    /// The names of every header a credential can travel in.
    static let credentialHeaders = ["authorization", "x-vault-key", "cookie"]

    private static func client(
        _ baseURL: URL, _ credentials: Credentials = everything, maxRetries: Int = 0,
        bearerTokenProvider: (@Sendable () async throws -> String)? = nil
    ) -> VaultClient {
        VaultClient(
            vaultKey: credentials.vaultKey, queryKey: credentials.queryKey, vaultSession: credentials.vaultSession,
            username: credentials.username, password: credentials.password, bearerToken: credentials.bearerToken,
            bearerTokenProvider: bearerTokenProvider, oauth: credentials.oauth, openID: credentials.openID,
            baseURL: baseURL, maxRetries: maxRetries, transport: URLSessionTransport(configuration: .ephemeral)
        ).withConfiguration {
            $0.logger = nil
            $0.sleep = { _ in }
        }
    }

    /// Runs `call` against a server answering 204 (200 with `[]` for the secrets list) and returns
    /// the requests it received.
    private static func requests(
        _ credentials: Credentials = everything, _ call: @Sendable (VaultClient) async throws -> Void
    ) async throws -> [ReceivedRequest] {
        try await TestHTTPServer.with({ request in
            request.path == "/secrets"
                ? CannedResponse(status: 200, headers: ["Content-Type": "application/json"], body: "[]")
                : CannedResponse(status: 204, body: "")
        }) { server in
            try await call(client(server.baseURL, credentials))
            return await server.requests
        }
    }

    private static func only(_ credentials: Credentials = everything, _ call: @Sendable (VaultClient) async throws -> Void)
        async throws -> ReceivedRequest
    {
        let received = try await requests(credentials, call)
        #expect(received.count == 1)
        return try #require(received.first)
    }

    /// The credential headers `request` carries; `query` is its query string.
    private static func credentialHeaders(_ request: ReceivedRequest) -> [String: String] {
        request.headers.filter { credentialHeaders.contains($0.key) }
    }

    private static func query(_ request: ReceivedRequest) -> String? {
        let parts = request.target.split(separator: "?", maxSplits: 1)
        return parts.count > 1 ? String(parts[1]) : nil
    }

    // MARK: Each scheme in its place

    @Test func apiKeyInAHeader() async throws {
        let request = try await Self.only { try await $0.secrets.byHeader() }
        #expect(Self.credentialHeaders(request) == ["x-vault-key": "key-1"])
        #expect(Self.query(request) == nil)
    }

    @Test func apiKeyInTheQueryComesAfterTheOperationsOwnItemsPercentEncoded() async throws {
        let request = try await Self.only { try await $0.secrets.byQuery(limit: 5) }
        #expect(request.path == "/secrets/by-query")
        #expect(Self.query(request) == "limit=5&vault_key=query%20key%261")
        #expect(Self.credentialHeaders(request).isEmpty)
    }

    @Test func apiKeyInACookieJoinsTheCookiesTheCallSends() async throws {
        let alone = try await Self.only { try await $0.secrets.byCookie() }
        #expect(Self.credentialHeaders(alone) == ["cookie": "vault_session=session-1"])

        let withOwn = try await Self.only {
            try await $0.secrets.byCookie(options: RequestOptions(additionalHeaders: ["Cookie": "theme=dark"]))
        }
        #expect(withOwn.headers["cookie"] == "theme=dark; vault_session=session-1")
    }

    @Test func httpBasicSendsTheEncodedPair() async throws {
        let request = try await Self.only { try await $0.secrets.byBasic() }
        // RFC 7617's example pair.
        #expect(Self.credentialHeaders(request) == ["authorization": "Basic YWxhZGRpbjpvcGVuIHNlc2FtZQ=="])

        var unicode = Self.everything
        (unicode.username, unicode.password) = ("zoë", nil)
        let withoutPassword = try await Self.only(unicode) { try await $0.secrets.byBasic() }
        let expected = "Basic " + Data("zoë:".utf8).base64EncodedString()
        #expect(withoutPassword.headers["authorization"] == expected)
    }

    @Test func bearerTokenForTheDocumentsRequirement() async throws {
        let request = try await Self.only { _ = try await $0.secrets.list() }
        #expect(Self.credentialHeaders(request) == ["authorization": "Bearer bearer-1"])
    }

    @Test func oauthAndOpenIDConnectSendTheirTokensAsBearerTokens() async throws {
        let oauth = try await Self.only { try await $0.secrets.byOAuth() }
        #expect(Self.credentialHeaders(oauth) == ["authorization": "Bearer oauth-1"])
        let openID = try await Self.only { try await $0.secrets.byOpenID() }
        #expect(Self.credentialHeaders(openID) == ["authorization": "Bearer openid-1"])
    }

    // MARK: Which credentials an operation takes

    @Test func noCredentialsWhereSecurityIsEmpty() async throws {
        for call: @Sendable (VaultClient) async throws -> Void in [
            { try await $0.status.health() },
            // Its only scheme (HTTP Digest) cannot be sent.
            { try await $0.secrets.digest() },
        ] {
            let request = try await Self.only(Self.everything, call)
            #expect(Self.credentialHeaders(request).isEmpty)
            #expect(Self.query(request) == nil)
        }
    }

    @Test func alternativesTakeTheFirstTheClientHas() async throws {
        let both = try await Self.only { try await $0.secrets.either() }
        #expect(Self.credentialHeaders(both) == ["x-vault-key": "key-1"])

        let basicOnly = try await Self.only(Credentials(username: "aladdin", password: "open sesame")) {
            try await $0.secrets.either()
        }
        #expect(Self.credentialHeaders(basicOnly) == ["authorization": "Basic YWxhZGRpbjpvcGVuIHNlc2FtZQ=="])

        let none = try await Self.only(Credentials(bearerToken: "bearer-1")) { try await $0.secrets.either() }
        #expect(Self.credentialHeaders(none).isEmpty)
    }

    @Test func schemesRequiredTogetherAreSentTogetherOrNotAtAll() async throws {
        let together = try await Self.only { try await $0.secrets.both() }
        #expect(Self.credentialHeaders(together) == ["x-vault-key": "key-1"])
        #expect(Self.query(together) == "vault_key=query%20key%261")

        let half = try await Self.only(Credentials(vaultKey: "key-1")) { try await $0.secrets.both() }
        #expect(Self.credentialHeaders(half).isEmpty)
        #expect(Self.query(half) == nil)
    }

    @Test func optionalSecuritySendsTheCredentialWhenTheClientHasIt() async throws {
        let with = try await Self.only { try await $0.secrets.optional() }
        #expect(Self.credentialHeaders(with) == ["x-vault-key": "key-1"])

        let without = try await Self.only(Credentials(bearerToken: "bearer-1")) { try await $0.secrets.optional() }
        #expect(Self.credentialHeaders(without).isEmpty)
    }

    @Test func aHeaderTheCallSetsWinsOverTheCredential() async throws {
        let request = try await Self.only {
            try await $0.secrets.byBasic(options: RequestOptions(additionalHeaders: ["Authorization": "Bearer mine"]))
        }
        #expect(request.headers["authorization"] == "Bearer mine")
    }

    // MARK: Tokens that change

    @Test func theTokenProviderIsAskedOncePerAttempt() async throws {
        let tokens = TokenSource()
        let failFirst = Counter()
        let received = try await TestHTTPServer.with({ request in
            // The first attempt fails with a retryable status; the retry must carry a fresh token.
            await failFirst.next() == 1
                ? CannedResponse(status: 503, body: "")
                : CannedResponse(status: 200, headers: ["Content-Type": "application/json"], body: "[]")
        }) { server in
            let client = Self.client(
                server.baseURL, Credentials(bearerToken: "fixed"), maxRetries: 1,
                bearerTokenProvider: { await tokens.next() })
            _ = try await client.secrets.list()
            _ = try await client.secrets.list()
            return await server.requests
        }
        #expect(received.map { $0.headers["authorization"] } == ["Bearer token-1", "Bearer token-2", "Bearer token-3"])
        #expect(await tokens.count == 3)
    }

    @Test func theTokenProviderIsNotAskedForOperationsThatDoNotTakeIt() async throws {
        let tokens = TokenSource()
        _ = try await TestHTTPServer.with({ _ in CannedResponse(status: 204, body: "") }) { server in
            let client = Self.client(server.baseURL, Credentials(), bearerTokenProvider: { await tokens.next() })
            try await client.status.health()
            try await client.secrets.byHeader()
        }
        #expect(await tokens.count == 0)
    }

    @Test func anErrorOfTheTokenProviderEndsTheCallUnchangedBeforeSending() async throws {
        struct RefreshFailed: Error {}
        let received = try await TestHTTPServer.with({ _ in CannedResponse(status: 200, body: "[]") }) { server in
            let client = Self.client(
                server.baseURL, Credentials(), maxRetries: 2, bearerTokenProvider: { throw RefreshFailed() })
            await #expect(throws: RefreshFailed.self) { _ = try await client.secrets.list() }
            return await server.requests
        }
        #expect(received.isEmpty)
    }

    @Test func aStreamCarriesTheTokenAndEndsWithTheProvidersError() async throws {
        let event = "data: {\"name\":\"db\"}\n\n"
        let received = try await TestHTTPServer.with({ _ in
            CannedResponse(status: 200, headers: ["Content-Type": "text/event-stream"], body: event)
        }) { server in
            var names: [String] = []
            for try await secret in try Self.client(server.baseURL, bearerTokenProvider: { "streamed-1" }).secrets.watch() {
                names.append(secret.name)
            }
            #expect(names == ["db"])

            struct RefreshFailed: Error {}
            let failing = Self.client(server.baseURL, Credentials(), bearerTokenProvider: { throw RefreshFailed() })
            await #expect(throws: RefreshFailed.self) {
                for try await _ in try failing.secrets.watch() {}
            }
            return await server.requests
        }
        #expect(received.map { $0.headers["authorization"] } == ["Bearer streamed-1"])
    }

    // MARK: Redaction

    @Test func noCredentialAppearsInDescriptionsLogsOrErrors() async throws {
        let secrets = ["key-1", "query%20key", "query key", "session-1", "YWxhZGRpbjpvcGVuIHNlc2FtZQ", "aladdin",
                       "bearer-1", "oauth-1", "openid-1", "token-1"]
        let lines = LineLog()
        let seenByMiddleware = LineLog()
        let errors = LineLog()
        try await TestHTTPServer.with({ _ in CannedResponse(status: 401, body: #"{"detail":"no"}"#) }) { server in
            let client = Self.client(server.baseURL, bearerTokenProvider: { "token-1" }).withConfiguration {
                $0.logger = RequestLogger { lines.append($0) }
                $0.middlewares = [
                    ClosureMiddleware { request, _, next in
                        seenByMiddleware.append(request.description)
                        return try await next(request)
                    }
                ]
            }
            lines.append(String(describing: client))
            lines.append(String(reflecting: client))
            var dumped = ""
            dump(client, to: &dumped)
            lines.append(dumped)
            for call: @Sendable (VaultClient) async throws -> Void in [
                { try await $0.secrets.byHeader() }, { try await $0.secrets.byQuery(limit: 1) },
                { try await $0.secrets.byCookie() }, { try await $0.secrets.byBasic() },
                { _ = try await $0.secrets.list() }, { try await $0.secrets.byOAuth() },
                { try await $0.secrets.both() },
            ] {
                do {
                    try await call(client)
                    Issue.record("a 401 answer must throw")
                } catch let error as VaultError {
                    #expect(error.statusCode == 401)
                    errors.append(String(describing: error))
                    errors.append(String(reflecting: error))
                }
            }
        }
        #expect(lines.text.contains("credentials: [\"X-Vault-Key: REDACTED\", \"query vault_key: REDACTED\""))
        #expect(seenByMiddleware.text.contains("vault_key=REDACTED"))
        #expect(seenByMiddleware.text.contains("X-Vault-Key: REDACTED"))
        for secret in secrets {
            #expect(!lines.text.contains(secret), "a log line or description shows \(secret)")
            #expect(!seenByMiddleware.text.contains(secret), "a request description shows \(secret)")
            #expect(!errors.text.contains(secret), "an error shows \(secret)")
        }
    }
}

/// Hands out `token-1`, `token-2`, … and counts how often it was asked.
private actor TokenSource {
    private(set) var count = 0

    func next() -> String {
        count += 1
        return "token-\(count)"
    }
}

private actor Counter {
    private var value = 0

    func next() -> Int {
        value += 1
        return value
    }
}

/// Lines written from any task.
private final class LineLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.withLock { lines.append(line) }
    }

    var text: String { lock.withLock { lines.joined(separator: "\n") } }
}
