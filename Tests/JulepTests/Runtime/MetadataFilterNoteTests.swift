import Foundation
import Testing

@testable import Julep

/// Issue 22, bug 6: a metadata filter value the server cannot match as given (a Boolean, which it
/// compares as text; text that reads as a number, which it compares as the number) is named in
/// one more log line when logging is on. The line belongs to the runtime's `addDottedQuery` and
/// `ClientCore.perform`, which are being moved out of `templates/runtime/` into a compiled target:
/// until that change lands (see the issue's report), the lines are a known issue here.
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
        withKnownIssue("the runtime does not note filter values that cannot match yet (issue 22, bug 6)") {
            #expect(lines.values.contains { $0.hasPrefix("Julep: note:") && $0.contains("metadata_filter.active=true") })
            #expect(lines.values.contains { $0.hasPrefix("Julep: note:") && $0.contains("metadata_filter.zip=02139") })
        }
        // Strings that stay text and numbers match as given: no note for them.
        #expect(!lines.values.contains { $0.hasPrefix("Julep: note:") && ($0.contains("team") || $0.contains("tier")) })
    }
}
