import Foundation
import Testing

@testable import Julep

/// Issue 22, friction 5: a `map<json>` argument (`metadata`, `metadataFilter`, an execution's
/// `input`) takes a plain dictionary, values from variables included, without `JSONValue` wrapping;
/// the spellings that worked when it took `[String: JSONValue]` still do, but for two literals
/// (`JSONValueConvertible`'s documentation names them).
@Suite("Plain dictionaries for JSON maps")
struct PlainMetadataTests {
    static let agentID = "0190f3c4-1111-7000-8000-000000000001"

    /// A client whose server answers every request with a created agent.
    static func client() -> (JulepClient, MockTransport) {
        let created = #"{"id": "\#(agentID)", "created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-05-01T10:20:30Z", "jobs": [], "items": []}"#
        let transport = MockTransport { _ in HTTPResponse(statusCode: 201, body: Data(created.utf8)) }
        return (JulepClient(apiKey: "test-api-key", transport: transport).withConfiguration { $0.logger = nil }, transport)
    }

    static func sentMetadata(_ transport: MockTransport) throws -> String {
        let body = try #require(transport.requests.last?.body)
        let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let metadata = try #require(object["metadata"])
        return String(decoding: try JSONSerialization.data(withJSONObject: metadata, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func aLiteralMixingTypesNeedsNoWrapping() async throws {
        let (client, transport) = Self.client()
        let agent = try await client.agents.create(name: "Ada", model: "gpt-4o", metadata: ["priority": "high", "count": 3])
        #expect(try Self.sentMetadata(transport) == #"{"count":3,"priority":"high"}"#)
        #expect(agent.metadata == ["priority": .string("high"), "count": .integer(3)])
    }

    @Test func valuesFromVariablesNeedNoWrapping() async throws {
        let (client, transport) = Self.client()
        let topic = "billing"
        let count = 3
        let ratio = 0.5
        let vip = true
        let tags = ["refund", "urgent"]
        let limits: [String: Int] = ["daily": 10]
        let missing: String? = nil
        let owner = try #require(UUID(uuidString: Self.agentID))
        _ = try await client.agents.create(
            name: "Ada", model: "gpt-4o",
            metadata: [
                "topic": topic, "count": count, "ratio": ratio, "vip": vip, "tags": tags, "limits": limits,
                "missing": missing, "owner": owner, "big": Int64(1) << 40,
            ])
        #expect(try Self.sentMetadata(transport) == #"""
            {"big":1099511627776,"count":3,"limits":{"daily":10},"missing":null,"owner":"0190f3c4-1111-7000-8000-000000000001","ratio":0.5,"tags":["refund","urgent"],"topic":"billing","vip":true}
            """#)
    }

    @Test func typedDictionariesPassAsTheyAre() async throws {
        let (client, transport) = Self.client()
        let labels: [String: String] = ["team": "support"]
        _ = try await client.agents.create(name: "Ada", model: "gpt-4o", metadata: labels)
        #expect(try Self.sentMetadata(transport) == #"{"team":"support"}"#)
        let flags: [String: Bool] = ["active": true]
        _ = try await client.users.create(name: "Grace", metadata: flags)
        #expect(try Self.sentMetadata(transport) == #"{"active":true}"#)
        // Metadata read from one object, given to another.
        let stored: [String: JSONValue]? = ["copied": .integer(1)]
        _ = try await client.agents.withRawResponse.update(id: Self.agentID, name: "Ada", model: "gpt-4o", metadata: stored)
        #expect(try Self.sentMetadata(transport) == #"{"copied":1}"#)
    }

    @Test func theJSONValueSpellingsStillWork() async throws {
        let (client, transport) = Self.client()
        let title = "Refunds"
        _ = try await client.agents.create(
            name: "Ada", model: "gpt-4o",
            metadata: [
                "title": .string(title), "none": .null, "n": .integer(2), "x": .double(1.5), "on": .bool(false),
                "list": .array([1, "a"]), "object": .object(["k": "v"]), "mixed": ["a", 1] as JSONValue,
            ])
        #expect(try Self.sentMetadata(transport) == #"""
            {"list":[1,"a"],"mixed":["a",1],"n":2,"none":null,"object":{"k":"v"},"on":false,"title":"Refunds","x":1.5}
            """#)
        _ = try await client.agents.create(name: "Ada", model: "gpt-4o", metadata: nil)
        let body = try #require(transport.requests.last?.body)
        #expect(!String(decoding: body, as: UTF8.self).contains("metadata"))
    }

    @Test func aFilterFromAVariable() async throws {
        let (client, transport) = Self.client()
        let team = "support"
        let tier = 2
        _ = try await client.agents.list(metadataFilter: ["team": team, "tier": tier])
        let query = try #require(transport.requests.last?.url.query)
        #expect(query.contains("metadata_filter.team=support") && query.contains("metadata_filter.tier=2"))
        let filter: [String: String] = ["team": "ops"]
        _ = try await client.docs.listForAgent(agentID: Self.agentID, metadataFilter: filter)
        #expect(transport.requests.last?.url.query?.contains("metadata_filter.team=ops") == true)
    }
}
