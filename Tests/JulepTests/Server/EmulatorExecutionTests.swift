import Foundation
import Testing

/// The emulator's executions, transitions and their stream.
@Suite("Emulator: executions", .timeLimit(.minutes(3)))
struct EmulatorExecutionTests {
    // Server: POST /tasks/{id}/executions answers 201 created with `jobs: []`; GET
    // /executions/{id} and GET /tasks/{id}/executions return Executions; an unknown task is a 404.
    @Test func startAndReadAnExecution() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let task = try await client.createTask(agent: try await client.createAgent())
            let (id, jobs) = try await client.startExecution(task: task)
            #expect(jobs.isEmpty)
            let execution = try await client.expect(200, "GET", "/executions/\(id)")
            #expect(execution["task_id"] as? String == task)
            #expect(execution["status"] as? String == "running")
            #expect((execution["input"] as? [String: Any])?["topic"] as? String == "owls")
            let listed = try await client.send("GET", "/tasks/\(task)/executions")
            #expect(try listed.items().map { $0["id"] as? String } == [id])
            let unknown = try await client.send(
                "POST", "/tasks/\(UUID().uuidString.lowercased())/executions", body: #"{"input": {}}"#)
            #expect(unknown.status == 404)
            #expect(try unknown.errorMessage() == "404: Task not found")
        }
    }

    // Server: the execution's input is checked against the task's input_schema; a mismatch is a 400.
    @Test func inputIsCheckedAgainstTheTasksSchema() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let agent = try await client.createAgent()
            let created = try await client.expect(
                201, "POST", "/agents/\(agent)/tasks",
                body: #"{"name": "t", "main": [{"evaluate": {}}], "input_schema": {"type": "object", "required": ["topic"], "properties": {"topic": {"type": "string"}}}}"#
            )
            let task = try #require(created["id"] as? String)
            let wrong = try await client.send("POST", "/tasks/\(task)/executions", body: #"{"input": {"topic": 3}}"#)
            #expect(wrong.status == 400)
            #expect(try wrong.errorMessage() == "400: Invalid request arguments schema")
            try await client.expect(201, "POST", "/tasks/\(task)/executions", body: #"{"input": {"topic": "owls"}}"#)
        }
    }

    // Server (fact 4): PUT /executions/{id} (resume or cancel) answers 200 with the body `null`.
    @Test func updatingAnExecutionAnswersNull() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let task = try await client.createTask(agent: try await client.createAgent())
            let (id, _) = try await client.startExecution(task: task)
            let reply = try await client.send("PUT", "/executions/\(id)", body: #"{"status": "cancelled", "reason": "stop"}"#)
            #expect(reply.status == 200)
            #expect(reply.text == "null")
            let execution = try await client.expect(200, "GET", "/executions/\(id)")
            #expect(execution["status"] as? String == "cancelled")

            let bad = try await client.send("PUT", "/executions/\(id)", body: #"{"status": "succeeded"}"#)
            #expect(bad.status == 422)
        }
    }

    // Server (fact 6): GET /executions/{id}/transitions answers {"items": [Transition, ...]}, a flat
    // list, newest first by default.
    @Test func transitionsAreAFlatList() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let task = try await client.createTask(agent: try await client.createAgent(), steps: 2)
            let (id, _) = try await client.startExecution(task: task)
            let reply = try await client.send("GET", "/executions/\(id)/transitions")
            #expect(reply.status == 200)
            #expect(try reply.object().keys.sorted() == ["items"])
            let items = try reply.items()
            #expect(items.map { $0["type"] as? String } == ["step", "step", "init"])
            let transition = try #require(items.first)
            #expect(
                Set(transition.keys)
                    == ["type", "output", "created_at", "updated_at", "execution_id", "current", "next", "id", "metadata"])
            #expect(transition["execution_id"] as? String == id)
            #expect(transition["next"] is NSNull)
            #expect((transition["current"] as? [String: Any])?["workflow"] as? String == "main")

            let ascending = try await client.send("GET", "/executions/\(id)/transitions", query: "direction=asc&limit=1")
            #expect(try ascending.items().map { $0["type"] as? String } == ["init"])
        }
    }

    // Server (fact 10): GET /executions/{id}/transitions.stream sends server-sent events whose data
    // is the Python repr of {'transition': {...}, 'next_page_token': ...}, and resumes from
    // `next_page_token` (a `next_token` parameter is not read).
    @Test func theTransitionStreamReadsNextPageToken() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let task = try await client.createTask(agent: try await client.createAgent(), steps: 2)
            let (id, _) = try await client.startExecution(task: task)
            let all = try await client.send("GET", "/executions/\(id)/transitions.stream")
            #expect(all.status == 200)
            #expect(all.headers["content-type"]?.hasPrefix("text/event-stream") == true)
            let events = all.text.components(separatedBy: "\r\n\r\n").filter { !$0.isEmpty }
            #expect(events.count == 3)
            let first = try #require(events.first)
            #expect(first.hasPrefix("data: {'transition': {'type': 'init', 'output': {'topic': 'owls'}, 'created_at': '"))
            #expect(first.hasSuffix("+00:00'}, 'next_page_token': 'MQ=='}"))
            #expect(events.last?.hasSuffix("'next_page_token': None}") == true)

            let resumed = try await client.send("GET", "/executions/\(id)/transitions.stream", query: "next_page_token=MQ%3D%3D")
            #expect(resumed.text.components(separatedBy: "\r\n\r\n").filter { !$0.isEmpty }.count == 2)
            let ignored = try await client.send("GET", "/executions/\(id)/transitions.stream", query: "next_token=MQ%3D%3D")
            #expect(ignored.text.components(separatedBy: "\r\n\r\n").filter { !$0.isEmpty }.count == 3)
        }
    }

    // Server (fact 12): POST /executions?task_token=… is not served: no route, Starlette's 404.
    @Test func resumingByTaskTokenIs404() async throws {
        try await JulepServerEmulator.with { emulator in
            let reply = try await EmulatorTestClient(emulator).send(
                "POST", "/executions", query: "task_token=abc", body: #"{"status": "running", "input": {}}"#)
            #expect(reply.status == 404)
            #expect(reply.text == #"{"detail":"Not Found"}"#)
        }
    }
}
