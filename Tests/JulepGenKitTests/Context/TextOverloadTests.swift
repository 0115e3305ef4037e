import Testing

@testable import JulepGenKit

/// Issue 22, friction 5: an initializer, factory or manager method whose argument is a union
/// holding text (the case its string literals make) has an overload taking `String`, so a
/// variable needs no `.string(…)`; a union without exactly one text case gets none.
@Suite("String overloads for unions holding text")
struct TextOverloadTests {
    static let spec = TestSupport.rootPreamble + "\n" + """
        types:
          Content:
            union: [string, list<string>]
          Either:
            union: [string, Template]
          Template:
            alias: string
          Message:
            properties:
              role: string
              content: Content
              note?: Content
              other?: Either
          Step:
            union:
              discriminator: kind
              variants:
                say: Say
          Say:
            properties:
              say: Content
              loud: { type: bool, default: false }
        resources:
          messages:
            operations:
              post:
                method: POST
                path: /messages
                body: { type: Message, flatten: true }
                response: { status: 201, type: Message }
        """

    private func file(_ path: String) throws -> String {
        let result = try TestSupport.generate(["api.yaml": Self.spec])
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        return try #require(result.files.first { $0.path == "Sources/Demo/\(path)" }).contents
    }

    @Test func initializersTakeText() throws {
        let message = try file("Models/Message.swift")
        #expect(message.contains("""
                /// Creates a value from its properties, `content` given as text (`.string`), `note` given as text
                /// (`.string`).
                public init(
                    role: String,
                    content: String,
                    note: String,
                    other: Either? = nil
                ) {
                    self.init(role: role, content: .string(content), note: .string(note), other: other)
                }
            """), "`Either` has two text cases, so a literal or String would be ambiguous: it keeps its type")
    }

    @Test func factoriesTakeText() throws {
        #expect(try file("Models/Step.swift").contains("""
                public static func say(
                    _ say: String,
                    loud: Bool = false
                ) -> Self {
                    .say(.string(say), loud: loud)
                }
            """))
    }

    @Test func managerMethodsTakeText() throws {
        #expect(try file("Resources/MessagesResource.swift").contains("""
                public func post(
                    role: String,
                    content: String,
                    note: String,
                    other: Either? = nil,
                    options: RequestOptions? = nil
                ) async throws -> Message {
                    try await post(role: role, content: .string(content), note: .string(note), other: other, options: options)
                }
            """))
    }
}
