import Foundation
import JulepTestSupport
import Testing

@testable import JulepGenKit

/// Generated Swift must compile, whatever the spec says: each fixture's full output (runtime
/// included) is compiled in Swift 6 mode with warnings as errors. A full compile, not
/// `-typecheck`: data-race diagnostics come from later compiler passes.
@Suite("Generated code compiles")
struct CompileTests {
    @Test(arguments: GoldenTests.cases)
    func fixtureOutputTypeChecks(_ name: String) async throws {
        let spec = TestSupport.fixtures.appendingPathComponent(name).appendingPathComponent("spec")
        let result = Generator.run(Generator.Options(specPath: spec.path, builtInTemplates: TestSupport.templates))
        #expect(result.succeeded)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("julep-gen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var sources: [String] = []
        for file in result.files where file.path.hasSuffix(".swift") && file.path != "Package.swift" {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
            sources.append(url.path)
        }
        let output = try await SwiftCompiler.compileOffThePool(
            sources, moduleName: result.api?.swiftName ?? "SDK",
            output: directory.appendingPathComponent("module.swiftmodule").path)
        #expect(output.status == 0, "\(name) does not compile:\n\(output.text)")
        #expect(!output.text.contains("warning:"), "\(name) compiles with warnings:\n\(output.text)")
    }
}

/// Runs the toolchain's `swiftc`.
enum SwiftCompiler {
    struct Output: Sendable {
        var status: Int32
        var text: String
    }

    /// ``compile(_:moduleName:output:)`` on a thread of its own (``TestSupport/offThePool(_:)``).
    static func compileOffThePool(_ files: [String], moduleName: String, output: String) async throws -> Output {
        try await offThePool { try compile(files, moduleName: moduleName, output: output) }
    }

    static func compile(_ files: [String], moduleName: String, output: String) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["swiftc", "-emit-module", "-emit-module-path", output, "-swift-version", "6", "-warnings-as-errors",
             "-module-name", moduleName] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try ProcessLaunch.run(process)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }
}
