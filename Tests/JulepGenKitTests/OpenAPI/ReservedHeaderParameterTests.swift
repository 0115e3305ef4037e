import Testing

@testable import JulepGenKit

/// OpenAPI: header parameters named Accept, Content-Type or Authorization "SHALL be ignored".
/// DigitalOcean's `POST /v2/apps` declares both Accept and Content-Type; taken as arguments, the
/// Content-Type one replaced the type of the JSON body the SDK sent.
@Suite("Reserved header parameters")
struct ReservedHeaderParameterTests {
    @Test func acceptContentTypeAndAuthorizationParametersAreIgnoredWithAWarning() throws {
        let document = """
            openapi: 3.0.3
            info: { title: Apps, version: "1" }
            paths:
              /apps:
                post:
                  operationId: createApp
                  parameters:
                    - { name: Accept, in: header, schema: { type: string, enum: [application/json] } }
                    - { name: Content-Type, in: header, schema: { type: string, enum: [application/json, application/yaml] } }
                    - { name: authorization, in: header, schema: { type: string } }
                    - { name: X-Trace, in: header, schema: { type: string } }
                  requestBody:
                    content:
                      application/json:
                        schema: { type: object, properties: { name: { type: string } } }
                  responses:
                    '204': { description: Created. }
            """
        let result = try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml")
        let warnings = result.diagnostics.sorted.filter { $0.severity == .warning }.map(\.message)
        for name in ["Accept", "Content-Type", "authorization"] {
            #expect(warnings.contains("the header parameter '\(name)' is ignored, as OpenAPI says: the SDK sets that header itself"))
        }
        let resource = try #require(result.files.first { $0.path.hasSuffix("Resource.swift") }).contents
        #expect(resource.contains("xTrace: String? = nil"))
        #expect(!resource.contains("contentType:"))
        #expect(!resource.contains("accept:"))
        #expect(!resource.contains("authorization:"))
    }
}
