import Foundation
import Testing
@testable import SDKRuntime

/// An object with undeclared keys, coded as the generated models code one.
private struct Labels: Codable, Equatable {
    var name: String
    var additionalProperties: [String: Int]

    init(name: String, additionalProperties: [String: Int] = [:]) {
        self.name = name
        self.additionalProperties = additionalProperties
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        name = try container.decode(String.self, forKey: "name")
        additionalProperties = try container.decodeAdditionalProperties(Int.self, excluding: ["name"])
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(name, forKey: "name")
        try container.encodeAdditionalProperties(additionalProperties, excluding: ["name"])
    }
}

@Suite("Additional properties")
struct AdditionalPropertiesTests {
    @Test func undeclaredKeysAreKeptAndEncodedBack() throws {
        let decoded = try JSONCoding.makeDecoder().decode(Labels.self, from: Data(#"{"name":"a","x":1,"y":2}"#.utf8))
        #expect(decoded == Labels(name: "a", additionalProperties: ["x": 1, "y": 2]))
        let encoded = try JSONCoding.makeEncoder().encode(Labels(name: "b", additionalProperties: ["z": 3, "name": 9]))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"name":"b","z":3}"#)
    }

    @Test func anUndeclaredValueOfTheWrongTypeIsADecodingError() {
        #expect(throws: DecodingError.self) {
            try JSONCoding.makeDecoder().decode(Labels.self, from: Data(#"{"name":"a","x":"one"}"#.utf8))
        }
    }
}
