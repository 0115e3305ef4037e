import Foundation
import Testing
@testable import JulepGenKit

@Suite("OutputWriter: safety")
struct OutputWriterSafetyTests {
    let sdk = [
        "Package.swift": "// swift-tools-version: 6.0\n",
        "Sources/Julep/Agent.swift": "public struct Agent {}\n",
    ]

    @Test func refusesNonEmptyFolderWithoutMarkerAndLeavesItAlone() throws {
        let scratch = try WritingScratchFolder()
        try scratch.write("my notes\n", to: "notes.txt")
        try scratch.write("x\n", to: "Sources/Julep/Agent.swift")
        try scratch.age()
        let before = try scratch.fingerprint()
        let writer = OutputWriter(outputDirectory: scratch.output)

        let error = try #require(throws: OutputError.self) { try writer.write(writerInput(sdk)) }
        #expect(error.description.contains("no .julep-gen marker"))
        #expect(error.description.contains("'notes.txt'"))
        #expect(throws: OutputError.self) { try writer.differences(from: writerInput(sdk)) }

        #expect(try scratch.fingerprint() == before)
        #expect(try scratch.read("notes.txt") == "my notes\n")
        #expect(!scratch.exists(scratch.staging))
    }

    @Test func refusesAFileAtTheOutputPath() throws {
        let scratch = try WritingScratchFolder()
        try Data("file\n".utf8).write(to: scratch.output)
        #expect(throws: OutputError.self) { try OutputWriter(outputDirectory: scratch.output).write(writerInput(sdk)) }
        #expect(try String(contentsOf: scratch.output, encoding: .utf8) == "file\n")
    }

    @Test func leftoverStagingFolderIsRemoved() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        _ = try writer.write(writerInput(sdk))
        try scratch.age()
        let before = try scratch.fingerprint()
        // What a run killed while staging leaves behind.
        try scratch.write("half-written", to: "Sources/Julep/Agent.swift", in: scratch.staging)

        let summary = try writer.write(writerInput(sdk))

        #expect(summary.written.isEmpty)
        #expect(!scratch.exists(scratch.staging))
        #expect(try scratch.fingerprint() == before)
    }

    @Test func runKilledBetweenFallbackRenamesIsRecovered() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        _ = try writer.write(writerInput(sdk))
        try scratch.age()
        let before = try scratch.fingerprint()
        // Killed after "output → backup", before "staging → output".
        try FileManager.default.moveItem(at: scratch.output, to: scratch.backup)
        try scratch.write("new", to: "Package.swift", in: scratch.staging)

        let summary = try writer.write(writerInput(sdk))

        #expect(summary.written.isEmpty)  // the old output is back, and it is current
        #expect(try scratch.fingerprint() == before)
        #expect(!scratch.exists(scratch.staging))
        #expect(!scratch.exists(scratch.backup))
    }

    @Test func hiddenEntriesAreLeftAloneAndMoveWithTheirFolder() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        var files = sdk
        files["Sources/Old/Old.swift"] = "old\n"
        _ = try writer.write(writerInput(files))
        try scratch.write("finder", to: ".DS_Store")
        try scratch.write("finder", to: "Sources/Julep/.DS_Store")
        try scratch.write("finder", to: "Sources/Old/.DS_Store")
        try scratch.write("build product", to: ".build/debug/Julep.o")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.output.appendingPathComponent(".build/current").path, withDestinationPath: "debug"
        )
        try scratch.age()
        let before = try scratch.fingerprint()

        // Not differences, and no reason to rewrite anything.
        #expect(try writer.differences(from: writerInput(files)).isEmpty)
        #expect(try writer.write(writerInput(files)).written.isEmpty)
        #expect(try scratch.fingerprint() == before)

        // A real change: hidden entries come along unchanged, except in the folder that goes away.
        let summary = try writer.write(writerInput(sdk))
        #expect(summary.removed == ["Sources/Old/Old.swift"])
        for path in [".DS_Store", "Sources/Julep/.DS_Store", ".build/debug/Julep.o"] {
            #expect(try scratch.identity(path) == before[path], "\(path)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(
            atPath: scratch.output.appendingPathComponent(".build/current").path) == "debug")
        #expect(!scratch.exists("Sources/Old"))
    }

    @Test func folderHoldingOnlyHiddenEntriesIsAdopted() throws {
        let scratch = try WritingScratchFolder()
        try scratch.write("ref: refs/heads/main\n", to: ".git/HEAD")
        _ = try OutputWriter(outputDirectory: scratch.output).write(writerInput(sdk))
        #expect(try scratch.read(".git/HEAD") == "ref: refs/heads/main\n")
        #expect(scratch.exists(".julep-gen"))
    }

    @Test func generatedHiddenFilesAreManagedWhileGenerated() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        var files = sdk
        files[".gitignore"] = ".build/\n"
        _ = try writer.write(writerInput(files))
        files[".gitignore"] = ".build/\n.swiftpm/\n"
        #expect(try writer.differences(from: writerInput(files)).map(\.path) == [".gitignore"])
        #expect(try writer.write(writerInput(files)).written == [".gitignore"])
        #expect(try scratch.read(".gitignore") == ".build/\n.swiftpm/\n")

        // Once no longer generated it can't be told from a tool's file, so it stays (documented).
        #expect(try writer.write(writerInput(sdk)).removed.isEmpty)
        #expect(scratch.exists(".gitignore"))
    }

    @Test func invalidPathsAreAllReportedAndNothingIsWritten() throws {
        let scratch = try WritingScratchFolder()
        let bad = [
            "/etc/passwd", "../outside.swift", "Sources/../../x.swift", "Sources//Agent.swift", "Sources/",
            "", "./Package.swift", ".julep-gen", "Models/Agent.swift", "models/agent.swift",
            "Docs", "docs/Guide.md", "Same.swift", "Same.swift",
        ]
        let writer = OutputWriter(outputDirectory: scratch.output)
        let error = try #require(throws: OutputError.self) {
            try writer.write(bad.map { GeneratedFile(path: $0, contents: "") })
        }
        let message = error.description
        #expect(message.hasPrefix("invalid generated file paths:"))
        for expected in [
            "'/etc/passwd': absolute path",
            "'../outside.swift': contains '..'",
            "'Sources/../../x.swift': contains '..'",
            "'Sources//Agent.swift': empty path component",
            "'Sources/': empty path component",
            "'': the path is empty",
            "'./Package.swift': contains '.'",
            "'.julep-gen': reserved",
            "'Models/Agent.swift' and 'models/agent.swift': the same file on case-insensitive file systems",
            "'Docs' is a file, but 'docs/Guide.md' needs it to be a folder",
            "'Same.swift': listed more than once",
        ] {
            #expect(message.contains(expected), "missing: \(expected)")
        }
        #expect(!scratch.exists(scratch.output))
        #expect(throws: OutputError.self) { try writer.differences(from: [GeneratedFile(path: "/x", contents: "")]) }
    }

    @Test func validPathsPass() throws {
        try GeneratedPathValidation.validate([
            "Package.swift", ".gitignore", "Sources/Julep/Models/Agent.swift", "Sources/Julep/Models/Task.swift",
            "Sources/Julep/..hidden", "Sources/Julep/a.b.c",
        ])
    }
}
