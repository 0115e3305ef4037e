import Foundation
import JulepTestSupport
import Testing

@testable import Julep

/// `client.docs`, `client.tools` and their routes against the emulated Julep 0.4.0 server.
@Suite("Docs and tools against the 0.4.0 server", .timeLimit(.minutes(3)))
struct DocsAndToolsAgainstServerTests {
    @Test func docsOfAnAgentAndOfAUser() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            let user = try await client.users.create(name: "Grace")
            let created = try await client.docs.createForAgent(
                agentID: agent.id, title: "Engine", content: .string("The engine computes Bernoulli numbers."),
                metadata: ["kind": "notes"])
            _ = try await client.docs.createForAgent(agentID: agent.id, title: "Loom", content: .stringList(["Punched cards."]))
            #expect(try await client.docs.get(id: created.id).title == "Engine")
            #expect(try await client.docs.listForAgent(agentID: agent.id, metadataFilter: ["kind": "notes"]).items.map(\.title) == ["Engine"])

            // Server behaviour: the search request itself is the body (a wrapped one gets 422).
            let found = try await client.docs.searchForAgent(
                agentID: agent.id, query: .text("Bernoulli", limit: 3))
            #expect(found.docs.map(\.title) == ["Engine"])
            let sent = try await lastBody(emulator)
            #expect(sent["text"] as? String == "Bernoulli" && sent["limit"] as? Int == 3 && sent["body"] == nil)

            let userDoc = try await client.api.userDocsRouteCreate(userID: user.id, title: "Memo", content: .string("COBOL"))
            #expect(try await client.docs.listForUser(userID: user.id).items.map(\.id) == [userDoc.id])
            let userFound = try await client.api.userDocsSearchRouteSearch(
                userID: user.id, query: .text("COBOL"))
            #expect(userFound.docs.map(\.id) == [userDoc.id])
            #expect(try await client.docs.deleteForUser(userID: user.id, docID: userDoc.id).id == userDoc.id)
            #expect(try await client.api.agentDocsRouteDelete(agentID: agent.id, docID: created.id).id == created.id)

            // The job a document's creation started (the API's answer, through `withRawResponse`).
            let answer = try await client.docs.withRawResponse.createForAgent(agentID: agent.id, title: "Gears", content: "Cogs.")
            if let job = answer.value.jobs.first {
                #expect(try await client.jobs.get(id: job).id == job)
            }
        }
    }

    @Test func embedSendsTheRequestItself() async throws {
        try await withJulepServer { client, emulator in
            // Server behaviour: `POST /embed` takes `{"text": …}` itself, one text or several.
            let one = try await client.docs.embed(query: .singleEmbedQueryRequest(SingleEmbedQueryRequest(text: "tea")))
            #expect(one.vectors.count == 1)
            #expect(try await lastBody(emulator)["text"] as? String == "tea")
            let two = try await client.api.embedRouteEmbed(
                query: .multipleEmbedQueryRequest(MultipleEmbedQueryRequest(text: ["tea", "coffee"])))
            #expect(two.vectors.count == 2)
        }
    }

    @Test func toolsOfAnAgent() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o")
            // Server behaviour: `POST /agents/{id}/tools` takes a tool, not an agent's body.
            let created = try await client.tools.create(
                agentID: agent.id, name: "get_weather", description: "The weather in a city.",
                function: FunctionDef(parameters: ["type": "object", "properties": ["city": ["type": "string"]]]))
            let sent = try await lastBody(emulator)
            #expect(sent["name"] as? String == "get_weather" && sent["function"] != nil && sent["model"] == nil)
            let tools = try await client.tools.list(agentID: agent.id)
            #expect(tools.items.map(\.name) == ["get_weather"])
            #expect(tools.items.first?.id == created.id)

            _ = try await client.tools.update(
                agentID: agent.id, toolID: created.id, name: "get_weather", function: FunctionDef(parameters: [:]))
            _ = try await client.api.agentToolsRoutePatch(agentID: agent.id, toolID: created.id, description: "Weather.")

            // Server behaviour: more than one of function/integration/system/api_call makes it fail;
            // the SDK refuses before sending.
            let before = await emulator.requests.count
            let error = await #expect(throws: JulepError.self) {
                _ = try await client.tools.patch(
                    agentID: agent.id, toolID: created.id, function: FunctionDef(),
                    system: SystemDefUpdate(resource: .agent, operation: .get))
            }
            #expect(error?.kind == .invalidArgument)
            #expect(await emulator.requests.count == before)

            // Server behaviour: `DELETE /agents/{id}/tools/{child_id}` answers 200, not 202.
            let raw = try await client.tools.withRawResponse.delete(agentID: agent.id, toolID: created.id)
            #expect(raw.statusCode == 200 && raw.value.id == created.id)
            #expect(try await client.api.agentToolsRouteList(agentID: agent.id).items.isEmpty)
        }
    }
}
