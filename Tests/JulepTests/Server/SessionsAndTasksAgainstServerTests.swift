import Foundation
import JulepTestSupport
import Testing

@testable import Julep

/// `client.sessions`, `client.tasks` (with executions) and their routes against the emulated
/// Julep 0.4.0 server.
@Suite("Sessions and tasks against the 0.4.0 server", .timeLimit(.minutes(3)))
struct SessionsAndTasksAgainstServerTests {
    @Test func sessionsAndChat() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            let user = try await client.users.create(name: "Grace")
            let created = try await client.sessions.create(agent: agent.id, user: user.id, situation: "A chat.", metadata: ["team": "research"])

            // Server behaviour: sessions come back with `"kind": null` and no participants.
            let session = try await client.sessions.get(id: created.id)
            #expect(session.id == created.id && session.situation == "A chat." && session.kind == nil)
            #expect(try await client.sessions.list(metadataFilter: ["team": "research"]).items.map(\.id) == [created.id])

            // Server behaviour: exactly one of agent/agents (at most one of user/users), else it fails;
            // the SDK refuses before sending.
            let before = await emulator.requests.count
            for call in [
                { _ = try await client.sessions.create(agent: agent.id, agents: [agent.id]) },
                { _ = try await client.sessions.create(user: user.id) },
                { _ = try await client.sessions.create(agent: agent.id, user: user.id, users: [user.id]) },
            ] as [@Sendable () async throws -> Void] {
                let error = await #expect(throws: JulepError.self) { try await call() }
                #expect(error?.kind == .invalidArgument)
            }
            #expect(await emulator.requests.count == before)

            // Server behaviour: `POST /sessions/{id}` answers 201 with a ResourceUpdatedResponse.
            let upsert = try await client.sessions.withRawResponse.createOrUpdate(id: UUID(), agent: agent.id)
            #expect(upsert.statusCode == 201)
            _ = try await client.sessions.update(id: created.id, situation: "Another chat.")
            _ = try await client.api.sessionsRoutePatch(id: created.id, tokenBudget: .value(1000))
            #expect(try await client.sessions.get(id: created.id).situation == "Another chat.")

            // Server behaviour: chat answers 201, and validates each tool as a whole Tool (`id`,
            // `created_at`, `updated_at` included): one read from the server and one made here.
            let stored = try await client.tools.create(agentID: agent.id, name: "lookup", function: FunctionDef())
            let fromServer = try #require(try await client.tools.list(agentID: agent.id).items.first { $0.id == stored.id })
            let madeHere = Tool(name: "get_weather", description: "The weather.", function: FunctionDef(parameters: [:]))
            let reply = try await client.sessions.chat(
                id: created.id, messages: [ChatInputMessage(role: .user, content: .string("What can the engine compute?"))],
                tools: [fromServer, madeHere])
            guard case .messageChatResponse(let message) = reply, case .singleChatOutput(let output)? = message.choices.first else {
                Issue.record("unexpected reply \(reply)")
                return
            }
            #expect(output.message.content == .string("You said: What can the engine compute?"))
            let tools = try #require(try await lastBody(emulator)["tools"] as? [[String: Any]])
            #expect(tools.allSatisfy { $0["id"] != nil && $0["created_at"] != nil && $0["updated_at"] != nil })

            let history = try await client.sessions.history(id: created.id)
            #expect(history.entries.count == 2)

            // Server behaviour: `DELETE /sessions/{id}/history` is not served (405).
            let error = await #expect(throws: JulepError.self) { _ = try await client.sessions.deleteHistory(id: created.id) }
            #expect(error?.statusCode == 405)
            #expect(try await client.api.sessionsRouteDelete(id: created.id).id == created.id)
        }
    }

    @Test func tasksAndExecutions() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            // Server behaviour: `POST /agents/{id}/tasks` answers 201.
            let task = try await client.tasks.create(
                agentID: agent.id, name: "summarize",
                main: [.prompt(PromptStep(prompt: .jinjaTemplate("Summarize: {{inputs[0].text}}")))])
            #expect(try await client.tasks.get(id: task.id).name == "summarize")
            #expect(try await client.tasks.list(agentID: agent.id).items.map(\.id) == [task.id])
            #expect(await lastQuery(emulator) == ["limit=100", "offset=0", "sort_by=created_at", "direction=desc"])
            let upserted = try await client.tasks.createOrUpdate(
                agentID: agent.id, taskID: task.id, name: "summarize", main: [.evaluate(EvaluateStep(evaluate: ["n": "1"]))])
            #expect(upserted.id == task.id)

            // Server behaviour: PUT, PATCH and DELETE of `/agents/{id}/tasks/{child_id}` are not served (405).
            for call in [
                // (A valid `main`: an empty one is refused before sending, as it needs a step.)
                { _ = try await client.tasks.update(agentID: agent.id, taskID: task.id, main: [.evaluate(["n": "1"])]) },
                { _ = try await client.tasks.patch(agentID: agent.id, taskID: task.id, description: "x") },
                { _ = try await client.tasks.delete(agentID: agent.id, taskID: task.id) },
            ] as [@Sendable () async throws -> Void] {
                let error = await #expect(throws: JulepError.self) { try await call() }
                #expect(error?.statusCode == 405)
            }

            let execution = try await client.tasks.startExecution(taskID: task.id, input: ["text": "A long text."])
            #expect(execution.status == .running)
            #expect(try await client.tasks.getExecution(id: execution.id).id == execution.id)
            #expect(try await client.tasks.listExecutions(taskID: task.id).items.map(\.id) == [execution.id])

            // Server behaviour: transitions come as a flat `{"items": [Transition, …]}`.
            let transitions = try await client.tasks.listTransitions(executionID: execution.id)
            #expect(transitions.items.last?.type == .initialize, "newest first: the `init` transition comes last")
            #expect(transitions.items.allSatisfy { $0.executionID == execution.id })

            // Server behaviour: `PUT /executions/{id}` answers 200 with `null`; the manager reads the
            // execution back by its ID.
            let cancelled = try await client.tasks.updateExecution(id: execution.id, body: .cancelled(StopExecutionRequest(reason: "enough")))
            #expect(cancelled.status == .cancelled)
            try await client.api.executionsRouteUpdate(id: execution.id, body: .cancelled(StopExecutionRequest()))

            // Server behaviour: `POST /executions?task_token=…` is not served (404).
            let error = await #expect(throws: JulepError.self) {
                _ = try await client.tasks.resumeExecution(input: ["ok": true], taskToken: "token")
            }
            #expect(error?.statusCode == 404)
        }
    }

    /// Server behaviour: the transition stream reads `next_page_token`, not `next_token`, and writes
    /// each event's data as a Python literal (`str()` of a dict), not as JSON.
    @Test func theTransitionStreamReadsPythonLiteralsAndSendsNextPageToken() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            let task = try await client.tasks.create(
                agentID: agent.id, name: "t",
                main: [.evaluate(EvaluateStep(evaluate: ["n": "1"])), .evaluate(EvaluateStep(evaluate: ["n": "2"]))])
            let execution = try await client.tasks.startExecution(taskID: task.id, input: [:])
            var events: [TransitionStreamEvent] = []
            for try await event in try client.tasks.streamTransitions(executionID: execution.id) {
                events.append(event)
            }
            #expect(events.map(\.transition.type) == [.initialize, .step, .step])
            #expect(events.last?.nextPageToken == .null)
            guard case .value(let token)? = events.first?.nextPageToken else {
                Issue.record("the first event has no page token")
                return
            }
            // Resuming after the first event gives the rest.
            var rest: [TransitionStreamEvent] = []
            for try await event in try client.tasks.streamTransitions(executionID: execution.id, nextToken: token) {
                rest.append(event)
            }
            #expect(rest.count == 2)
            #expect(await lastQuery(emulator) == ["next_page_token=\(token)"])
        }
    }
}
