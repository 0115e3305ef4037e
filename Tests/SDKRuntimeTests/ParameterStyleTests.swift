import Foundation
import Testing
@testable import SDKRuntime

/// An object parameter like the generated ones.
private struct Filter: Encodable {
    var size: Int
    var color: String
    var tags: [String]?
}

/// OpenAPI's parameter styles as the runtime spells them (docs/openapi.md, `ParameterStyle`).
@Suite("Parameter styles")
struct ParameterStyleTests {
    private func query(_ style: ParameterStyle, _ value: some Encodable) throws -> [String] {
        var request = APIRequest(method: .get, path: "/items")
        try request.addQuery("filter", value, style: style)
        return request.query.map { "\($0.name)=\($0.value)" }
    }

    @Test func listsInEveryStyle() throws {
        let ids = [3, 1, 2]
        #expect(try query(.form, ids) == ["filter=3", "filter=1", "filter=2"])
        #expect(try query(.commaDelimited, ids) == ["filter=3,1,2"])
        #expect(try query(.spaceDelimited, ids) == ["filter=3 1 2"])
        #expect(try query(.pipeDelimited, ids) == ["filter=3|1|2"])
        #expect(try query(.deepObject, ids) == ["filter=3", "filter=1", "filter=2"])
    }

    @Test func objectsInEveryStyle() throws {
        let filter = Filter(size: 2, color: "red", tags: nil)
        #expect(try query(.form, filter) == ["color=red", "size=2"])
        #expect(try query(.commaDelimited, filter) == ["filter=color,red,size,2"])
        #expect(try query(.pipeDelimited, filter) == ["filter=color|red|size|2"])
        #expect(try query(.deepObject, filter) == ["filter[color]=red", "filter[size]=2"])
    }

    @Test func nestedValuesAndPlainOnes() throws {
        let filter = Filter(size: 1, color: "a b", tags: ["x", "y"])
        #expect(try query(.deepObject, filter) == ["filter[color]=a b", "filter[size]=1", "filter[tags]=x", "filter[tags]=y"])
        #expect(try query(.form, filter) == ["color=a b", "size=1", #"tags=["x","y"]"#])
        #expect(try query(.form, "plain") == ["filter=plain"])
        #expect(try query(.form, 2.5) == ["filter=2.5"])
        #expect(try query(.form, Optional<Int>.none as Int?) == [])
    }

    @Test func headersInTheSimpleStyle() throws {
        var request = APIRequest(method: .get, path: "/items")
        try request.setStyledHeader("X-Filter", Filter(size: 2, color: "red", tags: nil))
        try request.setStyledHeader("X-Ids", [1, 2])
        #expect(request.headers["X-Filter"] == "color,red,size,2")
        #expect(request.headers["X-Ids"] == "1,2")
        try request.setStyledHeader("X-Ids", Optional<[Int]>.none)
        #expect(request.headers["X-Ids"] == nil)
    }

    @Test func pathSegmentsOfOtherPlainTypes() throws {
        #expect(PathComponent.encode(Int64(42)) == "42")
        #expect(PathComponent.encode(true) == "true")
        #expect(PathComponent.encode(try #require(CalendarDate("2024-02-29"))) == "2024-02-29")
    }
}
