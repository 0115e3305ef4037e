// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A calendar day without a time or time zone, as in OpenAPI `format: date` (`"2024-05-01"`).
///
/// Encodes and decodes as a `YYYY-MM-DD` string; decoding rejects anything else, including
/// impossible days such as `2023-02-29`.
public struct CalendarDate: Hashable, Sendable {
    /// The year, 0...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31 depending on the month.
    public let day: Int

    /// Creates a date, or returns `nil` when the components do not name a real day in years 0...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year),
            (1...12).contains(month),
            day >= 1,
            day <= CalendarDate.numberOfDays(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses a `YYYY-MM-DD` string, or returns `nil` when it is malformed or names no real day.
    public init?(_ string: String) {
        let bytes = Array(string.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = CalendarDate.parseDigits(bytes[0..<4]),
            let month = CalendarDate.parseDigits(bytes[5..<7]),
            let day = CalendarDate.parseDigits(bytes[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day on which `date` falls in `timeZone` (UTC by default).
    public init(_ date: Date, in timeZone: TimeZone = TimeZone(secondsFromGMT: 0) ?? .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = calendar.dateComponents([.year, .month, .day], from: date)
        let year = min(max(components.year ?? 1970, 0), 9999)
        let month = min(max(components.month ?? 1, 1), 12)
        let day = min(max(components.day ?? 1, 1), CalendarDate.numberOfDays(inMonth: month, year: year))
        self.year = year
        self.month = month
        self.day = day
    }

    /// The instant at which this day starts in `timeZone` (UTC by default).
    public func startDate(in timeZone: TimeZone = TimeZone(secondsFromGMT: 0) ?? .current) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    static func numberOfDays(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let isLeapYear = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return isLeapYear ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    private static func parseDigits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

extension CalendarDate: Comparable {
    /// Chronological order.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDate: LosslessStringConvertible {
    /// The date as `YYYY-MM-DD`.
    public var description: String {
        CalendarDate.pad(year, width: 4) + "-" + CalendarDate.pad(month, width: 2) + "-"
            + CalendarDate.pad(day, width: 2)
    }

    private static func pad(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension CalendarDate: Codable {
    /// Decodes a `YYYY-MM-DD` string; throws `DecodingError.dataCorrupted` for anything else.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let date = CalendarDate(string) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected a date formatted as YYYY-MM-DD, got \"\(string.prefix(64))\"."
            )
        }
        self = date
    }

    /// Encodes the date as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
