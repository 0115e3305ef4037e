import Foundation
import Testing
@testable import Julep

/// Unions of objects read what every variant has without a `switch` (generated from the spec;
/// see "Unions" in docs/spec-format.md). The tagged case (optional accessors) is pinned by the
/// generator's `SharedPropertyTests` and the `features` golden fixture: no tagged union of the Julep
/// API has a property all its variants share.
@Suite("Union accessors")
struct UnionAccessorTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONCoding.makeDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func anUntaggedUnionsAccessorsAreNotOptional() {
        let request: DocSearchRequest = .text(TextOnlyDocSearchRequest(text: "tea", limit: 7))
        let limit: Int = request.limit
        #expect(limit == 7)
        #expect(request.lang == .enUS)
    }
}
