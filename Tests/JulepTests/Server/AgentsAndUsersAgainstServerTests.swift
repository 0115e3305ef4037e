import Foundation
import JulepTestSupport
import Testing

@testable import Julep

/// `client.agents`, `client.users` and their routes against the emulated Julep 0.4.0 server:
/// what the SDK sends is what the server accepts, and what the server answers decodes.
@Suite("Agents and users against the 0.4.0 server", .timeLimit(.minutes(3)))
struct AgentsAndUsersAgainstServerTests {
    @Test func agentsThroughTheManager() async throws {
        try await withJulepServer { client, emulator in
            let agent = try await client.agents.create(
                name: "Ada", about: "Analytical", model: "gpt-4o", instructions: .string("Be brief."),
                metadata: ["team": "research", "tier": 2])
            #expect(await lastRequest(emulator) == "POST /api/agents")
            #expect(try await client.agents.get(id: agent.id).name == "Ada")
            _ = try await client.agents.create(name: "Bob", model: "gpt-4o", metadata: ["team": "ops"])

            // Server behaviour: lists default to newest first (`direction=desc`).
            let all = try await client.agents.list()
            #expect(all.items.map(\.name) == ["Bob", "Ada"])
            #expect(await lastQuery(emulator) == ["limit=100", "offset=0", "sort_by=created_at", "direction=desc"])

            // Server behaviour: filters are read as `metadata_filter.<key>=<value>`, numbers as numbers.
            let research = try await client.agents.list(metadataFilter: ["team": "research", "tier": 2])
            #expect(research.items.map(\.name) == ["Ada"])
            #expect(await lastQuery(emulator).suffix(2) == ["metadata_filter.team=research", "metadata_filter.tier=2"])
            #expect(try await client.agents.list(metadataFilter: ["team": "nobody"]).items.isEmpty)

            // Server behaviour: `POST /agents/{id}` answers 201 with a ResourceCreatedResponse.
            let stored = try await client.agents.createOrUpdate(id: agent.id, name: "Ada L.", model: "gpt-4o")
            #expect(stored.name == "Ada L.")
            let patched = try await client.agents.patch(id: agent.id, about: "Still analytical")
            #expect(patched.about == "Still analytical" && patched.name == "Ada L.")
            let updated = try await client.agents.update(id: agent.id, name: "Ada", model: "gpt-4o-mini")
            #expect(updated.model == "gpt-4o-mini")
            let deleted = try await client.agents.delete(id: agent.id)
            #expect(deleted.id == agent.id)
            let error = await #expect(throws: JulepError.self) { _ = try await client.agents.get(id: agent.id) }
            #expect(error?.kind == .notFound)
        }
    }

    @Test func agentRoutesReturnTheServersAnswers() async throws {
        try await withJulepServer { client, _ in
            let created = try await client.api.agentsRouteCreate(name: "Ada", model: "gpt-4o")
            let id = UUID()
            let upserted = try await client.api.agentsRouteCreateOrUpdate(id: id, name: "Eve", model: "gpt-4o")
            #expect(upserted.id == id)
            let raw = try await client.agents.withRawResponse.createOrUpdate(id: id, name: "Eve", model: "gpt-4o")
            #expect(raw.statusCode == 201)
            #expect(try await client.api.agentsRouteGet(id: created.id).name == "Ada")
            #expect(try await client.api.agentsRouteList(limit: 1).items.count == 1)
            _ = try await client.api.agentsRouteUpdate(id: created.id, name: "Ada", model: "o1")
            _ = try await client.api.agentsRoutePatch(id: created.id, about: "x")
            #expect(try await client.api.agentsRouteDelete(id: created.id).id == created.id)
        }
    }

    @Test func usersThroughTheManagerAndTheirRoutes() async throws {
        try await withJulepServer { client, emulator in
            let user = try await client.users.create(name: "Grace", about: "Compilers", metadata: ["team": "navy"])
            _ = try await client.users.create(name: "Alan", metadata: ["team": "bletchley"])
            #expect(try await client.users.get(id: user.id).name == "Grace")
            #expect(try await client.users.list(metadataFilter: ["team": "navy"]).items.map(\.name) == ["Grace"])
            #expect(await lastQuery(emulator).last == "metadata_filter.team=navy")
            // Server behaviour: `POST /users/{id}` answers 201 with a ResourceCreatedResponse.
            #expect(try await client.users.createOrUpdate(id: user.id, name: "Grace H.").name == "Grace H.")
            #expect(try await client.api.usersRouteCreateOrUpdate(id: user.id, name: "Grace").id == user.id)
            #expect(try await client.users.update(id: user.id, name: "Grace", about: "COBOL").about == "COBOL")
            #expect(try await client.users.patch(id: user.id, metadata: ["team": "navy", "rank": "admiral"]).name == "Grace")
            #expect(try await client.api.usersRouteList().items.map(\.name) == ["Alan", "Grace"])
            #expect(try await client.api.usersRouteDelete(id: user.id).id == user.id)
        }
    }
}
