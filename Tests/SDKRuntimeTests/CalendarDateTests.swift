import Foundation
import Testing
@testable import SDKRuntime

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test func parsesValidDates() throws {
        let date = try #require(CalendarDate("2024-05-01"))
        #expect(date.year == 2024 && date.month == 5 && date.day == 1)
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("0001-01-01") != nil)
        #expect(CalendarDate("9999-12-31") != nil)
    }

    @Test(arguments: [
        "", "2024-5-01", "2024-05-1", "24-05-01", "2024/05/01", "2024-13-01", "2024-00-10",
        "2024-04-31", "2023-02-29", "1900-02-29", "2024-05-00", "2024-05-01T00:00:00Z",
        " 2024-05-01", "2024-05-01 ", "abcd-ef-gh", "+024-05-01", "2024-0a-01", "２０２４-05-01",
    ])
    func rejectsInvalidStrings(_ string: String) {
        #expect(CalendarDate(string) == nil)
    }

    @Test func componentsAreValidated() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 12, day: 32) == nil)
        #expect(CalendarDate(year: -1, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
    }

    @Test func descriptionPadsComponents() throws {
        let early = try #require(CalendarDate(year: 99, month: 1, day: 2))
        let late = try #require(CalendarDate("2024-11-30"))
        #expect(early.description == "0099-01-02")
        #expect(late.description == "2024-11-30")
    }

    @Test func codableAsString() throws {
        let date = try #require(CalendarDate("2024-05-01"))
        let json = String(decoding: try JSONCoding.makeEncoder().encode([date]), as: UTF8.self)
        #expect(json == #"["2024-05-01"]"#)
        let decoded = try JSONCoding.makeDecoder().decode([CalendarDate].self, from: Data(json.utf8))
        #expect(decoded == [date])
    }

    @Test func decodingABadStringThrowsDataCorrupted() throws {
        let json = Data(#"{"due": "2024-02-30"}"#.utf8)
        do {
            _ = try JSONCoding.makeDecoder().decode([String: CalendarDate].self, from: json)
            Issue.record("expected an error")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map(\.stringValue) == ["due"])
            #expect(context.debugDescription.contains("2024-02-30"))
        }
        #expect(throws: DecodingError.self) {
            try JSONCoding.makeDecoder().decode([CalendarDate].self, from: Data("[20240501]".utf8))
        }
    }

    @Test func comparable() throws {
        let dates = try ["2024-05-01", "2023-12-31", "2024-01-15", "2024-05-02"].map { try #require(CalendarDate($0)) }
        #expect(dates.sorted().map(\.description) == ["2023-12-31", "2024-01-15", "2024-05-01", "2024-05-02"])
        let parsed = try #require(CalendarDate("2024-05-01"))
        #expect(parsed == CalendarDate(year: 2024, month: 5, day: 1))
    }

    @Test func convertsFromAndToDate() throws {
        let utc = try #require(TimeZone(secondsFromGMT: 0))
        let instant = Date(timeIntervalSince1970: 1_714_521_600 + 3_600) // 2024-05-01T01:00:00Z
        #expect(CalendarDate(instant, in: utc).description == "2024-05-01")
        let newYork = try #require(TimeZone(secondsFromGMT: -4 * 3600))
        #expect(CalendarDate(instant, in: newYork).description == "2024-04-30")
        let day = try #require(CalendarDate("2024-05-01"))
        #expect(day.startDate(in: utc) == Date(timeIntervalSince1970: 1_714_521_600))
    }
}
