import Foundation
import Testing
@testable import Julep

/// Retries over real HTTP on 127.0.0.1, with the waits recorded instead of slept.
@Suite("Retries", .timeLimit(.minutes(3)))
struct RetryTests {
    static let agentID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    static let agentJSON = #"{"id": "\#(agentID)", "name": "Ada", "about": "", "model": "", "instructions": [], "#
        + #""created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-05-01T10:20:30Z"}"#
    static let createdJSON = #"{"id": "\#(agentID)", "created_at": "2024-05-01T10:20:30Z", "jobs": []}"#

    private func client(_ server: TestHTTPServer, sleeper: RecordingSleeper, maxRetries: Int = 2) -> JulepClient {
        JulepClient(apiKey: "key-123", baseURL: server.baseURL, maxRetries: maxRetries,
                    transport: URLSessionTransport(configuration: .ephemeral))
            .withConfiguration {
                $0.sleep = sleeper.sleep
                $0.logger = nil
            }
    }

    private var id: UUID { UUID(uuidString: Self.agentID)! }

    /// Answers the n-th request (from 1) with `responses[n - 1]`, then with the last one.
    private func scripted(_ responses: [CannedResponse]) -> @Sendable (ReceivedRequest) async throws -> CannedResponse {
        let counter = Counter()
        return { _ in responses[min(counter.next(), responses.count) - 1] }
    }

    @Test func twoServiceUnavailableThenSuccess() async throws {
        let sleeper = RecordingSleeper()
        let responses = [CannedResponse(status: 503, body: "{}"), CannedResponse(status: 503, body: "{}"),
                         CannedResponse(headers: ["Content-Type": "application/json", "X-Request-Id": "r3"], body: Self.agentJSON)]
        try await TestHTTPServer.with(scripted(responses)) { server in
            let response = try await client(server, sleeper: sleeper).agents.withRawResponse.get(id: id)
            #expect(response.value.id == id)
            #expect(response.attempts == 3)
            #expect(response.headers["x-request-id"] == "r3")
            #expect(await server.requests.count == 3)
            let delays = sleeper.delays
            try #require(delays.count == 2)
            // 0.5 s × [0.75, 1], then 1 s × [0.75, 1].
            #expect(delays[0] >= .milliseconds(375) && delays[0] <= .milliseconds(500))
            #expect(delays[1] >= .milliseconds(750) && delays[1] <= .milliseconds(1000))
        }
    }

    @Test func retryAfterSecondsIsHonoured() async throws {
        let sleeper = RecordingSleeper()
        let responses = [CannedResponse(status: 429, headers: ["Retry-After": "1"], body: #"{"detail": "slow down"}"#),
                         CannedResponse(body: Self.agentJSON)]
        try await TestHTTPServer.with(scripted(responses)) { server in
            _ = try await client(server, sleeper: sleeper).agents.get(id: id)
            #expect(sleeper.delays == [.seconds(1)])
            #expect(await server.requests.count == 2)
        }
    }

    @Test func retryAfterMillisecondsWins() async throws {
        let sleeper = RecordingSleeper()
        let responses = [CannedResponse(status: 503, headers: ["Retry-After": "3", "retry-after-ms": "250"], body: ""),
                         CannedResponse(body: Self.agentJSON)]
        try await TestHTTPServer.with(scripted(responses)) { server in
            _ = try await client(server, sleeper: sleeper).agents.get(id: id)
            #expect(sleeper.delays == [.milliseconds(250)])
        }
    }

    @Test func retryAfterLongerThanAMinuteFallsBackToBackoff() async throws {
        let sleeper = RecordingSleeper()
        let responses = [CannedResponse(status: 429, headers: ["Retry-After": "120"], body: ""),
                         CannedResponse(body: Self.agentJSON)]
        try await TestHTTPServer.with(scripted(responses)) { server in
            _ = try await client(server, sleeper: sleeper).agents.get(id: id)
            let delay = try #require(sleeper.delays.first)
            #expect(delay >= .milliseconds(375) && delay <= .milliseconds(500))
        }
    }

    @Test func postAnsweredWithServerErrorIsNotRetried() async throws {
        let sleeper = RecordingSleeper()
        try await TestHTTPServer.with({ _ in CannedResponse(status: 500, body: #"{"error": "boom"}"#) }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server, sleeper: sleeper).agents.create(name: "Ada", model: "gpt-4o")
            }
            #expect(error?.kind == .server)
            #expect(error?.message == "boom")
            #expect(await server.requests.count == 1)
            #expect(sleeper.delays.isEmpty)
        }
    }

    @Test(arguments: [429, 503])
    func postIsRetriedWhenProvablyNotProcessed(_ status: Int) async throws {
        let sleeper = RecordingSleeper()
        let responses = [CannedResponse(status: status, body: ""), CannedResponse(status: 201, body: Self.createdJSON)]
        try await TestHTTPServer.with(scripted(responses)) { server in
            let created = try await client(server, sleeper: sleeper).agents.create(name: "Ada", model: "gpt-4o")
            #expect(created.id == id)
            let requests = await server.requests
            #expect(requests.map(\.method) == ["POST", "POST"])
            #expect(requests[0].body == requests[1].body)
        }
    }

    @Test func postMarkedIdempotentIsRetriedOnServerErrors() async throws {
        let sleeper = RecordingSleeper()
        let responses = [CannedResponse(status: 500, body: ""), CannedResponse(status: 502, body: ""), CannedResponse(status: 201, body: Self.createdJSON)]
        try await TestHTTPServer.with(scripted(responses)) { server in
            _ = try await client(server, sleeper: sleeper).agents.withRawResponse.createOrUpdate(id: id, name: "Ada", model: "gpt-4o")
            #expect(await server.requests.count == 3)
        }
    }

    @Test(arguments: [408, 409, 429, 500, 502, 503, 504])
    func getIsRetriedOnTransientStatuses(_ status: Int) async throws {
        let sleeper = RecordingSleeper()
        let responses = [CannedResponse(status: status, body: ""), CannedResponse(body: Self.agentJSON)]
        try await TestHTTPServer.with(scripted(responses)) { server in
            _ = try await client(server, sleeper: sleeper).agents.get(id: id)
            #expect(await server.requests.count == 2)
        }
    }

    @Test(arguments: [400, 401, 403, 404, 422])
    func clientErrorsAreNotRetried(_ status: Int) async throws {
        let sleeper = RecordingSleeper()
        try await TestHTTPServer.with({ _ in CannedResponse(status: status, body: "{}") }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server, sleeper: sleeper).agents.get(id: id)
            }
            #expect(error?.statusCode == status)
            #expect(await server.requests.count == 1)
        }
    }

    @Test func shouldRetryFalseStopsRetries() async throws {
        let sleeper = RecordingSleeper()
        try await TestHTTPServer.with({ _ in
            CannedResponse(status: 503, headers: ["x-should-retry": "false"], body: #"{"error": "down"}"#)
        }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server, sleeper: sleeper).agents.get(id: id)
            }
            #expect(error?.kind == .server)
            #expect(error?.headers["x-should-retry"] == "false")
            #expect(await server.requests.count == 1)
        }
    }

    @Test func shouldRetryTrueRetriesEvenAPost() async throws {
        let sleeper = RecordingSleeper()
        let responses = [CannedResponse(status: 400, headers: ["x-should-retry": "true"], body: ""),
                         CannedResponse(status: 201, body: Self.createdJSON)]
        try await TestHTTPServer.with(scripted(responses)) { server in
            _ = try await client(server, sleeper: sleeper).agents.create(name: "Ada", model: "gpt-4o")
            #expect(await server.requests.count == 2)
        }
    }

    @Test func retriesStopAtMaxRetries() async throws {
        let sleeper = RecordingSleeper()
        try await TestHTTPServer.with({ _ in CannedResponse(status: 503, body: "") }) { server in
            let error = await #expect(throws: JulepError.self) {
                _ = try await client(server, sleeper: sleeper, maxRetries: 4).agents.get(id: id)
            }
            #expect(error?.kind == .server)
            #expect(await server.requests.count == 5)
            let delays = sleeper.delays
            #expect(delays.count == 4)
            // 0.5, 1, 2, 4 s, each × [0.75, 1].
            for (index, delay) in delays.enumerated() {
                let full = Duration.milliseconds(500 * (1 << index))
                #expect(delay >= full * 0.75 && delay <= full)
            }
        }
    }

    @Test func maxRetriesPerRequestOverridesTheClient() async throws {
        let sleeper = RecordingSleeper()
        try await TestHTTPServer.with({ _ in CannedResponse(status: 503, body: "") }) { server in
            _ = await #expect(throws: JulepError.self) {
                _ = try await client(server, sleeper: sleeper).agents.get(id: id, options: RequestOptions(maxRetries: 0))
            }
            #expect(await server.requests.count == 1)
        }
    }

    @Test func refusedConnectionIsRetriedEvenForAPost() async throws {
        let server = try await TestHTTPServer.start { _ in CannedResponse() }
        let deadURL = server.baseURL
        await server.stop()
        let sleeper = RecordingSleeper()
        let client = JulepClient(apiKey: "key", baseURL: deadURL, transport: URLSessionTransport(configuration: .ephemeral))
            .withConfiguration { $0.sleep = sleeper.sleep; $0.logger = nil }
        let error = await #expect(throws: JulepError.self) {
            _ = try await client.agents.create(name: "Ada", model: "gpt-4o")
        }
        #expect(error?.kind == .connection)
        #expect(sleeper.delays.count == 2)
    }

    @Test func cancellationDuringTheWaitEndsTheCall() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(status: 503, body: "") }) { server in
            let client = JulepClient(apiKey: "key", baseURL: server.baseURL, transport: URLSessionTransport(configuration: .ephemeral))
                .withConfiguration { $0.logger = nil; $0.retryPolicy = RetryPolicy(initialDelay: .seconds(30)) }
            let task = Task { try await client.agents.get(id: id) }
            // Cancel once the first attempt has been answered and the client waits to retry.
            let clock = ContinuousClock()
            let start = clock.now
            // Generous bounds: on a loaded machine the first answer can take seconds to arrive.
            while await server.requests.isEmpty && clock.now - start < .seconds(40) {
                try await Task.sleep(for: .milliseconds(10))
            }
            try await Task.sleep(for: .milliseconds(200))
            task.cancel()
            let error = await #expect(throws: JulepError.self) { _ = try await task.value }
            #expect(error?.kind == .cancelled)
            // One attempt, and no second one: the 30 s wait (22.5 s at least, with jitter) was cut short.
            let count = await server.requests.count
            #expect(count == 1, "\(count) requests")
        }
    }
}

/// The retry decisions and waits on their own.
@Suite("RetryPolicy")
struct RetryPolicyTests {
    let policy = RetryPolicy()

    @Test func backoffDoublesFromHalfASecondUpToEightSeconds() {
        let expected: [Duration] = [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8), .seconds(8)]
        for (retry, delay) in expected.enumerated() {
            #expect(policy.backoff(beforeRetry: retry, factor: 1) == delay)
            #expect(policy.backoff(beforeRetry: retry, factor: 0.75) == delay * 0.75)
        }
        #expect(policy.backoff(beforeRetry: 1000, factor: 1) == .seconds(8))
    }

    @Test func jitteredDelaysStayInBounds() {
        for retry in 0..<6 {
            let full = policy.backoff(beforeRetry: retry, factor: 1)
            for _ in 0..<50 {
                let delay = policy.delay(beforeRetry: retry, response: nil)
                #expect(delay >= full * 0.75 && delay <= full)
            }
        }
    }

    @Test func retryAfterForms() throws {
        let now = try #require(RetryPolicy.parseHTTPDate("Sun, 06 Nov 1994 08:49:37 GMT"))
        #expect(RetryPolicy.requestedDelay(["Retry-After": "2"], now: now) == .seconds(2))
        #expect(RetryPolicy.requestedDelay(["Retry-After": "0.5"], now: now) == .milliseconds(500))
        #expect(RetryPolicy.requestedDelay(["retry-after-ms": "1500"], now: now) == .milliseconds(1500))
        #expect(RetryPolicy.requestedDelay(["Retry-After": "Sun, 06 Nov 1994 08:49:47 GMT"], now: now) == .seconds(10))
        #expect(RetryPolicy.requestedDelay(["Retry-After": "Sunday, 06-Nov-94 08:49:39 GMT"], now: now) == .seconds(2))
        #expect(RetryPolicy.requestedDelay(["Retry-After": "Sun Nov  6 08:49:40 1994"], now: now) == .seconds(3))
        #expect(RetryPolicy.requestedDelay(["Retry-After": "0"], now: now) == .zero)
        // A wait that is negative or already over is no request: the normal backoff applies.
        #expect(RetryPolicy.requestedDelay(["Retry-After": "Sun, 06 Nov 1994 08:49:00 GMT"], now: now) == nil)
        #expect(RetryPolicy.requestedDelay(["Retry-After": "Sun, 06 Nov 1994 08:49:37 GMT"], now: now) == nil)
        #expect(RetryPolicy.requestedDelay(["Retry-After": "-5"], now: now) == nil)
        #expect(RetryPolicy.requestedDelay(["retry-after-ms": "-250"], now: now) == nil)
        #expect(RetryPolicy.requestedDelay(["retry-after-ms": "-250", "Retry-After": "2"], now: now) == .seconds(2))
        #expect(RetryPolicy.requestedDelay(["Retry-After": "soon"], now: now) == nil)
        #expect(RetryPolicy.requestedDelay([:], now: now) == nil)
    }

    @Test func requestedDelaysAreHonouredUpToAMinute() throws {
        let now = Date()
        let ok = HTTPResponse(statusCode: 429, headers: ["Retry-After": "60"])
        #expect(policy.delay(beforeRetry: 0, response: ok, now: now) == .seconds(60))
        let tooLong = HTTPResponse(statusCode: 429, headers: ["Retry-After": "61"])
        #expect(policy.delay(beforeRetry: 0, response: tooLong, now: now) <= .milliseconds(500))
    }

    @Test func statusDecisions() {
        for status in [408, 409, 429, 500, 501, 502, 503, 504, 599] {
            #expect(policy.shouldRetry(HTTPResponse(statusCode: status), isIdempotent: true))
        }
        for status in [400, 401, 403, 404, 405, 410, 422] {
            #expect(!policy.shouldRetry(HTTPResponse(statusCode: status), isIdempotent: true))
        }
        for status in [429, 503] {
            #expect(policy.shouldRetry(HTTPResponse(statusCode: status), isIdempotent: false))
        }
        for status in [408, 409, 500, 502, 504] {
            #expect(!policy.shouldRetry(HTTPResponse(statusCode: status), isIdempotent: false))
        }
        #expect(policy.shouldRetry(HTTPResponse(statusCode: 500, headers: ["X-Should-Retry": "true"]), isIdempotent: false))
        #expect(!policy.shouldRetry(HTTPResponse(statusCode: 503, headers: ["x-should-retry": "false"]), isIdempotent: true))
    }

    @Test func failureDecisions() {
        let refused = JulepError(kind: .connection, underlying: URLError(.cannotConnectToHost))
        let lost = JulepError(kind: .connection, underlying: URLError(.networkConnectionLost))
        #expect(policy.shouldRetry(refused, isIdempotent: false))
        #expect(!policy.shouldRetry(lost, isIdempotent: false))
        #expect(policy.shouldRetry(lost, isIdempotent: true))
        #expect(policy.shouldRetry(JulepError(kind: .timeout), isIdempotent: true))
        #expect(!policy.shouldRetry(JulepError(kind: .timeout), isIdempotent: false))
        for kind in [JulepError.Kind.cancelled, .decoding, .invalidArgument] {
            #expect(!policy.shouldRetry(JulepError(kind: kind), isIdempotent: true))
        }
    }
}
