// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// Percent-encodes values substituted into URL paths.
enum PathComponent {
    /// Encodes `value` as exactly one path segment: every byte outside the RFC 3986 unreserved
    /// set (`A-Z a-z 0-9 - . _ ~`) is percent-encoded, so `/`, `?`, `#` and `%` cannot change the
    /// path. The dot segments `.` and `..` become `%2E` and `%2E%2E`; the client rejects those and
    /// empty segments before sending (see `ClientCore.makeHTTPRequest`).
    static func encode(_ value: String) -> String {
        switch value {
        case ".": return "%2E"
        case "..": return "%2E%2E"
        default: return PercentEncoding.encodeUnreserved(value)
        }
    }

    /// Encodes a UUID in lowercase.
    static func encode(_ value: UUID) -> String {
        value.uuidString.lowercased()
    }

    /// Encodes an integer.
    static func encode(_ value: Int) -> String {
        String(value)
    }

    /// Encodes any other value a query can hold (a date, a `CalendarDate`, a number, a Boolean) as
    /// the query spells it.
    static func encode<Value: QueryParameterValue>(_ value: Value) -> String {
        encode(value.queryParameterValue)
    }

    /// Encodes the raw value of an enumeration (a string or an integer).
    static func encode<Value: RawRepresentable>(_ value: Value) -> String where Value.RawValue: QueryParameterValue {
        encode(value.rawValue.queryParameterValue)
    }
}

extension String.StringInterpolation {
    /// Interpolates `value` as one percent-encoded path segment (``PathComponent``), so that a
    /// generated path reads like its template: `"/agents/\(segment: agentID)/docs"`.
    mutating func appendInterpolation(segment value: String) {
        appendLiteral(PathComponent.encode(value))
    }

    mutating func appendInterpolation(segment value: UUID) {
        appendLiteral(PathComponent.encode(value))
    }

    mutating func appendInterpolation(segment value: Int) {
        appendLiteral(PathComponent.encode(value))
    }

    mutating func appendInterpolation<Value: QueryParameterValue>(segment value: Value) {
        appendLiteral(PathComponent.encode(value))
    }

    mutating func appendInterpolation<Value: RawRepresentable>(segment value: Value)
    where Value.RawValue: QueryParameterValue {
        appendLiteral(PathComponent.encode(value))
    }
}

/// Percent-encodes query names and values.
enum QueryComponent {
    /// Encodes `value` for use as a query name or value: every byte outside the RFC 3986
    /// unreserved set is percent-encoded, including space (`%20`), `+`, `&`, `=` and `#`.
    static func encode(_ value: String) -> String {
        PercentEncoding.encodeUnreserved(value)
    }
}

enum PercentEncoding {
    /// Percent-encodes every UTF-8 byte of `value` except `A-Z a-z 0-9 - . _ ~`.
    static func encodeUnreserved(_ value: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
