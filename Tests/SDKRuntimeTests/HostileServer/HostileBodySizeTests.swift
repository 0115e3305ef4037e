import Foundation
import Testing
@testable import SDKRuntime

/// Response bodies too large to keep: the limit error must come while the body streams in,
/// decided on a bounded number of bytes, and the client must then hang up.
@Suite("Hostile server: body size", .timeLimit(.minutes(5)))
struct HostileBodySizeTests {
    private static let limit = 1 << 20
    /// What a server offers before it waits: 8 times the limit, and never the whole body.
    private static let offered = 8 << 20

    private static let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 64 << 10)

    private func core(_ server: RawTCPServer) -> ClientCore {
        Hostile.core(server.baseURL) { $0.maxResponseBodyBytes = Self.limit }
    }

    private func get(_ server: RawTCPServer) async -> (error: APIError?, elapsed: Duration) {
        await Hostile.failure {
            _ = try await core(server).send(APIRequest(method: .get, path: "/big"), options: nil, as: JSONValue.self)
        }
    }

    /// The client failed with the limit error before its 120 s timeout, with at most
    /// ``offered`` bytes sent, and hung up.
    private func expectStoppedAtTheLimit(
        _ error: APIError?, _ elapsed: Duration, _ offers: Recorder<Hostile.Offer>
    ) async throws {
        #expect(error?.kind == .responseTooLarge)
        #expect(error?.message?.contains("\(Self.limit) bytes") == true)
        #expect(elapsed < Hostile.beforeTheTimeout)
        let offer = try await Hostile.firstValue(offers)
        #expect(offer.written <= Self.offered)
        #expect(offer.clientHungUp)
    }

    @Test func anAnnouncedLengthOverTheLimitFailsBeforeTheBody() async throws {
        let offers = Recorder<Hostile.Offer>()
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write(Hostile.head(["Content-Type: application/json", "Content-Length: 1073741824"]))
            Hostile.offer(connection, Self.chunk, upTo: Self.offered, offers: offers)
        }
        defer { server.stop() }
        let (error, elapsed) = await get(server)
        #expect(error?.statusCode == 200)
        try await expectStoppedAtTheLimit(error, elapsed, offers)
    }

    @Test func aChunkedBodyFailsAtTheLimit() async throws {
        let offers = Recorder<Hostile.Offer>()
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write(Hostile.head(["Content-Type: application/json", "Transfer-Encoding: chunked"]))
            let piece = Array((String(Self.chunk.count, radix: 16) + "\r\n").utf8) + Self.chunk + Array("\r\n".utf8)
            Hostile.offer(connection, piece, upTo: Self.offered, offers: offers)
        }
        defer { server.stop() }
        let (error, elapsed) = await get(server)
        try await expectStoppedAtTheLimit(error, elapsed, offers)
    }

    @Test func aBodyUntilTheConnectionClosesFailsAtTheLimit() async throws {
        let offers = Recorder<Hostile.Offer>()
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write(Hostile.head(["Content-Type: application/json", "Connection: close"]))
            Hostile.offer(connection, Self.chunk, upTo: Self.offered, offers: offers)
        }
        defer { server.stop() }
        let (error, elapsed) = await get(server)
        try await expectStoppedAtTheLimit(error, elapsed, offers)
    }

    @Test func anErrorResponseOverTheLimitIsTooLargeWithItsStatus() async throws {
        let offers = Recorder<Hostile.Offer>()
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write(Hostile.head(["Content-Type: text/html", "Connection: close"], status: "500 Oops"))
            Hostile.offer(connection, Self.chunk, upTo: Self.offered, offers: offers)
        }
        defer { server.stop() }
        let (error, elapsed) = await get(server)
        #expect(error?.statusCode == 500)
        try await expectStoppedAtTheLimit(error, elapsed, offers)
    }

    @Test func aGzipBombFailsAtTheLimitAsItInflates() async throws {
        // 256 KiB of compressed zeros inflate to 40 MiB; the limit of 1 MiB is hit after about 7 KB.
        let offers = Recorder<Hostile.Offer>()
        let offered = 256 << 10
        #expect(offered / GzipBomb.repeatingUnit.count * GzipBomb.inflatedBytesPerUnit > 32 * Self.limit)
        let piece = [[UInt8]](repeating: GzipBomb.repeatingUnit, count: 5_000).flatMap { $0 }
        let server = try RawTCPServer.start { connection in
            guard connection.readRequestHead() != nil else { return }
            connection.write(
                Hostile.head(["Content-Type: application/json", "Content-Encoding: gzip", "Connection: close"]))
            guard connection.write(GzipBomb.start) else { return }
            Hostile.offer(connection, piece, upTo: offered, offers: offers)
        }
        defer { server.stop() }
        let (error, elapsed) = await get(server)
        #expect(error?.kind == .responseTooLarge)
        #expect(elapsed < Hostile.beforeTheTimeout)
        let offer = try await Hostile.firstValue(offers)
        #expect(offer.written <= offered)
        #expect(offer.clientHungUp)
    }

    @Test func theLimitIsSetPerClientAndPerRequest() async throws {
        let body = "[" + String(repeating: "1,", count: 300_000) + "1]"  // about 600 KB
        try await TestHTTPServer.with({ _ in CannedResponse(body: body) }) { server in
            let small = Hostile.core(server.baseURL) { $0.maxResponseBodyBytes = 100_000 }
            let request = APIRequest(method: .get, path: "/list")
            let (error, _) = await Hostile.failure {
                _ = try await small.send(request, options: nil, as: [Int].self)
            }
            #expect(error?.kind == .responseTooLarge)
            let raised = try await small.send(
                request, options: RequestOptions(maxResponseBodyBytes: 1 << 20), as: [Int].self)
            #expect(raised.count == 300_001)

            let roomy = Hostile.core(server.baseURL)
            #expect(roomy.configuration.maxResponseBodyBytes == ClientConfiguration.defaultMaxResponseBodyBytes)
            #expect(try await roomy.send(request, options: nil, as: [Int].self).count == 300_001)
            let (lowered, _) = await Hostile.failure {
                _ = try await roomy.send(request, options: RequestOptions(maxResponseBodyBytes: 1000), as: [Int].self)
            }
            #expect(lowered?.kind == .responseTooLarge)
        }
    }

    @Test func aTransportOfYourOwnIsHeldToTheLimitToo() async throws {
        let transport = MockTransport { _ in HTTPResponse(statusCode: 200, body: Data(count: 2_000)) }
        var configuration = ClientConfiguration(
            baseURL: try #require(URL(string: "https://api.example.com")), transport: transport,
            maxResponseBodyBytes: 1_000, logger: nil)
        configuration.credentials = Hostile.credentials
        let (error, _) = await Hostile.failure {
            try await ClientCore(configuration: configuration).send(APIRequest(method: .get, path: "/x"), options: nil)
        }
        #expect(error?.kind == .responseTooLarge)
        #expect(transport.requests.first?.maxResponseBodyBytes == 1_000)
    }
}
