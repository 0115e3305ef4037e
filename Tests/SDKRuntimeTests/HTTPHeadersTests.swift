import Foundation
import Testing
@testable import SDKRuntime

@Suite("HTTPHeaders")
struct HTTPHeadersTests {
    @Test func lookupIgnoresCase() {
        let headers: HTTPHeaders = ["Content-Type": "application/json"]
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers.contains(name: "Content-type"))
        #expect(headers["Accept"] == nil)
    }

    @Test func keepsOrderAndRepetitions() {
        var headers: HTTPHeaders = ["B": "1", "A": "2", "b": "3"]
        headers.add(name: "C", value: "4")
        #expect(headers.map(\.name) == ["B", "A", "b", "C"])
        #expect(headers.map(\.value) == ["1", "2", "3", "4"])
        #expect(headers.values(for: "B") == ["1", "3"])
        #expect(headers["b"] == "1")
        #expect(headers.count == 4)
    }

    @Test func settingReplacesEveryFieldWithTheName() {
        var headers: HTTPHeaders = ["X-A": "1", "Y": "y", "x-a": "2"]
        headers["X-a"] = "3"
        #expect(headers.map(\.name) == ["X-a", "Y"])
        #expect(headers.values(for: "x-a") == ["3"])
        headers["Z"] = "z"
        #expect(headers.map(\.name) == ["X-a", "Y", "Z"])
        headers["x-A"] = nil
        #expect(headers.map(\.name) == ["Y", "Z"])
        headers.remove(name: "z")
        #expect(headers.map(\.name) == ["Y"])
        #expect(!headers.isEmpty)
    }

    @Test func mergeReplacesByName() {
        var headers: HTTPHeaders = ["Accept": "a", "User-Agent": "u", "X-Keep": "k"]
        headers.merge(["accept": "b", "X-Multi": "1", "x-multi": "2"])
        #expect(headers.map(\.name) == ["User-Agent", "X-Keep", "accept", "X-Multi", "x-multi"])
        #expect(headers["Accept"] == "b")
        #expect(headers.values(for: "X-Multi") == ["1", "2"])
    }

    @Test func equalityAndHashingIgnoreNameCase() {
        let first: HTTPHeaders = ["Content-Type": "a", "Accept": "b"]
        let second: HTTPHeaders = ["content-type": "a", "ACCEPT": "b"]
        let reordered: HTTPHeaders = ["Accept": "b", "Content-Type": "a"]
        let differentValue: HTTPHeaders = ["Content-Type": "A", "Accept": "b"]
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first != reordered)
        #expect(first != differentValue)
        #expect(Set([first, second, reordered]).count == 2)
    }

    @Test func initFromPairs() {
        let headers = HTTPHeaders([("A", "1"), ("a", "2")])
        #expect(headers.values(for: "A") == ["1", "2"])
        #expect(HTTPHeaders().isEmpty)
    }

    @Test(arguments: ["Authorization", "proxy-authorization", "X-Auth-Key", "X-API-Key", "api_key", "X-Session-Token",
                      "Client-Secret", "Cookie", "Set-Cookie"])
    func sensitiveNamesAreRedacted(_ name: String) {
        let headers: HTTPHeaders = [name: "s3cr3t-value", "Content-Type": "application/json"]
        #expect(HTTPHeaders.isSensitive(name))
        #expect(!headers.description.contains("s3cr3t"))
        #expect(headers.description.contains("REDACTED"))
        #expect(headers.description.contains("Content-Type: application/json"))
        #expect(headers.redacted()[name] == "REDACTED")
        #expect(headers[name] == "s3cr3t-value")
    }

    @Test func ordinaryNamesAreNotSensitive() {
        for name in ["Content-Type", "Accept", "User-Agent", "Keep-Alive", "X-Request-Id", "Retry-After"] {
            #expect(!HTTPHeaders.isSensitive(name), "\(name)")
        }
    }

    @Test func requestDescriptionRedactsCredentials() throws {
        let url = try #require(URL(string: "https://user:pw@api.example.com/agents?api_key=k3y&limit=1"))
        let request = HTTPRequest(method: .post, url: url, headers: ["Authorization": "Bearer s3cr3t"], body: Data("{}".utf8))
        #expect(!request.description.contains("s3cr3t"))
        #expect(!request.description.contains("k3y"))
        #expect(!request.description.contains("pw@"))
        #expect(request.description.contains("POST https://api.example.com/agents?api_key=REDACTED&limit=1"))
        #expect(request.description.contains("2 bytes"))
    }

    @Test func methodAndResponseBasics() {
        #expect(HTTPMethod.get.rawValue == "GET")
        #expect(HTTPMethod.patch.description == "PATCH")
        #expect(HTTPMethod(rawValue: "DELETE") == .delete)
        #expect([HTTPMethod.post, .put, .head, .options].map(\.rawValue) == ["POST", "PUT", "HEAD", "OPTIONS"])
        #expect(HTTPResponse(statusCode: 204).isSuccess)
        #expect(!HTTPResponse(statusCode: 302).isSuccess)
        #expect(!HTTPResponse(statusCode: 199).isSuccess)
    }
}
