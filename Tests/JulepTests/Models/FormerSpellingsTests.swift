import Foundation
import Testing

@testable import Julep

/// Code written from earlier READMEs keeps compiling: the spellings issue 22 replaced are kept as
/// deprecated forwards that build the same values. (The test is deprecated itself, so calling
/// them does not warn.)
@Suite("Former spellings")
struct FormerSpellingsTests {
    @available(*, deprecated, message: "exercises the deprecated spellings on purpose")
    @Test func theFormerSpellingsBuildTheSameValues() {
        #expect(DocSearchRequest.textOnlyDocSearchRequest(text: "Bernoulli") == .text("Bernoulli"))
        #expect(DocSearchRequest.vectorDocSearchRequest(vector: [0.5]) == .vector([0.5]))
        #expect(DocSearchRequest.hybridDocSearchRequest(text: "a", vector: [0.5]) == .hybrid(text: "a", vector: [0.5]))
        #expect(DocSearchRequest.textOnlyDocSearchRequest(TextOnlyDocSearchRequest(text: "a")) == .text("a"))
        #expect(DocSearchRequest.text("a").textOnlyDocSearchRequest?.text == "a")
        #expect(WorkflowStep.prompt(prompt: "Summarize: {{inputs[0].text}}") == .prompt("Summarize: {{inputs[0].text}}"))
        #expect(WorkflowStep.evaluate(evaluate: ["x": "1"]) == .evaluate(["x": "1"]))
        #expect(WorkflowStep.foreach(foreach: ForeachDo(in: "xs", do: .log(log: "x"))) == .foreach(in: "xs", do: .log("x")))
        #expect(WorkflowStep.sleep(sleep: SleepFor(minutes: 1)) == .sleep(minutes: 1))
        #expect(ContentPart.text(text: "Hi") == .text("Hi"))
    }
}
