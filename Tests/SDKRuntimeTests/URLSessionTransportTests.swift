import Foundation
import Testing
@testable import SDKRuntime

/// `URLSessionTransport` against a real HTTP server on 127.0.0.1.
@Suite("URLSessionTransport over HTTP", .timeLimit(.minutes(3)))
struct URLSessionTransportTests {
    private func url(_ server: TestHTTPServer, _ pathAndQuery: String) throws -> URL {
        try #require(URL(string: server.baseURL.absoluteString + pathAndQuery))
    }

    @Test func sendsTheRequestAndReturnsTheResponse() async throws {
        try await TestHTTPServer.with({ _ in
            CannedResponse(status: 201, headers: ["Content-Type": "application/json", "X-Echo": "yes"], body: #"{"ok":true}"#)
        }) { server in
            let transport = URLSessionTransport(configuration: .ephemeral)
            let request = HTTPRequest(
                method: .post,
                url: try url(server, "/things/a%2Fb?x=1%2B1"),
                headers: ["Content-Type": "application/json", "X-Custom": "c"],
                body: Data(#"{"name":"n"}"#.utf8),
                timeout: .seconds(30)
            )
            let response = try await transport.send(request)
            #expect(response.statusCode == 201)
            #expect(response.headers["x-echo"] == "yes")
            #expect(response.body == Data(#"{"ok":true}"#.utf8))

            let received = try #require(await server.requests.first)
            #expect(received.method == "POST")
            #expect(received.target == "/things/a%2Fb?x=1%2B1")
            #expect(received.headers["x-custom"] == "c")
            #expect(received.headers["content-type"] == "application/json")
            #expect(received.body == Data(#"{"name":"n"}"#.utf8))
        }
    }

    @Test func errorStatusesAreReturnedNotThrown() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(status: 503, body: "down") }) { server in
            let transport = URLSessionTransport(configuration: .ephemeral)
            let response = try await transport.send(HTTPRequest(method: .get, url: try url(server, "/x"), timeout: .seconds(30)))
            #expect(response.statusCode == 503)
            #expect(String(decoding: response.body, as: UTF8.self) == "down")
        }
    }

    @Test func deadlineGivesTimeout() async throws {
        let closes = PeerCloses()
        let server = try RawTCPServer.silent(recordingIn: closes)
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .ephemeral)
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: APIError.self) {
            try await transport.send(HTTPRequest(method: .get, url: server.baseURL.appending(path: "slow"), timeout: .milliseconds(500)))
        }
        #expect(error?.kind == .timeout)
        #expect(clock.now - start >= .milliseconds(450))
        // The transport closed the connection at the deadline, long before the server's 30 s hold
        // ended; the server measures it, so a loaded machine's busy thread pool does not skew it.
        let held = await closes.first(1)
        #expect(held.count == 1)
        for duration in held {
            #expect(duration.map { $0 < .seconds(20) } == true, "\(String(describing: duration))")
        }
    }

    @Test func cancellationGivesCancelled() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: "{}", delay: .seconds(30)) }) { server in
            let transport = URLSessionTransport(configuration: .ephemeral)
            let request = HTTPRequest(method: .get, url: try url(server, "/slow"), timeout: .seconds(30))
            let clock = ContinuousClock()
            let start = clock.now
            let task = Task { try await transport.send(request) }
            try await Task.sleep(for: .milliseconds(200))
            task.cancel()
            let error = await #expect(throws: APIError.self) { try await task.value }
            #expect(error?.kind == .cancelled)
            #expect(clock.now - start < .seconds(20))  // long before the server's 30 s answer
        }
    }

    @Test func alreadyCancelledTaskGivesCancelled() async throws {
        try await TestHTTPServer.with({ _ in CannedResponse(body: "{}") }) { server in
            let transport = URLSessionTransport(configuration: .ephemeral)
            let request = HTTPRequest(method: .get, url: try url(server, "/x"), timeout: .seconds(5))
            let task = Task {
                while !Task.isCancelled { await Task.yield() }
                return try await transport.send(request)
            }
            task.cancel()
            let error = await #expect(throws: APIError.self) { try await task.value }
            #expect(error?.kind == .cancelled)
        }
    }

    @Test func refusedConnectionGivesConnection() async throws {
        let server = try await TestHTTPServer.start { _ in CannedResponse() }
        let deadURL = try url(server, "/x")
        await server.stop()
        let transport = URLSessionTransport(configuration: .ephemeral)
        let error = await #expect(throws: APIError.self) {
            try await transport.send(HTTPRequest(method: .get, url: deadURL, timeout: .seconds(5)))
        }
        #expect(error?.kind == .connection)
        #expect(error?.underlying != nil)
    }

    @Test func redirectsAreFollowedByDefaultAndCanBeRefused() async throws {
        try await TestHTTPServer.with({ request in
            if request.path == "/old" {
                return CannedResponse(status: 302, headers: ["Location": "/new"], body: "")
            }
            return CannedResponse(body: #"{"at":"new"}"#)
        }) { server in
            let following = URLSessionTransport(configuration: .ephemeral)
            let followed = try await following.send(HTTPRequest(method: .get, url: try url(server, "/old"), timeout: .seconds(30)))
            #expect(followed.statusCode == 200)
            #expect(followed.body == Data(#"{"at":"new"}"#.utf8))

            let refusing = URLSessionTransport(configuration: .ephemeral, followsRedirects: false)
            let refused = try await refusing.send(HTTPRequest(method: .get, url: try url(server, "/old"), timeout: .seconds(30)))
            #expect(refused.statusCode == 302)
            #expect(refused.headers["location"] == "/new")
        }
    }
}
