// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "julep-gen",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .executable(name: "julep-gen", targets: ["julep-gen"]),
        .library(name: "JulepGenKit", targets: ["JulepGenKit"]),
        // The generated SDK, compiled and tested here; `Generated/Package.swift` publishes it on its own.
        .library(name: "Julep", targets: ["Julep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Test-only: a small HTTP server on 127.0.0.1 for exercising the SDK over real HTTP.
        // Chosen over Hummingbird because it builds in seconds, without SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // libyaml, found through pkg-config; no vendored copy.
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "JulepGenKit",
            dependencies: [
                "CYaml",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedRuntime"]
        ),
        // The runtime of every generated SDK, as ordinary Swift: compiled and tested here, and
        // embedded into julep-gen at build time (the EmbedRuntime plugin), which copies it into
        // each SDK byte for byte.
        .target(name: "SDKRuntime"),
        .testTarget(
            name: "SDKRuntimeTests",
            dependencies: ["SDKRuntime", "JulepTestSupport"]
        ),
        // The loopback HTTP server of the tests julep-gen writes beside an SDK, as ordinary Swift
        // with no dependency beyond Foundation: compiled and tested here, embedded into julep-gen
        // with the runtime, and copied into each generated test target.
        .target(name: "SampleTestSupport"),
        .testTarget(name: "SampleTestSupportTests", dependencies: ["SampleTestSupport"]),
        .executableTarget(name: "embed-runtime"),
        .plugin(name: "EmbedRuntime", capability: .buildTool(), dependencies: ["embed-runtime"]),
        .executableTarget(
            name: "julep-gen",
            dependencies: [
                "JulepGenKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "Julep", path: "Generated/Sources/Julep"),
        .testTarget(
            name: "JulepGenKitTests",
            // The CLI tests run the built `julep-gen`; depending on it makes sure it is built first.
            dependencies: [
                "JulepGenKit", "julep-gen", "JulepTestSupport", .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .testTarget(
            name: "JulepTests",
            // `julep-emulator` is run as a program by `EmulatorProgramTests`; depending on it builds it first.
            dependencies: ["Julep", "JulepTestSupport", "julep-emulator", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // The test servers on 127.0.0.1 of the hand-written runtime and SDK tests, and the emulated
        // Julep server.
        .target(
            name: "JulepTestSupport",
            dependencies: [.product(name: "FlyingFox", package: "FlyingFox")],
            path: "Tests/JulepTestSupport"
        ),
        // The emulated Julep 0.4.0 server as a program, for the example app in Examples/ (CI runs it).
        .executableTarget(name: "julep-emulator", dependencies: ["JulepTestSupport"], path: "Tests/JulepEmulatorServer"),
        // The SDK of Tests/Fixtures/openapi-security (every kind of security scheme), as recorded
        // by the golden test, and tests of its credentials on the wire.
        .target(name: "Vault", path: "Tests/Fixtures/openapi-security/expected/Sources/Vault"),
        // The SDK of Tests/Fixtures/openapi-content-types (every media type on both sides), as
        // recorded by the golden test: compiled here, and measured by the benchmarks' package.
        .target(name: "Darkroom", path: "Tests/Fixtures/openapi-content-types/expected/Sources/Darkroom"),
        .testTarget(
            name: "SecuritySchemeTests",
            dependencies: ["Vault", "JulepTestSupport"],
            path: "Tests/SecuritySchemeTests"
        ),
        // Tests julep-gen writes next to the SDK (`--check` and the drift test cover them): a JSON
        // round trip of a sample of every model, and every operation over HTTP against the
        // loopback server they carry in `Support/` (a copy of SampleTestSupport).
        .testTarget(
            name: "JulepSampleTests",
            dependencies: ["Julep"],
            path: "Generated/Tests/JulepSampleTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
