import Foundation
import Testing
@testable import SDKRuntime

/// A string enumeration like the generated ones.
private enum Shade: String, Sendable {
    case darkRed = "dark_red"
    case blue
}

@Suite("Path and query encoding")
struct PercentEncodingTests {
    private func makeCore(baseURL: String = "https://api.example.com/api") throws -> ClientCore {
        ClientCore(configuration: ClientConfiguration(
            baseURL: try #require(URL(string: baseURL)),
            transport: MockTransport { _ in HTTPResponse(statusCode: 200) }
        ))
    }

    @Test func pathComponentKeepsOnlyUnreservedCharacters() {
        #expect(PathComponent.encode("abc-DEF_0.9~") == "abc-DEF_0.9~")
        #expect(PathComponent.encode("../x") == "..%2Fx")
        #expect(PathComponent.encode("a/b?c") == "a%2Fb%3Fc")
        #expect(PathComponent.encode("a b#c%d+e&f=g;h") == "a%20b%23c%25d%2Be%26f%3Dg%3Bh")
        #expect(PathComponent.encode("é🎉") == "%C3%A9%F0%9F%8E%89")
        #expect(PathComponent.encode(".") == "%2E")
        #expect(PathComponent.encode("..") == "%2E%2E")
        #expect(PathComponent.encode("") == "")
    }

    @Test func pathComponentOverloads() throws {
        let id = try #require(UUID(uuidString: "3F2504E0-4F89-11D3-9A0C-0305E82C3301"))
        #expect(PathComponent.encode(id) == "3f2504e0-4f89-11d3-9a0c-0305e82c3301")
        #expect(PathComponent.encode(42) == "42")
        #expect(PathComponent.encode(Shade.darkRed) == "dark_red")
    }

    /// Generated paths interpolate their parameters as segments; each overload encodes as
    /// `PathComponent.encode` does.
    @Test func segmentInterpolation() throws {
        let id = try #require(UUID(uuidString: "3F2504E0-4F89-11D3-9A0C-0305E82C3301"))
        let date = try #require(CalendarDate("2024-02-29"))
        #expect("/a/\(segment: "x/y z")/\(segment: id)" == "/a/x%2Fy%20z/3f2504e0-4f89-11d3-9a0c-0305e82c3301")
        #expect("/\(segment: 42)/\(segment: Shade.darkRed)/\(segment: date)/\(segment: "..")" == "/42/dark_red/2024-02-29/%2E%2E")
    }

    /// A UUID argument given as a string is checked as the path is built, and lower-cased.
    @Test func uuidSegmentInterpolationChecksTheArgument() throws {
        let text = "3F2504E0-4F89-11D3-9A0C-0305E82C3301"
        #expect(try "/a/\(segment: text, argument: "agentID")" == "/a/3f2504e0-4f89-11d3-9a0c-0305e82c3301")
        let error = #expect(throws: APIError.self) { try "/a/\(segment: "../admin", argument: "agentID")" }
        #expect(error?.kind == .invalidArgument)
        #expect(error?.message?.contains("'agentID' must be a UUID") == true)
    }

    @Test(arguments: ["../x", "a/b?c", "..", ".", "x#frag", "%2e%2e", "a b"])
    func encodedSegmentCannotChangeThePath(_ value: String) throws {
        let core = try makeCore()
        let request = APIRequest(method: .get, path: "/widgets/\(PathComponent.encode(value))/parts")
        do {
            let httpRequest = try core.makeHTTPRequest(request, options: nil)
            let components = try #require(URLComponents(url: httpRequest.url, resolvingAgainstBaseURL: false))
            let segments = components.percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false)
            #expect(segments.count == 5) // "", "api", "widgets", <value>, "parts"
            #expect(segments[2] == "widgets" && segments[4] == "parts")
            #expect(segments[3].removingPercentEncoding == value)
            #expect(components.percentEncodedQuery == nil)
            #expect(components.fragment == nil)
        } catch let error as APIError {
            // "." and ".." cannot be sent as a segment at all.
            #expect(error.kind == .invalidArgument)
            #expect(value == "." || value == "..")
        }
    }

    @Test(arguments: ["/widgets/", "/widgets//parts", "/widgets/./parts", "/widgets/..", "/widgets/%2E%2E/x",
                      "/widgets/.%2e", "widgets", "/widgets?x=1", "/widgets#x", ""])
    func invalidPathsAreRejected(_ path: String) {
        #expect(throws: APIError.self) {
            try ClientCore.validatePath(path)
        }
    }

    @Test(arguments: ["/", "/widgets", "/widgets/..%2Fx/parts", "/widgets/a.b", "/executions/1/transitions.stream"])
    func validPathsAreAccepted(_ path: String) throws {
        try ClientCore.validatePath(path)
    }

    @Test func queryComponentEscapesReservedCharacters() {
        #expect(QueryComponent.encode("a+b&c=d") == "a%2Bb%26c%3Dd")
        #expect(QueryComponent.encode("x y/z?#") == "x%20y%2Fz%3F%23")
        #expect(QueryComponent.encode("naïve") == "na%C3%AFve")
        #expect(QueryComponent.encode("safe-._~") == "safe-._~")
    }

    @Test func addQueryOverloads() throws {
        var request = APIRequest(method: .get, path: "/widgets")
        let id = try #require(UUID(uuidString: "3F2504E0-4F89-11D3-9A0C-0305E82C3301"))
        request.addQuery("s", "a+b&c=d")
        request.addQuery("i", 10)
        request.addQuery("d", 0.5)
        request.addQuery("b", true)
        request.addQuery("u", id)
        request.addQuery("t", Date(timeIntervalSince1970: 1_714_558_830.123456))
        request.addQuery("day", CalendarDate("2024-05-01"))
        request.addQuery("shade", Shade.darkRed)
        request.addQuery("tags", ["x", "y z"])
        request.addQuery("shades", [Shade.blue, .darkRed])
        request.addQuery("ids", [1, 2])
        let noString: String? = nil
        let noInt: Int? = nil
        let noShade: Shade? = nil
        let noTags: [String]? = nil
        request.addQuery("none", noString)
        request.addQuery("none", noInt)
        request.addQuery("none", noShade)
        request.addQuery("none", noTags)
        let noFilter: [String: JSONValue]? = nil
        try request.addJSONQuery("none", noFilter)
        #expect(request.query.map(\.name) == ["s", "i", "d", "b", "u", "t", "day", "shade", "tags", "tags", "shades", "shades", "ids", "ids"])
        #expect(request.query.map(\.value) == [
            "a+b&c=d", "10", "0.5", "true", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "2024-05-01T10:20:30.123456Z",
            "2024-05-01", "dark_red", "x", "y z", "blue", "dark_red", "1", "2",
        ])
    }

    @Test func jsonQueryIsCompactWithSortedKeys() throws {
        var request = APIRequest(method: .get, path: "/docs")
        let filter: [String: JSONValue] = ["source": "web", "a": ["n": 1, "flag": true], "q": "x&y=z+w"]
        try request.addJSONQuery("metadata_filter", filter)
        #expect(request.query.first?.value == #"{"a":{"flag":true,"n":1},"q":"x&y=z+w","source":"web"}"#)

        let url = try makeCore().makeHTTPRequest(request, options: nil).url
        #expect(url.absoluteString == "https://api.example.com/api/docs?metadata_filter="
            + "%7B%22a%22%3A%7B%22flag%22%3Atrue%2C%22n%22%3A1%7D%2C%22q%22%3A%22x%26y%3Dz%2Bw%22%2C%22source%22%3A%22web%22%7D")
        let items = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems)
        #expect(items.count == 1)
        #expect(items.first?.value == #"{"a":{"flag":true,"n":1},"q":"x&y=z+w","source":"web"}"#)
    }

    @Test func jsonQueryThatCannotBeEncodedThrowsInvalidArgument() {
        var request = APIRequest(method: .get, path: "/docs")
        let error = #expect(throws: APIError.self) {
            try request.addJSONQuery("bad", ["x": Double.nan])
        }
        #expect(error?.kind == .invalidArgument)
    }

    @Test func urlCombinesBaseURLPathQueryAndOptions() throws {
        var request = APIRequest(method: .get, path: "/widgets")
        request.addQuery("q", "a b")
        request.addQuery("tags", ["x", "y"])
        let options = RequestOptions(additionalQueryItems: [URLQueryItem(name: "extra val", value: "1+1"), URLQueryItem(name: "flag", value: nil)])
        for base in ["https://api.example.com/api", "https://api.example.com/api/", "https://api.example.com/api//"] {
            let url = try makeCore(baseURL: base).makeHTTPRequest(request, options: options).url
            #expect(url.absoluteString == "https://api.example.com/api/widgets?q=a%20b&tags=x&tags=y&extra%20val=1%2B1&flag")
        }
        let withQuery = try makeCore(baseURL: "http://127.0.0.1:8080/v1?tenant=t1").makeHTTPRequest(request, options: nil).url
        #expect(withQuery.absoluteString == "http://127.0.0.1:8080/v1/widgets?tenant=t1&q=a%20b&tags=x&tags=y")
    }
}
