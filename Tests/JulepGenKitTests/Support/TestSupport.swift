import Foundation
import JulepTestSupport
import Testing

@testable import JulepGenKit

/// Paths and helpers shared by the generator's tests.
enum TestSupport {
    /// The package root, found from this file's location.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")
    static let templates = packageRoot.appendingPathComponent("templates").path

    /// A fresh temporary folder, removed when `body` returns.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("julep-gen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    /// ``withTemporaryDirectory(_:)`` for a body that awaits.
    static func withTemporaryDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("julep-gen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try await body(url)
    }

    /// Writes `files` (relative path → text) below `directory`.
    static func write(_ files: [String: String], to directory: URL) throws {
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// The smallest valid root file; tests append types and resources to it.
    static let rootPreamble = """
        julep-gen: 1
        api:
          name: Demo
          version: 1.0.0
        environments:
          - name: prod
            url: https://api.example.com
        """

    /// Runs the pipeline on a spec made of `files` (the root is `api.yaml`), paths shown relative;
    /// with `tests`, the SDK's sample tests are generated too.
    static func generate(
        _ files: [String: String], root: String = "api.yaml", overlay: String? = nil, tests: Bool = false
    ) throws -> Generator.Result {
        try withTemporaryDirectory { directory in
            try write(files, to: directory)
            return Generator.run(
                Generator.Options(
                    specPath: root, builtInTemplates: templates, baseDirectory: directory.path, overlayPath: overlay,
                    tests: tests))
        }
    }

    /// The SDK of this repository's `spec/`, generated once for every test that reads it, off the
    /// pool: tests await `julepSpec.value`.
    static let julepSpec = Task {
        try await offThePool {
            Generator.run(
                Generator.Options(specPath: packageRoot.appendingPathComponent("spec").path, builtInTemplates: templates))
        }
    }

    /// ``generate(_:root:overlay:tests:)`` off the pool (see ``offThePool(_:)``), for large specs.
    static func generateOffThePool(
        _ files: [String: String], root: String = "api.yaml", overlay: String? = nil, tests: Bool = false
    ) async throws -> Generator.Result {
        try await offThePool { try generate(files, root: root, overlay: overlay, tests: tests) }
    }

    /// Each diagnostic as `FILE:LINE:COL: severity: message` (`-` for no location).
    static func lines(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.sorted.map { diagnostic in
            "\(diagnostic.location.map(\.description) ?? "-"): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        }
    }

    /// Diagnostics of a one-file spec, rendered like the CLI prints them.
    static func diagnostics(_ root: String) throws -> [String] {
        let result = try generate(["api.yaml": root])
        return result.diagnostics.sorted.map { diagnostic in
            "\(diagnostic.location.map(\.description) ?? "-"): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        }
    }
}
