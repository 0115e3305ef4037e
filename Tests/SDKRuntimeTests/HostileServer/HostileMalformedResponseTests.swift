import Foundation
import Testing
@testable import SDKRuntime

private struct Pet: Decodable, Sendable {
    var name: String
    var age: Int
}

extension HostileServer {
    /// Broken answers that already end in a typed error, kept that way: truncated or wrongly typed
    /// JSON, absurdly deep JSON, a slow drip, connections that close early, waits the server asks
    /// for that make no sense.
    @Suite("Hostile server: malformed responses", .timeLimit(.minutes(5)))
    struct HostileMalformedResponseTests {
        private static let deepJSON = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)

        private func get(_ server: RawTCPServer, timeout: Duration = .seconds(120)) async -> (APIError?, Hostile.Cost) {
            await Hostile.failure {
                _ = try await Hostile.core(server.baseURL) { $0.timeout = timeout }.send(
                    APIRequest(method: .get, path: "/pet"), options: nil, as: Pet.self)
            }
        }

        private func answering(_ response: String) throws -> RawTCPServer {
            try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(response)
            }
        }

        private static func json(_ body: String, status: String = "200 OK") -> String {
            Hostile.head(["Content-Type: application/json", "Content-Length: \(body.utf8.count)"], status: status) + body
        }

        @Test func aBodyCutShortOfItsLengthIsAConnectionError() async throws {
            let server = try answering(
                Hostile.head(["Content-Type: application/json", "Content-Length: 100"]) + #"{"name": "Rex", "a"#)
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.kind == .connection)
            Hostile.expectBounded(cost)
        }

        @Test func truncatedJSONIsADecodingError() async throws {
            let server = try answering(Self.json(#"{"name": "Rex", "a"#))
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.kind == .decoding)
            #expect(error?.body == Data(#"{"name": "Rex", "a"#.utf8))
            Hostile.expectBounded(cost)
        }

        @Test func aWrongTypeIsADecodingErrorAtItsPath() async throws {
            let server = try answering(Self.json(#"{"name": "Rex", "age": "seven"}"#))
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.kind == .decoding)
            #expect(error?.codingPath == "age")
            Hostile.expectBounded(cost)
        }

        @Test func jsonThatIsNotUTF8IsADecodingError() async throws {
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                let body = Array(#"{"name": "R"#.utf8) + [0xFF, 0xFE] + Array(#"x", "age": 3}"#.utf8)
                connection.write(Hostile.head(["Content-Type: application/json", "Content-Length: \(body.count)"]))
                connection.write(body)
            }
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.kind == .decoding)
            Hostile.expectBounded(cost)
        }

        @Test func fiftyThousandLevelsOfJSONAreADecodingError() async throws {
            let server = try answering(Self.json(Self.deepJSON))
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.kind == .decoding)
            #expect(error?.jsonBody == nil)
            Hostile.expectBounded(cost)
        }

        @Test(arguments: ["400 Bad Request", "422 Unprocessable Entity"])
        func fiftyThousandLevelsInAnErrorBodyLeaveItWithoutMessage(_ status: String) async throws {
            let server = try answering(Self.json(Self.deepJSON, status: status))
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.statusCode == Int(status.prefix(3)))
            #expect(error?.message == nil)
            #expect(error?.validationIssues.isEmpty == true)
            #expect(error?.description.isEmpty == false)
            Hostile.expectBounded(cost)
        }

        @Test func fiftyThousandLevelsInAPythonStyleMessageLeaveItPlain() async throws {
            let message = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
            let server = try answering(Self.json(#"{"message": "\#(message)"}"#, status: "422 Unprocessable Entity"))
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.kind == .unprocessableEntity)
            #expect(error?.validationIssues.isEmpty == true)
            #expect(error?.message == message)
            Hostile.expectBounded(cost)
        }

        @Test func fiftyThousandLevelsInAnEventAreADecodingError() async throws {
            let server = try answering(
                Hostile.head(["Content-Type: text/event-stream", "Connection: close"]) + "data: \(Self.deepJSON)\n\n")
            defer { server.stop() }
            let (error, cost) = await Hostile.failure {
                for try await _ in Hostile.core(server.baseURL).stream(
                    APIRequest(method: .get, path: "/events"), options: nil, of: JSONValue.self)
                {}
            }
            #expect(error?.kind == .decoding)
            Hostile.expectBounded(cost)
        }

        @Test func aSlowDripEndsAtTheTimeout() async throws {
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Hostile.head(["Content-Type: application/json", "Content-Length: 10000"]))
                // One byte every 100 ms: 1,000 seconds for the whole body.
                while connection.write("{") {
                    Thread.sleep(forTimeInterval: 0.1)
                }
            }
            defer { server.stop() }
            let (error, cost) = await get(server, timeout: .seconds(2))
            #expect(error?.kind == .timeout)
            #expect(cost.elapsed >= .milliseconds(1900))
            Hostile.expectBounded(cost)
        }

        @Test func aResetInTheMiddleOfTheBodyIsAConnectionError() async throws {
            let server = try RawTCPServer.start { connection in
                guard connection.readRequestHead() != nil else { return }
                connection.write(Hostile.head(["Content-Type: application/json", "Content-Length: 1000"]) + #"{"name": "#)
                Thread.sleep(forTimeInterval: 0.1)
                connection.reset()
            }
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.kind == .connection)
            Hostile.expectBounded(cost)
        }

        @Test func aConnectionClosedWithoutAnswerIsAConnectionError() async throws {
            let server = try RawTCPServer.start { connection in
                _ = connection.readRequestHead()
            }
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.kind == .connection)
            Hostile.expectBounded(cost)
        }

        @Test func anAnswerThatIsNotHTTPIsAConnectionError() async throws {
            let server = try answering("SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\n")
            defer { server.stop() }
            let (error, cost) = await get(server)
            #expect(error?.kind == .connection)
            Hostile.expectBounded(cost)
        }

        @Test(arguments: ["-1", "-3600", "Sun, 06 Nov 1994 08:49:37 GMT"])
        func aWaitInThePastIsTheNormalBackoff(_ retryAfter: String) async throws {
            let arrivals = Recorder<ContinuousClock.Instant>()
            try await TestHTTPServer.with({ _ in
                arrivals.append(ContinuousClock.now)
                return arrivals.values.count < 3
                    ? CannedResponse(status: 503, headers: ["Retry-After": retryAfter, "retry-after-ms": "-5"])
                    : CannedResponse(body: #"{"name": "Rex", "age": 3}"#)
            }) { server in
                let core = Hostile.core(server.baseURL) {
                    $0.maxRetries = 2
                    $0.sleep = { try await Task.sleep(for: $0) }
                }
                let (pet, cost) = try await Hostile.measured {
                    try await core.send(APIRequest(method: .get, path: "/pet"), options: nil, as: Pet.self)
                }
                #expect(pet.name == "Rex")
                Hostile.expectBounded(cost)
                let times = arrivals.values
                #expect(times.count == 3)
                guard times.count == 3 else { return }
                // The backoff waits at least 0.5 s × 0.75 before the first retry, 1 s × 0.75 before the second.
                #expect(times[1] - times[0] >= .milliseconds(375))
                #expect(times[2] - times[1] >= .milliseconds(750))
            }
        }
    }
}
