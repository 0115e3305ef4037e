import Foundation
import Testing
@testable import SDKRuntime

@Suite("JSON coding and dates")
struct JSONCodingTests {
    /// 2024-05-01T10:20:30Z
    private let base = 1_714_558_830.0

    private func parse(_ string: String) throws -> Date {
        try #require(JSONCoding.parseDate(string), "could not parse \(string)")
    }

    @Test func fractionDigits() throws {
        #expect(try parse("2024-05-01T10:20:30Z").timeIntervalSince1970 == base)
        #expect(abs(try parse("2024-05-01T10:20:30.123Z").timeIntervalSince1970 - (base + 0.123)) < 1e-6)
        #expect(abs(try parse("2024-05-01T10:20:30.123456Z").timeIntervalSince1970 - (base + 0.123456)) < 1e-6)
        #expect(abs(try parse("2024-05-01T10:20:30.5Z").timeIntervalSince1970 - (base + 0.5)) < 1e-6)
        #expect(abs(try parse("2024-05-01T10:20:30.123456789123Z").timeIntervalSince1970 - (base + 0.123456789)) < 1e-6)
    }

    @Test func offsets() throws {
        #expect(try parse("2024-05-01T12:20:30+02:00").timeIntervalSince1970 == base)
        #expect(try parse("2024-05-01T12:20:30.000+0200").timeIntervalSince1970 == base)
        #expect(try parse("2024-05-01T11:20:30+01").timeIntervalSince1970 == base)
        #expect(try parse("2024-05-01T04:50:30.123456-05:30").timeIntervalSince1970 - base - 0.123456 < 1e-6)
        #expect(try parse("2024-05-01T10:20:30+00:00").timeIntervalSince1970 == base)
        #expect(try parse("2024-05-01t10:20:30z").timeIntervalSince1970 == base)
        #expect(try parse("2024-05-01 10:20:30Z").timeIntervalSince1970 == base)
        // No offset: UTC.
        #expect(try parse("2024-05-01T10:20:30.25").timeIntervalSince1970 == base + 0.25)
        // Crossing a day boundary.
        #expect(try parse("2024-04-30T23:20:30-11:00").timeIntervalSince1970 == base)
    }

    @Test(arguments: [
        "2024-05-01", "2024-05-01T10:20Z", "2024-05-01T25:00:00Z", "2024-05-01T10:60:00Z", "2024-02-30T10:20:30Z",
        "2024-05-01T10:20:30.Z", "2024-05-01T10:20:30ZZ", "2024-05-01T10:20:30+2:00", "2024-05-01T10:20:30+25:00",
        "2024-05-01X10:20:30Z", "", "not a date", "2024-05-01T10:20:30 Z", "2024-05-01T10:20:30.123456Z ",
    ])
    func rejectsMalformedDates(_ string: String) {
        #expect(JSONCoding.parseDate(string) == nil)
    }

    @Test func formatsWithMicroseconds() {
        #expect(JSONCoding.formatDate(Date(timeIntervalSince1970: base)) == "2024-05-01T10:20:30.000000Z")
        #expect(JSONCoding.formatDate(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000000Z")
        #expect(JSONCoding.formatDate(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500000Z")
        #expect(JSONCoding.formatDate(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000000Z")
        #expect(JSONCoding.formatDate(.distantFuture) == "4001-01-01T00:00:00.000000Z")
        #expect(JSONCoding.formatDate(Date(timeIntervalSinceReferenceDate: .infinity)) == "9999-12-31T23:59:59.000000Z")
        #expect(JSONCoding.formatDate(Date(timeIntervalSinceReferenceDate: -.infinity)) == "0001-01-01T00:00:00.000000Z")
        #expect(JSONCoding.formatDate(Date(timeIntervalSinceReferenceDate: .nan)) == "2001-01-01T00:00:00.000000Z")
    }

    @Test(arguments: [
        "2024-05-01T10:20:30.123456Z", "2024-05-01T10:20:30.000001Z", "2024-05-01T10:20:30.999999Z",
        "1999-12-31T23:59:59.999999Z", "2038-01-19T03:14:08.654321Z", "1901-06-15T12:00:00.100000Z",
    ])
    func microsecondTimestampsRoundTripExactly(_ string: String) throws {
        #expect(JSONCoding.formatDate(try parse(string)) == string)
    }

    private struct Stamped: Codable, Equatable {
        var createdAt: Date
        var values: [Date]
    }

    @Test func decoderAndEncoderUseTheDateFormat() throws {
        let json = #"{"createdAt": "2024-05-01T10:20:30.123456Z", "values": ["2024-05-01T10:20:30Z", "2024-05-01T12:20:30.5+02:00"]}"#
        let stamped = try JSONCoding.makeDecoder().decode(Stamped.self, from: Data(json.utf8))
        #expect(stamped.values[0].timeIntervalSince1970 == base)
        #expect(stamped.values[1].timeIntervalSince1970 == base + 0.5)
        let encoded = String(decoding: try JSONCoding.makeEncoder().encode(stamped), as: UTF8.self)
        #expect(encoded == #"{"createdAt":"2024-05-01T10:20:30.123456Z","values":["2024-05-01T10:20:30.000000Z","2024-05-01T10:20:30.500000Z"]}"#)
    }

    @Test func badDateIsADecodingErrorWithItsPath() throws {
        let json = #"{"createdAt": "yesterday", "values": []}"#
        do {
            _ = try JSONCoding.makeDecoder().decode(Stamped.self, from: Data(json.utf8))
            Issue.record("expected an error")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map(\.stringValue) == ["createdAt"])
            #expect(context.debugDescription.contains("yesterday"))
        }
    }

    @Test func encoderSortsKeysAndDoesNotEscapeSlashes() throws {
        let json = String(decoding: try JSONCoding.makeEncoder().encode(["z": "a/b", "a": "c", "m": "d"]), as: UTF8.self)
        #expect(json == #"{"a":"c","m":"d","z":"a/b"}"#)
    }
}
