import Foundation
import Testing

@testable import Julep

/// Text-or-list values take literals and object cases have a direct spelling (generated from the
/// spec; see "Unions" in docs/spec-format.md).
@Suite("Union literals and factories")
struct UnionSpellingTests {
    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONCoding.makeEncoder().encode(value), as: UTF8.self)
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
        #expect(messages == .chatInputMessageList([ChatInputMessage(role: .system, content: "You summarize.")]))
    }

    @Test func mapCasesTakeDictionaryLiteralsWhoseValuesAreLiteralsToo() throws {
        let arguments: ToolCallArguments = ["query": "inputs.topic", "page": ["number": "1"]]
        #expect(arguments == .toolCallArgumentMap(["query": .pyExpression("inputs.topic"), "page": .pyExpressionMap(["number": "1"])]))
    }

    @Test func objectCasesHaveADirectSpelling() throws {
        let query: DocSearchRequest = .textOnlyDocSearchRequest(text: "Bernoulli", limit: 5)
        #expect(query == .textOnlyDocSearchRequest(TextOnlyDocSearchRequest(text: "Bernoulli", limit: 5)))
        let step: WorkflowStep = .prompt(prompt: "Summarize: {{_}}", unwrap: true)
        #expect(step == .prompt(PromptStep(prompt: .jinjaTemplate("Summarize: {{_}}"), unwrap: true)))
        let evaluate: WorkflowStep = .evaluate(evaluate: ["total": "sum(_)"])
        #expect(try json(evaluate) == #"{"evaluate":{"total":"sum(_)"},"kind_":"evaluate"}"#)
    }
}
