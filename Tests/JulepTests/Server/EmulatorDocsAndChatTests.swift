import Foundation
import Testing

/// The emulator's docs, search, embed, chat and history.
@Suite("Emulator: docs and chat", .timeLimit(.minutes(3)))
struct EmulatorDocsAndChatTests {
    // Server: POST /agents/{id}/docs answers 201 created, with the embedding job in `jobs`, which
    // GET /jobs/{id} reports; GET /docs/{id} returns the doc; DELETE answers 202.
    @Test func docsOfAnAgentAndTheirJob() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let agent = try await client.createAgent()
            let created = try await client.expect(
                201, "POST", "/agents/\(agent)/docs", body: #"{"title": "Onboarding", "content": "How to onboard"}"#)
            let id = try #require(created["id"] as? String)
            let job = try #require((created["jobs"] as? [String])?.first)
            let status = try await client.expect(200, "GET", "/jobs/\(job)")
            #expect(status["state"] as? String == "succeeded")
            #expect(
                Set(status.keys) == ["id", "created_at", "updated_at", "name", "reason", "has_progress", "progress", "state"])

            let doc = try await client.expect(200, "GET", "/docs/\(id)")
            #expect(doc["title"] as? String == "Onboarding")
            // Content is stored as snippets: one text comes back as a list of one.
            #expect(doc["content"] as? [String] == ["How to onboard"])
            #expect(Set(doc.keys) == ["id", "metadata", "created_at", "title", "content", "embeddings"])
            #expect(try await client.send("GET", "/agents/\(agent)/docs").items().count == 1)
            try await client.expect(202, "DELETE", "/agents/\(agent)/docs/\(id)")
            #expect(try await client.send("GET", "/agents/\(agent)/docs").items().isEmpty)
        }
    }

    // Server: an unknown job is Temporal's RPCError, answered 400 {"error": {"message": "job not found
    // or invalid", "code": "NOT_FOUND"}}.
    @Test func unknownJobsAre400() async throws {
        try await JulepServerEmulator.with { emulator in
            let reply = try await EmulatorTestClient(emulator).send("GET", "/jobs/\(UUID().uuidString.lowercased())")
            #expect(reply.status == 400)
            #expect(reply.text == #"{"error":{"message":"job not found or invalid","code":"NOT_FOUND"}}"#)
        }
    }

    // Server (fact 1): POST /agents/{id}/search and /users/{id}/search take the search request itself
    // ({"text": ..., "limit": 3}) and answer a DocSearchResponse {docs: [DocReference], time}.
    @Test func searchTakesTheRequestItself() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let user = try await client.createUser()
            for (title, content) in [("Onboarding", "How do I onboard a new hire"), ("Payroll", "Salaries are paid monthly")] {
                try await client.expect(
                    201, "POST", "/users/\(user)/docs", body: #"{"title": "\#(title)", "content": "\#(content)"}"#)
            }
            let found = try await client.expect(
                200, "POST", "/users/\(user)/search", body: #"{"text": "how do I onboard", "limit": 3}"#)
            #expect((found["time"] as? Double).map { $0 > 0 } == true)
            let docs = try #require(found["docs"] as? [[String: Any]])
            #expect(docs.count == 1)
            let first = try #require(docs.first)
            #expect(first["title"] as? String == "Onboarding")
            #expect((first["owner"] as? [String: Any])?["role"] as? String == "user")
            #expect((first["snippets"] as? [[String: Any]])?.first?["content"] as? String == "How do I onboard a new hire")
            #expect(first["distance"] is Double)

            // A vector search with the embedding of the doc's text finds it.
            let embedded = try await client.expect(200, "POST", "/embed", body: #"{"text": "Salaries are paid monthly Payroll"}"#)
            let vector = try #require((embedded["vectors"] as? [[Double]])?.first)
            let vectorBody = String(
                decoding: try JSONSerialization.data(withJSONObject: ["vector": vector, "confidence": 0.9]), as: UTF8.self)
            let byVector = try await client.expect(200, "POST", "/users/\(user)/search", body: vectorBody)
            #expect((byVector["docs"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Payroll"])
        }
    }

    // Server (fact 1): the document's wrapped body {"body": {...}} gets a 422, in the app's format:
    // the Python repr of pydantic's errors, one per member of the search union.
    @Test func aWrappedSearchBodyIs422() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let agent = try await client.createAgent()
            let reply = try await client.send("POST", "/agents/\(agent)/search", body: #"{"body": {"text": "onboard"}}"#)
            #expect(reply.status == 422)
            let message = try reply.validationMessage()
            #expect(
                message.hasPrefix(
                    #"[{'type': 'missing', 'loc': ('body', 'TextOnlyDocSearchRequest', 'text'), 'msg': 'Field required', 'input': {'body': {'text': 'onboard'}}}, "#
                ))
            #expect(message.contains("('body', 'VectorDocSearchRequest', 'vector')"))
            #expect(message.contains("('body', 'HybridDocSearchRequest', 'text')"))
        }
    }

    // Server (fact 1): POST /embed takes {"text": "..."} or {"text": ["a", "b"]} and answers
    // {"vectors": [[...], ...]}, one per text; the same text always embeds the same; {"body": ...} is a 422.
    @Test func embedTakesTheRequestItself() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let one = try await client.expect(200, "POST", "/embed", body: #"{"text": "hello world"}"#)
            let two = try await client.expect(
                200, "POST", "/embed", body: #"{"text": ["hello world", "bye"], "embed_instruction": "Represent"}"#)
            let single = try #require(one["vectors"] as? [[Double]])
            let pair = try #require(two["vectors"] as? [[Double]])
            #expect(single.count == 1)
            #expect(pair.count == 2)
            #expect(single[0].count == 1024)
            #expect(single[0] == pair[0])
            #expect(pair[0] != pair[1])

            let wrapped = try await client.send("POST", "/embed", body: #"{"body": {"text": "hello"}}"#)
            #expect(wrapped.status == 422)
            #expect(try wrapped.validationMessage().contains("'loc': ('body', 'SingleEmbedQueryRequest', 'text')"))
        }
    }

    // Server (fact 9, 11): POST /sessions/{id}/chat answers 201 with a MessageChatResponse; each
    // `tools` item must be a full Tool with id, created_at and updated_at (422 otherwise).
    @Test func chatValidatesToolsAndAnswers201() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let agent = try await client.createAgent()
            let session = try await client.createSession(agent: agent)
            let message = #"{"role": "user", "content": "What is the weather?"}"#

            let partialTool = #"{"name": "get_weather", "function": {"parameters": {}}}"#
            let refused = try await client.send(
                "POST", "/sessions/\(session)/chat", body: #"{"messages": [\#(message)], "tools": [\#(partialTool)]}"#)
            #expect(refused.status == 422)
            let errors = try refused.validationMessage()
            #expect(errors.contains("'loc': ('body', 'tools', 0, 'created_at')"))
            #expect(errors.contains("'loc': ('body', 'tools', 0, 'updated_at')"))
            #expect(errors.contains("'loc': ('body', 'tools', 0, 'id')"))

            let fullTool = #"""
                {"name": "get_weather", "function": {"parameters": {}}, "id": "\#(UUID().uuidString.lowercased())",
                 "created_at": "2024-10-01T00:00:00Z", "updated_at": "2024-10-01T00:00:00Z"}
                """#
            let answer = try await client.expect(
                201, "POST", "/sessions/\(session)/chat", body: #"{"messages": [\#(message)], "tools": [\#(fullTool)]}"#)
            #expect(Set(answer.keys) == ["id", "created_at", "jobs", "docs", "usage", "choices"])
            let choice = try #require((answer["choices"] as? [[String: Any]])?.first)
            #expect(choice["index"] as? Int == 0)
            #expect(choice["finish_reason"] as? String == "stop")
            let reply = try #require(choice["message"] as? [String: Any])
            #expect(reply["role"] as? String == "assistant")
            #expect(reply["content"] as? String == "You said: What is the weather?")
            #expect((answer["usage"] as? [String: Any])?["total_tokens"] as? Int == 10)
        }
    }

    // Server: GET /sessions/{id}/history returns History {entries, relations, session_id, created_at};
    // chat appends the request's messages and the reply.
    @Test func chatAppendsToTheHistory() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let agent = try await client.createAgent()
            let session = try await client.createSession(agent: agent)
            try await client.expect(
                201, "POST", "/sessions/\(session)/chat", body: #"{"messages": [{"role": "user", "content": "Hi"}]}"#)
            let history = try await client.expect(200, "GET", "/sessions/\(session)/history")
            #expect(Set(history.keys) == ["entries", "relations", "session_id", "created_at"])
            #expect(history["session_id"] as? String == session)
            let entries = try #require(history["entries"] as? [[String: Any]])
            #expect(entries.map { $0["role"] as? String } == ["user", "assistant"])
            #expect(entries.map { $0["source"] as? String } == ["api_request", "api_response"])
            #expect(entries.allSatisfy { isLowercaseUUID($0["id"]) && isUTCTimestamp($0["created_at"]) })
        }
    }

    // Server (fact 12): DELETE /sessions/{id}/history is not served (405: only GET is).
    @Test func deletingTheHistoryIs405() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let session = try await client.createSession(agent: try await client.createAgent())
            let reply = try await client.send("DELETE", "/sessions/\(session)/history")
            #expect(reply.status == 405)
            #expect(reply.headers["allow"] == "GET, HEAD")
        }
    }
}
