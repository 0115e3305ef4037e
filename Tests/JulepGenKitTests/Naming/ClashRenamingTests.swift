import Testing

@testable import JulepGenKit

/// The deterministic rule that renames a taken Swift name (docs/openapi.md, "Names").
@Suite("Clash renaming")
struct ClashRenamingTests {
    @Test func symbolsAreSpelledAsWords() {
        #expect(ClashRenaming.spellingSymbols("StartTime<").map(SwiftNaming.memberName) == "startTimeLessThan")
        #expect(ClashRenaming.spellingSymbols("StartTime>").map(SwiftNaming.memberName) == "startTimeGreaterThan")
        #expect(ClashRenaming.spellingSymbols("+1").map(SwiftNaming.memberName) == "plus1")
        #expect(ClashRenaming.spellingSymbols("StartTime") == nil)
    }

    @Test func theFirstFreeCandidateWinsThenANumber() {
        var names = CollisionChecker(what: "argument")
        names.reserve("options", as: "the request options argument")
        var diagnostics = Diagnostics()
        let first = names.claimRenaming(
            "startTime", original: "StartTime", candidates: [], at: SourceLocation(file: "a.yaml", line: 1, column: 1),
            diagnostics: &diagnostics)
        let second = names.claimRenaming(
            "startTime", original: "StartTime<",
            candidates: ClashRenaming.candidates(derived: "startTime", raw: "StartTime<", naming: SwiftNaming.memberName),
            at: nil, diagnostics: &diagnostics)
        let third = names.claimRenaming(
            "options", original: "options", candidates: ["queryOptions"], at: nil, diagnostics: &diagnostics)
        let fourth = names.claimRenaming(
            "options", original: "Options", candidates: ["queryOptions"], at: nil, diagnostics: &diagnostics)
        #expect([first, second, third, fourth] == ["startTime", "startTimeLessThan", "queryOptions", "options2"])
        #expect(diagnostics.errors.isEmpty)
        #expect(
            diagnostics.warnings.map(\.message) == [
                "argument 'StartTime<' would be 'startTime' in Swift, which is taken by 'StartTime'; it is named 'startTimeLessThan' instead",
                "argument 'options' would be 'options' in Swift, which is the request options argument; it is named 'queryOptions' instead",
                "argument 'Options' would be 'options' in Swift, which is the request options argument; it is named 'options2' instead",
            ])
    }

    @Test func keywordsAreNeverCandidates() {
        var names = CollisionChecker(what: "property")
        var diagnostics = Diagnostics()
        _ = names.claimRenaming("value", original: "value", candidates: [], at: nil, diagnostics: &diagnostics)
        let renamed = names.claimRenaming("value", original: "Value", candidates: ["default", "self"], at: nil, diagnostics: &diagnostics)
        #expect(renamed == "value2")
    }

    @Test func namesInANativeSpecFollowTheSameRule() throws {
        let lines = try TestSupport.diagnostics(
            TestSupport.rootPreamble + "\ntypes:\n  A:\n    properties:\n      URL: string\n      url: string\n  user-name:\n    enum: [a]\n  user_name:\n    enum: [b]\n")
        #expect(
            lines == [
                "api.yaml:12:7: warning: property 'url' would be 'url' in Swift, which is taken by 'URL'; it is named 'url2' instead",
                "api.yaml:15:3: warning: type 'user_name' would be 'UserName' in Swift, which is taken by 'user-name'; it is named 'UserName2' instead",
            ])
    }
}
