import Testing

@testable import JulepGenKit

/// What each media type is sent and read as (`MediaType`).
@Suite("Content types: media kinds")
struct ContentTypeMediaKindTests {
    @Test(arguments: [
        ("application/json", RequestMediaKind.json), ("application/merge-patch+json", .json),
        ("application/json-patch+json", .json), ("application/scim+json; charset=utf-8", .json),
        ("application/x-www-form-urlencoded", .form), ("multipart/form-data", .multipart),
        ("application/octet-stream", .binary), ("*/*", .binary), ("image/png", .binary), ("audio/*", .binary),
        ("application/xml", .binary), ("text/plain", .text), ("text/csv", .text), ("application/yaml", .text),
        ("application/x-yaml", .text),
    ])
    func requestKinds(_ mediaType: String, _ kind: RequestMediaKind) {
        #expect(MediaType.requestKind(mediaType) == kind, "\(mediaType)")
    }

    @Test(arguments: [
        ("application/json", ResponseMediaKind.json), ("application/problem+json", .json),
        ("image/png", .binary), ("application/octet-stream", .binary), ("application/pdf", .binary),
        ("application/zip", .binary), ("audio/mpeg", .binary), ("text/plain; charset=utf-8", .text),
        ("text/html", .text), ("text/csv", .text), ("application/xml", .undecoded), ("text/xml", .undecoded),
        ("application/vnd.ms-excel", .undecoded),
    ])
    func responseKinds(_ mediaType: String, _ kind: ResponseMediaKind) {
        #expect(MediaType.responseKind(mediaType) == kind, "\(mediaType)")
    }

    @Test func answersOfSeveralKindsAreReturnedUndecoded() {
        #expect(MediaType.responseKind(of: ["image/png", "image/jpeg"]) == .binary)
        #expect(MediaType.responseKind(of: ["text/plain", "text/csv"]) == .text)
        #expect(MediaType.responseKind(of: ["image/png", "text/plain"]) == .undecoded)
    }

    @Test func rangesHaveAnExampleMember() {
        #expect(MediaType.example(of: "image/*") == "image/png")
        #expect(MediaType.example(of: "*/*") == "application/octet-stream")
        #expect(MediaType.example(of: "application/pdf") == "application/pdf")
        #expect(!MediaType.isConcrete("image/*"))
        #expect(MediaType.isConcrete("text/plain; charset=utf-8"))
    }

    @Test func multipartFilePartsAreNeitherTextNorJSON() {
        #expect(MediaType.isFilePart("image/png"))
        #expect(MediaType.isFilePart("application/octet-stream"))
        #expect(!MediaType.isFilePart("text/plain"))
        #expect(!MediaType.isFilePart("application/json"))
    }
}
