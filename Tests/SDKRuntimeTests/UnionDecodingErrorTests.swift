import Foundation
import Testing
@testable import SDKRuntime

/// A union of a string and a number, decoded as the generated unions decode.
private enum Amount: Decodable {
    case text(String)
    case number(Double)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .text(value)
            return
        }
        if let value = try? container.decode(Double.self) {
            self = .number(value)
            return
        }
        throw DecodingError.noVariantMatched(Self.self, decoder, expected: "String", "Double")
    }
}

private struct Order: Decodable {
    var amount: Amount
}

@Suite("A union that matches no variant")
struct UnionDecodingErrorTests {
    @Test func theErrorNamesTheVariantsAndWhereTheValueWas() throws {
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Order.self, from: Data(#"{"amount": [1]}"#.utf8))
        }
        guard case .typeMismatch(let type, let context) = error else {
            Issue.record("expected a type mismatch, got \(error)")
            return
        }
        #expect(ObjectIdentifier(type) == ObjectIdentifier(Amount.self))
        #expect(context.debugDescription == "Expected one of: String, Double.")
        #expect(context.codingPath.map(\.stringValue) == ["amount"])
    }
}
