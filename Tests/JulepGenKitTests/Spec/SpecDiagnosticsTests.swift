import Testing

@testable import JulepGenKit

/// One test per kind of spec problem: each asserts the exact location and message.
@Suite("Spec diagnostics")
struct SpecDiagnosticsTests {
    private func diagnostics(_ body: String) throws -> [String] {
        try TestSupport.diagnostics(TestSupport.rootPreamble + "\n" + body)
    }

    @Test func yamlSyntaxError() throws {
        let result = try TestSupport.generate(["api.yaml": TestSupport.rootPreamble + "\ntypes:\n  A:\n    properties: [a, b\n"])
        let errors = result.diagnostics.errors
        #expect(errors.count == 1)
        #expect(errors.first?.location?.description == "api.yaml:11:1")
        #expect(errors.first?.message == "YAML syntax error: did not find expected ',' or ']'")
        #expect(errors.first?.notes.map(\.message) == ["while parsing a flow sequence"])
        #expect(errors.first?.notes.first?.location?.description == "api.yaml:10:17")
    }

    @Test func valueOfTheWrongShape() throws {
        let lines = try diagnostics("types:\n  A:\n    properties: [a, b]\n")
        #expect(lines == ["api.yaml:10:17: error: expected 'properties' of type 'A' to be a mapping, found a list"])
    }

    @Test func unknownKeyWithSuggestion() throws {
        let lines = try diagnostics("types:\n  A:\n    propertes:\n      a: string\n")
        #expect(
            lines == [
                "api.yaml:9:3: error: type 'A' needs one of 'properties', 'enum', 'alias' or 'union'",
                "api.yaml:10:5: error: unknown key 'propertes' in type 'A'; did you mean 'properties'?",
            ])
    }

    @Test func unknownTypeReferencePointsInsideTheExpression() throws {
        let lines = try diagnostics("types:\n  Agent:\n    properties:\n      friends: list<Agnt>\n")
        #expect(lines == ["api.yaml:11:21: error: unknown type 'Agnt'; did you mean 'Agent'?"])
    }

    @Test func unknownTypeInQuotedScalarAccountsForTheQuote() throws {
        let lines = try diagnostics("types:\n  A:\n    properties:\n      b: \"map<Nope>\"\n")
        #expect(lines == ["api.yaml:11:15: error: unknown type 'Nope'"])
    }

    @Test func duplicateTypeNameAcrossFiles() throws {
        let result = try TestSupport.generate([
            "api.yaml": TestSupport.rootPreamble + "\ninclude: [more.yaml]\ntypes:\n  A:\n    enum: [x]\n",
            "more.yaml": "types:\n  A:\n    enum: [y]\n",
        ])
        let errors = result.diagnostics.errors
        #expect(errors.count == 1)
        #expect(errors.first?.message == "type 'A' is declared twice")
        #expect(errors.first?.location?.description == "more.yaml:2:3")
        #expect(errors.first?.notes.first?.location?.description == "api.yaml:10:3")
    }

    @Test func duplicateKeyInAMapping() throws {
        let lines = try diagnostics("types:\n  A:\n    docs: one\n    docs: two\n    enum: [x]\n")
        #expect(lines == ["api.yaml:11:5: error: duplicate key 'docs' in type 'A'"])
    }

    @Test func explicitNamesThatCollideInSwift() throws {
        let lines = try diagnostics(
            "types:\n  A:\n    properties:\n      URL: { type: string, swiftName: link }\n      url: { type: string, swiftName: link }\n")
        #expect(
            lines == [
                "api.yaml:12:39: error: property 'url' and 'URL' both become 'link' in Swift; set 'swiftName' on one of them"
            ])
    }

    @Test func pathParameterWithoutDeclaration() throws {
        let lines = try diagnostics(
            "resources:\n  things:\n    operations:\n      get:\n        method: GET\n        path: /things/{id}\n")
        #expect(lines == ["api.yaml:13:24: error: path parameter '{id}' is not declared under 'pathParams'"])
    }

    @Test func declaredPathParameterMissingFromThePath() throws {
        let lines = try diagnostics(
            """
            resources:
              things:
                operations:
                  get:
                    method: GET
                    path: /things
                    pathParams:
                      id: uuid
            """)
        #expect(
            lines == [
                "api.yaml:15:11: error: path parameter 'id' is declared but the path '/things' has no '{id}'"
            ])
    }

    @Test func cycleThatCannotBeRepresented() throws {
        let lines = try diagnostics(
            "types:\n  A:\n    properties:\n      b: B\n  B:\n    properties:\n      a: A\n")
        #expect(
            lines == [
                "api.yaml:9:3: error: type 'A' contains itself through its required property 'b', so no finite value has this type; make a property on the cycle optional, nullable or a list",
                "api.yaml:12:3: error: type 'B' contains itself through its required property 'a', so no finite value has this type; make a property on the cycle optional, nullable or a list",
            ])
    }

    @Test func aliasCycle() throws {
        let lines = try diagnostics("types:\n  A:\n    alias: list<B>\n  B:\n    alias: A?\n")
        #expect(
            lines == [
                "api.yaml:9:3: error: alias 'A' refers to itself (A → B → A); a cycle of aliases cannot be represented"
            ])
    }

    @Test func defaultThatDoesNotMatchItsType() throws {
        let lines = try diagnostics("types:\n  A:\n    properties:\n      n: { type: int, default: \"ten\" }\n")
        #expect(lines == ["api.yaml:11:32: warning: default value 'ten' does not match the type 'int'; it is ignored"])
    }

    @Test func everyErrorOfARunIsReported() throws {
        let lines = try diagnostics(
            """
            types:
              A:
                properties:
                  b: Nope
                  c: Neither
                colour: red
            resources:
              r:
                operations:
                  o:
                    method: FETCH
                    path: things
            """)
        #expect(lines.count == 5)
        #expect(lines.contains("api.yaml:11:10: error: unknown type 'Nope'"))
        #expect(lines.contains("api.yaml:12:10: error: unknown type 'Neither'"))
        #expect(lines.contains { $0.hasPrefix("api.yaml:13:5: error: unknown key 'colour'") })
        #expect(lines.contains("api.yaml:18:17: error: unknown HTTP method 'FETCH'"))
        #expect(lines.contains("api.yaml:19:15: error: a path must start with '/', found 'things'"))
    }

    @Test func renderedDiagnosticQuotesTheLineWithACaret() throws {
        let result = try TestSupport.generate([
            "api.yaml": TestSupport.rootPreamble + "\ntypes:\n  A:\n    properties:\n      friends: list<Agnt>\n"
        ])
        let rendered = DiagnosticRenderer(sources: result.sources).render(result.diagnostics.sorted)
        #expect(
            rendered == """
                api.yaml:11:21: error: unknown type 'Agnt'
                      friends: list<Agnt>
                                    ^
                """)
    }

    @Test func includedFileThatDoesNotExist() throws {
        let lines = try diagnostics("include: [nowhere.yaml]\n")
        #expect(lines == ["api.yaml:8:11: error: cannot read 'nowhere.yaml'"])
    }

    @Test func explicitSwiftNameThatShadowsASwiftType() throws {
        let lines = try diagnostics("types:\n  Job:\n    swiftName: Task\n    enum: [a]\n")
        #expect(
            lines == [
                "api.yaml:10:16: error: swiftName 'Task' would shadow Swift's 'Task' for the SDK and its users; choose another name"
            ])
    }

    @Test func warningsDoNotFailARun() throws {
        let result = try TestSupport.generate([
            "api.yaml": TestSupport.rootPreamble + "\ntypes:\n  A:\n    alias: json?\n"
        ])
        #expect(result.succeeded)
        #expect(result.diagnostics.warnings.count == 1)
    }
}
