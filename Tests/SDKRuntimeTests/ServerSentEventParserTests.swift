import Foundation
import Testing
@testable import SDKRuntime

@Suite("Server-sent events")
struct ServerSentEventParserTests {
    private func parse(_ text: String) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        return parser.feed(Array(text.utf8))
    }

    private func parseByteByByte(_ bytes: [UInt8]) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        var events: [ServerSentEvent] = []
        for byte in bytes {
            events += parser.feed([byte])
        }
        parser.finish()
        return events
    }

    @Test func simpleEvent() {
        #expect(parse("data: hello\n\n") == [ServerSentEvent(data: "hello")])
    }

    @Test func allFields() {
        #expect(parse("event: update\nid: 7\nretry: 1500\ndata: {\"a\":1}\n\n")
            == [ServerSentEvent(event: "update", data: #"{"a":1}"#, id: "7", retry: 1500)])
    }

    @Test func multiLineData() {
        #expect(parse("data: one\ndata: two\ndata:\ndata: four\n\n") == [ServerSentEvent(data: "one\ntwo\n\nfour")])
    }

    @Test func commentsAndUnknownFieldsAreIgnored() {
        #expect(parse(": keep-alive\nfoo: bar\ndata: x\n: another\n\n") == [ServerSentEvent(data: "x")])
        #expect(parse(":\n\n").isEmpty)
    }

    @Test func onlyOneSpaceAfterTheColonIsStripped() {
        #expect(parse("data:no-space\n\n").first?.data == "no-space")
        #expect(parse("data:  two spaces\n\n").first?.data == " two spaces")
        #expect(parse("data: tab\t\n\n").first?.data == "tab\t")
        #expect(parse("data: a: b\n\n").first?.data == "a: b")
    }

    @Test func fieldWithoutColon() {
        #expect(parse("data\n\n") == [ServerSentEvent(data: "")])
        #expect(parse("data\ndata\n\n") == [ServerSentEvent(data: "\n")])
        #expect(parse("event\ndata: x\n\n") == [ServerSentEvent(event: nil, data: "x")])
    }

    @Test func noDispatchWithoutData() {
        #expect(parse("event: ping\n\n").isEmpty)
        #expect(parse("id: 3\nretry: 10\n\n").isEmpty)
        #expect(parse("\n\n\n").isEmpty)
        // The event type does not leak into the next event.
        #expect(parse("event: ping\n\ndata: x\n\n") == [ServerSentEvent(data: "x", id: nil)])
    }

    @Test func lineEndings() {
        let expected = [ServerSentEvent(event: "e", data: "a\nb"), ServerSentEvent(data: "c")]
        #expect(parse("event: e\ndata: a\ndata: b\n\ndata: c\n\n") == expected)
        #expect(parse("event: e\rdata: a\rdata: b\r\rdata: c\r\r") == expected)
        #expect(parse("event: e\r\ndata: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n") == expected)
        #expect(parse("event: e\r\ndata: a\rdata: b\n\r\ndata: c\n\r") == expected)
    }

    @Test func crAtTheEndOfAChunkAndLFAtTheStartOfTheNext() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("data: a\r".utf8)).isEmpty)
        #expect(parser.feed(Array("\ndata: b\r".utf8)).isEmpty)
        #expect(parser.feed(Array("\n\r".utf8)) == [ServerSentEvent(data: "a\nb")])
        #expect(parser.feed(Array("\n".utf8)).isEmpty)
        #expect(parser.feed(Array("data: c\r\n\r\n".utf8)) == [ServerSentEvent(data: "c")])
    }

    @Test func idRules() {
        // The last event ID persists across events, can be reset by an empty id, and ignores ids with NUL.
        let events = parse("id: 1\ndata: a\n\ndata: b\n\nid: 2\u{0}x\ndata: c\n\nid\ndata: d\n\n")
        #expect(events.map(\.id) == ["1", "1", "1", nil])
    }

    @Test func retryRules() {
        var parser = ServerSentEventParser()
        let events = parser.feed(Array("retry: 10a\ndata: a\n\nretry: -5\ndata: b\n\nretry:250\ndata: c\n\nretry: \ndata: d\n\nretry: 99999999999999999999999\ndata: e\n\n".utf8))
        #expect(events.map(\.retry) == [nil, nil, 250, nil, nil])
        #expect(parser.reconnectionTime == 250)
    }

    @Test func leadingBOMIsStrippedOnce() {
        #expect(parse("\u{FEFF}data: x\n\n") == [ServerSentEvent(data: "x")])
        // A BOM later in the stream is part of the line ("\u{FEFF}data" is an unknown field).
        #expect(parse("data: x\n\n\u{FEFF}data: y\n\n") == [ServerSentEvent(data: "x")])
        // Split across chunks.
        var parser = ServerSentEventParser()
        #expect(parser.feed([0xEF]).isEmpty)
        #expect(parser.feed([0xBB]).isEmpty)
        #expect(parser.feed([0xBF] + Array("data: z\n\n".utf8)) == [ServerSentEvent(data: "z")])
    }

    @Test func utf8CharacterSplitAcrossChunks() {
        var parser = ServerSentEventParser()
        let bytes = Array("data: 🎉é\n\n".utf8)
        #expect(parser.feed(bytes[0..<8]).isEmpty) // ends inside the emoji
        #expect(parser.feed(bytes[8..<11]).isEmpty) // ends inside "é"
        #expect(parser.feed(bytes[11...]) == [ServerSentEvent(data: "🎉é")])
    }

    @Test func byteByByteMultiEventStreamWithCRLF() {
        let stream = "\u{FEFF}: stream start\r\n"
            + "event: chunk\r\nid: 1\r\ndata: héllo\r\ndata: wörld 🎉\r\n\r\n"
            + "data: {\"text\": \"日本語\"}\r\n\r\n"
            + "event: done\r\nretry: 3000\r\ndata: [DONE]\r\n\r\n"
            + "data: incomplete"
        let events = parseByteByByte(Array(stream.utf8))
        #expect(events == [
            ServerSentEvent(event: "chunk", data: "héllo\nwörld 🎉", id: "1"),
            ServerSentEvent(data: #"{"text": "日本語"}"#, id: "1"),
            ServerSentEvent(event: "done", data: "[DONE]", id: "1", retry: 3000),
        ])
        // Whole-chunk parsing gives the same result.
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array(stream.utf8)) == events)
    }

    @Test func finishDiscardsAnIncompleteEventAndAllowsANewStream() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("id: 9\ndata: partial\n".utf8)).isEmpty)
        parser.finish()
        #expect(parser.feed(Array("\u{FEFF}data: next\n\n".utf8)) == [ServerSentEvent(data: "next", id: "9")])
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        var parser = ServerSentEventParser()
        let events = parser.feed([0x64, 0x61, 0x74, 0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A, 0x0A])
        #expect(events == [ServerSentEvent(data: "\u{FFFD}\u{FFFD}")])
        // The client reads such data as a decoding error; a U+FFFD sent as UTF-8 is just a character.
        #expect(events.first?.dataIsValidUTF8 == false)
        let sent = parser.feed(Array("data: \u{FFFD} caf\u{E9}\n\n".utf8))
        #expect(sent.first?.data == "\u{FFFD} caf\u{E9}")
        #expect(sent.first?.dataIsValidUTF8 == true)
    }

    @Test func aUTF8CharacterSplitAcrossChunksIsValid() {
        var parser = ServerSentEventParser()
        let bytes = Array("data: \u{1F981}\n\n".utf8)
        #expect(parser.feed(bytes[..<8]).isEmpty)
        let events = parser.feed(bytes[8...])
        #expect(events.map(\.data) == ["\u{1F981}"])
        #expect(events.first?.dataIsValidUTF8 == true)
    }

    @Test func anEventOverTheLimitThrowsAsSoonAsItIsOver() throws {
        var parser = ServerSentEventParser(maxEventBytes: 16)
        #expect(try parser.parse(Array("data: 0123456789\n\n".utf8)).map(\.data) == ["0123456789"])
        // Data lines add up; the line being read counts too.
        #expect(throws: APIError.self) { try parser.parse(Array("data: 01234567\ndata: 0123456789".utf8)) }
        var long = ServerSentEventParser(maxEventBytes: 16)
        let error = #expect(throws: APIError.self) { try long.parse(Array(repeating: UInt8(ascii: "x"), count: 17)) }
        #expect(error?.kind == .responseTooLarge)
        #expect(error?.message?.contains("16 bytes") == true)
    }

    @Test func commentsAndIgnoredFieldsDoNotCountTowardsTheLimit() throws {
        var parser = ServerSentEventParser(maxEventBytes: 16)
        let noise = String(repeating: ": keep-alive\nunknown: field\n", count: 100)
        #expect(try parser.parse(Array((noise + "data: 1\n\n").utf8)).map(\.data) == ["1"])
    }

    @Test func theParserKnowsWhenTheStreamStopsInsideAnEvent() {
        var parser = ServerSentEventParser()
        _ = parser.feed(Array("data: 1\n\n".utf8))
        #expect(!parser.isInsideEvent)
        _ = parser.feed(Array(": comment without line end".utf8))
        #expect(!parser.isInsideEvent)
        _ = parser.feed(Array("\ndata: 2\n".utf8))
        #expect(parser.isInsideEvent)
        _ = parser.feed(Array("\n".utf8))
        #expect(!parser.isInsideEvent)
        _ = parser.feed(Array("data: 3".utf8))
        #expect(parser.isInsideEvent)
    }
}
