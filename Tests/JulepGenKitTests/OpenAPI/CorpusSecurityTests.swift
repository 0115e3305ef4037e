import Foundation
import Testing

@testable import JulepGenKit

/// The published documents of the shared corpus that declare security schemes (HTTP Basic for
/// Twilio and Redocly's museum, bearer for DigitalOcean, OAuth 2 for Box, an API key and OAuth 2
/// for Discord and the Swagger petstore): each client takes their credentials, and every
/// operation the document protects sends them. How credentials travel is tested on the wire in
/// `Tests/SecuritySchemeTests`.
@Suite("Credentials of the corpus documents", .enabled(if: SharedData.isAvailable, SharedData.missingReason))
struct CorpusSecurityTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var document: String
        /// Every argument of the client's initializer that takes a credential.
        var arguments: [String]
        /// How many operations send no credentials (`security: []` or no requirement).
        var publicOperations: Int

        var testDescription: String { document }
    }

    static let expectations: [Expectation] = [
        Expectation(document: "twilio-api-v2010.yaml", arguments: ["username", "password"], publicOperations: 0),
        Expectation(document: "twilio-verify-v2.yaml", arguments: ["username", "password"], publicOperations: 0),
        Expectation(document: "redocly-museum.yaml", arguments: ["username", "password"], publicOperations: 0),
        // Two bearer schemes (the API's and the inference API's), named after their keys; the batch
        // file upload has `security: []`.
        Expectation(
            document: "digitalocean/DigitalOcean-public.v2.yaml",
            arguments: ["bearerAuth", "bearerAuthProvider", "inferenceBearerAuth", "inferenceBearerAuthProvider"],
            publicOperations: 1),
        // Box's five operations with `security: []` are its OAuth token endpoints.
        Expectation(document: "box.json", arguments: ["accessToken", "accessTokenProvider"], publicOperations: 5),
        Expectation(
            document: "discord.json", arguments: ["apiKey", "accessToken", "accessTokenProvider"], publicOperations: 0),
        // Ten of the petstore's operations declare no requirement (and there is no top-level one).
        Expectation(
            document: "swagger-petstore-3.yaml", arguments: ["accessToken", "accessTokenProvider", "apiKey"],
            publicOperations: 10),
        Expectation(
            document: "oai31-non-oauth-scopes.yaml", arguments: ["bearerToken", "bearerTokenProvider"], publicOperations: 0),
    ]

    @Test(arguments: expectations)
    func theClientTakesAndSendsTheDeclaredCredentials(_ expectation: Expectation) throws {
        let path = SharedData.url("corpus/" + expectation.document).path
        let result = Generator.run(
            Generator.Options(specPath: path, builtInTemplates: TestSupport.templates))
        #expect(result.succeeded)
        let securityWarnings = result.diagnostics.sorted.filter {
            $0.severity == .warning && $0.message.contains("security")
        }
        #expect(securityWarnings.isEmpty, "\(securityWarnings.map(\.message))")
        let api = try #require(result.api)
        let arguments = api.authSchemes.flatMap {
            [$0.parameterName, $0.passwordParameterName, $0.tokenProviderParameterName].compactMap { $0 }
        }
        #expect(Set(arguments) == Set(expectation.arguments))

        let operations = api.resources.flatMap(\.operations)
        let public_ = operations.filter { ($0.security ?? []).allSatisfy(\.isEmpty) }
        #expect(public_.count == expectation.publicOperations, "\(public_.map { "\($0.method) \($0.path.raw)" })")
        // The rest name schemes the client has, and say so in the code that sends them.
        let schemes = Set(api.authSchemes.map(\.name))
        for operation in operations where !public_.contains(operation) {
            #expect(operation.security?.joined().allSatisfy(schemes.contains) == true)
        }
        let sources = result.files.filter { $0.path.hasSuffix(".swift") }.map(\.contents).joined()
        // `security:` ends an `APIRequest(…)` call, on its line or, in a long call, on one of its own.
        #expect(sources.components(separatedBy: "security: [[").count - 1 >= operations.count - public_.count)
    }
}
