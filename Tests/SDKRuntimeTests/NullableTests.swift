import Foundation
import Testing
@testable import SDKRuntime

/// A body with an optional, nullable property, coded the way generated models are.
private struct PatchBody: Codable, Equatable {
    var title: String?
    var note: Nullable<String>?

    enum CodingKeys: String, CodingKey {
        case title
        case note
    }

    init(title: String? = nil, note: Nullable<String>? = nil) {
        self.title = title
        self.note = note
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        note = try container.decodeNullable(String.self, forKey: .note)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeNullable(note, forKey: .note)
    }
}

@Suite("Nullable")
struct NullableTests {
    private func decode(_ json: String) throws -> PatchBody {
        try JSONCoding.makeDecoder().decode(PatchBody.self, from: Data(json.utf8))
    }

    private func encode(_ body: PatchBody) throws -> String {
        String(decoding: try JSONCoding.makeEncoder().encode(body), as: UTF8.self)
    }

    @Test func missingKeyDecodesAsNil() throws {
        let body = try decode(#"{"title": "t"}"#)
        #expect(body.note == nil)
    }

    @Test func nullDecodesAsNull() throws {
        let body = try decode(#"{"note": null}"#)
        #expect(body.note == .null)
        #expect(body.note?.isNull == true)
    }

    @Test func valueDecodesAsValue() throws {
        let body = try decode(#"{"note": "hello"}"#)
        #expect(body.note == .value("hello"))
        #expect(body.note?.value == "hello")
    }

    @Test func wrongTypeStillFails() {
        #expect(throws: DecodingError.self) {
            try decode(#"{"note": 12}"#)
        }
    }

    @Test func nilIsOmitted() throws {
        #expect(try encode(PatchBody(title: "t")) == #"{"title":"t"}"#)
        #expect(try encode(PatchBody()) == "{}")
    }

    @Test func nullIsEncodedExplicitly() throws {
        #expect(try encode(PatchBody(note: .null)) == #"{"note":null}"#)
    }

    @Test func valueIsEncoded() throws {
        #expect(try encode(PatchBody(note: .value("x"))) == #"{"note":"x"}"#)
    }

    @Test func roundTripsAllThreeStates() throws {
        for body in [PatchBody(), PatchBody(note: .null), PatchBody(title: "a", note: .value("b"))] {
            #expect(try decode(encode(body)) == body)
        }
    }

    @Test func standaloneCoding() throws {
        let values = try JSONCoding.makeDecoder().decode([Nullable<Int>].self, from: Data("[1, null, 3]".utf8))
        #expect(values == [.value(1), .null, .value(3)])
        let json = String(decoding: try JSONCoding.makeEncoder().encode(values), as: UTF8.self)
        #expect(json == "[1,null,3]")
    }

    @Test func initFromOptional() {
        #expect(Nullable<Int>(nil) == .null)
        #expect(Nullable<Int>(4) == .value(4))
        #expect(Set([Nullable<Int>.null, .null, .value(1)]).count == 2)
    }
}
