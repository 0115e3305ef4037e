import Benchmark
import Darkroom
import Foundation

// Memory of large bodies through a generated SDK (the golden fixture openapi-content-types,
// `Darkroom`), against a local server that throws uploads away and serves downloads from one
// buffer (BulkServer.swift), so the figure is the client's: `peakMemoryResidentDelta`, the peak
// resident memory above the benchmark's start.
// - a 50 MB upload from a file (`uploadNegative(photoId:body: FileUpload(fileURL:))`): streamed
//   from disk by URLSession's upload task;
// - a 50 MB download to a file (`downloadPrint(photoId:to:)`): written as it arrives;
// - the same download as `Data`, for comparison: the whole body in memory, as asked.

let bodyBytes = 50 * 1024 * 1024

/// The local server and the upload's file, made by each benchmark's setup hook.
final class Fixture: @unchecked Sendable {
    private let lock = NSLock()
    private var _server: BulkServer?
    private var _file: URL?
    var server: BulkServer? { lock.withLock { _server } }
    var file: URL? { lock.withLock { _file } }

    func start() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("large-body-benchmark.bin")
        if (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) != bodyBytes {
            // Written in 1 MB blocks, so making the file does not raise the process's memory.
            guard FileManager.default.createFile(atPath: file.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            let handle = try FileHandle(forWritingTo: file)
            let block = Data(repeating: 0xA5, count: 1 << 20)
            for _ in 0..<(bodyBytes >> 20) { try handle.write(contentsOf: block) }
            try handle.close()
        }
        let server = try BulkServer(downloadBytes: bodyBytes)
        lock.withLock {
            _server = server
            _file = file
        }
    }

    func stop() {
        lock.withLock {
            _server?.stop()
            _server = nil
        }
    }
}

let fixture = Fixture()

let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResidentDelta, .peakMemoryResident],
        warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 10,
        setup: { try fixture.start() }, teardown: { fixture.stop() })

    Benchmark("Upload 50 MB from a file (uploadNegative)", configuration: configuration) { benchmark in
        guard let server = fixture.server, let file = fixture.file else { return }
        let client = DarkroomClient(baseURL: server.baseURL, maxRetries: 0)
        for _ in benchmark.scaledIterations {
            try await client.photos.uploadNegative(
                photoId: "p1", body: FileUpload(fileURL: file, contentType: "application/octet-stream"))
            guard server.receivedBytes == bodyBytes else { throw URLError(.badServerResponse) }
        }
    }

    Benchmark("Download 50 MB to a file (downloadPrint(photoId:to:))", configuration: configuration) { benchmark in
        guard let server = fixture.server else { return }
        let client = DarkroomClient(baseURL: server.baseURL, maxRetries: 0)
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("large-body-download.png")
        defer { try? FileManager.default.removeItem(at: destination) }
        for _ in benchmark.scaledIterations {
            blackHole(try await client.photos.downloadPrint(photoId: "p1", to: destination))
        }
    }

    Benchmark("Download 50 MB as Data (downloadPrint(photoId:))", configuration: configuration) { benchmark in
        guard let server = fixture.server else { return }
        let client = DarkroomClient(baseURL: server.baseURL, maxRetries: 0)
        for _ in benchmark.scaledIterations {
            let data = try await client.photos.downloadPrint(photoId: "p1")
            guard data.count == bodyBytes else { throw URLError(.badServerResponse) }
        }
    }
}
