import Foundation
import Testing

@testable import Julep

/// Text-or-list values take literals, object cases have a direct spelling, and a chat reply's
/// text is one property away (all generated from the spec; see "Unions" in docs/spec-format.md).
@Suite("Union literals, factories and accessors")
struct UnionSpellingTests {
    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONCoding.makeEncoder().encode(value), as: UTF8.self)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONCoding.makeDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func textOrListValuesTakeStringAndArrayLiterals() throws {
        let one: Instructions = "Be brief."
        let several: Instructions = ["Be brief.", "Be right."]
        #expect(one == .string("Be brief."))
        #expect(several == .stringList(["Be brief.", "Be right."]))
        let content: DocContent = ["Part one", "Part two"]
        #expect(try json(content) == #"["Part one","Part two"]"#)
        let message = ChatInputMessage(role: .user, content: "Hello")
        #expect(message.content == .string("Hello"))
        let prompt: Prompt = "Summarize: {{inputs[0].text}}"
        #expect(prompt == .jinjaTemplate("Summarize: {{inputs[0].text}}"))
        let messages: Prompt = [ChatInputMessage(role: .system, content: "You summarize.")]
        #expect(messages.chatInputMessageList?.count == 1)
    }

    @Test func mapCasesTakeDictionaryLiteralsWhoseValuesAreLiteralsToo() throws {
        let arguments: ToolCallArguments = ["query": "inputs.topic", "page": ["number": "1"]]
        #expect(arguments == .toolCallArgumentMap(["query": .pyExpression("inputs.topic"), "page": .pyExpressionMap(["number": "1"])]))
    }

    @Test func objectCasesHaveADirectSpelling() throws {
        let query: DocSearchRequest = .text("Bernoulli", limit: 5)
        #expect(query == .text(TextOnlyDocSearchRequest(text: "Bernoulli", limit: 5)))
        let step: WorkflowStep = .prompt("Summarize: {{_}}", unwrap: true)
        #expect(step == .prompt(PromptStep(prompt: .jinjaTemplate("Summarize: {{_}}"), unwrap: true)))
        let evaluate: WorkflowStep = .evaluate(["total": "sum(_)"])
        #expect(try json(evaluate) == #"{"evaluate":{"total":"sum(_)"},"kind_":"evaluate"}"#)
    }

    /// Issue 22, friction 2 and 3: searches by what they search with, and workflow steps without
    /// repeated labels; a wrapper used once (`ForeachDo`, `SleepFor`) is built by the factory.
    @Test func searchesAndStepsReadAsTheyAreMeant() throws {
        let vector = [0.25, 0.5]
        #expect(DocSearchRequest.text("refund") == .text(TextOnlyDocSearchRequest(text: "refund")))
        #expect(DocSearchRequest.vector(vector, limit: 3) == .vector(VectorDocSearchRequest(vector: vector, limit: 3)))
        #expect(
            DocSearchRequest.hybrid(text: "refund", vector: vector)
                == .hybrid(HybridDocSearchRequest(text: "refund", vector: vector)))
        let steps: [WorkflowStep] = [
            .evaluate(["total": "sum(_)"]), .prompt("Summarize: {{_}}"), .log("done"), .get("key"),
            .set(["key": "1"]), .return(["answer": "_"]), .error("failed"), .sleep(seconds: 5),
            .waitForInput(info: ["question": "'Approve?'"]), .parallel([.log("a"), .log("b")]),
            .switch([CaseThen(case: "_", then: .log("always"))]),
            .foreach(in: "inputs.items", do: .log("{{_}}")),
        ]
        #expect(steps[11] == .foreach(ForeachStep(foreach: ForeachDo(in: "inputs.items", do: .log(LogStep(log: "{{_}}"))))))
        #expect(steps[7] == .sleep(SleepStep(sleep: SleepFor(seconds: 5))))
        #expect(try json(steps[11]) == #"{"foreach":{"do":{"kind_":"log","log":"{{_}}"},"in":"inputs.items"},"kind_":"foreach"}"#)
        let part: ContentPart = .text("Hello")
        #expect(part == .text(TextContentPart(text: "Hello")))
        #expect(ContentPart.imageURL(url: "https://example.com/a.png") == .imageURL(ImageContentPart(imageURL: ImageURL(url: "https://example.com/a.png"))))
    }

    /// Issue 22, friction 6: a value or a list of them, read as a list either way.
    @Test func aValueOrAListReadsAsAList() {
        let one: Instructions = "Be brief."
        let several: Instructions = ["Be brief.", "Be right."]
        #expect(one.asList == ["Be brief."])
        #expect(several.asList == ["Be brief.", "Be right."])
        #expect(DocContent.string("Text").asList == ["Text"])
    }

    @Test func everyCaseReadsAsAnOptional() {
        let content: MessageContent = "Hi"
        #expect(content.string == "Hi")
        #expect(content.stringList == nil)
    }

    @Test func aChatReplysTextIsOnePropertyAway() throws {
        let reply = try decode(ChatResponse.self, """
            {"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "created_at": "2024-05-01T10:20:30Z", "jobs": [], "docs": [],
             "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Bernoulli numbers."}}]}
            """)
        #expect(reply.text == "Bernoulli numbers.")
        #expect(reply.message?.role == .assistant)
    }

    @Test func aReplyWithoutOneTextHasNone() throws {
        let parts = try decode(ChatResponse.self, """
            {"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "created_at": "2024-05-01T10:20:30Z", "jobs": [], "docs": [],
             "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": [{"type": "text", "text": "Hi"}]}}]}
            """)
        #expect(parts.text == nil)
        #expect(parts.message != nil)
        let none = try decode(ChatResponse.self, """
            {"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "created_at": "2024-05-01T10:20:30Z", "jobs": [], "docs": [], "choices": []}
            """)
        #expect(none.text == nil)
        #expect(none.message == nil)
    }
}
