import Foundation
import JulepTestSupport
import Testing

@testable import Julep

/// Issue 22 against the emulated Julep 0.4.0 server: every manager's create, update and patch
/// return the whole object (friction 1), search and embed by what they take (friction 2), and
/// executions are cancelled and resumed by name (friction 4).
@Suite("Second app: whole objects, embeddings, execution control", .timeLimit(.minutes(3)))
struct SecondAppAgainstServerTests {
    @Test func toolsCreateUpdateAndPatchReturnTheTool() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            let created: Tool = try await client.tools.create(
                agentID: agent.id, name: "get_weather", description: "The weather.", function: FunctionDef(parameters: [:]))
            #expect(created.name == "get_weather" && created.description == "The weather." && created.function != nil)
            #expect(created.createdAt == created.updatedAt)
            let stored = try #require(try await client.tools.list(agentID: agent.id).items.first)
            #expect(stored.id == created.id && stored.name == created.name)

            // No route reads one tool: update and patch find the tool in the agent's tool list.
            let requestsBefore = await emulator.requests.count
            let patched: Tool = try await client.tools.patch(agentID: agent.id, toolID: created.id, description: "Weather by city.")
            #expect(patched.id == created.id && patched.description == "Weather by city." && patched.name == "get_weather")
            let methods = await emulator.requests.dropFirst(requestsBefore).map(\.method)
            #expect(methods == ["PATCH", "GET"], "the patch, then one page of the list")
            let updated: Tool = try await client.tools.update(
                agentID: agent.id, toolID: created.id, name: "weather", function: FunctionDef(parameters: [:]))
            #expect(updated.id == created.id && updated.name == "weather")
        }
    }

    @Test func docsCreateReturnsTheDoc() async throws {
        try await withJulepServer { client, _ in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            let user = try await client.users.create(name: "Grace")
            let forAgent: Doc = try await client.docs.createForAgent(
                agentID: agent.id, title: "Refunds", content: "Refunds take five days.", metadata: ["topic": "billing"])
            #expect(forAgent.title == "Refunds" && forAgent.content == "Refunds take five days." && forAgent.metadata == ["topic": "billing"])
            let stored = try await client.docs.get(id: forAgent.id)
            #expect(stored.title == forAgent.title && stored.createdAt == forAgent.createdAt)
            let forUser: Doc = try await client.docs.createForUser(userID: user.id, title: "Memo", content: ["One", "Two"])
            #expect(try await client.docs.get(id: forUser.id).content == ["One", "Two"])
        }
    }

    @Test func sessionsCreateAndUpdatesReturnTheSession() async throws {
        try await withJulepServer { client, _ in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            let session: Session = try await client.sessions.create(agent: agent.id, situation: "A support chat.")
            #expect(session.situation == "A support chat." && session.renderTemplates)
            let patched: Session = try await client.sessions.patch(id: session.id, situation: "An escalated chat.")
            #expect(patched.id == session.id && patched.situation == "An escalated chat.")
            let updated: Session = try await client.sessions.update(id: session.id, situation: "A closed chat.", metadata: ["state": "closed"])
            #expect(updated.situation == "A closed chat." && updated.metadata == ["state": "closed"])
            let upserted: Session = try await client.sessions.createOrUpdate(id: UUID(), agent: agent.id, situation: "New.")
            #expect(upserted.situation == "New.")
        }
    }

    @Test func searchesAndEmbeddingsByWhatTheyTake() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            // (The emulator embeds words: a doc made of the query's one word is found by its vector too.)
            _ = try await client.docs.createForAgent(agentID: agent.id, title: "refund", content: "refund")

            let vector: [Double] = try await client.docs.embed("refund")
            #expect(try await lastBody(emulator)["text"] as? String == "refund")
            #expect(vector.count == 1024)
            let vectors: [[Double]] = try await client.docs.embed(["refund", "invoice"])
            #expect(vectors.count == 2 && vectors[0] == vector)

            for query: DocSearchRequest in [.text("refund"), .vector(vector), .hybrid(text: "refund", vector: vector)] {
                let found = try await client.docs.searchForAgent(agentID: agent.id, query: query)
                #expect(found.docs.map(\.title) == ["refund"], "\(query)")
            }

            // The batch form checks its bounds before sending.
            let before = await emulator.requests.count
            let error = await #expect(throws: JulepError.self) { _ = try await client.docs.embed([String]()) }
            #expect(error?.kind == .invalidArgument)
            #expect(await emulator.requests.count == before)
        }
    }

    @Test func executionsAreCancelledAndResumedByName() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            let task = try await client.tasks.create(agentID: agent.id, name: "triage", main: [.log("{{inputs[0]}}")])

            let running = try await client.tasks.startExecution(taskID: task.id, input: ["ticket": "42"])
            let resumed: Execution = try await client.tasks.resumeExecution(id: running.id, input: ["approved": true])
            #expect(resumed.id == running.id)
            let resumeBody = try #require(await emulator.requests.first { $0.method == "PUT" }?.body)
            #expect(try JSONSerialization.jsonObject(with: resumeBody) as? NSDictionary == ["status": "running", "input": ["approved": true]])

            let cancelled: Execution = try await client.tasks.cancelExecution(id: running.id, reason: "duplicate ticket")
            #expect(cancelled.id == running.id && cancelled.status == .cancelled)
            #expect(try await lastBodyOf("PUT", emulator) == ["status": "cancelled", "reason": "duplicate ticket"])
        }
    }

    /// Bug 5: the SDK checks `temperature` against the server's bound, 0…5, as its docs now say.
    @Test func temperatureIsCheckedAsTheServerDoes() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            let session = try await client.sessions.create(agent: agent.id)
            let reply = try await client.sessions.chat(
                id: session.id, messages: [ChatInputMessage(role: .user, content: "Hi")], temperature: 4.5)
            #expect(reply.text != nil, "the server takes 4.5")
            let before = await emulator.requests.count
            let error = await #expect(throws: JulepError.self) {
                _ = try await client.sessions.chat(
                    id: session.id, messages: [ChatInputMessage(role: .user, content: "Hi")], temperature: 5.5)
            }
            #expect(error?.kind == .invalidArgument && error?.message == "'temperature' must be at most 5, got 5.5.")
            #expect(await emulator.requests.count == before)
            // The server refuses it too.
            let raw = try await EmulatorTestClient(emulator).send(
                "POST", "/sessions/\(session.id.uuidString.lowercased())/chat",
                body: #"{"messages": [{"role": "user", "content": "Hi"}], "temperature": 5.5}"#)
            #expect(raw.status == 422)
        }
    }

    /// Bug 6: the server reads filter values as text and converts only numbers, as the method
    /// docs say: a Boolean filter never matches a stored Boolean, and text that reads as a number
    /// never matches the same text. (The SDK cannot change the server; it says so.)
    @Test func metadataFiltersMatchWhatTheServerCompares() async throws {
        try await withJulepServer { client, _ in
            let flagged = try await client.agents.create(
                name: "Flagged", model: "gpt-4o", metadata: ["active": true, "zip": "02139", "tier": 2, "team": "support"])
            #expect(try await client.agents.list(metadataFilter: ["team": "support"]).items.map(\.id) == [flagged.id])
            #expect(try await client.agents.list(metadataFilter: ["tier": 2]).items.map(\.id) == [flagged.id])
            #expect(try await client.agents.list(metadataFilter: ["active": true]).items.isEmpty)
            #expect(try await client.agents.list(metadataFilter: ["zip": "02139"]).items.isEmpty)
        }
    }

    private func lastBodyOf(_ method: String, _ emulator: JulepServerEmulator) async throws -> NSDictionary? {
        let body = try #require(await emulator.requests.last { $0.method == method }?.body)
        return try JSONSerialization.jsonObject(with: body) as? NSDictionary
    }
}
