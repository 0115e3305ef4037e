import Foundation
import Testing
@testable import SDKRuntime

/// Uploads streamed from disk and downloads written to disk, over real HTTP on 127.0.0.1.
/// (Their memory use is measured by the benchmarks: BENCHMARKS.md.)
@Suite("Large bodies on disk", .timeLimit(.minutes(3)))
struct LargeBodyTests {
    private func makeCore(_ server: TestHTTPServer) -> ClientCore {
        ClientCore(configuration: ClientConfiguration(
            baseURL: server.baseURL, timeout: .seconds(30), transport: URLSessionTransport(configuration: .ephemeral)))
    }

    private func temporaryFile(_ contents: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("large-body-\(UUID().uuidString).bin")
        try contents.write(to: url)
        return url
    }

    /// 3 MB that are not one byte repeated, so a misplaced chunk shows.
    private static let payload = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) })

    @Test func aFileUploadIsSentFromDiskWithItsContentType() async throws {
        let file = try temporaryFile(Self.payload)
        defer { try? FileManager.default.removeItem(at: file) }
        try await TestHTTPServer.with({ _ in CannedResponse(status: 204) }) { server in
            var request = APIRequest(method: .put, path: "/photos/raw")
            try request.setRawBody(FileUpload(fileURL: file, contentType: "image/png"))
            #expect(request.body == nil)
            #expect(request.bodyFile?.url == file)
            _ = try await makeCore(server).sendForResponse(request, options: nil)
            let received = try #require(await server.requests.first)
            #expect(received.headers["content-type"] == "image/png")
            #expect(received.body == Self.payload)
        }
        // The caller's file is the caller's: it stays.
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test func aMultipartBodyWithAFileOnDiskIsWrittenOutAndStreamed() async throws {
        let file = try temporaryFile(Self.payload)
        defer { try? FileManager.default.removeItem(at: file) }
        try await TestHTTPServer.with({ _ in CannedResponse(body: "{}") }) { server in
            var body = MultipartBody(boundary: "test-boundary")
            body.addText("title", "Dusk")
            body.addFile("photo", FileUpload(fileURL: file, fileName: "dusk.png", contentType: "image/png"))
            var request = APIRequest(method: .post, path: "/photos")
            try request.setMultipartBody(body)
            let bodyFile = try #require(request.bodyFile)
            #expect(bodyFile.isTemporary)
            #expect(try bodyFile.byteCount() == body.byteCount())
            _ = try await makeCore(server).sendForResponse(request, options: nil)
            let received = try #require(await server.requests.first)
            #expect(received.headers["content-type"] == "multipart/form-data; boundary=test-boundary")
            #expect(received.body == (try body.encoded()))
            #expect(received.body.count > Self.payload.count)
        }
    }

    @Test func aTemporaryBodyFileIsRemovedWithTheLastRequestHoldingIt() throws {
        var url: URL?
        do {
            let file = try RequestBodyFile.temporary { write in try write(Data("part".utf8)) }
            url = file.url
            #expect(try Data(contentsOf: file.url) == Data("part".utf8))
        }
        #expect(!FileManager.default.fileExists(atPath: try #require(url).path))
    }

    @Test func aMultipartBodyWithoutFilesOnDiskStaysInMemory() throws {
        var body = MultipartBody(boundary: "b")
        body.addFile("photo", FileUpload(data: Data([1, 2, 3]), fileName: "a.bin"))
        var request = APIRequest(method: .post, path: "/photos")
        try request.setMultipartBody(body)
        #expect(request.bodyFile == nil)
        #expect(request.body == (try body.encoded()))
    }

    @Test func aDownloadIsWrittenToTheFileAsItArrives() async throws {
        let text = String(repeating: "0123456789abcdef", count: 1 << 17)  // 2 MB
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("download-\(UUID().uuidString)")
        try Data("old contents, replaced".utf8).write(to: destination)
        defer { try? FileManager.default.removeItem(at: destination) }
        try await TestHTTPServer.with({ _ in
            CannedResponse(headers: ["Content-Type": "application/octet-stream", "X-Name": "archive"], body: text)
        }) { server in
            let request = APIRequest(method: .get, path: "/archive")
            let response = try await makeCore(server).sendForDownload(request, to: destination, options: nil)
            #expect(response.value == destination)
            #expect(response.statusCode == 200)
            #expect(response.headers["x-name"] == "archive")
            #expect(try Data(contentsOf: destination) == Data(text.utf8))
        }
    }

    @Test func aFailedDownloadThrowsTheStatusAndWritesNothing() async throws {
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("download-\(UUID().uuidString)")
        try await TestHTTPServer.with({ _ in CannedResponse(status: 404, body: #"{"error":"no such archive"}"#) }) { server in
            let error = await #expect(throws: APIError.self) {
                try await makeCore(server).sendForDownload(
                    APIRequest(method: .get, path: "/archive"), to: destination, options: nil)
            }
            #expect(error?.statusCode == 404)
            #expect(error?.body.map { String(decoding: $0, as: UTF8.self) }?.contains("no such archive") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: destination.path))
    }
}
