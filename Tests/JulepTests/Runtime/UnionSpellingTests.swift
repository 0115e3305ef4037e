import Foundation
import Testing

@testable import Julep

/// Text-or-list values take literals (generated from the spec; see "Unions" in docs/spec-format.md).
@Suite("Union literals")
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
}
