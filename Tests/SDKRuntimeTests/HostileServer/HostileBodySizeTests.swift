import Foundation
import Testing
@testable import SDKRuntime

extension HostileServer {
    /// Response bodies too large to keep: the limit error must come while the body streams in,
    /// decided on a bounded number of bytes, and the client must then hang up.
    @Suite("Hostile server: body size", .timeLimit(.minutes(5)))
    struct HostileBodySizeTests {
        private static let limit = 1 << 20

        private static let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 64 << 10)

        private func core(_ server: RawTCPServer) -> ClientCore {
            Hostile.core(server.baseURL) { $0.maxResponseBodyBytes = Self.limit }
        }

        private func get(
            _ server: RawTCPServer, thenHangUpOf offers: Recorder<Hostile.Offer>
        ) async throws -> (error: APIError?, offer: Hostile.Offer, cost: Hostile.Cost) {
            try await Hostile.failure({
                _ = try await core(server).send(APIRequest(method: .get, path: "/big"), options: nil, as: JSONValue.self)
            }, thenHangUpOf: offers)
        }


        @Test func anAnnouncedLengthOverTheLimitFailsBeforeTheBody() async throws {
            let offers = Recorder<Hostile.Offer>()
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Hostile.head(["Content-Type: application/json", "Content-Length: 1073741824"]))
                Hostile.offer(connection, Self.chunk, upTo: Hostile.offered, offers: offers)
            }
            defer { server.stop() }
            let (error, offer, cost) = try await get(server, thenHangUpOf: offers)
            #expect(error?.statusCode == 200)
            Hostile.expectStoppedAtTheLimit(error, offer, cost, limit: Self.limit)
        }

        @Test func aChunkedBodyFailsAtTheLimit() async throws {
            let offers = Recorder<Hostile.Offer>()
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Hostile.head(["Content-Type: application/json", "Transfer-Encoding: chunked"]))
                let piece = Array((String(Self.chunk.count, radix: 16) + "\r\n").utf8) + Self.chunk + Array("\r\n".utf8)
                Hostile.offer(connection, piece, upTo: Hostile.offered, offers: offers)
            }
            defer { server.stop() }
            let (error, offer, cost) = try await get(server, thenHangUpOf: offers)
            Hostile.expectStoppedAtTheLimit(error, offer, cost, limit: Self.limit)
        }

        @Test func aBodyUntilTheConnectionClosesFailsAtTheLimit() async throws {
            let offers = Recorder<Hostile.Offer>()
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Hostile.head(["Content-Type: application/json", "Connection: close"]))
                Hostile.offer(connection, Self.chunk, upTo: Hostile.offered, offers: offers)
            }
            defer { server.stop() }
            let (error, offer, cost) = try await get(server, thenHangUpOf: offers)
            Hostile.expectStoppedAtTheLimit(error, offer, cost, limit: Self.limit)
        }

        @Test func anErrorResponseOverTheLimitIsTooLargeWithItsStatus() async throws {
            let offers = Recorder<Hostile.Offer>()
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Hostile.head(["Content-Type: text/html", "Connection: close"], status: "500 Oops"))
                Hostile.offer(connection, Self.chunk, upTo: Hostile.offered, offers: offers)
            }
            defer { server.stop() }
            let (error, offer, cost) = try await get(server, thenHangUpOf: offers)
            #expect(error?.statusCode == 500)
            Hostile.expectStoppedAtTheLimit(error, offer, cost, limit: Self.limit)
        }

        @Test func aGzipBombFailsAtTheLimitAsItInflates() async throws {
            // 256 KiB of compressed zeros inflate to 40 MiB; the limit of 1 MiB is hit after about
            // 7 KB. The kernel's buffers take all of it, and FoundationNetworking inflates what
            // arrives until its cancel takes effect: a client that waited for the rest would
            // wait until its timeout.
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
            let (error, offer, cost) = try await get(server, thenHangUpOf: offers)
            #expect(error?.kind == .responseTooLarge)
            Hostile.expectBounded(cost)
            Hostile.expectHungUp(offer)
        }

        @Test func theLimitIsSetPerClientAndPerRequest() async throws {
            let body = "[" + String(repeating: "1,", count: 300_000) + "1]"  // about 600 KB
            try await TestHTTPServer.with({ _ in CannedResponse(body: body) }) { server in
                let (_, cost) = try await Hostile.measured {
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
                Hostile.expectBounded(cost)
            }
        }

        @Test func aTransportOfYourOwnIsHeldToTheLimitToo() async throws {
            let transport = MockTransport { _ in HTTPResponse(statusCode: 200, body: Data(count: 2_000)) }
            var configuration = ClientConfiguration(
                baseURL: try #require(URL(string: "https://api.example.com")), transport: transport,
                maxResponseBodyBytes: 1_000, logger: nil)
            configuration.credentials = Hostile.credentials
            let (error, cost) = await Hostile.failure {
                try await ClientCore(configuration: configuration).send(APIRequest(method: .get, path: "/x"), options: nil)
            }
            #expect(error?.kind == .responseTooLarge)
            #expect(transport.requests.first?.maxResponseBodyBytes == 1_000)
            Hostile.expectBounded(cost)
        }
    }
}
