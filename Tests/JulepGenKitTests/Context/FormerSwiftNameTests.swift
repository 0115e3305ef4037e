import Testing

@testable import JulepGenKit

/// A renamed property keeps its old Swift name as a deprecated accessor, a renamed operation's
/// method as a deprecated forward (`formerSwiftName`).
@Suite("Former Swift names")
struct FormerSwiftNameTests {
    static func spec(_ property: String) -> String {
        TestSupport.rootPreamble + "\n" + """
            types:
              History:
                properties:
            \(property)
                  other_id: uuid
            resources:
              histories:
                operations:
                  get:
                    method: GET
                    path: /history
                    response: { type: History }
            """
    }

    @Test func theFormerNameIsADeprecatedAccessorOfTheNewOne() throws {
        let result = try TestSupport.generate([
            "api.yaml": Self.spec("      session_id: { type: uuid, swiftName: sessionID, formerSwiftName: sessionId }")
        ])
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        let history = try #require(result.files.first { $0.path == "Sources/Demo/Models/History.swift" }).contents
        #expect(history.contains("""
                public var sessionID: UUID

                /// The former name of ``sessionID``.
                @available(*, deprecated, renamed: "sessionID")
                public var sessionId: UUID {
                    get { sessionID }
                    set { sessionID = newValue }
                }
            """))
        #expect(history.contains("self.sessionID = try container.decode(UUID.self, forKey: \"session_id\")"))
    }

    static func operations(_ list: String) -> String {
        TestSupport.rootPreamble + "\n" + """
            types:
              Page:
                properties:
                  items: list<string>
            resources:
              histories:
                operations:
            \(list)
                  other:
                    method: GET
                    path: /other
            """
    }

    /// An operation's former name forwards to the method, and its twins to the twins.
    @Test func theFormerNameOfAMethodForwardsToIt() throws {
        let result = try TestSupport.generate([
            "api.yaml": Self.operations("""
                      list:
                        method: GET
                        path: /histories
                        swiftName: entries
                        formerSwiftName: list
                        query: { offset?: int, limit?: int }
                        response: Page
                        pagination: offset
                """)
        ])
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        let resource = try #require(result.files.first { $0.path == "Sources/Demo/Resources/HistoriesResource.swift" }).contents
        #expect(resource.contains("""
                /// The former name of `entries(…)`.
                @available(*, deprecated, renamed: "entries(offset:limit:options:)")
                public func list(
                    offset: Int? = nil,
                    limit: Int? = nil,
                    options: RequestOptions? = nil
                ) async throws -> Page {
                    try await entries(offset: offset, limit: limit, options: options)
                }

                /// The former name of `entriesAll(…)`.
                @available(*, deprecated, renamed: "entriesAll(offset:limit:options:)")
                public func listAll(
            """))
        #expect(resource.contains("""
                @available(*, deprecated, renamed: "entries(offset:limit:options:)")
                public func list(
                    offset: Int? = nil,
                    limit: Int? = nil,
                    options: RequestOptions? = nil
                ) async throws -> APIResponse<Page> {
                    try await entries(offset: offset, limit: limit, options: options)
                }
            """))
    }

    @Test func aFormerMethodNameTakenByAnotherOperationIsAnError() throws {
        let messages = try TestSupport.diagnostics(Self.operations("""
                  list:
                    method: GET
                    path: /histories
                    formerSwiftName: other
            """))
        #expect(messages.contains { $0.contains("error:") && $0.contains("'other'") }, "\(messages)")
        let invalid = try TestSupport.diagnostics(Self.operations("""
                  list:
                    method: GET
                    path: /histories
                    formerSwiftName: not-a-name
            """))
        #expect(invalid.contains { $0.contains("error: formerSwiftName 'not-a-name' is not a valid Swift identifier") }, "\(invalid)")
    }

    @Test func aFormerNameTakenByAnotherPropertyIsAnError() throws {
        let messages = try TestSupport.diagnostics(Self.spec("      session_id: { type: uuid, formerSwiftName: otherId }"))
        #expect(messages.contains { $0.contains("error:") && $0.contains("otherId") }, "\(messages)")
    }
}
