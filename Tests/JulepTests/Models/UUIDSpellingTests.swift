import Foundation
import Testing

@testable import Julep

/// Issue 22, bug 3: UUIDs in request bodies are written in lower case, as in paths and query
/// strings (Foundation's `Codable` writes `uuidString`, in upper case).
@Suite("UUIDs on the wire")
struct UUIDSpellingTests {
    private static let agent = UUID(uuidString: "C9718C74-2B4F-4E8A-9B7C-00A0000000AB")!
    private static let user = UUID(uuidString: "5E4A3C2B-1D0F-4E8A-9B7C-00A0000000CD")!

    private func json<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try JSONCoding.makeEncoder().encode(value), as: UTF8.self)
    }

    @Test func modelsWriteLowerCaseUUIDs() throws {
        // A required UUID, an optional one, and lists of them.
        let request = CreateSessionRequest(agent: Self.agent, users: [Self.user])
        let text = try json(request)
        #expect(text.contains(#""agent":"c9718c74-2b4f-4e8a-9b7c-00a0000000ab""#), "\(text)")
        #expect(text.contains(#""users":["5e4a3c2b-1d0f-4e8a-9b7c-00a0000000cd"]"#), "\(text)")
        #expect(!text.contains("C9718C74") && !text.contains("5E4A3C2B"))

        // Inside unions and nested objects.
        let reference = ToolRef(ref: .toolRefByID(ToolRefByID(id: Self.agent)))
        #expect(try json(reference) == #"{"ref":{"id":"c9718c74-2b4f-4e8a-9b7c-00a0000000ab"}}"#)
        let relation = Relation(head: Self.agent, relation: "next", tail: Self.user)
        #expect(try json(relation).contains(#""tail":"5e4a3c2b-1d0f-4e8a-9b7c-00a0000000cd""#))
    }

    @Test func aBodySentByTheClientHasLowerCaseUUIDs() async throws {
        let transport = MockTransport { _ in
            HTTPResponse(
                statusCode: 201,
                body: Data(#"{"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "created_at": "2024-05-01T10:20:30Z", "jobs": []}"#.utf8))
        }
        let client = JulepClient(apiKey: "key", transport: transport)
        _ = try await client.sessions.withRawResponse.create(agent: Self.agent, user: Self.user.uuidString)
        let request = try #require(transport.requests.first)
        let body = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(body.contains("c9718c74-2b4f-4e8a-9b7c-00a0000000ab") && body.contains("5e4a3c2b-1d0f-4e8a-9b7c-00a0000000cd"))
        #expect(!body.contains("C9718C74") && !body.contains("5E4A3C2B"), "\(body)")
    }

    @Test func upperCaseUUIDsStillDecode() throws {
        let decoded = try JSONCoding.makeDecoder().decode(
            Relation.self, from: Data(#"{"head": "C9718C74-2B4F-4E8A-9B7C-00A0000000AB", "relation": "x", "tail": "5e4a3c2b-1d0f-4e8a-9b7c-00a0000000cd"}"#.utf8))
        #expect(decoded.head == Self.agent && decoded.tail == Self.user)
    }
}
