import Foundation
import JulepTestSupport

/// Runs the system's GNU `diff -u` to get reference output for `UnifiedDiff`.
enum GNUDiff {
    static let executable = "/usr/bin/diff"

    /// Whether `/usr/bin/diff` is GNU diff (BSD diff's hunks can differ, so it can't be the reference).
    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: executable),
              let output = try? run(arguments: ["--version"]).output
        else { return false }
        return output.contains("GNU diffutils")
    }()

    /// `diff -u` of the two texts without its two header lines (they hold file names and timestamps);
    /// `""` when the texts are equal.
    static func hunks(old: String, new: String, context: Int = 3) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("julep-gen-gnu-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let oldFile = directory.appendingPathComponent("old")
        let newFile = directory.appendingPathComponent("new")
        try Data(old.utf8).write(to: oldFile)
        try Data(new.utf8).write(to: newFile)
        let result = try run(arguments: ["-U\(context)", oldFile.path, newFile.path])
        guard result.status <= 1 else { throw CocoaError(.fileReadUnknown) }
        return dropHeader(result.output)
    }

    /// The text after the first two lines (the `---`/`+++` header); `""` when there are none.
    static func dropHeader(_ diff: String) -> String {
        var lines = diff.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 2 else { return "" }
        lines.removeFirst(2)
        return lines.joined(separator: "\n")
    }

    private static func run(arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try ProcessLaunch.run(process)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
