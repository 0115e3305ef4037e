// swift-tools-version: 6.1
// julep-gen's benchmarks, a package of their own so that nobody who depends on julep-gen or on the
// generated SDK fetches or builds the benchmark dependencies. See ../BENCHMARKS.md.
import PackageDescription

let package = Package(
    name: "julep-gen-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // julep-gen itself (JulepGenKit and the generated SDK, Julep) from the folder above.
        .package(name: "julep-gen", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "GeneratorBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JulepGenKit", package: "julep-gen"),
            ],
            path: "Benchmarks/GeneratorBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SDKBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Julep", package: "julep-gen"),
            ],
            path: "Benchmarks/SDKBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The SDK of the golden fixture openapi-content-types (uploads and downloads), through a
        // symbolic link to its recorded Sources: a package's targets must lie inside it.
        .target(name: "Darkroom", path: "Benchmarks/Darkroom"),
        .executableTarget(
            name: "LargeBodyBenchmarks",
            dependencies: [.product(name: "Benchmark", package: "benchmark"), "Darkroom"],
            path: "Benchmarks/LargeBodyBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
