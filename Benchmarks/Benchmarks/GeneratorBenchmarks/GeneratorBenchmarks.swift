import Benchmark
import Foundation
import JulepGenKit

// julep-gen in process, stage by stage as the CLI runs it: the whole pipeline (read, translate,
// check, build contexts, render) without writing, and the writer on an up-to-date folder.
// Whole-process wall clock and peak memory come from Benchmarks/Scripts/generator-timings.sh.
//
// The synthetic specs (Benchmarks/Scripts/make-specs.py) are benchmarked when they exist.

/// The repository root: Benchmarks/Benchmarks/GeneratorBenchmarks/ is three folders below it.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func path(_ relative: String) -> String { repositoryRoot.appendingPathComponent(relative).path }

let benchmarks: @Sendable () -> Void = {
    let specs: [(name: String, path: String)] = [
        ("reference OpenAPI document (54 operations, 134 schemas)", path("../shared/reference/julep-openapi-0.4.0.yaml")),
        ("spec/ (native, 54 operations)", path("spec")),
        ("synthetic native ×10", path("Benchmarks/.specs/native-x10/api.yaml")),
        ("synthetic OpenAPI ×10", path("Benchmarks/.specs/openapi-x10.yaml")),
    ]
    for spec in specs where FileManager.default.fileExists(atPath: spec.path) {
        Benchmark(
            "Generate in process: \(spec.name)",
            configuration: .init(
                metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 100)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let result = Generator.run(Generator.Options(specPath: spec.path))
                guard result.succeeded else { fatalError("\(spec.path) has errors") }
                blackHole(result.files)
            }
        }
    }

    Benchmark(
        "Write: reference document's SDK into an up-to-date folder (nothing changes)",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .syscalls],
            warmupIterations: 1, maxDuration: .seconds(5), maxIterations: 200,
            setup: {
                let result = Generator.run(Generator.Options(specPath: path("../shared/reference/julep-openapi-0.4.0.yaml")))
                WriterFixture.shared.files = result.files
                WriterFixture.shared.folder = FileManager.default.temporaryDirectory
                    .appendingPathComponent("julep-gen-benchmark-\(UUID().uuidString)")
                _ = try OutputWriter(outputDirectory: WriterFixture.shared.folder).write(result.files)
            },
            teardown: { try? FileManager.default.removeItem(at: WriterFixture.shared.folder) })
    ) { benchmark in
        let writer = OutputWriter(outputDirectory: WriterFixture.shared.folder)
        for _ in benchmark.scaledIterations {
            let summary = try writer.write(WriterFixture.shared.files)
            guard summary.written.isEmpty else { fatalError("the writer rewrote \(summary.written)") }
            blackHole(summary)
        }
    }
}

/// The writer benchmark's rendered files and output folder, made by its setup hook.
final class WriterFixture: @unchecked Sendable {
    static let shared = WriterFixture()
    var files: [GeneratedFile] = []
    var folder = URL(fileURLWithPath: "/nonexistent")
}
