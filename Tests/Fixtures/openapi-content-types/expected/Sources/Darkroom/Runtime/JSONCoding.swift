// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// The JSON settings of the SDK.
///
/// Dates are RFC 3339 / ISO 8601 strings. Decoding accepts any number of fraction digits
/// (some servers send microseconds, `2024-05-01T10:20:30.123456Z`), none at all, `Z` or a numeric
/// offset, and treats a missing offset as UTC. Encoding writes UTC with six fraction digits,
/// so timestamps received from the API are sent back unchanged. Object keys are sorted when
/// encoding so request bodies are deterministic.
///
/// `JSONEncoder` and `JSONDecoder` are not `Sendable` on every platform: make a new one for each use.
public enum JSONCoding: Sendable {
    /// A new encoder with the SDK's settings.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatDate(date))
        }
        return encoder
    }

    /// A new decoder with the SDK's settings.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let string = try container.decode(String.self)
            guard let date = parseDate(string) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "Expected an ISO 8601 date-time, got \"\(string.prefix(64))\"."
                )
            }
            return date
        }
        return decoder
    }

    /// Formats `date` as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, microseconds).
    public static func formatDate(_ date: Date) -> String {
        // Microseconds since 2001-01-01, clamped to 0001-01-01...9999-12-31T23:59:59Z so the conversion cannot trap.
        let raw = (date.timeIntervalSinceReferenceDate * 1_000_000).rounded()
        let clamped = raw.isNaN ? 0 : min(max(raw, -63_113_904_000_000_000), 252_423_993_599_000_000)
        let totalMicroseconds = Int64(clamped) + 978_307_200_000_000
        let (seconds, micros) = floorDivide(totalMicroseconds, 1_000_000)
        let (days, secondOfDay) = floorDivide(seconds, 86_400)
        let (year, month, day) = civilDate(fromDaysSince1970: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
            + "T" + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay % 3600 / 60, 2) + ":" + pad(secondOfDay % 60, 2)
            + "." + pad(micros, 6) + "Z"
    }

    /// Parses an RFC 3339 date-time such as `2024-05-01T10:20:30.123456Z` or
    /// `2024-05-01T12:20:30+02:00`; returns `nil` when `string` is not one.
    ///
    /// Accepts `T`, `t` or a space between date and time, any number of fraction digits, and
    /// `Z`, `z`, `±HH:MM`, `±HHMM`, `±HH` or no offset (UTC).
    public static func parseDate(_ string: String) -> Date? {
        var scanner = DateScanner(bytes: Array(string.utf8))
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
            let month = scanner.number(digits: 2), scanner.skip("-"),
            let day = scanner.number(digits: 2),
            scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
            let hour = scanner.number(digits: 2), scanner.skip(":"),
            let minute = scanner.number(digits: 2), scanner.skip(":"),
            let second = scanner.number(digits: 2)
        else { return nil }
        guard (1...12).contains(month), (1...CalendarDate.numberOfDays(inMonth: month, year: year)).contains(day),
            hour < 24, minute < 60, second <= 60
        else { return nil }

        var fraction = 0.0
        if scanner.skip(".") {
            // Up to nine digits are significant (nanoseconds); further digits are read and ignored.
            var numerator = 0
            var denominator = 1
            var digitCount = 0
            while let digit = scanner.digit() {
                if digitCount < 9 {
                    numerator = numerator * 10 + digit
                    denominator *= 10
                }
                digitCount += 1
            }
            guard digitCount > 0 else { return nil }
            fraction = Double(numerator) / Double(denominator)
        }

        var offsetSeconds = 0
        if scanner.skip("Z") || scanner.skip("z") || scanner.isAtEnd {
            offsetSeconds = 0
        } else if let sign = scanner.sign() {
            guard let offsetHours = scanner.number(digits: 2) else { return nil }
            var offsetMinutes = 0
            if !scanner.isAtEnd {
                _ = scanner.skip(":")
                guard let minutes = scanner.number(digits: 2) else { return nil }
                offsetMinutes = minutes
            }
            guard offsetHours < 24, offsetMinutes < 60 else { return nil }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else {
            return nil
        }
        guard scanner.isAtEnd else { return nil }

        let days = daysSince1970(year: Int64(year), month: Int64(month), day: Int64(day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        // One rounding step only: Date stores seconds since 2001-01-01.
        return Date(timeIntervalSinceReferenceDate: Double(seconds - 978_307_200) + fraction)
    }

    // MARK: - Calendar arithmetic (proleptic Gregorian, after H. Hinnant)

    static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilDate(fromDaysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        var quotient = value / divisor
        var remainder = value % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        return (quotient, remainder)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Reads the fixed-width pieces of an RFC 3339 date-time.
private struct DateScanner {
    let bytes: [UInt8]
    var index = 0

    var isAtEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func digit() -> Int? {
        guard index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else {
            return nil
        }
        defer { index += 1 }
        return Int(bytes[index] - UInt8(ascii: "0"))
    }

    mutating func number(digits count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
