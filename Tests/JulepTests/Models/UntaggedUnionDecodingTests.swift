import Foundation
import Testing

@testable import Julep

/// Issue 22, bug 4: an untagged union whose variants overlap decodes as the variant that knows
/// the value's discriminating fields. A variant that reads the value only as `unknown` (a list of
/// content parts whose `type` is not one of theirs) is the fallback, when no later variant knows it.
@Suite("Untagged unions pick by discriminating fields")
struct UntaggedUnionDecodingTests {
    private func entry(_ json: String) throws -> EntryContent {
        try JSONCoding.makeDecoder().decode(EntryContent.self, from: Data(json.utf8))
    }

    @Test func aHistoryEntryHoldingToolCallsDecodesAsToolCalls() throws {
        let content = try entry(#"[{"type": "function", "function": {"name": "get_weather"}, "id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002"}]"#)
        let call = FunctionToolCall(
            function: FunctionCallOption(name: "get_weather"), id: UUID(uuidString: "5e4a3c2b-1d0f-4e8a-9b7c-00a000000002")!)
        #expect(content == .entryContentItemList([.toolCall(.function(call))]))
    }

    @Test func aWholeHistoryFromTheServerDecodes() throws {
        let history = try JSONCoding.makeDecoder().decode(History.self, from: Data("""
            {"entries": [
               {"role": "assistant", "name": null, "source": "api_response", "tokenizer": "gpt-4o", "token_count": 12,
                "timestamp": 1714558830.5, "created_at": "2024-05-01T10:20:30Z", "id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000003",
                "content": [{"type": "function", "function": {"name": "lookup"}, "id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000004"}]},
               {"role": "user", "name": null, "source": "api_request", "tokenizer": "gpt-4o", "token_count": 3,
                "timestamp": 1714558830.0, "created_at": "2024-05-01T10:20:30Z", "id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000005",
                "content": [{"type": "text", "text": "Hello"}]}],
             "relations": [], "session_id": "5e4a3c2b-1d0f-4e8a-9b7c-00a000000006", "created_at": "2024-05-01T10:20:30Z"}
            """.utf8))
        guard case .entryContentItemList(let items) = history.entries[0].content, case .toolCall(.function(let call))? = items.first else {
            Issue.record("the tool call entry decoded as \(history.entries[0].content)")
            return
        }
        #expect(call.function.name == "lookup")
        #expect(history.entries[1].content == .contentPartList([.text(TextContentPart(text: "Hello"))]))
    }

    @Test func contentPartsStillDecodeAsContentParts() throws {
        #expect(try entry(#"[{"type": "text", "text": "Hi"}]"#) == .contentPartList([.text(TextContentPart(text: "Hi"))]))
        #expect(try entry(#""Hi""#) == .string("Hi"))
    }

    /// A discriminator no variant knows: the first variant that reads it as `unknown`, so it is
    /// kept and encoded back unchanged.
    @Test func aDiscriminatorNobodyKnowsIsKeptByTheFirstVariant() throws {
        let content = try entry(#"[{"type": "audio", "data": "…"}]"#)
        guard case .contentPartList(let parts) = content, case .unknown("audio", _)? = parts.first else {
            Issue.record("decoded as \(content)")
            return
        }
        let encoded = try JSONCoding.makeDecoder().decode(JSONValue.self, from: JSONCoding.makeEncoder().encode(content))
        #expect(encoded == [["type": "audio", "data": "…"]])
    }

    /// An enum's unknown value is the fallback too: kept when no later variant takes the string.
    @Test func anUnknownEnumValueIsKeptWhenNoOtherVariantTakesIt() throws {
        let choice = try JSONCoding.makeDecoder().decode(ToolChoice.self, from: Data(#""required""#.utf8))
        #expect(choice == .toolChoiceMode(.unknown("required")), "no later variant takes a string: the fallback")
    }
}
