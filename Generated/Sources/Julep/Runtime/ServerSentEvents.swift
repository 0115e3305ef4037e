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

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}

/// An incremental parser for the WHATWG `text/event-stream` format.
///
/// Feed it the response body in chunks of any size, split anywhere (inside a line, a CRLF pair or
/// a UTF-8 character); each call returns the events completed by that chunk.
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
    private var dataBuffer = ""
    private var hasData = false
    private var eventType = ""
    private var lastEventID = ""
    private var pendingRetry: Int?

    /// The most recent valid `retry` value in milliseconds, if any.
    public private(set) var reconnectionTime: Int?

    /// Creates a parser at the start of a stream.
    public init() {}

    /// Parses `bytes` and returns the events they complete, in order.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
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
                line.append(byte)
            }
        }
        return events
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
            process(field: name, value: String(decoding: valueBytes, as: UTF8.self))
        } else {
            process(field: String(decoding: lineBytes, as: UTF8.self), value: "")
        }
        return nil
    }

    private mutating func process(field: String, value: String) {
        switch field {
        case "event":
            eventType = value
        case "data":
            if hasData { dataBuffer += "\n" }
            dataBuffer += value
            hasData = true
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
        return ServerSentEvent(
            event: eventType.isEmpty ? nil : eventType,
            data: dataBuffer,
            id: lastEventID.isEmpty ? nil : lastEventID,
            retry: pendingRetry
        )
    }

    private mutating func resetEvent() {
        dataBuffer = ""
        hasData = false
        eventType = ""
        pendingRetry = nil
    }
}
