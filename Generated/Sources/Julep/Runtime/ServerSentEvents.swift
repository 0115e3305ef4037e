// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// One event of a `text/event-stream` response.
public struct ServerSentEvent: Hashable, Sendable {
    /// The `event` field, or `nil` when the event did not name a type (a plain "message").
    public var event: String?
    /// The `data` lines joined with `\n`.
    public var data: String
    /// The last event ID of the stream at the time of the event (the `id` field persists across
    /// events, as specified by WHATWG), or `nil` if none was set or it was set to empty.
    public var id: String?
    /// The reconnection time in milliseconds, when a valid `retry` field came with this event.
    public var retry: Int?
    /// Whether the `data` lines were valid UTF-8 (invalid bytes read as U+FFFD in ``data``).
    var dataIsValidUTF8 = true

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }

    /// Whether the two events have the same fields.
    public static func == (lhs: ServerSentEvent, rhs: ServerSentEvent) -> Bool {
        lhs.event == rhs.event && lhs.data == rhs.data && lhs.id == rhs.id && lhs.retry == rhs.retry
    }

    /// Hashes the fields.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(event)
        hasher.combine(data)
        hasher.combine(id)
        hasher.combine(retry)
    }
}

/// An incremental parser for the WHATWG `text/event-stream` format.
///
/// Feed it the response body in chunks of any size, split anywhere (inside a line, a CRLF pair or
/// a UTF-8 character); each call returns the events completed by that chunk. As the format
/// requires, bytes that are not valid UTF-8 read as U+FFFD.
///
/// ```swift
/// var parser = ServerSentEventParser()
/// for try await chunk in body { for event in parser.feed(chunk) { ... } }
/// parser.finish()
/// ```
public struct ServerSentEventParser: Sendable {
    private var line: [UInt8] = []
    private var lastByteWasCR = false
    private var isAtStreamStart = true
    private var dataBytes: [UInt8] = []
    private var hasData = false
    private var eventType = ""
    private var lastEventID = ""
    private var pendingRetry: Int?
    /// The most bytes the current line and the event's kept fields may hold together.
    private let maxEventBytes: Int

    /// The most recent valid `retry` value in milliseconds, if any.
    public private(set) var reconnectionTime: Int?

    /// Creates a parser at the start of a stream.
    public init() {
        self.maxEventBytes = .max
    }

    /// A parser whose ``parse(_:)`` fails past `maxEventBytes`: the event's `data` and `event`
    /// fields and the line being read together.
    init(maxEventBytes: Int) {
        self.maxEventBytes = maxEventBytes
    }

    /// Parses `bytes` and returns the events they complete, in order.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        // Only a parser made with `init(maxEventBytes:)` can fail, and the client uses `parse(_:)` for it.
        (try? parse(bytes)) ?? []
    }

    /// Parses `bytes` and returns the events they complete, in order; throws
    /// ``APIError/Kind/responseTooLarge`` as soon as an event outgrows the parser's limit.
    mutating func parse(_ bytes: some Sequence<UInt8>) throws -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            switch byte {
            case 0x0A where lastByteWasCR:
                // The LF of a CRLF pair whose CR ended the line already (possibly in an earlier chunk).
                lastByteWasCR = false
            case 0x0A, 0x0D:
                lastByteWasCR = byte == 0x0D
                if let event = processLine() {
                    events.append(event)
                }
            default:
                lastByteWasCR = false
                guard line.count < maxEventBytes - dataBytes.count - eventType.utf8.count else {
                    throw APIError(
                        kind: .responseTooLarge,
                        message: "An event of the stream is larger than \(maxEventBytes) bytes "
                            + "(the limit is maxEventBytes).")
                }
                line.append(byte)
            }
        }
        return events
    }

    /// Whether the stream so far ends inside an event: data lines not yet ended by a blank line,
    /// or a field line without its line break.
    var isInsideEvent: Bool {
        hasData || (!line.isEmpty && line.first != UInt8(ascii: ":"))
    }

    /// Ends the stream. As the WHATWG algorithm requires, an event that was not terminated by a
    /// blank line is discarded. The parser can then be fed a new stream; the last event ID and
    /// reconnection time are kept.
    public mutating func finish() {
        line.removeAll()
        lastByteWasCR = false
        isAtStreamStart = true
        resetEvent()
    }

    private mutating func processLine() -> ServerSentEvent? {
        var lineBytes = line[...]
        line.removeAll(keepingCapacity: true)
        if isAtStreamStart {
            isAtStreamStart = false
            if lineBytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                lineBytes = lineBytes.dropFirst(3)
            }
        }
        if lineBytes.isEmpty {
            return dispatch()
        }
        if lineBytes.first == UInt8(ascii: ":") {
            return nil
        }
        if let colon = lineBytes.firstIndex(of: UInt8(ascii: ":")) {
            let name = String(decoding: lineBytes[..<colon], as: UTF8.self)
            var valueBytes = lineBytes[lineBytes.index(after: colon)...]
            if valueBytes.first == UInt8(ascii: " ") {
                valueBytes = valueBytes.dropFirst()
            }
            process(field: name, value: valueBytes)
        } else {
            process(field: String(decoding: lineBytes, as: UTF8.self), value: [])
        }
        return nil
    }

    private mutating func process(field: String, value valueBytes: ArraySlice<UInt8>) {
        if field == "data" {
            // Kept as bytes until the event is complete, so that its UTF-8 can be checked whole.
            if hasData { dataBytes.append(0x0A) }
            dataBytes += valueBytes
            hasData = true
            return
        }
        let value = String(decoding: valueBytes, as: UTF8.self)
        switch field {
        case "event":
            eventType = value
        case "id":
            if !value.unicodeScalars.contains("\u{0}") {
                lastEventID = value
            }
        case "retry":
            if !value.isEmpty, value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                let milliseconds = Int(value)
            {
                reconnectionTime = milliseconds
                pendingRetry = milliseconds
            }
        default:
            break
        }
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer { resetEvent() }
        guard hasData else { return nil }
        let data = String(decoding: dataBytes, as: UTF8.self)
        var event = ServerSentEvent(
            event: eventType.isEmpty ? nil : eventType,
            data: data,
            id: lastEventID.isEmpty ? nil : lastEventID,
            retry: pendingRetry
        )
        // Valid UTF-8 reads back to the same bytes; replaced bytes do not.
        event.dataIsValidUTF8 = data.utf8.elementsEqual(dataBytes)
        return event
    }

    private mutating func resetEvent() {
        dataBytes.removeAll(keepingCapacity: false)
        hasData = false
        eventType = ""
        pendingRetry = nil
    }
}
