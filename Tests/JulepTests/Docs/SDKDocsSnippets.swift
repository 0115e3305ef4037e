import Foundation
import Julep

// The code of docs/sdk.md: every ```swift block there is one region of this file (or of
// Tests/SecuritySchemeTests/DocsSnippets.swift) between `// docs:begin <name>` and `// docs:end`
// (regions of one name joined in order), which `SDKDocsTests` (JulepGenKitTests) checks line by line. So the reference's code compiles
// against the SDK as generated now; `SDKDocsSnippetTests` runs the snippets that take a client
// against the emulated server or a stub transport. Snippets that make their own client with the
// default base URL are compiled only (they would reach the real API).

enum SDKDocsSnippets {
    static func returns(client: JulepClient, agentID: UUID) async throws -> (Tool, Session, Doc) {
        // docs:begin returns
        let tool = try await client.tools.create(agentID: agentID, name: "lookup", function: FunctionDef())
        let renamed = try await client.tools.patch(agentID: agentID, toolID: tool.id, name: "find")   // a Tool
        let session = try await client.sessions.create(agent: agentID, situation: "Support")          // a Session
        let doc = try await client.docs.createForAgent(agentID: agentID, title: "FAQ", content: "…")   // a Doc
        let jobs = try await client.docs.withRawResponse.createForAgent(
            agentID: agentID, title: "FAQ", content: "…").value.jobs                                    // the API's answer
        // docs:end
        _ = jobs
        return (renamed, session, doc)
    }

    static func arguments(client: JulepClient, taskID: UUID) async throws -> [Transition] {
        // docs:begin labels
        let execution = try await client.tasks.startExecution(taskID: taskID, input: [:])
        let current = try await client.tasks.getExecution(id: execution.id)
        let transitions = try await client.tasks.listTransitions(executionID: current.id)
        // docs:end
        return transitions.items
    }

    static func executionControl(client: JulepClient, execution: Execution) async throws -> Execution {
        // docs:begin execution-control
        _ = try await client.tasks.resumeExecution(id: execution.id, input: ["approved": true])
        let cancelled = try await client.tasks.cancelExecution(id: execution.id, reason: "duplicate")
        print(cancelled.status)   // cancelled
        // docs:end
        return cancelled
    }

    static func searchAndEmbed(client: JulepClient, agentID: UUID) async throws -> (DocSearchResponse, [[Double]]) {
        // docs:begin search
        let vector = try await client.docs.embed("refund")                       // [Double]
        let vectors = try await client.docs.embed(["refund", "invoice"])         // [[Double]], one per text
        let byText = try await client.docs.searchForAgent(agentID: agentID, query: .text("refund"))
        let byBoth = try await client.docs.searchForAgent(agentID: agentID, query: .hybrid(text: "refund", vector: vector))
        // docs:end
        _ = byText
        return (byBoth, vectors)
    }

    static func values(title: String, text: String) -> (CreateAgentRequest, ChatInputMessage, WorkflowStep, [String]) {
        // docs:begin values
        let message = ChatInputMessage(role: .user, content: text)          // a String where the union holds text
        let step: WorkflowStep = .foreach(in: "inputs.items", do: .log("{{_}}"))
        let agent = CreateAgentRequest(name: "Ada", model: "gpt-4o", instructions: ["Be brief.", "Cite."])
        let lines = agent.instructions.asList                                 // one or several, as a list
        // docs:end
        _ = title
        return (agent, message, step, lines)
    }

    static func plainMetadata(client: JulepClient, title: String) async throws -> Agent {
        // docs:begin values
        let ada = try await client.agents.create(name: "Ada", model: "gpt-4o", metadata: ["topic": title, "tier": 2])
        // docs:end
        return ada
    }

    static func errors(client: JulepClient, id: UUID) async throws {
        // docs:begin errors
        do {
            _ = try await client.agents.get(id: id)
        } catch let error as JulepError where error.kind == .notFound {
            print(error.message ?? "not found", error.statusCode ?? 0)
        }
        // docs:end
    }

    /// Compiled only: the client reaches the real API.
    static func timeouts(key: String, id: UUID) async throws -> Agent {
        // docs:begin timeouts
        let client = JulepClient(apiKey: key, timeout: .seconds(60), maxRetries: 4)
        let agent = try await client.agents.get(id: id, options: RequestOptions(timeout: .seconds(5), maxRetries: 0))
        // docs:end
        return agent
    }

    static func pagination(client: JulepClient) async throws -> [Agent] {
        // docs:begin pagination
        for try await agent in client.agents.listAll(limit: 100) {
            print(agent.name)
        }
        let everyone = try await client.agents.listAll().collect()
        for try await page in client.agents.listAll(limit: 50).pages { print(page.items.count) }
        let huge = try await client.agents.listAll(limit: 1000).withMaxPages(50_000).collect()
        // docs:end
        return everyone + huge
    }

    static func metadataFilters(client: JulepClient) async throws -> AgentList {
        // docs:begin metadata-filter
        let support = try await client.agents.list(metadataFilter: ["team": "support", "tier": 2])
        // Never matches a stored Boolean or the text "02139": the server reads true as the text "true"
        // and "02139" as the number 2139.
        _ = try await client.agents.list(metadataFilter: ["active": true, "zip": "02139"])
        // docs:end
        return support
    }

    static func streaming(client: JulepClient, execution: Execution) async throws {
        // docs:begin streaming
        // An execution's transitions, as they happen (`streaming: { events: TransitionStreamEvent }` in spec/tasks.yaml):
        for try await event in try client.tasks.streamTransitions(executionID: execution.id) {
            print(event.transition.type, event.transition.output)
        }
        // docs:end
    }

    static func rawResponse(client: JulepClient, id: UUID) async throws -> Int {
        // docs:begin raw-response
        let response = try await client.agents.withRawResponse.get(id: id)
        print(response.statusCode, response.headers["x-request-id"] ?? "-", response.value.name)
        // docs:end
        return response.statusCode
    }

    /// Compiled only: the client reaches the real API.
    static func middleware(key: String) -> JulepClient {
        // docs:begin middleware
        let tracing = ClosureMiddleware { request, context, next in
            var request = request
            request.headers["X-Trace-Id"] = UUID().uuidString
            let response = try await next(request)
            print("attempt \(context.attempt): \(response.statusCode)")
            return response
        }
        let client = JulepClient(apiKey: key, middlewares: [tracing])
        // docs:end
        return client
    }

    // docs:begin transport
    struct StubTransport: HTTPTransport {
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            HTTPResponse(statusCode: 200, body: Data(#"{"items": []}"#.utf8))
        }
    }
    // docs:end

    static func transport() -> JulepClient {
        // docs:begin transport
        let client = JulepClient(apiKey: "test", transport: StubTransport())
        // docs:end
        return client
    }

    /// Compiled only: the client reaches the real API.
    static func limits(key: String) async throws -> AgentList {
        // docs:begin limits
        let client = JulepClient(apiKey: key).withConfiguration { $0.maxResponseBodyBytes = 256 << 20 }
        let page = try await client.agents.list(limit: 1000, options: RequestOptions(maxResponseBodyBytes: 1 << 30))
        // docs:end
        return page
    }

    /// Compiled only: the client reaches the real API. The line after the client is what its
    /// logger writes for `client.agents.list()`; `SDKDocsSnippetTests` checks it.
    static func logging(key: String) -> JulepClient {
        // docs:begin logging
        let client = JulepClient(apiKey: key).withConfiguration { $0.logger = .standardError }
        // Julep: GET https://api-alpha.julep.ai/api/agents?limit=100&offset=0&sort_by=created_at&direction=desc -> 200 (attempt 1, 84 ms)
        // docs:end
        return client
    }
}
