import Foundation
import JulepTestSupport
import Testing

@testable import Julep

/// The snippets of docs/sdk.md (`SDKDocsSnippets`) that take a client run against the emulated
/// Julep server or a stub transport and do what the reference says; the logging line the
/// reference shows is the line the logger writes.
@Suite("docs/sdk.md snippets", .timeLimit(.minutes(3)))
struct SDKDocsSnippetTests {
    @Test func theSnippetsRunAgainstTheServer() async throws {
        try await withJulepServer { client, _ in
            let agent = try await client.agents.create(name: "Ada", model: "gpt-4o", metadata: ["team": "support", "tier": 2])
            let (tool, session, doc) = try await SDKDocsSnippets.returns(client: client, agentID: agent.id)
            #expect(tool.name == "find" && session.situation == "Support" && doc.title == "FAQ")

            let task = try await client.tasks.create(agentID: agent.id, name: "triage", main: [.log("hi")])
            #expect(try await SDKDocsSnippets.arguments(client: client, taskID: task.id).count == 2)
            let execution = try await client.tasks.startExecution(taskID: task.id, input: [:])
            #expect(try await SDKDocsSnippets.executionControl(client: client, execution: execution).status == .cancelled)
            try await SDKDocsSnippets.streaming(client: client, execution: execution)

            let (found, vectors) = try await SDKDocsSnippets.searchAndEmbed(client: client, agentID: agent.id)
            #expect(vectors.count == 2 && found.docs.allSatisfy { $0.title == "FAQ" })
            #expect(try await SDKDocsSnippets.metadataFilters(client: client).items.map(\.id) == [agent.id])

            try await SDKDocsSnippets.errors(client: client, id: UUID())
            #expect(try await SDKDocsSnippets.rawResponse(client: client, id: agent.id) == 200)
            #expect(try await SDKDocsSnippets.pagination(client: client).map(\.id) == [agent.id, agent.id])
        }
    }

    @Test func theValueSnippetBuildsWhatItSays() {
        let (agent, message, step, lines) = SDKDocsSnippets.values(title: "t", text: "Hi")
        #expect(message.content == .string("Hi"))
        #expect(step == .foreach(ForeachStep(foreach: ForeachDo(in: "inputs.items", do: .log(LogStep(log: "{{_}}"))))))
        #expect(lines == ["Be brief.", "Cite."] && agent.instructions == .stringList(lines))
    }

    @Test func theStubTransportAnswersEveryList() async throws {
        #expect(try await SDKDocsSnippets.transport().agents.list().items.isEmpty)
    }

    /// The line after the logging snippet's client is what the logger writes for `agents.list()`
    /// (but for the duration).
    @Test func theLoggingLineIsTheLoggersOwn() async throws {
        let source = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("SDKDocsSnippets.swift"),
            encoding: .utf8)
        let shown = try #require(
            source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("// Julep: ") })
        let lines = Recorder<String>()
        let transport = MockTransport { _ in HTTPResponse(statusCode: 200, body: Data(#"{"items": []}"#.utf8)) }
        let client = JulepClient(apiKey: "key", transport: transport).withConfiguration {
            $0.logger = RequestLogger { lines.append($0) }
        }
        _ = try await client.agents.list()
        let written = try #require(lines.values.first)
        let masked = { (line: String) in line.replacing(/\d+ ms\)/, with: "… ms)") }
        #expect(masked("// " + written) == masked(shown))
    }
}
