import Foundation
import Testing

@testable import Julep

/// Issue 22, bug 6: a metadata filter value the server cannot match as given (a Boolean, which it
/// compares as text; text that reads as a number, which it compares as the number) is named in
/// one more log line when logging is on: the runtime's `addDottedQuery` notes it on the request,
/// and `ClientCore.perform` has the logger write it before the first attempt.
@Suite("Metadata filter notes")
struct MetadataFilterNoteTests {
    @Test func aFilterValueThatCannotMatchIsLogged() async throws {
        let lines = Recorder<String>()
        let transport = MockTransport { _ in HTTPResponse(statusCode: 200, body: Data(#"{"items": []}"#.utf8)) }
        let client = JulepClient(apiKey: "key", transport: transport).withConfiguration {
            $0.logger = RequestLogger { lines.append($0) }
        }
        _ = try await client.agents.list(metadataFilter: ["active": true, "zip": "02139", "team": "support", "tier": 2])
        // What is sent does not change: the server's form.
        let query = try #require(transport.requests.first?.url.query)
        #expect(query.contains("metadata_filter.active=true") && query.contains("metadata_filter.zip=02139"))
        let notes = lines.values.filter { $0.hasPrefix("Julep: note:") }
        #expect(notes.count == 2)
        #expect(notes.contains { $0.contains("metadata_filter.active=true") && $0.contains("Boolean") })
        #expect(notes.contains { $0.contains("metadata_filter.zip=02139") && $0.contains("reads as a number") })
        // Before the attempt's line, once.
        #expect(lines.values.count == 3)
        #expect(lines.values.last?.hasPrefix("Julep: GET ") == true)
        // Strings that stay text and numbers match as given: no note for them.
        #expect(!lines.values.contains { $0.hasPrefix("Julep: note:") && ($0.contains("team") || $0.contains("tier")) })
    }

    /// docs/sdk.md's logging section shows the note for `["active": true]`.
    @Test func theDocumentedNoteIsTheLoggersOwn() async throws {
        let docs = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../docs/sdk.md"),
            encoding: .utf8)
        let shown = try #require(docs.split(separator: "\n").first { $0.hasPrefix("Julep: note: ") })
        let lines = Recorder<String>()
        let transport = MockTransport { _ in HTTPResponse(statusCode: 200, body: Data(#"{"items": []}"#.utf8)) }
        let client = JulepClient(apiKey: "key", transport: transport).withConfiguration {
            $0.logger = RequestLogger { lines.append($0) }
        }
        _ = try await client.agents.list(metadataFilter: ["active": true])
        #expect(lines.values.first == String(shown))
    }
}
