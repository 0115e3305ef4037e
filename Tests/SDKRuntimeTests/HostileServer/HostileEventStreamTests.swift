import Foundation
import Testing
@testable import SDKRuntime

extension HostileServer {
    /// Event streams from a hostile server: events that never end, answers that are not streams,
    /// streams cut in the middle of an event, bytes that are not UTF-8.
    @Suite("Hostile server: event streams", .timeLimit(.minutes(5)))
    struct HostileEventStreamTests {
        private static let limit = 1 << 20
        private static let streamHead = Hostile.head(["Content-Type: text/event-stream", "Connection: close"])

        private func events(
            _ server: RawTCPServer,
            options: RequestOptions? = nil,
            configure: (inout ClientConfiguration) -> Void = { $0.maxEventBytes = Self.limit }
        ) -> AsyncThrowingStream<JSONValue, any Error> {
            Hostile.core(server.baseURL, configure: configure).stream(
                APIRequest(method: .get, path: "/events"), options: options, of: JSONValue.self)
        }

        /// The events received before the stream failed, its error, and what it cost.
        private func receive(
            _ stream: AsyncThrowingStream<JSONValue, any Error>
        ) async -> (events: [JSONValue], error: APIError?, cost: Hostile.Cost) {
            var received: [JSONValue] = []
            let (error, cost) = await Hostile.failure {
                for try await event in stream { received.append(event) }
            }
            return (received, error, cost)
        }

        /// The events received before the stream failed, its error, what the server's offer came
        /// to, and what it cost until the client hung up.
        private func receive(
            _ stream: AsyncThrowingStream<JSONValue, any Error>, thenHangUpOf offers: Recorder<Hostile.Offer>
        ) async throws -> (events: [JSONValue], error: APIError?, offer: Hostile.Offer, cost: Hostile.Cost) {
            var received: [JSONValue] = []
            let (error, offer, cost) = try await Hostile.failure({
                for try await event in stream { received.append(event) }
            }, thenHangUpOf: offers)
            return (received, error, offer, cost)
        }


        @Test func aLineThatNeverEndsFailsAtTheEventLimit() async throws {
            let offers = Recorder<Hostile.Offer>()
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Self.streamHead + "data: {\"n\": 1}\n\ndata: \"")
                Hostile.offer(
                    connection, [UInt8](repeating: UInt8(ascii: "a"), count: 64 << 10), upTo: Hostile.offered,
                    offers: offers)
            }
            defer { server.stop() }
            let (received, error, offer, cost) = try await receive(events(server), thenHangUpOf: offers)
            #expect(received == [["n": 1]])
            Hostile.expectStoppedAtTheLimit(error, offer, cost, limit: Self.limit)
        }

        @Test func dataLinesWithoutABlankLineFailAtTheEventLimit() async throws {
            let offers = Recorder<Hostile.Offer>()
            let line = Array(("data: " + String(repeating: "b", count: 1000) + "\n").utf8)
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Self.streamHead)
                let lines = [[UInt8]](repeating: line, count: 64).flatMap { $0 }
                Hostile.offer(connection, lines, upTo: Hostile.offered, offers: offers)
            }
            defer { server.stop() }
            let (received, error, offer, cost) = try await receive(events(server), thenHangUpOf: offers)
            #expect(received.isEmpty)
            Hostile.expectStoppedAtTheLimit(error, offer, cost, limit: Self.limit)
        }

        @Test func aCommentLineThatNeverEndsFailsAtTheEventLimit() async throws {
            let offers = Recorder<Hostile.Offer>()
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Self.streamHead + ": ")
                Hostile.offer(
                    connection, [UInt8](repeating: UInt8(ascii: "c"), count: 64 << 10), upTo: Hostile.offered,
                    offers: offers)
            }
            defer { server.stop() }
            let (_, error, offer, cost) = try await receive(events(server), thenHangUpOf: offers)
            Hostile.expectStoppedAtTheLimit(error, offer, cost, limit: Self.limit)
        }

        @Test func commentsDoNotAddUpToTheLimit() async throws {
            // 64 KiB of keep-alive comments between two small events, with an event limit of 1 KiB.
            let keepAlive = String(repeating: ": keep-alive\n", count: 5_000)
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Self.streamHead + "data: 1\n\n" + keepAlive + "data: 2\n\n")
            }
            defer { server.stop() }
            let (received, error, cost) = await receive(events(server) { $0.maxEventBytes = 1024 })
            #expect(received == [1, 2])
            #expect(error == nil)
            Hostile.expectBounded(cost)
        }

        @Test func theEventLimitIsSetPerClientAndPerRequest() async throws {
            let big = "\"" + String(repeating: "c", count: 5_000) + "\""
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Self.streamHead + "data: \(big)\n\n")
            }
            defer { server.stop() }
            let (_, cost) = await Hostile.measured {
                let (_, perClient, _) = await receive(events(server) { $0.maxEventBytes = 4_000 })
                #expect(perClient?.kind == .responseTooLarge)
                let (raised, raisedError, _) = await receive(
                    events(server, options: RequestOptions(maxEventBytes: 6_000)) { $0.maxEventBytes = 4_000 })
                #expect(raisedError == nil)
                #expect(raised.count == 1)
                let (_, perRequest, _) = await receive(
                    events(server, options: RequestOptions(maxEventBytes: 4_000)) { _ in })
                #expect(perRequest?.kind == .responseTooLarge)
            }
            Hostile.expectBounded(cost)
            #expect(ClientConfiguration(baseURL: server.baseURL).maxEventBytes == ClientConfiguration.defaultMaxEventBytes)
        }

        @Test(arguments: [
            ("application/json", #"{"items": [1, 2, 3]}"#),
            ("text/html; charset=utf-8", "<html><body>Sign in</body></html>"),
        ])
        func anAnswerThatIsNotAStreamIsADecodingError(_ contentType: String, _ body: String) async throws {
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(
                    Hostile.head(["Content-Type: \(contentType)", "Content-Length: \(body.utf8.count)"]) + body)
            }
            defer { server.stop() }
            let (received, error, cost) = await receive(events(server))
            #expect(received.isEmpty)
            #expect(error?.kind == .decoding)
            #expect(error?.statusCode == 200)
            #expect(error?.message?.contains(contentType) == true)
            #expect(error?.body == Data(body.utf8))
            Hostile.expectBounded(cost)
        }

        @Test func anEndlessAnswerThatIsNotAStreamIsReadOnlyInPart() async throws {
            let offers = Recorder<Hostile.Offer>()
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Hostile.head(["Content-Type: text/html", "Connection: close"]))
                Hostile.offer(
                    connection, [UInt8](repeating: UInt8(ascii: "h"), count: 64 << 10), upTo: Hostile.offered,
                    offers: offers)
            }
            defer { server.stop() }
            let (_, error, offer, cost) = try await receive(events(server), thenHangUpOf: offers)
            #expect(error?.kind == .decoding)
            #expect(error?.body?.count == 1 << 20)
            Hostile.expectBounded(cost)
            Hostile.expectHungUp(offer)
        }

        @Test func aStreamClosedInTheMiddleOfAnEventIsAConnectionError() async throws {
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                // The second event's data lines never get the blank line that completes it.
                connection.write(Self.streamHead + "data: {\"n\": 1}\n\ndata: {\"n\":\ndata: 2}\n")
            }
            defer { server.stop() }
            let (received, error, cost) = await receive(events(server))
            #expect(received == [["n": 1]])
            #expect(error?.kind == .connection)
            #expect(error?.message == "The stream ended in the middle of an event.")
            Hostile.expectBounded(cost)
        }

        @Test func aStreamClosedInTheMiddleOfALineIsAConnectionError() async throws {
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Self.streamHead + "data: {\"n\": 1}\n\ndata: {\"n\": 2")
            }
            defer { server.stop() }
            let (received, error, cost) = await receive(events(server))
            #expect(received == [["n": 1]])
            #expect(error?.kind == .connection)
            Hostile.expectBounded(cost)
        }

        @Test func aStreamClosedAfterWholeEventsAndACommentEndsNormally() async throws {
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Self.streamHead + "data: {\"n\": 1}\n\n: bye")
            }
            defer { server.stop() }
            let (received, error, cost) = await receive(events(server))
            #expect(received == [["n": 1]])
            #expect(error == nil)
            Hostile.expectBounded(cost)
        }

        @Test func dataThatIsNotUTF8IsADecodingError() async throws {
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Self.streamHead + "data: \"caf\u{E9}\"\n\n")
                // Latin-1 "é" (0xE9) alone, then an overlong "/" (0xC0 0xAF): neither is UTF-8.
                connection.write(Array("data: \"caf".utf8) + [0xE9] + Array("\"\n\n".utf8))
                connection.write(Array("data: \"".utf8) + [0xC0, 0xAF] + Array("\"\n\n".utf8))
            }
            defer { server.stop() }
            let (received, error, cost) = await receive(events(server))
            #expect(received == ["café"])
            #expect(error?.kind == .decoding)
            #expect(error?.message?.contains("not valid UTF-8") == true)
            Hostile.expectBounded(cost)
        }
    }
}
