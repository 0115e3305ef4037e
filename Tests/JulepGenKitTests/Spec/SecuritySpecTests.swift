import Testing

@testable import JulepGenKit

/// `auth` schemes of every kind and `security` requirements, in the native spec and from
/// OpenAPI's `securitySchemes` (docs/spec-format.md, docs/openapi.md). What they do on the wire
/// is tested in `Tests/SecuritySchemeTests`.
@Suite("Authentication in the spec")
struct SecuritySpecTests {
    private static let native = TestSupport.rootPreamble + """

        auth:
          - { name: apiKey, header: X-Api-Key, env: DEMO_KEY }
          - { name: pass, query: pass }
          - { name: session, cookie: demo_session }
          - { name: token, type: bearer, format: JWT, env: [DEMO_TOKEN, TOKEN] }
          - { name: admin, type: basic, env: { username: DEMO_USER, password: DEMO_PASSWORD } }
        security: [apiKey, token]
        resources:
          status:
            operations:
              health: { method: GET, path: /health, security: [] }
              purge: { method: POST, path: /purge, security: [admin] }
              audit: { method: GET, path: /audit, security: [[apiKey, pass], [], session] }
              list: { method: GET, path: /items }
        """

    private static func file(_ result: Generator.Result, _ suffix: String) throws -> String {
        try #require(result.files.first { $0.path.hasSuffix(suffix) }?.contents)
    }

    @Test func everyKindOfSchemeBecomesInitializerArguments() throws {
        let result = try TestSupport.generate(["api.yaml": Self.native])
        #expect(result.diagnostics.sorted.isEmpty, "\(result.diagnostics.sorted.map(\.message))")
        let api = try #require(result.api)
        #expect(api.authSchemes.map(\.parameterName) == ["apiKey", "pass", "session", "token", "username"])
        #expect(api.authSchemes.last?.passwordParameterName == "password")
        #expect(api.authSchemes.first { $0.name == "token" }?.tokenProviderParameterName == "tokenProvider")

        let client = try Self.file(result, "DemoClient.swift")
        for line in [
            "apiKey: String? = nil,", "pass: String? = nil,", "session: String? = nil,", "token: String? = nil,",
            "tokenProvider: (@Sendable () async throws -> String)? = nil,", "username: String? = nil,",
            "password: String? = nil,",
            #"Credential(scheme: "apiKey", placement: .header("X-Api-Key"), value: value))"#,
            #"Credential(scheme: "pass", placement: .query("pass"), value: value))"#,
            #"Credential(scheme: "session", placement: .cookie("demo_session"), value: value))"#,
            #"configuration.credentials.append(.bearer(scheme: "token", provider: provider))"#,
            #"} else if let token = token ?? Self.environmentValue("DEMO_TOKEN", "TOKEN") {"#,
            #"if let username = username ?? Self.environmentValue("DEMO_USER") {"#,
            #"let password = password ?? Self.environmentValue("DEMO_PASSWORD") ?? """#,
            #"configuration.credentials.append(.basic(scheme: "admin", username: username, password: password))"#,
            "///   - token: A bearer token (JWT), sent as `Authorization: Bearer <token>`. When `nil`, read from",
        ] {
            #expect(client.contains(line), "\(line)")
        }
    }

    @Test func operationsCarryTheirRequirementsAndDocumentThem() throws {
        let result = try TestSupport.generate(["api.yaml": Self.native])
        let operations = try #require(result.api?.resources.first?.operations)
        #expect(operations.map(\.security) == [[], [["admin"]], [["apiKey", "pass"], [], ["session"]], [["apiKey"], ["token"]]])

        let resource = try Self.file(result, "StatusResource.swift")
        for line in [
            #"APIRequest(method: .get, path: "/health", security: [])"#,
            #"APIRequest(method: .post, path: "/purge", security: [["admin"]])"#,
            #"security: [["apiKey", "pass"], [], ["session"]])"#,
            #"APIRequest(method: .get, path: "/items", security: [["apiKey"], ["token"]])"#,
            "/// Credentials: none; it is sent without them.",
            "/// Credentials: `username` and `password`.",
            "/// Credentials: `apiKey` with `pass`, else `session` when the client has them, else none.",
            "/// Credentials: `apiKey`, else `token`.",
        ] {
            #expect(resource.contains(line), "\(line)")
        }
    }

    @Test func withoutSecurityEveryCredentialGoesWithEveryRequest() throws {
        let spec = TestSupport.rootPreamble + """

            auth:
              - { name: apiKey, header: Authorization }
            resources:
              items:
                operations:
                  list: { method: GET, path: /items }
            """
        let result = try TestSupport.generate(["api.yaml": spec])
        #expect(result.api?.resources.first?.operations.first?.security == nil)
        #expect(try Self.file(result, "ItemsResource.swift").contains(#"APIRequest(method: .get, path: "/items")"#))
    }

    @Test func malformedSchemesAndRequirementsAreLocatedErrors() throws {
        let lines = try TestSupport.diagnostics(TestSupport.rootPreamble + """

            auth:
              - { name: both, header: X-A, query: a }
              - { name: nowhere }
              - { name: queryPrefix, query: q, prefix: "Token " }
              - { name: odd, type: digest }
              - { name: keyFormat, header: X-K, format: JWT }
              - { name: bearerHeader, type: bearer, header: X-Token }
              - { name: token, type: bearer }
              - { name: token, type: bearer }
            security: [tokn]
            resources:
              items:
                operations:
                  list: { method: GET, path: /items, security: [[token, missing]] }
            """)
        #expect(lines == [
            "api.yaml:9:32: error: auth scheme 'both' needs exactly one of 'header', 'query' or 'cookie': where the key is sent",
            "api.yaml:10:13: error: auth scheme 'nowhere' needs exactly one of 'header', 'query' or 'cookie': where the key is sent",
            "api.yaml:11:36: error: 'prefix' applies to keys sent in a header",
            "api.yaml:12:24: error: unknown auth scheme type 'digest'; expected 'apiKey', 'bearer' or 'basic'",
            "api.yaml:13:37: error: 'format' applies to bearer schemes",
            "api.yaml:14:41: error: 'header' does not apply to a bearer scheme: it is sent in the Authorization header",
            "api.yaml:16:13: error: duplicate auth scheme 'token'",
            "api.yaml:17:12: error: unknown auth scheme 'tokn'; did you mean 'token'?",
            "api.yaml:21:61: error: unknown auth scheme 'missing'",
        ])
    }

    // MARK: OpenAPI

    private static func openAPI(_ schemes: String, security: String = "", operations: String) -> String {
        """
        openapi: 3.0.3
        info: { title: Demo, version: "1" }
        \(security)
        components:
          securitySchemes:
        \(schemes)
        paths:
        \(operations)
        """
    }

    private static func translate(_ document: String) throws -> Generator.Result {
        try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml")
    }

    private static func warnings(_ result: Generator.Result) -> [String] {
        result.diagnostics.sorted.filter { $0.severity == .warning }.map {
            "\($0.location.map(\.description) ?? "-"): \($0.message)"
        }
    }

    @Test func aSchemeAloneOfItsSortTakesTheObviousName() throws {
        for (scheme, names) in [
            ("{ type: apiKey, in: header, name: X-Demo-Key }", ["apiKey"]),
            ("{ type: apiKey, in: query, name: key }", ["apiKey"]),
            ("{ type: http, scheme: bearer, bearerFormat: JWT }", ["bearerToken"]),
            ("{ type: http, scheme: Basic }", ["username"]),
            ("{ type: oauth2, flows: { implicit: { authorizationUrl: 'https://a.example/authorize', scopes: {} } } }", ["accessToken"]),
            ("{ type: openIdConnect, openIdConnectUrl: 'https://a.example/.well-known/openid-configuration' }", ["accessToken"]),
        ] {
            let result = try Self.translate(
                Self.openAPI("    Only: \(scheme)", security: "security: [{ Only: [] }]", operations: "  /a: { get: { responses: { '204': { description: ok } } } }"))
            #expect(Self.warnings(result).isEmpty, "\(scheme): \(Self.warnings(result))")
            #expect(result.api?.authSchemes.map(\.parameterName) == names, "\(scheme)")
            #expect(result.api?.resources.first?.operations.first?.security == [[result.api?.authSchemes.first?.name ?? ""]])
        }
    }

    @Test func severalSchemesOfASortAreNamedAfterWhereTheyGoOrTheirKey() throws {
        let result = try Self.translate(
            Self.openAPI(
                """
                    headerKey: { type: apiKey, in: header, name: X-Vault-Key }
                    queryKey: { type: apiKey, in: query, name: vault_key }
                    first_token: { type: http, scheme: bearer }
                    second_token: { type: http, scheme: bearer }
                    one: { type: http, scheme: basic }
                    two: { type: http, scheme: basic }
                """,
                security: "security: [{ headerKey: [], queryKey: [] }, { first_token: [] }, { second_token: [] }, { one: [] }, { two: [] }]",
                operations: "  /a: { get: { responses: { '204': { description: ok } } } }"))
        #expect(Self.warnings(result).isEmpty, "\(Self.warnings(result))")
        let api = try #require(result.api)
        #expect(api.authSchemes.map(\.parameterName) == ["vaultKey", "queryKey", "firstToken", "secondToken", "oneUsername", "twoUsername"])
        #expect(api.authSchemes.compactMap(\.passwordParameterName) == ["onePassword", "twoPassword"])
    }

    @Test func requirementsFollowTheOpenAPIRules() throws {
        let result = try Self.translate(
            Self.openAPI(
                """
                    key: { type: apiKey, in: header, name: X-Key }
                    oauth:
                      type: oauth2
                      flows: { clientCredentials: { tokenUrl: 'https://a.example/token', scopes: { read: Read. } } }
                    digest: { type: http, scheme: digest }
                    tls: { type: mutualTLS }
                    unused: { type: apiKey, in: cookie, name: c }
                """,
                operations: """
                  /public: { get: { responses: { '204': { description: ok } } } }
                  /either: { get: { security: [{ key: [] }, { oauth: [read] }], responses: { '204': { description: ok } } } }
                  /optional: { get: { security: [{}, { key: [] }], responses: { '204': { description: ok } } } }
                  /digest: { get: { security: [{ digest: [] }, { tls: [] }, { nobody: [] }], responses: { '204': { description: ok } } } }
                """))
        let operations = (result.api?.resources ?? []).flatMap(\.operations)
        // Without a top-level requirement, an operation without its own sends nothing.
        #expect(operations.map(\.security) == [[], [["apiKey"], ["accessToken"]], [[], ["apiKey"]], []])
        #expect(Self.warnings(result) == [
            "openapi.yaml:12:5: security scheme 'unused' is not required by the document or any operation; the client does not take it",
            "openapi.yaml:17:34: security scheme 'digest' cannot be sent: HTTP 'digest' authentication is not supported (bearer and basic are); operations that accept only it send no credentials",
            "openapi.yaml:17:50: security scheme 'tls' cannot be sent: 'mutualTLS' security schemes are not supported; operations that accept only it send no credentials",
            "openapi.yaml:17:63: security requirement names 'nobody', which components.securitySchemes does not declare; it is ignored",
        ])
        let oauth = try #require(result.api?.authSchemes.first { $0.name == "accessToken" })
        #expect(oauth.docs?.contains("token from <https://a.example/token>") == true)
    }
}
