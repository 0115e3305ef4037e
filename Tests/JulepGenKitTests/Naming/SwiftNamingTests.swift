import Foundation
import Testing

@testable import JulepGenKit

@Suite("Swift naming")
struct SwiftNamingTests {
    @Test(arguments: [
        ("agents_route_create", "AgentsRouteCreate"),
        ("Agents.Agent", "AgentsAgent"),
        ("date-time", "DateTime"),
        ("HTTPResponse_code", "HTTPResponseCode"),
        ("user-id", "UserId"),
        ("1st-place", "_1stPlace"),
        ("Ünïcødé-Typé", "ÜnïcødéTypé"),
        ("already_CamelCase", "AlreadyCamelCase"),
    ])
    func typeNames(_ raw: String, _ expected: String) {
        #expect(SwiftNaming.typeName(raw) == expected)
    }

    /// The byte-wise split of ASCII names gives the words the Unicode one gives.
    @Test func asciiSplitAgreesWithUnicodeSplit() {
        let names = [
            "", "_", "__x__", "a", "A", "aB", "Ab", "AB", "ABc", "aBC", "ABCDef", "HTTPResponse_code", "getURLs",
            "v2Beta", "V2BETA", "2fa", "x2Y", "ISO8601Date", "snake_case_name", "kebab-case-name", "dot.separated.Name",
            "with space", "tab\there", "line\r\nend", "Agents.CreateOrUpdateAgentRequest", "$ref", "#/components",
        ]
        for name in names {
            #expect(SwiftNaming.asciiWords(name) == SwiftNaming.unicodeWords(name), "\(name)")
        }
    }

    /// The same on every ASCII line of Julep's OpenAPI document: keys, paths, descriptions.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingReason))
    func asciiSplitAgreesWithUnicodeSplitOnTheReferenceDocument() throws {
        let text = try String(contentsOfFile: SharedData.referenceDocument, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        for line in lines {
            #expect(SwiftNaming.asciiWords(line) == SwiftNaming.unicodeWords(line), "\(line)")
        }
    }

    @Test(arguments: [
        ("sort_by", "sortBy"),
        ("ID", "id"),
        ("URLPath", "urlPath"),
        ("kind_", "kind"),
        ("created_at", "createdAt"),
        ("api-alpha", "apiAlpha"),
        ("Type", "type"),
        ("1st", "_1st"),
        ("naïve-field", "naïveField"),
        ("userID", "userID"),
    ])
    func memberNames(_ raw: String, _ expected: String) {
        #expect(SwiftNaming.memberName(raw) == expected)
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftNaming.escapedMemberName("default") == "`default`")
        #expect(SwiftNaming.escapedMemberName("self") == "`self`")
        #expect(SwiftNaming.escapedMemberName("protocol") == "`protocol`")
        #expect(SwiftNaming.escapedMemberName("name") == "name")
    }

    @Test func typesThatWouldShadowSwiftTypesGetThePrefix() {
        var diagnostics = Diagnostics()
        let namer = TypeNamer(apiSwiftName: "Julep")
        #expect(namer.name(for: "Task", explicit: nil, diagnostics: &diagnostics) == "JulepTask")
        #expect(namer.name(for: "Date", explicit: nil, diagnostics: &diagnostics) == "JulepDate")
        #expect(namer.name(for: "JSONValue", explicit: nil, diagnostics: &diagnostics) == "JulepJSONValue")
        #expect(namer.name(for: "Agent", explicit: nil, diagnostics: &diagnostics) == "Agent")
        #expect(diagnostics.isEmpty)
    }

    @Test func suggestionsFindCloseWords() {
        #expect(Suggestion.closest(to: "propertes", in: ["properties", "enum"]) == "properties")
        #expect(Suggestion.closest(to: "xyz", in: ["properties", "enum"]) == nil)
    }
}
