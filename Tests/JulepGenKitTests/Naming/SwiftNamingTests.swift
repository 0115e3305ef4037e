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
