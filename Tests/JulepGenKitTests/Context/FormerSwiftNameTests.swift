import Testing

@testable import JulepGenKit

/// A renamed property keeps its old Swift name as a deprecated accessor (`formerSwiftName`).
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

    @Test func aFormerNameTakenByAnotherPropertyIsAnError() throws {
        let messages = try TestSupport.diagnostics(Self.spec("      session_id: { type: uuid, formerSwiftName: otherId }"))
        #expect(messages.contains { $0.contains("error:") && $0.contains("otherId") }, "\(messages)")
    }
}
