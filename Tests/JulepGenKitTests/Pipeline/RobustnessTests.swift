import Foundation
import Testing

@testable import JulepGenKit

/// No input crashes the generator: mangled versions of a real spec either generate or fail with
/// located diagnostics. (A crash would take the test process down with it.)
@Suite("Robustness")
struct RobustnessTests {
    /// A small deterministic generator, so a failing mutation can be reproduced from its seed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let source: String = {
        let url = TestSupport.fixtures.appendingPathComponent("features/spec/types.yaml")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// Deletes, duplicates, swaps or corrupts a piece of the text.
    static func mutate(_ text: String, seed: UInt64) -> String {
        var random = SplitMix64(state: seed)
        var scalars = Array(text.unicodeScalars)
        let noise: [Unicode.Scalar] = ["{", "}", "[", "]", ":", "-", "?", "|", "<", ">", "&", "*", "!", "\"", "'", "\t", "\n", " ", "\u{0}", "é"]
        for _ in 0..<Int.random(in: 1...4, using: &random) where !scalars.isEmpty {
            let at = Int.random(in: 0..<scalars.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: scalars.remove(at: at)
            case 1: scalars.insert(noise.randomElement(using: &random)!, at: at)
            case 2:
                let length = min(40, scalars.count - at)
                scalars.insert(contentsOf: scalars[at..<(at + length)], at: at)
            default:
                let other = Int.random(in: 0..<scalars.count, using: &random)
                scalars.swapAt(at, other)
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    @Test(arguments: 0..<150)
    func mangledSpecGeneratesOrFailsWithLocatedErrors(_ seed: Int) throws {
        let mutated = Self.mutate(Self.source, seed: UInt64(seed))
        let root = TestSupport.rootPreamble + "\ninclude: [types.yaml]\n"
        let result = try TestSupport.generate(["api.yaml": root, "types.yaml": mutated])
        if !result.succeeded {
            #expect(result.diagnostics.errors.allSatisfy { $0.location != nil }, "seed \(seed)")
        }
        // Rendering diagnostics (quoting source lines) must not crash either.
        _ = DiagnosticRenderer(sources: result.sources).render(result.diagnostics.sorted)
    }

    @Test func binaryGarbageIsASyntaxError() throws {
        let result = try TestSupport.generate(["api.yaml": "\u{FF}\u{FE}\u{0}garbage: [\u{1}"])
        #expect(!result.succeeded)
        #expect(result.diagnostics.errors.first?.location?.file == "api.yaml")
    }

    @Test func emptyFileIsReported() throws {
        let result = try TestSupport.generate(["api.yaml": ""])
        #expect(result.diagnostics.errors.map(\.message) == ["'api.yaml' is empty"])
    }
}
