import Foundation
import Testing

/// Third-party data that lives beside the repository, never in it: the Python client docs the
/// project was created from (`seeds/`), Julep's published OpenAPI document (`reference/`) and the
/// real-world OpenAPI corpus (`corpus/`). It is `../shared` from the package root, or the folder
/// named by `JULEP_SHARED_DATA`. A fresh clone has none of it: tests that need it are skipped there,
/// visibly and with `missingReason`; CI always has it and fails when any of them was skipped.
/// This is the only place in the tests that knows where the data is (see docs/shared-data.md).
///
/// A suite or test that reads it says so with
/// `.enabled(if: SharedData.isAvailable, SharedData.missingReason)`.
enum SharedData {
    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["JULEP_SHARED_DATA"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// Whether the shared data is there (CI and the project's own machines; not a fresh clone).
    /// It counts as there when all three folders are, the same check as `require_shared_data` in
    /// `.ci/shared-data`.
    static let isAvailable: Bool = ["seeds", "reference", "corpus"].allSatisfy {
        FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
    }

    /// The reason shown for a skipped test. `.ci/run` fails when `swift test` prints it: CI has the
    /// data, so there no test may be skipped for want of it. Keep the two in step.
    static let missingReason: Comment =
        "shared data absent: needs ../shared (seeds, reference document, corpus) or JULEP_SHARED_DATA; see docs/shared-data.md"

    /// A file or folder inside the shared data, e.g. `corpus/oai-petstore.yaml`.
    static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// Julep's published OpenAPI 0.4.0 document, byte for byte as published.
    static var referenceDocument: String { url("reference/julep-openapi-0.4.0.yaml").path }
}
