import Foundation
import Testing

@testable import JulepGenKit

/// The report replays this project's own history: `spec/` of commit 0607322 (kept in
/// `Tests/Fixtures/api-history/`) against today's, across the changes that made the spec describe
/// what the Julep 0.4.0 server does. Each of those changes broke code written against the older
/// SDK, and the report must say so.
@Suite("API history")
struct SpecHistoryTests {
    static let oldSpec = TestSupport.fixtures.appendingPathComponent("api-history/julep-0607322")

    static func lines(_ report: SurfaceReport) -> Set<Substring> {
        Set(report.text.split(separator: "\n"))
    }

    @Test func theServerChangesAreReportedAsBreaking() throws {
        let old = try SurfaceTestSupport.surface(at: Self.oldSpec.path)
        let new = try SurfaceTestSupport.surface(at: TestSupport.packageRoot.appendingPathComponent("spec").path)
        let report = SurfaceReport(from: old, to: new)
        #expect(report.verdict == .breaking)
        let lines = Self.lines(report)
        let expected = [
            // `metadataFilter:` is gone from four list methods (the server takes none there).
            "  breaking    func ToolsResource.list(…): argument `metadataFilter:` removed (also listAll(…), withRawResponse.list(…), JulepAPI.agentToolsRouteList(…))",
            "  breaking    func TasksResource.list(…): argument `metadataFilter:` removed (also listAll(…), withRawResponse.list(…), JulepAPI.tasksRouteList(…))",
            "  breaking    func TasksResource.listExecutions(…): argument `metadataFilter:` removed (also listExecutionsAll(…), withRawResponse.listExecutions(…), JulepAPI.taskExecutionsRouteList(…))",
            "  breaking    func TasksResource.listTransitions(…): argument `metadataFilter:` removed (also listTransitionsAll(…), withRawResponse.listTransitions(…), JulepAPI.executionTransitionsRouteList(…))",
            // Creating a tool takes a tool now, not an agent's fields.
            "  breaking    func ToolsResource.create(…): argument `about:` removed (also withRawResponse.create(…), JulepAPI.agentToolsRouteCreate(…))",
            "  breaking    func ToolsResource.create(…): argument `model:` removed (also withRawResponse.create(…), JulepAPI.agentToolsRouteCreate(…))",
            "  breaking    func ToolsResource.create(…): argument `instructions:` removed (also withRawResponse.create(…), JulepAPI.agentToolsRouteCreate(…))",
            "  breaking    func ToolsResource.create(…): argument `metadata:` removed (also withRawResponse.create(…), JulepAPI.agentToolsRouteCreate(…))",
            "  breaking    func ToolsResource.create(…): argument `defaultSettings:` removed (also withRawResponse.create(…), JulepAPI.agentToolsRouteCreate(…))",
            "  breaking    func ToolsResource.create(…): argument `name:` takes `ValidPythonIdentifier`, was `IdentifierSafeUnicode` (also withRawResponse.create(…), JulepAPI.agentToolsRouteCreate(…))",
            // Create-or-update answers as a create does.
            "  breaking    func AgentsResource.withRawResponse.createOrUpdate(…): returns `APIResponse<ResourceCreatedResponse>`, was `APIResponse<ResourceUpdatedResponse>`",
            "  breaking    func JulepAPI.agentsRouteCreateOrUpdate(…): returns `ResourceCreatedResponse`, was `ResourceUpdatedResponse`",
            "  breaking    func UsersResource.withRawResponse.createOrUpdate(…): returns `APIResponse<ResourceCreatedResponse>`, was `APIResponse<ResourceUpdatedResponse>`",
            "  breaking    func JulepAPI.usersRouteCreateOrUpdate(…): returns `ResourceCreatedResponse`, was `ResourceUpdatedResponse`",
            // PUT /executions/{id} answers nothing.
            "  breaking    func JulepAPI.executionsRouteUpdate(…): returns `Void`, was `ResourceUpdatedResponse`",
            "  breaking    func TasksResource.withRawResponse.updateExecution(…): returns `APIResponse<Void>`, was `APIResponse<ResourceUpdatedResponse>`",
            // Lists come newest first.
            "  behaviour   func AgentsResource.list(…): argument `direction:` defaults to `.desc`, was `.asc` (also listAll(…), withRawResponse.list(…), JulepAPI.agentsRouteList(…))",
            "  behaviour   func TasksResource.listTransitions(…): argument `direction:` defaults to `.desc`, was `.asc` (also listTransitionsAll(…), withRawResponse.listTransitions(…), JulepAPI.executionTransitionsRouteList(…))",
            // Agents and users need a name (4e3d2a7).
            "  breaking    func AgentsResource.create(…, instructions: Instructions, …): argument `name:` is required now (its default was `\"\"`) (also withRawResponse.create(…), JulepAPI.agentsRouteCreate(…))",
            // … and so does its overload taking the instructions as text, which is new: it is compared
            // with the one method there was, not reported as a removal.
            "  breaking    func AgentsResource.create(…, instructions: String, …): argument `name:` is required now (its default was `\"\"`)",
            // `sessionId` became `sessionID`, the old name kept as a deprecated forward (13e789b).
            "  deprecated  var History.sessionId: deprecated, renamed `sessionID`",
            "  compatible  var History.sessionID: `UUID`",
        ]
        for line in expected {
            #expect(lines.contains(Substring(line)), "missing: \(line)\nin:\n\(report.text)")
        }
        #expect(!report.text.contains("History.sessionId\n"), "the forward is deprecated, not removed")
    }

    /// The next change to the spec (d6f534d) only added: `ChatResponse`'s `message` and `text`.
    @Test func aChangeThatOnlyAddsBreaksNothing() throws {
        let accessors = """
                accessors:
                  message:
                    path: MessageChatResponse.choices.0.SingleChatOutput.message
                    docs: The first choice's message; `nil` for streamed chunks or a choice with several messages.
                  text:
                    path: MessageChatResponse.choices.0.SingleChatOutput.message.content.string
                    docs: >-
                      The text of the first choice's message: what the model answered, in most chats. `nil` for streamed
                      chunks, a choice with several messages, or content given as a list.

            """
        let old = try SurfaceTestSupport.surface(at: Self.oldSpec.path)
        let new = try TestSupport.withTemporaryDirectory { directory in
            let spec = directory.appendingPathComponent("spec")
            try FileManager.default.copyItem(at: Self.oldSpec, to: spec)
            let chat = spec.appendingPathComponent("chat.yaml")
            let union = "    union: [ChunkChatResponse, MessageChatResponse]\n"
            let text = try String(contentsOf: chat, encoding: .utf8).replacing(exactly: union, with: union + accessors)
            try Data(text.utf8).write(to: chat)
            return try SurfaceTestSupport.surface(at: spec.path)
        }
        let report = SurfaceReport(from: old, to: new)
        #expect(report.text == """
            API changes: 2 compatible
            added:
              compatible  var ChatResponse.message: `ChatOutputMessage?`
              compatible  var ChatResponse.text: `String?`

            """)
        #expect(report.verdict == .compatible)
    }
}
