import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@testable import SampleTestSupport

@Suite("Loopback server", .timeLimit(.minutes(3)))
struct LoopbackServerTests {
    private static func session() -> URLSession {
        URLSession(configuration: .ephemeral)
    }

    private static func port(_ server: LoopbackServer) -> Int {
        server.baseURL.port ?? 0
    }

    @Test func answersURLSessionAndRecordsTheRequest() async throws {
        try await LoopbackServer.with({ _ in
            LoopbackResponse(status: 201, headers: ["Content-Type": "application/json", "X-Id": "7"], body: #"{"ok":true}"#)
        }) { server in
            var request = URLRequest(url: server.baseURL.appendingPathComponent("v1/items%20all"))
            request.url = URL(string: server.baseURL.absoluteString + "/v1/items%20all?tag=a%2Cb&limit=5")
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.setValue("Bearer secret", forHTTPHeaderField: "Authorization")
            request.httpBody = Data(#"{"name":"a"}"#.utf8)
            let (data, response) = try await Self.session().data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            #expect(http.statusCode == 201)
            #expect(http.value(forHTTPHeaderField: "X-Id") == "7")
            #expect(String(decoding: data, as: UTF8.self) == #"{"ok":true}"#)

            let received = try #require(server.requests.first)
            #expect(server.requests.count == 1)
            #expect(received.method == "POST")
            #expect(received.target == "/v1/items%20all?tag=a%2Cb&limit=5")
            #expect(received.path == "/v1/items all")
            #expect(received.headers["authorization"] == "Bearer secret")
            #expect(received.headers["content-type"] == "application/json")
            #expect(String(decoding: received.body, as: UTF8.self) == #"{"name":"a"}"#)
        }
    }

    @Test func servesSeveralRequestsOfOneSession() async throws {
        try await LoopbackServer.with({ request in LoopbackResponse(body: "\"\(request.path)\"") }) { server in
            let session = Self.session()
            for index in 1...3 {
                let (data, _) = try await session.data(from: server.baseURL.appendingPathComponent("item/\(index)"))
                #expect(String(decoding: data, as: UTF8.self) == "\"/item/\(index)\"")
            }
            #expect(server.requests.map(\.path) == ["/item/1", "/item/2", "/item/3"])
            #expect(server.requests.allSatisfy { $0.body.isEmpty })
        }
    }

    @Test func answersWithoutABodyWhereTheStatusHasNone() async throws {
        try await LoopbackServer.with({ _ in LoopbackResponse(status: 204, headers: [:], body: "ignored") }) { server in
            var request = URLRequest(url: server.baseURL.appendingPathComponent("things/1"))
            request.httpMethod = "DELETE"
            let (data, response) = try await Self.session().data(for: request)
            #expect((response as? HTTPURLResponse)?.statusCode == 204)
            #expect(data.isEmpty)
        }
    }

    @Test func readsAChunkedBody() async throws {
        try await LoopbackServer.with({ _ in LoopbackResponse(body: "{}") }) { server in
            let client = try RawClient(port: Self.port(server))
            client.send(
                "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n7;note=x\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n")
            let answer = client.receive(until: "{}")
            #expect(answer.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(answer.contains("Content-Length: 2\r\n"))
            let received = try #require(server.requests.first)
            #expect(String(decoding: received.body, as: UTF8.self) == "hello, world")
        }
    }

    @Test func keepsTheConnectionAliveUntilAskedToClose() async throws {
        try await LoopbackServer.with({ request in LoopbackResponse(body: String(decoding: request.body, as: UTF8.self)) }) { server in
            let client = try RawClient(port: Self.port(server))
            client.send("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\none")
            #expect(client.receive(until: "one").hasSuffix("\r\n\r\none"))
            client.send("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\ntwo")
            let second = client.receive(until: "two")
            #expect(second.contains("Connection: close\r\n"))
            #expect(second.hasSuffix("\r\n\r\ntwo"))
            #expect(client.isClosedByServer())
            #expect(server.requests.map(\.path) == ["/a", "/b"])
        }
    }

    @Test func closesAnHTTP10ConnectionAfterTheAnswer() async throws {
        try await LoopbackServer.with({ _ in LoopbackResponse(body: "[]") }) { server in
            let client = try RawClient(port: Self.port(server))
            client.send("GET /old HTTP/1.0\r\n\r\n")
            #expect(client.receive(until: "[]").hasSuffix("[]"))
            #expect(client.isClosedByServer())
        }
    }

    @Test func continuesAnExpectingRequest() async throws {
        try await LoopbackServer.with({ _ in LoopbackResponse(body: "done") }) { server in
            let client = try RawClient(port: Self.port(server))
            client.send("PUT /big HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
            #expect(client.receive(until: "\r\n\r\n") == "HTTP/1.1 100 Continue\r\n\r\n")
            client.send("data")
            #expect(client.receive(until: "done").hasSuffix("done"))
            #expect(server.requests.first?.body == Data("data".utf8))
        }
    }

    @Test func refusesAMalformedRequest() async throws {
        try await LoopbackServer.with({ _ in LoopbackResponse(body: "never") }) { server in
            let client = try RawClient(port: Self.port(server))
            client.send("NONSENSE\r\n\r\n")
            #expect(client.receive(until: "\r\n\r\n").hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
            #expect(client.isClosedByServer())
            #expect(server.requests.isEmpty)
        }
    }

    @Test func answersHeadWithoutABody() async throws {
        try await LoopbackServer.with({ _ in LoopbackResponse(body: "12345") }) { server in
            let client = try RawClient(port: Self.port(server))
            client.send("HEAD /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let answer = client.receive(until: "never arrives")
            #expect(answer.contains("Content-Length: 5\r\n"))
            #expect(answer.hasSuffix("\r\n\r\n"))
        }
    }

    @Test func stopsWithAnIdleConnectionOpen() async throws {
        let server = try LoopbackServer.start { _ in LoopbackResponse() }
        let client = try RawClient(port: Self.port(server))
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = client.receive(until: "\r\n\r\n")
        server.stop()
        #expect(client.isClosedByServer())
        server.stop()
    }

    @Test func logsEachExchangeAsOneJSONLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wire-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let request = LoopbackRequest(
            method: "GET", target: "/a?b=1", path: "/a", headers: ["user-agent": "petstore-swift/1.0"], body: Data("x".utf8))
        LoopbackWireLog.append(request, LoopbackResponse(status: 404, body: "{}"), to: path)
        LoopbackWireLog.append(request, LoopbackResponse(), to: path)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let entry = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(entry["method"] as? String == "GET")
        #expect(entry["target"] as? String == "/a?b=1")
        #expect(entry["headers"] as? [String: String] == ["user-agent": "petstore-swift/1.0"])
        #expect(entry["body"] as? String == "eA==")
        let response = try #require(entry["response"] as? [String: Any])
        #expect(response["status"] as? Int == 404)
        #expect(response["headers"] as? [String: String] == ["Content-Type": "application/json"])
        #expect(response["body"] as? String == "e30=")
    }
}
