import Foundation
import Testing

@testable import Julep

/// Issue 22, friction 5: where a union holds text, a `String` variable goes in as it is (an
/// overload of the initializer, factory or manager method), not only a string literal.
@Suite("Text where a union takes one")
struct TextArgumentTests {
    @Test func modelsAndFactoriesTakeAStringVariable() throws {
        let text = "What can the engine compute?"
        #expect(ChatInputMessage(role: .user, content: text).content == .string(text))
        let template = "Summarize: {{inputs[0].text}}"
        #expect(WorkflowStep.prompt(template, unwrap: true) == .prompt(PromptStep(prompt: .jinjaTemplate(template), unwrap: true)))
        #expect(CreateAgentRequest(name: "Ada", model: "gpt-4o", instructions: text).instructions == .string(text))
        // A literal still works, and a list literal is the list case.
        #expect(CreateAgentRequest(name: "Ada", model: "gpt-4o", instructions: ["a", "b"]).instructions == .stringList(["a", "b"]))
        #expect(ChatInputMessage(role: .user, content: "Hi").content == .string("Hi"))
    }

    @Test func managerMethodsTakeAStringVariable() async throws {
        let transport = MockTransport { request in
            HTTPResponse(
                statusCode: 201,
                body: Data(#"{"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "created_at": "2024-05-01T10:20:30Z", "jobs": []}"#.utf8))
        }
        let client = JulepClient(apiKey: "key", transport: transport)
        let title = "Refunds"
        let body = "Refunds take five days."
        let doc = try await client.docs.createForAgent(agentID: UUID(), title: title, content: body)
        #expect(doc.content == .string(body))
        let instructions = "Answer in one sentence."
        let agent = try await client.agents.create(name: "Ada", model: "gpt-4o", instructions: instructions)
        #expect(agent.instructions.asList == [instructions])
        let sent = try JSONCoding.makeDecoder().decode(JSONValue.self, from: try #require(transport.requests.last?.body))
        #expect(sent["instructions"] == .string(instructions))
    }
}
