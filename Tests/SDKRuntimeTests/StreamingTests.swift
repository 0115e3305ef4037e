import Foundation
import Testing
@testable import SDKRuntime

private struct Feeding: Decodable, Sendable, Equatable {
    var animal: String
    var at: Date
}

/// Server-sent event streams through `ClientCore.stream` (what generated streaming operations
/// call) and `URLSessionTransport`, over real TCP on 127.0.0.1.
@Suite("Streaming", .timeLimit(.minutes(3)))
struct StreamingTests {
    private func core(_ baseURL: URL, timeout: Duration = .seconds(30), maxRetries: Int = 0) -> ClientCore {
        var configuration = ClientConfiguration(
            baseURL: baseURL, timeout: timeout, transport: URLSessionTransport(configuration: .ephemeral),
            maxRetries: maxRetries, logger: nil, sleep: { _ in })
        configuration.credentials = [Credential(scheme: "apiKey", placement: .header("Authorization"), value: "key-123")]
        return ClientCore(configuration: configuration)
    }

    private static let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n"

    private static func date(_ text: String) -> Date {
        JSONCoding.parseDate(text)!
    }

    /// Three events with LF, CRLF and CR line ends, a comment, multi-line data and non-ASCII text.
    private static let events = "\u{FEFF}data: {\"animal\":\"Léo 🦁\",\"at\":\"2024-05-01T10:20:30Z\"}\r\n\r\n"
        + ": keep-alive\nevent: feeding\ndata: {\"animal\":\"Polly\",\ndata: \"at\":\"2024-05-01T10:21:00Z\"}\n\n"
        + "id: 3\rdata: {\"animal\":\"Sid\",\"at\":\"2024-05-01T10:22:00.5Z\"}\r\r"

    private static let expected = [
        Feeding(animal: "Léo 🦁", at: date("2024-05-01T10:20:30Z")),
        Feeding(animal: "Polly", at: date("2024-05-01T10:21:00Z")),
        Feeding(animal: "Sid", at: date("2024-05-01T10:22:00.5Z")),
    ]

    @Test func eventsSplitAtAwkwardBoundariesArriveAsTheyAreSent() async throws {
        let firstEventSeen = Signal()
        let sentRestEarly = Recorder<Bool>()
        let heads = Recorder<String>()
        let server = try RawTCPServer.start { connection in
            guard let head = connection.readRequestHead() else { return }
            heads.append(head)
            connection.write(Self.head)
            // Pieces of 1, 2, 3, 5 and 7 bytes, so boundaries fall inside CRLF pairs, field
            // names and multi-byte characters; the first event is complete after `firstEnd` bytes.
            let bytes = Array(Self.events.utf8)
            let firstEnd = bytes.firstRange(of: Array("\r\n\r\n".utf8))!.upperBound
            var offset = 0
            var sizes = [1, 2, 3, 5, 7].makeIterator()
            var waitedForClient = false
            while offset < bytes.count {
                if offset >= firstEnd && !waitedForClient {
                    // Nothing more is sent until the client has the first event: a client that
                    // buffered the whole body would never get it.
                    waitedForClient = true
                    sentRestEarly.append(!firstEventSeen.wait(timeout: 30))
                }
                let size = sizes.next() ?? { sizes = [1, 2, 3, 5, 7].makeIterator(); return sizes.next()! }()
                let end = min(offset + size, offset < firstEnd ? firstEnd : bytes.count)
                guard connection.write(Array(bytes[offset..<end])) else { return }
                offset = end
                Thread.sleep(forTimeInterval: 0.005)
            }
        }
        defer { server.stop() }

        var received: [Feeding] = []
        for try await event in core(server.baseURL).stream(APIRequest(method: .get, path: "/feedings"), options: nil, of: Feeding.self) {
            received.append(event)
            if received.count == 1 { firstEventSeen.set() }
        }
        #expect(received == Self.expected)
        #expect(sentRestEarly.values == [false])
        let head = try #require(heads.values.first)
        #expect(head.hasPrefix("GET /feedings HTTP/1.1"))
        #expect(head.lowercased().contains("accept: text/event-stream"))
        #expect(head.lowercased().contains("authorization: key-123"))
    }

    @Test func cancellingTheConsumerClosesTheConnection() async throws {
        let closedByClient = Recorder<Bool>()
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write(Self.head + "data: {\"animal\":\"Léo\",\"at\":\"2024-05-01T10:20:30Z\"}\n\n")
            // Keep the stream open; the client has to hang up.
            closedByClient.append(connection.waitForPeerClose(timeout: .seconds(120)))
        }
        defer { server.stop() }

        let stream = core(server.baseURL).stream(APIRequest(method: .get, path: "/feedings"), options: nil, of: Feeding.self)
        let firstEvent = Signal()
        let consumer = Task {
            var count = 0
            for try await _ in stream {
                count += 1
                firstEvent.set()
            }
            return count
        }
        #expect(await firstEvent.waitAsync(timeout: .seconds(120)))
        let clock = ContinuousClock()
        let start = clock.now
        consumer.cancel()
        let result = await consumer.result
        if case .failure(let error) = result {
            #expect((error as? APIError)?.kind == .cancelled)
        }
        // The server waits 30 s for the client to hang up: `true` means it did, long before.
        while closedByClient.values.isEmpty && clock.now - start < .seconds(40) {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(closedByClient.values == [true])
    }

    @Test func anErrorStatusIsATypedErrorWithTheBody() async throws {
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            let body = #"{"error": {"message": "no such enclosure"}}"#
            connection.write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        }
        defer { server.stop() }
        let error = await #expect(throws: APIError.self) {
            for try await _ in core(server.baseURL).stream(APIRequest(method: .get, path: "/feedings"), options: nil, of: Feeding.self) {}
        }
        #expect(error?.kind == .notFound)
        #expect(error?.message == "no such enclosure")
        #expect(error?.request?.description.hasSuffix("/feedings") == true)
    }

    @Test func establishingTheStreamIsRetried() async throws {
        let attempts = Counter()
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            if attempts.next() == 1 {
                connection.write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            } else {
                connection.write(Self.head + "data: {\"animal\":\"Léo\",\"at\":\"2024-05-01T10:20:30Z\"}\n\n")
            }
        }
        defer { server.stop() }
        var received: [String] = []
        for try await event in core(server.baseURL, maxRetries: 2).stream(
            APIRequest(method: .get, path: "/feedings"), options: nil, of: Feeding.self) {
            received.append(event.animal)
        }
        #expect(received == ["Léo"])
        #expect(server.connectionCount == 2)
    }

    @Test func aBrokenEventIsADecodingErrorWithItsData() async throws {
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write(Self.head + "data: {\"animal\":\"Léo\",\"at\":\"2024-05-01T10:20:30Z\"}\n\ndata: {\"animal\": 7}\n\n")
        }
        defer { server.stop() }
        var received = 0
        let error = await #expect(throws: APIError.self) {
            for try await _ in core(server.baseURL).stream(APIRequest(method: .get, path: "/feedings"), options: nil, of: Feeding.self) {
                received += 1
            }
        }
        #expect(received == 1)
        #expect(error?.kind == .decoding)
        #expect(error?.codingPath == "animal")
        #expect(error?.body == Data(#"{"animal": 7}"#.utf8))
    }

    @Test func theStreamEndsAtDone() async throws {
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write(Self.head + "data: {\"animal\":\"Léo\",\"at\":\"2024-05-01T10:20:30Z\"}\n\nevent: ping\ndata:\n\ndata: [DONE]\n\n")
            _ = connection.waitForPeerClose(timeout: .seconds(30))
        }
        defer { server.stop() }
        var received: [String] = []
        for try await event in core(server.baseURL).stream(APIRequest(method: .get, path: "/feedings"), options: nil, of: Feeding.self) {
            received.append(event.animal)
        }
        #expect(received == ["Léo"])
    }

    @Test func noResponseHeadWithinTheTimeoutIsATimeout() async throws {
        let closes = PeerCloses()
        let server = try RawTCPServer.silent(recordingIn: closes)
        defer { server.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: APIError.self) {
            for try await _ in core(server.baseURL, timeout: .milliseconds(500)).stream(
                APIRequest(method: .get, path: "/feedings"), options: nil, of: Feeding.self) {}
        }
        // The server holds the connection for 30 s, so a timeout (not a closed connection), and a
        // hang-up the server saw long before that, mean the client's 500 ms deadline did it.
        #expect(error?.kind == .timeout)
        #expect(clock.now - start >= .milliseconds(450))
        let held = await closes.first(1)
        #expect(held.count == 1)
        for duration in held {
            #expect(duration.map { $0 < .seconds(25) } == true, "\(String(describing: duration))")
        }
    }

    @Test func aResetInTheMiddleOfTheStreamIsAConnectionError() async throws {
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write(Self.head + "data: {\"animal\":\"Léo\",\"at\":\"2024-05-01T10:20:30Z\"}\n\ndata: {\"ani")
            Thread.sleep(forTimeInterval: 0.1)
            connection.reset()
        }
        defer { server.stop() }
        var received = 0
        let error = await #expect(throws: APIError.self) {
            for try await _ in core(server.baseURL).stream(APIRequest(method: .get, path: "/feedings"), options: nil, of: Feeding.self) {
                received += 1
            }
        }
        #expect(received == 1)
        #expect(error?.kind == .connection)
    }

    @Test func aTransportWithoutStreamingDeliversTheWholeBody() async throws {
        let transport = MockTransport { request in
            #expect(request.headers["Accept"] == "text/event-stream")
            return HTTPResponse(statusCode: 200, body: Data(Self.events.utf8))
        }
        let core = ClientCore(configuration: ClientConfiguration(
            baseURL: URL(string: "https://api.example.com")!, transport: transport, logger: nil))
        var received: [Feeding] = []
        for try await event in core.stream(APIRequest(method: .get, path: "/feedings"), options: nil, of: Feeding.self) {
            received.append(event)
        }
        #expect(received == Self.expected)
    }

    @Test func urlSessionTransportStreamsPieceByPiece() async throws {
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nX-Echo: yes\r\n\r\n")
            for piece in ["one ", "two ", "three"] {
                connection.write(String(piece.utf8.count, radix: 16) + "\r\n" + piece + "\r\n")
                Thread.sleep(forTimeInterval: 0.05)
            }
            connection.write("0\r\n\r\n")
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .ephemeral)
        let response = try await transport.stream(HTTPRequest(method: .get, url: server.baseURL.appendingPathComponent("text"), timeout: .seconds(5)))
        #expect(response.statusCode == 200)
        #expect(response.headers["x-echo"] == "yes")
        var pieces: [String] = []
        for try await piece in response.body {
            pieces.append(String(decoding: piece, as: UTF8.self))
        }
        #expect(pieces.joined() == "one two three")
        #expect(pieces.count >= 2)
    }
}
