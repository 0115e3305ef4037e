import Foundation
import Testing
@testable import Julep

/// Unions of objects read what every variant has without a `switch` (generated from the spec;
/// see "Unions" in docs/spec-format.md).
@Suite("Union accessors")
struct UnionAccessorTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONCoding.makeDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func aSessionOfAnyKnownKindGivesItsIDAndSituation() throws {
        let session = try decode(Session.self, """
            {"kind": "multi_agent_single_user", "agents": ["5e4a3c2b-1d0f-4e8a-9b7c-00a000000001"],
             "user": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000003", "id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002",
             "situation": "a test", "render_templates": true, "context_overflow": "truncate",
             "created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-05-01T10:20:31Z"}
            """)
        guard case .multiAgentSingleUser = session else {
            Issue.record("decoded as \(session)")
            return
        }
        #expect(session.id == UUID(uuidString: "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002"))
        #expect(session.situation == "a test")
        #expect(session.renderTemplates == true)
        #expect(session.createdAt == Date(timeIntervalSince1970: 1_714_558_830))
    }

    @Test func aSessionOfAnUnknownKindHasNone() throws {
        let session = try decode(Session.self, """
            {"kind": "crowd", "id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002"}
            """)
        #expect(session == .unknown("crowd", ["kind": "crowd", "id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002"]))
        #expect(session.id == nil)
        #expect(session.createdAt == nil)
    }

    @Test func anUntaggedUnionsAccessorsAreNotOptional() {
        let request: DocSearchRequest = .textOnlyDocSearchRequest(TextOnlyDocSearchRequest(text: "tea", limit: 7))
        let limit: Int = request.limit
        #expect(limit == 7)
        #expect(request.lang == .enUS)
    }
}
