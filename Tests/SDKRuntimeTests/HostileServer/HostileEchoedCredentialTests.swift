import Foundation
import Testing
@testable import SDKRuntime

extension HostileServer {
    /// A server that quotes the client's credentials back in its error answers: whatever the error
    /// shows must not contain them.
    @Suite("Hostile server: echoed credentials", .timeLimit(.minutes(5)))
    struct HostileEchoedCredentialTests {
        /// Everything an error shows, as a person or a log would see it.
        private static func shown(_ error: APIError) -> [String] {
            var dumped = ""
            dump(error, to: &dumped)
            return [
                error.description, error.debugDescription, error.localizedDescription, error.message ?? "",
                String(describing: error), String(reflecting: error), "\(error)", dumped,
            ] + error.validationIssues.map(\.description)
        }

        private static func expectNothingShown(_ error: APIError?, secrets: [String] = Hostile.secrets) {
            guard let error else {
                Issue.record("no APIError")
                return
            }
            for text in shown(error) {
                for secret in secrets {
                    #expect(!text.contains(secret), "\(secret) shown in \(text)")
                }
            }
        }

        /// A server echoing every credential of the request in a body made by `body`, with `status`.
        private static func echoingServer(
            status: Int, body: @escaping @Sendable (_ echo: String) -> String
        ) async throws -> TestHTTPServer {
            try await TestHTTPServer.start { request in
                let echo = [
                    request.headers["authorization"] ?? "", request.headers["x-auth-key"] ?? "",
                    request.headers["cookie"] ?? "", request.target,
                ].joined(separator: " ")
                return CannedResponse(
                    status: status, headers: ["Content-Type": "application/json", "X-Echo": echo], body: body(echo))
            }
        }

        private static func jsonString(_ text: String) -> String {
            String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
        }

        @Test func a401QuotingTheCredentialsShowsNone() async throws {
            let server = try await Self.echoingServer(status: 401) { echo in
                #"{"error": {"message": "invalid credentials: "# + Self.jsonString(echo).dropFirst() + "}}"
            }
            let (error, cost) = await Hostile.failure {
                try await Hostile.core(server.baseURL).send(APIRequest(method: .get, path: "/me"), options: nil)
            }
            await server.stop()
            Hostile.expectBounded(cost)
            #expect(error?.kind == .unauthorized)
            #expect(error?.message == "invalid credentials: Bearer REDACTED REDACTED session=REDACTED /me?api_key=REDACTED")
            Self.expectNothingShown(error)
            // The raw body stays what the server sent.
            let body = String(decoding: error?.body ?? Data(), as: UTF8.self)
            #expect(body.contains(Hostile.bearerToken))
        }

        @Test func a422QuotingTheCredentialsInItsIssuesShowsNone() async throws {
            let server = try await Self.echoingServer(status: 422) { echo in
                #"{"detail": [{"loc": ["header", "authorization"], "msg": "bad key "#
                    + Self.jsonString(echo).dropFirst(1).dropLast(1) + #"", "type": "value_error"}]}"#
            }
            let (error, cost) = await Hostile.failure {
                try await Hostile.core(server.baseURL).send(APIRequest(method: .post, path: "/agents"), options: nil)
            }
            await server.stop()
            Hostile.expectBounded(cost)
            #expect(error?.kind == .unprocessableEntity)
            #expect(error?.validationIssues.count == 1)
            #expect(error?.validationIssues.first?.message.hasPrefix("bad key Bearer REDACTED") == true)
            Self.expectNothingShown(error)
        }

        @Test func aCredentialAtTheCutOfTheShownBodyIsHiddenWhole() async throws {
            // The token starts a few bytes before the 500th byte of the body, so the cut would halve it.
            let padding = String(repeating: "x", count: APIError.maxDescribedBodyBytes - 6)
            let server = try await TestHTTPServer.start { request in
                CannedResponse(
                    status: 403, headers: ["Content-Type": "text/plain"],
                    body: padding + (request.headers["authorization"] ?? "").dropFirst("Bearer ".count) + " more")
            }
            let (error, cost) = await Hostile.failure {
                try await Hostile.core(server.baseURL).send(APIRequest(method: .get, path: "/me"), options: nil)
            }
            await server.stop()
            Hostile.expectBounded(cost)
            #expect(error?.kind == .forbidden)
            // Not even its first six characters.
            Self.expectNothingShown(error, secrets: Hostile.secrets + [String(Hostile.bearerToken.prefix(6))])
            #expect(error?.description.contains("REDACTED") == true)
        }

        @Test func aBasicPasswordQuotedInTheClearShowsNot() async throws {
            let password = "correct horse battery staple"
            let server = try await TestHTTPServer.start { request in
                let pair = (request.headers["authorization"] ?? "").dropFirst("Basic ".count)
                let decoded = Data(base64Encoded: String(pair)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                return CannedResponse(status: 401, body: #"{"message": "who is "# + decoded + #"?"}"#)
            }
            let (error, cost) = await Hostile.failure {
                try await Hostile.core(
                    server.baseURL, credentials: [.basic(scheme: "basic", username: "ada", password: password)]
                ).send(APIRequest(method: .get, path: "/me"), options: nil)
            }
            await server.stop()
            Hostile.expectBounded(cost)
            #expect(error?.kind == .unauthorized)
            #expect(error?.message == "who is REDACTED?")
            Self.expectNothingShown(error, secrets: [password, "ada:" + password])
        }

        @Test func aDecodingErrorOfABodyQuotingTheCredentialsShowsNone() async throws {
            let server = try await Self.echoingServer(status: 200) { echo in
                #"{"count": "# + Self.jsonString(echo) + "}"
            }
            struct Count: Decodable { var count: Int }
            let (error, cost) = await Hostile.failure {
                _ = try await Hostile.core(server.baseURL).send(
                    APIRequest(method: .get, path: "/count"), options: nil, as: Count.self)
            }
            await server.stop()
            Hostile.expectBounded(cost)
            #expect(error?.kind == .decoding)
            #expect(error?.codingPath == "count")
            Self.expectNothingShown(error)
        }

        @Test func aStreamErrorQuotingTheCredentialsShowsNone() async throws {
            let server = try await TestHTTPServer.start { request in
                CannedResponse(
                    headers: ["Content-Type": "text/event-stream"],
                    body: "data: {\"token\": \(Self.jsonString(request.headers["authorization"] ?? ""))}\n\ndata: nope\n\n")
            }
            let (error, cost) = await Hostile.failure {
                for try await _ in Hostile.core(server.baseURL).stream(
                    APIRequest(method: .get, path: "/events"), options: nil, of: [String: Int].self)
                {}
            }
            await server.stop()
            Hostile.expectBounded(cost)
            #expect(error?.kind == .decoding)
            Self.expectNothingShown(error)
        }

        @Test func aTokenFromAProviderIsHiddenToo() async throws {
            let server = try await Self.echoingServer(status: 401) { echo in #"{"detail": "# + Self.jsonString(echo) + "}" }
            let (error, cost) = await Hostile.failure {
                try await Hostile.core(
                    server.baseURL, credentials: [.bearer(scheme: "bearer", provider: { "tok-from-provider-991" })]
                ).send(APIRequest(method: .get, path: "/me"), options: nil)
            }
            await server.stop()
            Hostile.expectBounded(cost)
            #expect(error?.kind == .unauthorized)
            Self.expectNothingShown(error, secrets: ["tok-from-provider-991"])
        }
    }
}
