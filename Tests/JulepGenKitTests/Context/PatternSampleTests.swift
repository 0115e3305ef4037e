import Foundation
import Testing

@testable import JulepGenKit

/// Sample strings for the patterns real documents declare, checked against the pattern itself.
@Suite("Samples built from patterns")
struct PatternSampleTests {
    static let patterns = [
        #"^AC[0-9a-fA-F]{32}$"#,  // Twilio's account SID
        #"^VA[0-9a-fA-F]{32}$"#,
        #"^[a-zA-Z0-9_\-\:]+$"#,  // DigitalOcean's tag
        #"^do:(dbaas|domain|droplet):.*"#,  // DigitalOcean's resource ID
        #"^\d{3}-\d{2,4}$"#,
        #"(?:ab|cd)+x?"#,
        #"^[^/]{1,5}$"#,
        #"^$|[0-9a-f]{8}\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\b[0-9a-f]{12}"#,  // DigitalOcean's UUID, or nothing
    ]

    @Test(arguments: patterns)
    func theSampleMatchesItsPattern(_ pattern: String) throws {
        let sample = try #require(PatternSample.string(matching: pattern, counter: 7))
        let regex = try NSRegularExpression(pattern: pattern)
        #expect(regex.firstMatch(in: sample, range: NSRange(sample.startIndex..., in: sample)) != nil, "\(sample)")
    }

    @Test func theCounterEndsTheFirstRunOfDigits() {
        #expect(PatternSample.string(matching: #"^AC[0-9a-fA-F]{32}$"#, counter: 7) == "AC" + String(repeating: "0", count: 31) + "7")
    }

    @Test func anEmptyAlternativeIsNotTheSample() {
        let sample = PatternSample.string(matching: #"^$|[0-9a-f]{8}\b-[0-9a-f]{4}"#, counter: 7)
        #expect(sample == "00000007-0000")
    }

    @Test func patternsItCannotReadGiveNothing() {
        #expect(PatternSample.string(matching: #"^(?=a)b"#, counter: 1) == nil)  // a look-ahead
        #expect(PatternSample.string(matching: #"(a)\1"#, counter: 1) == nil)  // a back-reference
        #expect(PatternSample.string(matching: #"[a-z"#, counter: 1) == nil)
    }

    @Test func aPathSampleTakesTheBuiltStringWhenItsPlainSpellingsFail() {
        var constraints = Constraints()
        constraints.pattern = #"^AC[0-9a-fA-F]{32}$"#
        let sample = SampleBuilder.string(hint: "AccountSid", n: 3, constraints: constraints, purpose: .path)
        #expect(sample == "AC" + String(repeating: "0", count: 31) + "3")
    }
}
