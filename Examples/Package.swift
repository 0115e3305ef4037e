// swift-tools-version: 6.0
// Example apps using the Julep SDK, the way an app developer would. A package of its own, so that
// users of the SDK never fetch it; CI builds it and runs it against the emulated Julep server.
import PackageDescription

let package = Package(
    name: "JulepExamples",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Julep", path: "../Generated"),
    ],
    targets: [
        .executableTarget(
            name: "FirstAfternoon",
            dependencies: [.product(name: "Julep", package: "Julep")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
