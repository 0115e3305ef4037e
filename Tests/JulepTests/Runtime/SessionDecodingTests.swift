import Foundation
import Testing
@testable import Julep

/// `Session` reads what Julep 0.4.0 servers send, which is not the union by `kind` of the
/// published API description (see "Where the server differs" in Generated/README.md).
@Suite("Sessions as the server sends them")
struct SessionDecodingTests {
    private func decode(_ json: String) throws -> Session {
        try JSONCoding.makeDecoder().decode(Session.self, from: Data(json.utf8))
    }

    /// Server behaviour: `GET /sessions/{id}` answers the session's own fields with `"kind": null`
    /// and without `agent`, `agents`, `user` or `users`.
    @Test func aSessionWithANullKindAndNoParticipantsDecodes() throws {
        let session = try decode("""
            {"id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002", "situation": "a test", "summary": null,
             "render_templates": true, "token_budget": null, "context_overflow": null,
             "forward_tool_results": null, "metadata": {"team": "research"}, "kind": null,
             "created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-05-01T10:20:31Z"}
            """)
        #expect(session.id == UUID(uuidString: "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002"))
        #expect(session.situation == "a test")
        #expect(session.kind == nil, "the server sends `\"kind\": null`")
        #expect(session.agent == nil && session.agents == nil && session.user == nil && session.users == nil)
        #expect(session.metadata == ["team": "research"])
        #expect(session.createdAt == Date(timeIntervalSince1970: 1_714_558_830))
    }

    /// What the published description promises still decodes, in case a server sends it.
    @Test func aSessionWithItsKindAndParticipantsDecodes() throws {
        let session = try decode("""
            {"kind": "multi_agent_single_user", "agents": ["5e4a3c2b-1d0f-4e8a-9b7c-00a000000001"],
             "user": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000003", "id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002",
             "situation": "a test", "render_templates": true, "context_overflow": "truncate",
             "created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-05-01T10:20:31Z"}
            """)
        #expect(session.kind == .multiAgentSingleUser)
        #expect(session.agents == [UUID(uuidString: "5e4a3c2b-1d0f-4e8a-9b7c-00a000000001")!])
        #expect(session.user == UUID(uuidString: "5e4a3c2b-1d0f-4e8a-9b7c-00a000000003"))
        #expect(session.contextOverflow == .truncate)
    }
}
