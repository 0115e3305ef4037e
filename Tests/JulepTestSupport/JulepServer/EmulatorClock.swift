import Foundation

/// Time as the emulator stamps resources: UTC with microseconds, strictly increasing so that two
/// resources made in the same microsecond still sort in creation order.
struct EmulatorClock: Sendable {
    private var last: Int64 = 0

    /// Microseconds since 1970, later than any earlier answer.
    mutating func tick() -> Int64 {
        let now = Int64((Date().timeIntervalSince1970 * 1_000_000).rounded(.down))
        last = max(now, last + 1)
        return last
    }

    /// As pydantic writes an aware UTC datetime: `2024-10-01T12:00:00.123456Z`, no fraction when it is zero.
    static func iso8601(_ micros: Int64) -> String {
        let seconds = micros.quotientAndRemainder(dividingBy: 1_000_000)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let date = Date(timeIntervalSince1970: TimeInterval(seconds.quotient))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        var text = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0)
        if seconds.remainder != 0 { text += String(format: ".%06d", Int(seconds.remainder)) }
        return text + "Z"
    }

    /// As Python's `datetime.isoformat()` writes it (the transition stream uses that): `+00:00`, not `Z`.
    static func pythonISOFormat(_ micros: Int64) -> String {
        let iso = iso8601(micros)
        return String(iso.dropLast()) + "+00:00"
    }
}
