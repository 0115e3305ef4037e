import Foundation
import Testing

@testable import JulepGenKit

/// Compares generated files with a recorded tree, byte for byte.
///
/// Set `JULEP_GEN_RECORD=1` to write the generator's current output as the new expectation
/// (then review the diff before committing it).
enum GoldenFiles {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["JULEP_GEN_RECORD"] == "1" }

    /// Runtime files are copies of `Sources/SDKRuntime` (`RuntimeFilesTests` checks them), so fixture
    /// trees leave them out, except those of a fixture the package compiles as a module
    /// (`withRuntime`). `SDKIdentity.swift` is written for each API and always recorded.
    static func isRecorded(_ path: String, withRuntime: Bool = false) -> Bool {
        withRuntime || !path.contains("/Runtime/") || path.hasSuffix("/Runtime/SDKIdentity.swift")
    }

    /// Reads every file below `directory` (relative path → text), hidden files included.
    static func read(_ directory: URL) -> [String: String] {
        var files: [String: String] = [:]
        let root = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return files }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = (root as NSString).appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: full)
            else { continue }
            files[relative] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    /// Every difference between `actual` and the tree at `expected`, as unified diffs; empty when equal.
    static func compare(_ actual: [GeneratedFile], with expected: URL, withRuntime: Bool = false) -> [String] {
        let recorded = read(expected)
        let produced = Dictionary(
            uniqueKeysWithValues: actual.filter { isRecorded($0.path, withRuntime: withRuntime) }.map { ($0.path, $0.contents) })
        var problems: [String] = []
        for path in Set(recorded.keys).union(produced.keys).sorted() {
            let old = recorded[path], new = produced[path]
            guard old != new else { continue }
            problems.append(
                UnifiedDiff.diff(
                    old: old ?? "", new: new ?? "", oldLabel: old == nil ? "/dev/null" : "expected/\(path)",
                    newLabel: new == nil ? "/dev/null" : "generated/\(path)"))
        }
        return problems
    }

    static func record(_ files: [GeneratedFile], to directory: URL, withRuntime: Bool = false) throws {
        try? FileManager.default.removeItem(at: directory)
        for file in files where isRecorded(file.path, withRuntime: withRuntime) {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
    }
}
