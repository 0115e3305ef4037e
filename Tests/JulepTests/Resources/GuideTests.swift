import Foundation
import Testing

@testable import Julep

/// The README's short guide, run as written against a server on 127.0.0.1 that gives canned answers.
@Suite("README guide", .timeLimit(.minutes(1)))
struct GuideTests {
    static let id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    static let created = #"{"id": "\#(id)", "created_at": "2024-05-01T10:20:30Z", "jobs": []}"#

    static func answer(_ request: ReceivedRequest) -> CannedResponse {
        switch (request.method, request.path) {
        case ("POST", "/agents/\(id)/search"):
            return CannedResponse(body: #"{"docs": [{"owner": {"id": "\#(id)", "role": "agent"}, "id": "\#(id)", "title": "Notes", "snippets": [{"index": 0, "content": "Bernoulli"}]}], "time": 0.01}"#)
        case ("GET", "/executions/\(id)"):
            return CannedResponse(body: #"{"id": "\#(id)", "task_id": "\#(id)", "status": "queued", "input": {"text": "A long text."}, "created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-05-01T10:20:30Z"}"#)
        case ("GET", "/executions/\(id)/transitions.stream"):
            let event = #"{"transition": {"type": "finish", "output": "done", "created_at": "2024-05-01T10:20:30Z"}}"#
            return CannedResponse(headers: ["Content-Type": "text/event-stream"], body: "data: \(event)\n\n")
        case ("POST", "/sessions/\(id)/chat"):
            return CannedResponse(body: #"{"id": "\#(id)", "created_at": "2024-05-01T10:20:30Z", "jobs": [], "docs": [], "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Bernoulli numbers."}}]}"#)
        default:
            return CannedResponse(status: 201, body: created)
        }
    }

    @Test func theGuideRunsAsWritten() async throws {
        try await TestHTTPServer.with({ Self.answer($0) }) { server in
            let client = JulepClient(apiKey: "key", baseURL: server.baseURL)

            let agent = try await client.agents.create(
                name: "Ada", about: "Knows the analytical engine", model: "gpt-4o",
                instructions: "Answer in one sentence.")
            #expect(agent.name == "Ada")

            _ = try await client.docs.createForAgent(
                agentID: agent.id, title: "Notes", content: "The engine can compute Bernoulli numbers.")
            let found = try await client.docs.searchForAgent(
                agentID: agent.id, query: .textOnlyDocSearchRequest(text: "Bernoulli"))
            #expect(found.docs.map { $0.title ?? "untitled" } == ["Notes"])

            let task = try await client.tasks.create(
                agentID: agent.id, name: "summarize",
                main: [.prompt(prompt: "Summarize: {{inputs[0].text}}")])
            let execution = try await client.tasks.startExecution(taskID: task.id, input: ["text": "A long text."])
            #expect(execution.status == .queued)
            var types: [TransitionType] = []
            for try await event in try client.tasks.streamTransitions(executionID: execution.id) {
                types.append(event.transition.type)
            }
            #expect(types == [.finish])

            let session = try await client.sessions.create(agent: agent.id)
            let reply = try await client.sessions.chat(
                id: session.id, messages: [ChatInputMessage(role: .user, content: "What can the engine compute?")])
            #expect(reply.text == "Bernoulli numbers.")

            let requests = await server.requests
            #expect(requests.map { "\($0.method) \($0.path)" } == [
                "POST /agents", "POST /agents/\(Self.id)/docs", "POST /agents/\(Self.id)/search",
                "POST /agents/\(Self.id)/tasks", "POST /tasks/\(Self.id)/executions", "GET /executions/\(Self.id)",
                "GET /executions/\(Self.id)/transitions.stream", "POST /sessions", "POST /sessions/\(Self.id)/chat",
            ])
        }
    }
}
