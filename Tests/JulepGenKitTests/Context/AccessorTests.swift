import Testing

@testable import JulepGenKit

/// `accessors:` declares a shortcut to a value deep inside a type (`reply.text`), checked against
/// the types at generation time.
@Suite("Spec accessors")
struct AccessorTests {
    static func spec(_ accessors: String) -> String {
        TestSupport.rootPreamble + "\n" + """
            types:
              Content:
                union: [string, list<string>]
              Message:
                properties:
                  content: Content
                  name?: string
              Choice:
                properties:
                  message: Message
              Reply:
                union: [Chunk, Full]
            \(accessors)
              Chunk:
                properties:
                  delta: string
              Full:
                properties:
                  choices: list<Choice>
                  note: string
            resources:
              chat:
                operations:
                  send:
                    method: POST
                    path: /chat
                    response: { type: Reply }
            """
    }

    private func generate(_ accessors: String) throws -> Generator.Result {
        try TestSupport.generate(["api.yaml": Self.spec(accessors)])
    }

    @Test func aPathThroughUnionsListsAndPropertiesBecomesOneGuard() throws {
        let result = try generate("""
                accessors:
                  text: { path: Full.choices.0.message.content.string, docs: The first text. }
                  fullNote: Full.note
                  second: Full.choices.1
            """)
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        let reply = try #require(result.files.first { $0.path == "Sources/Demo/Models/Reply.swift" }).contents
        #expect(reply.contains("""
                /// The first text.
                public var text: String? {
                    guard case .full(let value1) = self,
                        let value2 = value1.choices.first,
                        case .string(let value3) = value2.message.content
                    else { return nil }
                    return value3
                }
            """))
        #expect(reply.contains("public var fullNote: String? {\n        guard case .full(let value1) = self\n        else { return nil }\n        return value1.note"))
        #expect(reply.contains("let value2 = value1.choices.dropFirst(1).first"))
    }

    @Test func aPathOfPropertiesOnlyIsNotOptional() throws {
        let plain = Self.spec("")
        let spec = plain.replacingOccurrences(
            of: "  Choice:\n    properties:\n      message: Message",
            with: "  Choice:\n    accessors: { content: message.content, name: message.name }\n    properties:\n      message: Message")
        #expect(spec != plain)
        let result = try TestSupport.generate(["api.yaml": spec])
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        let choice = try #require(result.files.first { $0.path == "Sources/Demo/Models/Choice.swift" }).contents
        #expect(choice.contains("public var content: Content {\n        self.message.content\n    }"))
        #expect(choice.contains("public var name: String? {\n        guard let value1 = self.message.name"))
    }

    @Test(arguments: [
        ("wrong: Full.choices.0.mesage", "'mesage' in the path: 'Choice' has no property 'mesage'; did you mean 'message'?"),
        ("wrong: Nope.note", "'Nope' in the path: 'Reply' has no variant 'Nope'"),
        ("wrong: Full.choices.first", "'first' in the path: a list is followed by an index such as 0"),
        ("wrong: Full.note.more", "'more' in the path: a value of type 'string' has nothing inside to reach"),
        ("note: Full.note", "accessor 'note' has the name of a member 'Reply' already has: 'note'"),
        ("full: Full.note", "accessor 'full' has the name of a member 'Reply' already has: 'full'"),
    ])
    func aPathThatDoesNotResolveIsAnError(_ accessor: String, _ message: String) throws {
        let result = try generate("    accessors:\n      " + accessor)
        #expect(!result.succeeded)
        let messages = result.diagnostics.sorted.map(\.message)
        #expect(messages.contains { $0.hasPrefix(message) }, "\(messages)")
    }
}
