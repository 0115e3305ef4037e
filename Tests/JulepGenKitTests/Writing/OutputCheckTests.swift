import Foundation
import Testing
@testable import JulepGenKit

@Suite("OutputWriter: check mode")
struct OutputCheckTests {
    let sdk = [
        "Package.swift": "// swift-tools-version: 6.0\n",
        "Sources/Julep/Agent.swift": "public struct Agent {\n    var id: String\n}\n",
        "Sources/Julep/Task.swift": "public struct Task {}\n",
    ]

    @Test func newFolderReportsEverythingAddedIncludingTheMarker() throws {
        let scratch = try WritingScratchFolder()
        let differences = try OutputWriter(outputDirectory: scratch.output).differences(from: writerInput(sdk))

        #expect(differences.map(\.path) == [".julep-gen"] + sdk.keys.sorted())
        #expect(differences.allSatisfy { $0.kind == .added })
        #expect(differences.first { $0.path == "Sources/Julep/Task.swift" }?.diff == """
            --- /dev/null
            +++ b/Sources/Julep/Task.swift
            @@ -0,0 +1 @@
            +public struct Task {}

            """)
        #expect(!scratch.exists(scratch.output))
        #expect(!scratch.exists(scratch.staging))
    }

    @Test func upToDateFolderHasNoDifferences() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        _ = try writer.write(writerInput(sdk))
        #expect(try writer.differences(from: writerInput(sdk)).isEmpty)
    }

    @Test func reportsAddedChangedAndRemovedFilesWithDiffsAndWritesNothing() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        _ = try writer.write(writerInput(sdk))
        try scratch.write("stray\n", to: "Sources/Julep/Stray.swift")
        try scratch.age()
        let before = try scratch.fingerprint()
        let parentBefore = try scratch.identity(scratch.url)

        var current = sdk
        current["Sources/Julep/Agent.swift"] = "public struct Agent {\n    var id: UUID\n}\n"
        current["Sources/Julep/Session.swift"] = ""
        current["Sources/Julep/Task.swift"] = nil
        let differences = try writer.differences(from: writerInput(current))

        #expect(differences == [
            FileDifference(path: "Sources/Julep/Agent.swift", kind: .changed, diff: """
                --- a/Sources/Julep/Agent.swift
                +++ b/Sources/Julep/Agent.swift
                @@ -1,3 +1,3 @@
                 public struct Agent {
                -    var id: String
                +    var id: UUID
                 }

                """),
            FileDifference(path: "Sources/Julep/Session.swift", kind: .added, diff: """
                --- /dev/null
                +++ b/Sources/Julep/Session.swift

                """),
            FileDifference(path: "Sources/Julep/Stray.swift", kind: .removed, diff: """
                --- a/Sources/Julep/Stray.swift
                +++ /dev/null
                @@ -1 +0,0 @@
                -stray

                """),
            FileDifference(path: "Sources/Julep/Task.swift", kind: .removed, diff: """
                --- a/Sources/Julep/Task.swift
                +++ /dev/null
                @@ -1 +0,0 @@
                -public struct Task {}

                """),
        ])
        #expect(try scratch.fingerprint() == before)
        #expect(try scratch.identity(scratch.url) == parentBefore)
    }

    @Test func checkModeAndWriteAgree() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        _ = try writer.write(writerInput(sdk))
        try scratch.write("stray\n", to: "Extra/Stray.swift")
        var current = sdk
        current["Sources/Julep/Task.swift"] = "public struct Task { }\n"
        current["Sources/Julep/New.swift"] = "new\n"

        let differences = try writer.differences(from: writerInput(current))
        let summary = try writer.write(writerInput(current))

        #expect(summary.written == differences.filter { $0.kind != .removed }.map(\.path))
        #expect(summary.removed == differences.filter { $0.kind == .removed }.map(\.path))
        #expect(try writer.differences(from: writerInput(current)).isEmpty)
    }

    @Test func nonTextAndSpecialFilesAreReportedWithoutLineDiffs() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        _ = try writer.write(writerInput(sdk))
        try Data([0xFF, 0xFE, 0x00]).write(to: scratch.output.appendingPathComponent("blob.bin"))
        try FileManager.default.removeItem(at: scratch.output.appendingPathComponent("Package.swift"))
        try FileManager.default.createSymbolicLink(
            atPath: scratch.output.appendingPathComponent("Package.swift").path, withDestinationPath: "elsewhere"
        )

        let differences = try writer.differences(from: writerInput(sdk))

        #expect(differences == [
            FileDifference(path: "Package.swift", kind: .changed, diff: "a/Package.swift is not a regular file\n"),
            FileDifference(path: "blob.bin", kind: .removed, diff: "Binary files a/blob.bin and /dev/null differ\n"),
        ])
        // And writing repairs both.
        _ = try writer.write(writerInput(sdk))
        #expect(try writer.differences(from: writerInput(sdk)).isEmpty)
    }
}
