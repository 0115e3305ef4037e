import Foundation
import JulepTestSupport
import Testing

@testable import Julep

/// Every route the Julep 0.4.0 server serves, called through `client.api` (the Python SDK's route
/// names) against the emulated server: each request is one the server accepts, and each answer
/// decodes. The manager methods are driven in the other suites of this folder.
@Suite("client.api against the 0.4.0 server", .timeLimit(.minutes(3)))
struct RouteAPIAgainstServerTests {
    @Test func everyServedRoute() async throws {
        try await withJulepServer { client, emulator in
            let api = client.api
            var served: Set<String> = []
            func record(_ route: String) { served.insert(route) }

            let agent = try await api.agentsRouteCreate(name: "Ada", model: "gpt-4o", metadata: ["team": "research"])
            record("agents_route_create")
            _ = try await api.agentsRouteGet(id: agent.id)
            record("agents_route_get")
            #expect(try await api.agentsRouteList(metadataFilter: ["team": "research"]).items.count == 1)
            record("agents_route_list")
            // 201 with a ResourceCreatedResponse.
            _ = try await api.agentsRouteCreateOrUpdate(id: agent.id, name: "Ada", model: "gpt-4o")
            record("agents_route_create_or_update")
            _ = try await api.agentsRouteUpdate(id: agent.id, name: "Ada", model: "gpt-4o")
            record("agents_route_update")
            _ = try await api.agentsRoutePatch(id: agent.id, about: "Analytical")
            record("agents_route_patch")

            let user = try await api.usersRouteCreate(name: "Grace")
            record("users_route_create")
            _ = try await api.usersRouteGet(id: user.id)
            record("users_route_get")
            _ = try await api.usersRouteList()
            record("users_route_list")
            _ = try await api.usersRouteCreateOrUpdate(id: user.id, name: "Grace")
            record("users_route_create_or_update")
            _ = try await api.usersRouteUpdate(id: user.id, name: "Grace", about: "Compilers")
            record("users_route_update")
            _ = try await api.usersRoutePatch(id: user.id, about: "COBOL")
            record("users_route_patch")

            let agentDoc = try await api.agentDocsRouteCreate(agentID: agent.id, title: "Engine", content: .string("Bernoulli numbers"))
            record("agent_docs_route_create")
            #expect(try await api.agentDocsRouteList(agentID: agent.id).items.count == 1)
            record("agent_docs_route_list")
            // The search request itself is the body.
            _ = try await api.agentsDocsSearchRouteSearch(
                agentID: agent.id, query: .text("Bernoulli"))
            record("agents_docs_search_route_search")
            _ = try await api.individualDocsRouteGet(id: agentDoc.id)
            record("individual_docs_route_get")
            let userDoc = try await api.userDocsRouteCreate(userID: user.id, title: "Memo", content: .stringList(["COBOL"]))
            record("user_docs_route_create")
            _ = try await api.userDocsRouteList(userID: user.id)
            record("user_docs_route_list")
            _ = try await api.userDocsSearchRouteSearch(userID: user.id, query: .text("COBOL"))
            record("user_docs_search_route_search")
            _ = try await api.embedRouteEmbed(query: .singleEmbedQueryRequest(SingleEmbedQueryRequest(text: "tea")))
            record("embed_route_embed")
            let job = try #require(agentDoc.jobs.first)
            _ = try await api.jobRouteGet(id: job)
            record("job_route_get")

            // A tool, not an agent's body.
            let tool = try await api.agentToolsRouteCreate(agentID: agent.id, name: "lookup", function: FunctionDef())
            record("agent_tools_route_create")
            _ = try await api.agentToolsRouteList(agentID: agent.id)
            record("agent_tools_route_list")
            _ = try await api.agentToolsRouteUpdate(agentID: agent.id, toolID: tool.id, name: "lookup", function: FunctionDef())
            record("agent_tools_route_update")
            _ = try await api.agentToolsRoutePatch(agentID: agent.id, toolID: tool.id, description: "Looks up.")
            record("agent_tools_route_patch")

            let session = try await api.sessionsRouteCreate(agent: agent.id, user: user.id)
            record("sessions_route_create")
            _ = try await api.sessionsRouteGet(id: session.id)
            record("sessions_route_get")
            _ = try await api.sessionsRouteList()
            record("sessions_route_list")
            _ = try await api.sessionsRouteCreateOrUpdate(id: session.id, agent: agent.id)
            record("sessions_route_create_or_update")
            _ = try await api.sessionsRouteUpdate(id: session.id, situation: "Tea.")
            record("sessions_route_update")
            _ = try await api.sessionsRoutePatch(id: session.id, situation: "Coffee.")
            record("sessions_route_patch")
            _ = try await api.chatRouteGenerate(id: session.id, messages: [ChatInputMessage(role: .user, content: .string("Hi"))])
            record("chat_route_generate")
            _ = try await api.historyRouteHistory(id: session.id)
            record("history_route_history")

            let task = try await api.tasksRouteCreate(agentID: agent.id, name: "t", main: [.evaluate(EvaluateStep(evaluate: ["n": "1"]))])
            record("tasks_route_create")
            _ = try await api.tasksGetRouteGet(id: task.id)
            record("tasks_get_route_get")
            _ = try await api.tasksRouteList(agentID: agent.id)
            record("tasks_route_list")
            _ = try await api.tasksCreateOrUpdateRouteCreateOrUpdate(
                agentID: agent.id, taskID: task.id, name: "t", main: [.evaluate(EvaluateStep(evaluate: ["n": "2"]))])
            record("tasks_create_or_update_route_create_or_update")
            let execution = try await api.taskExecutionsRouteCreate(taskID: task.id, input: [:])
            record("task_executions_route_create")
            _ = try await api.taskExecutionsRouteList(taskID: task.id)
            record("task_executions_route_list")
            _ = try await api.executionsRouteGet(id: execution.id)
            record("executions_route_get")
            _ = try await api.executionTransitionsRouteList(executionID: execution.id)
            record("execution_transitions_route_list")
            for try await _ in try api.executionTransitionsStreamRouteStream(executionID: execution.id) {}
            record("execution_transitions_stream_route_stream")
            // 200 with `null`.
            try await api.executionsRouteUpdate(id: execution.id, body: .cancelled(StopExecutionRequest()))
            record("executions_route_update")

            _ = try await api.agentToolsRouteDelete(agentID: agent.id, toolID: tool.id)
            record("agent_tools_route_delete")
            _ = try await api.agentDocsRouteDelete(agentID: agent.id, docID: agentDoc.id)
            record("agent_docs_route_delete")
            _ = try await api.userDocsRouteDelete(userID: user.id, docID: userDoc.id)
            record("user_docs_route_delete")
            _ = try await api.sessionsRouteDelete(id: session.id)
            record("sessions_route_delete")
            _ = try await api.usersRouteDelete(id: user.id)
            record("users_route_delete")
            _ = try await api.agentsRouteDelete(id: agent.id)
            record("agents_route_delete")

            // Every route the 0.4.0 server serves: the API's 54 less the 5 it does not (405 or 404).
            let notServed: Set<String> = [
                "tasks_route_update", "tasks_route_patch", "tasks_route_delete", "history_route_delete",
                "executions_route_resume_with_task_token",
            ]
            #expect(served.count == 49)
            #expect(served.isDisjoint(with: notServed))
            #expect(await emulator.requests.count == 49, "one request a route: nothing retried, nothing read back")
        }
    }
}
