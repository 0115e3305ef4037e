import Foundation
import Testing
@testable import SDKRuntime

extension HostileServer {
    /// Redirects from a hostile server, over loopback: two servers on different ports are two origins.
    @Suite("Hostile server: redirects", .timeLimit(.minutes(5)))
    struct HostileRedirectTests {
        /// The query of a request target, without the `?`.
        private static func query(_ request: ReceivedRequest) -> String {
            request.target.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        }

        private static func expectCredentials(_ request: ReceivedRequest) {
            #expect(request.headers["authorization"] == "Bearer " + Hostile.bearerToken)
            #expect(request.headers["x-auth-key"] == Hostile.authKey)
            #expect(request.headers["cookie"] == "session=" + Hostile.cookieValue)
            #expect(query(request).contains("api_key=" + QueryComponent.encode(Hostile.queryKey)))
        }

        @Test func aRedirectToAnotherOriginCarriesNoCredentials() async throws {
            try await TestHTTPServer.with({ _ in CannedResponse(body: #"{"landed": true}"#) }) { other in
                // The origin sends the client on with its whole query, the API key included.
                try await TestHTTPServer.with({ request in
                    CannedResponse(
                        status: 307,
                        headers: ["Location": other.baseURL.absoluteString + "/landing?" + Self.query(request) + "&page=2"])
                }) { origin in
                    var request = APIRequest(method: .get, path: "/start")
                    request.setHeader("X-Trace", "t-1")
                    let (value, cost) = try await Hostile.measured {
                        try await Hostile.core(origin.baseURL).send(request, options: nil, as: JSONValue.self)
                    }
                    #expect(value == ["landed": true])
                    Hostile.expectBounded(cost)

                    Self.expectCredentials(try #require(await origin.requests.first))
                    let landed = try #require(await other.requests.first)
                    #expect(landed.path == "/landing")
                    #expect(landed.headers["authorization"] == nil)
                    #expect(landed.headers["x-auth-key"] == nil)
                    #expect(landed.headers["cookie"] == nil)
                    #expect(!landed.target.contains("api_key"))
                    #expect(Self.query(landed) == "page=2")
                    // What is not a credential goes on.
                    #expect(landed.headers["x-trace"] == "t-1")
                    let everything = landed.target + landed.headers.map { $0.key + ": " + $0.value }.joined()
                    for secret in Hostile.secrets {
                        #expect(!everything.contains(secret))
                    }
                }
            }
        }

        @Test func aRedirectWithinTheOriginKeepsTheCredentials() async throws {
            try await TestHTTPServer.with({ request in
                request.path == "/old"
                    ? CannedResponse(status: 308, headers: ["Location": "/new?" + Self.query(request)])
                    : CannedResponse(body: #"{"moved": true}"#)
            }) { server in
                let (value, cost) = try await Hostile.measured {
                    try await Hostile.core(server.baseURL).send(
                        APIRequest(method: .get, path: "/old"), options: nil, as: JSONValue.self)
                }
                #expect(value == ["moved": true])
                Hostile.expectBounded(cost)
                let requests = await server.requests
                #expect(requests.map(\.path) == ["/old", "/new"])
                for request in requests {
                    Self.expectCredentials(request)
                }
            }
        }

        @Test(arguments: [
            "file:///etc/passwd", "FILE:///etc/passwd", "ftp://127.0.0.1:21/etc/passwd", "gopher://127.0.0.1/x",
            "javascript:alert(1)", "data:text/plain,hello",
        ])
        func aRedirectToAnotherSchemeIsNotFollowed(_ location: String) async throws {
            try await TestHTTPServer.with({ _ in
                CannedResponse(status: 302, headers: ["Location": location], body: "moved")
            }) { server in
                let (error, cost) = await Hostile.failure {
                    _ = try await Hostile.core(server.baseURL).send(
                        APIRequest(method: .get, path: "/start"), options: nil, as: JSONValue.self)
                }
                // The 3xx is the answer: a typed error with the status and where it pointed.
                #expect(error?.kind == .otherStatus)
                #expect(error?.statusCode == 302)
                #expect(error?.headers["location"] == location)
                #expect(await server.requests.map(\.path) == ["/start"])
                Hostile.expectBounded(cost)
            }
        }

        @Test func aRedirectLoopEndsWithAConnectionError() async throws {
            try await TestHTTPServer.with({ _ in
                CannedResponse(status: 302, headers: ["Location": "/loop"])
            }) { server in
                let (error, cost) = await Hostile.failure {
                    _ = try await Hostile.core(server.baseURL).send(
                        APIRequest(method: .get, path: "/loop"), options: nil, as: JSONValue.self)
                }
                #expect(error?.kind == .connection)
                #expect(error?.message == "More than 10 redirects in a row.")
                #expect((error?.underlying as? URLError)?.code == .httpTooManyRedirects)
                // The request and 10 redirects, not one more.
                #expect(await server.requests.count == 11)
                Hostile.expectBounded(cost)
            }
        }

        @Test func aStreamRedirectedInALoopEndsWithAConnectionError() async throws {
            try await TestHTTPServer.with({ request in
                CannedResponse(status: 307, headers: ["Location": request.path == "/a" ? "/b" : "/a"])
            }) { server in
                let (error, cost) = await Hostile.failure {
                    for try await _ in Hostile.core(server.baseURL).stream(
                        APIRequest(method: .get, path: "/a"), options: nil, of: JSONValue.self)
                    {}
                }
                #expect(error?.kind == .connection)
                #expect(await server.requests.count == 11)
                Hostile.expectBounded(cost)
            }
        }

        @Test func aStreamRedirectedToAnotherOriginCarriesNoCredentials() async throws {
            try await TestHTTPServer.with({ _ in
                CannedResponse(headers: ["Content-Type": "text/event-stream"], body: "data: {\"n\": 1}\n\n")
            }) { other in
                try await TestHTTPServer.with({ _ in
                    CannedResponse(status: 307, headers: ["Location": other.baseURL.absoluteString + "/events"])
                }) { origin in
                    let (events, cost) = try await Hostile.measured {
                        var events: [JSONValue] = []
                        for try await event in Hostile.core(origin.baseURL).stream(
                            APIRequest(method: .get, path: "/events"), options: nil, of: JSONValue.self)
                        {
                            events.append(event)
                        }
                        return events
                    }
                    #expect(events == [["n": 1]])
                    Hostile.expectBounded(cost)
                    Self.expectCredentials(try #require(await origin.requests.first))
                    let landed = try #require(await other.requests.first)
                    #expect(landed.headers["authorization"] == nil)
                    #expect(landed.headers["x-auth-key"] == nil)
                    #expect(landed.headers["cookie"] == nil)
                    #expect(!landed.target.contains("api_key"))
                }
            }
        }
    }
}
