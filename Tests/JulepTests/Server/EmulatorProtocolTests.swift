import Foundation
import Testing

/// What every route shares: list parameters, metadata filters, errors and the API key.
@Suite("Emulator: lists, errors and auth", .timeLimit(.minutes(3)))
struct EmulatorProtocolTests {
    // Server (fact 8): list parameters are optional; defaults limit=100, offset=0,
    // sort_by=created_at, direction=desc (newest first).
    @Test func listsDefaultToNewestFirst() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            for name in ["first", "second", "third"] { _ = try await client.createAgent(name: name) }
            let names: (EmulatorTestClient.Reply) throws -> [String?] = { try $0.items().map { $0["name"] as? String } }
            #expect(try names(await client.send("GET", "/agents")) == ["third", "second", "first"])
            #expect(try names(await client.send("GET", "/agents", query: "direction=asc")) == ["first", "second", "third"])
            #expect(try names(await client.send("GET", "/agents", query: "limit=1&offset=1")) == ["second"])
            // Listed agents carry no default settings: the list query does not select them.
            #expect(try await client.send("GET", "/agents").items().first?["default_settings"] is NSNull)
        }
    }

    // Server (fact 8): a limit that is not an integer, or an unknown sort_by/direction, is a 422
    // naming each query parameter.
    @Test func badListParametersAre422() async throws {
        try await JulepServerEmulator.with { emulator in
            let reply = try await EmulatorTestClient(emulator).send(
                "GET", "/users", query: "limit=ten&direction=up")
            #expect(reply.status == 422)
            #expect(
                try reply.validationMessage()
                    == #"[{'type': 'int_parsing', 'loc': ('query', 'limit'), 'msg': 'Input should be a valid integer, unable to parse string as an integer', 'input': 'ten'}, {'type': 'literal_error', 'loc': ('query', 'direction'), 'msg': "Input should be 'asc' or 'desc'", 'input': 'up', 'ctx': {'expected': "'asc' or 'desc'"}}]"#
            )
        }
    }

    // Server (fact 7): metadata filters are one query parameter per key in dot notation, each value
    // converted int → float → string and compared with the stored metadata.
    @Test func metadataFiltersUseDotNotation() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            _ = try await client.createAgent(name: "a", metadata: #"{"team": "research", "tier": 2}"#)
            _ = try await client.createAgent(name: "b", metadata: #"{"team": "research", "tier": "2"}"#)
            _ = try await client.createAgent(name: "c", metadata: #"{"team": "sales", "tier": 2.0}"#)
            let names: (String) async throws -> [String?] = { query in
                try await client.send("GET", "/agents", query: query).items().map { $0["name"] as? String }
            }
            #expect(try await names("metadata_filter.team=research") == ["b", "a"])
            // "2" is read as the integer 2: it matches 2 and 2.0, not the string "2".
            #expect(try await names("metadata_filter.tier=2") == ["c", "a"])
            #expect(try await names("metadata_filter.team=research&metadata_filter.tier=2") == ["a"])
            // A single JSON-valued `metadata_filter` is not read: everything is listed.
            #expect(try await names("metadata_filter=%7B%22team%22%3A%22sales%22%7D") == ["c", "b", "a"])
        }
    }

    // Server (fact 7): users, sessions and agent/user docs read the filter too; tasks do not.
    @Test func metadataFiltersApplyToUsersSessionsAndDocsOnly() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            _ = try await client.createUser(name: "u1", metadata: #"{"k": "x"}"#)
            _ = try await client.createUser(name: "u2", metadata: #"{"k": "y"}"#)
            #expect(try await client.send("GET", "/users", query: "metadata_filter.k=x").items().count == 1)
            let agent = try await client.createAgent()
            _ = try await client.createSession(agent: agent, metadata: #"{"k": "x"}"#)
            _ = try await client.createSession(agent: agent, metadata: #"{"k": "y"}"#)
            #expect(try await client.send("GET", "/sessions", query: "metadata_filter.k=y").items().count == 1)
            for k in ["x", "y"] {
                try await client.expect(
                    201, "POST", "/agents/\(agent)/docs", body: #"{"title": "t", "content": "c", "metadata": {"k": "\#(k)"}}"#)
            }
            #expect(try await client.send("GET", "/agents/\(agent)/docs", query: "metadata_filter.k=x").items().count == 1)
            _ = try await client.createTask(agent: agent)
            #expect(try await client.send("GET", "/agents/\(agent)/tasks", query: "metadata_filter.k=x").items().count == 1)
        }
    }

    // Server: an unknown id fails the queries' ownership check: 404 with the app's HTTPException body.
    @Test func unknownIdsAre404() async throws {
        try await JulepServerEmulator.with { emulator in
            let reply = try await EmulatorTestClient(emulator).send("GET", "/agents/\(UUID().uuidString.lowercased())")
            #expect(reply.status == 404)
            #expect(reply.text == #"{"error":{"message":"404: developer not found or doesnt own resource"}}"#)
        }
    }

    // Server: path ids are UUIDs; anything else is a 422 on ('path', '<name>').
    @Test func malformedIdsAre422() async throws {
        try await JulepServerEmulator.with { emulator in
            let reply = try await EmulatorTestClient(emulator).send("GET", "/sessions/nope")
            #expect(reply.status == 422)
            #expect(try reply.validationMessage().hasPrefix("[{'type': 'uuid_parsing', 'loc': ('path', 'session_id')"))
        }
    }

    // Server: a body-taking route without a body, or with malformed JSON, is a 422.
    @Test func missingAndMalformedBodiesAre422() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            let missing = try await client.send("POST", "/users")
            #expect(missing.status == 422)
            #expect(
                try missing.validationMessage()
                    == "[{'type': 'missing', 'loc': ('body',), 'msg': 'Field required', 'input': None}]")
            let malformed = try await client.send("POST", "/users", body: "{nope")
            #expect(malformed.status == 422)
            #expect(try malformed.validationMessage().hasPrefix("[{'type': 'json_invalid', 'loc': ('body', 1)"))
        }
    }

    // Server: get_api_key rejects a request without a key with 403 in the HTTPException shape.
    @Test func requestsWithoutAKeyAre403() async throws {
        try await JulepServerEmulator.with { emulator in
            var client = EmulatorTestClient(emulator)
            client.headers = [:]
            let reply = try await client.send("GET", "/agents")
            #expect(reply.status == 403)
            #expect(reply.text == #"{"error":{"message":"403: Could not validate API KEY"}}"#)
            client.headers = ["X-Auth-Key": "k"]
            #expect(try await client.send("GET", "/agents").status == 200)
        }
        try await JulepServerEmulator.with(authentication: .key("secret")) { emulator in
            var client = EmulatorTestClient(emulator)
            client.headers = ["Authorization": "Bearer wrong"]
            let wrong = try await client.send("GET", "/agents")
            #expect(wrong.status == 403)
            client.headers = ["Authorization": "Bearer secret"]
            let right = try await client.send("GET", "/agents")
            #expect(right.status == 200)
        }
    }

    // The emulator records every request, as TestHTTPServer does.
    @Test func requestsAreRecorded() async throws {
        try await JulepServerEmulator.with { emulator in
            let client = EmulatorTestClient(emulator)
            _ = try await client.send("GET", "/agents", query: "metadata_filter.team=research")
            let recorded = await emulator.requests
            #expect(recorded.map(\.method) == ["GET"])
            #expect(recorded.first?.target == "/api/agents?metadata_filter.team=research")
            #expect(recorded.first?.headers["x-auth-key"] == "test-key")
        }
    }
}
