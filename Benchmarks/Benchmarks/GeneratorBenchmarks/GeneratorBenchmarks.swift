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

/// Julep's published OpenAPI document, from the third-party data beside the repository, which the
/// benchmarks find through `JULEP_SHARED_DATA` (`source .ci/shared-data` sets it; docs/shared-data.md).
/// Without it the benchmarks of that document are left out, and say so.
let referenceDocument: String? = {
    guard let folder = ProcessInfo.processInfo.environment["JULEP_SHARED_DATA"], !folder.isEmpty else {
        FileHandle.standardError.write(Data(
            "GeneratorBenchmarks: JULEP_SHARED_DATA is not set (source .ci/shared-data): the reference document's benchmarks are left out\n".utf8))
        return nil
    }
    return URL(fileURLWithPath: folder).appendingPathComponent("reference/julep-openapi-0.4.0.yaml").path
}()

let benchmarks: @Sendable () -> Void = {
    let specs: [(name: String, path: String?)] = [
        ("reference OpenAPI document (54 operations, 134 schemas)", referenceDocument),
        ("spec/ (native, 54 operations)", path("spec")),
        ("synthetic native ×10", path("Benchmarks/.specs/native-x10/api.yaml")),
        ("synthetic OpenAPI ×10", path("Benchmarks/.specs/openapi-x10.yaml")),
    ]
    for case let (name, specPath?) in specs where FileManager.default.fileExists(atPath: specPath) {
        let spec = (name: name, path: specPath)
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

    // `--check` diffs every changed file; a regeneration typically touches a few hundred lines of
    // files thousands of lines long. (The unit tests check the diffs, not how fast they come.)
    Benchmark(
        "Unified diff: 20,000 lines with 300 lines moved, and the same file entirely rewritten",
        configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], warmupIterations: 1, maxDuration: .seconds(10))
    ) { benchmark in
        let (old, new) = DiffInput.texts
        for _ in benchmark.scaledIterations {
            blackHole(UnifiedDiff.diff(old: old, new: new, oldLabel: "a/x", newLabel: "b/x"))
            blackHole(UnifiedDiff.diff(old: old, new: old.uppercased(), oldLabel: "a/x", newLabel: "b/x"))
        }
    }

    guard let referenceDocument else { return }
    Benchmark(
        "Write: reference document's SDK into an up-to-date folder (nothing changes)",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .syscalls],
            warmupIterations: 1, maxDuration: .seconds(5), maxIterations: 200,
            setup: {
                let result = Generator.run(Generator.Options(specPath: referenceDocument))
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

/// The diff benchmark's input: the same shape as `UnifiedDiffTests.largeFilesGiveSmallDiffs`, made
/// with a fixed linear congruential sequence so every run diffs the same text.
enum DiffInput {
    static let texts: (old: String, new: String) = {
        var state: UInt64 = 3
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pool = ["}", "", "    let x = 1", "    return x"] + (0..<500).map { "    call\($0)()" }
        let old = (0..<20_000).map { _ in pool[next(pool.count)] }
        var new = old
        for _ in 0..<300 {
            new.insert("    inserted()", at: next(new.count + 1))
            new.remove(at: next(new.count))
        }
        return (old.map { $0 + "\n" }.joined(), new.map { $0 + "\n" }.joined())
    }()
}
