import Foundation
import Testing
@testable import JulepGenKit

@Suite("OutputWriter: writing")
struct OutputWriterTests {
    let sdk = [
        "Package.swift": "// swift-tools-version: 6.0\n",
        "Sources/Julep/Models/Agent.swift": "public struct Agent {}\n",
        "Sources/Julep/Models/Task.swift": "public struct Task {}\n",
        "Sources/Julep/Client.swift": "public final class Client {}\n",
    ]

    @Test func firstWriteCreatesTheFolderWithMarker() throws {
        let scratch = try WritingScratchFolder()
        let output = scratch.url.appendingPathComponent("not/yet/Generated")
        let summary = try OutputWriter(outputDirectory: output).write(writerInput(sdk))

        #expect(summary.written == [".julep-gen"] + sdk.keys.sorted())
        #expect(summary.unchanged.isEmpty)
        #expect(summary.removed.isEmpty)
        for (path, contents) in sdk {
            #expect(try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) == contents)
        }
        #expect(try String(contentsOf: output.appendingPathComponent(".julep-gen"), encoding: .utf8) == """
            This folder is written by julep-gen. Do not edit files here: change the spec or the templates and regenerate.

            """)
        #expect(!scratch.exists(output.deletingLastPathComponent().appendingPathComponent(".Generated.julep-gen-staging")))
    }

    @Test func rewritingIdenticalContentTouchesNothing() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        _ = try writer.write(writerInput(sdk))
        try scratch.age()
        let before = try scratch.fingerprint()
        let parentBefore = try scratch.identity(scratch.url)

        let summary = try writer.write(writerInput(sdk))

        #expect(summary == WriteSummary(written: [], unchanged: [".julep-gen"] + sdk.keys.sorted(), removed: []))
        #expect(try scratch.fingerprint() == before)  // every file and folder, the output folder itself too
        #expect(try scratch.identity(scratch.url) == parentBefore)  // not even a staging folder came and went
    }

    @Test(arguments: [true, false])
    func changingOneFileReplacesOnlyThatFile(allowsExchange: Bool) throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output, allowsExchange: allowsExchange)
        _ = try writer.write(writerInput(sdk))
        try scratch.age()
        let before = try scratch.fingerprint()

        var changed = sdk
        changed["Sources/Julep/Models/Task.swift"] = "public struct Task { var id: String }\n"
        let summary = try writer.write(writerInput(changed))

        #expect(summary.written == ["Sources/Julep/Models/Task.swift"])
        #expect(summary.unchanged == [".julep-gen"] + sdk.keys.sorted().filter { $0 != "Sources/Julep/Models/Task.swift" })
        #expect(summary.removed.isEmpty)
        #expect(try scratch.read("Sources/Julep/Models/Task.swift") == "public struct Task { var id: String }\n")
        #expect(try scratch.identity("Sources/Julep/Models/Task.swift").inode != before["Sources/Julep/Models/Task.swift"]?.inode)
        for path in summary.unchanged {
            #expect(try scratch.identity(path) == before[path], "\(path) was rewritten")
        }
        #expect(!scratch.exists(scratch.staging))
        #expect(!scratch.exists(scratch.backup))
    }

    @Test func removedFileAndItsEmptiedFolderDisappear() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        var files = sdk
        files["Sources/Julep/Extras/Helpers/Helper.swift"] = "enum Helper {}\n"
        _ = try writer.write(writerInput(files))
        try scratch.age()
        let before = try scratch.fingerprint()

        let summary = try writer.write(writerInput(sdk))

        #expect(summary.written.isEmpty)
        #expect(summary.removed == ["Sources/Julep/Extras/Helpers/Helper.swift"])
        #expect(!scratch.exists("Sources/Julep/Extras"))
        #expect(try scratch.entries() == ["", ".julep-gen", "Package.swift", "Sources", "Sources/Julep",
                                          "Sources/Julep/Client.swift", "Sources/Julep/Models",
                                          "Sources/Julep/Models/Agent.swift", "Sources/Julep/Models/Task.swift"])
        for path in summary.unchanged {
            #expect(try scratch.identity(path) == before[path], "\(path) was rewritten")
        }
    }

    @Test func fileAndFolderCanTradePlaces() throws {
        let scratch = try WritingScratchFolder()
        let writer = OutputWriter(outputDirectory: scratch.output)
        _ = try writer.write(writerInput(["Docs/Guide.md": "guide\n"]))
        let summary = try writer.write(writerInput(["Docs": "now a file\n"]))
        #expect(summary.written == ["Docs"])
        #expect(summary.removed == ["Docs/Guide.md"])
        #expect(try scratch.read("Docs") == "now a file\n")
    }

    @Test func emptyExistingFolderIsAccepted() throws {
        let scratch = try WritingScratchFolder()
        try FileManager.default.createDirectory(at: scratch.output, withIntermediateDirectories: true)
        let summary = try OutputWriter(outputDirectory: scratch.output).write(writerInput(sdk))
        #expect(summary.written.count == sdk.count + 1)
        #expect(scratch.exists(".julep-gen"))
    }

    @Test func symbolicLinkToTheOutputIsFollowed() throws {
        let scratch = try WritingScratchFolder()
        let link = scratch.url.appendingPathComponent("Link")
        _ = try OutputWriter(outputDirectory: scratch.output).write(writerInput(sdk))
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: scratch.output)

        var changed = sdk
        changed["Package.swift"] = "// changed\n"
        _ = try OutputWriter(outputDirectory: link).write(writerInput(changed))

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == scratch.output.path)
        #expect(try scratch.read("Package.swift") == "// changed\n")
    }

    @Test func copyFallbackKeepsModificationTimeAndPermissions() throws {
        let scratch = try WritingScratchFolder()
        let source = scratch.url.appendingPathComponent("source")
        let copy = scratch.url.appendingPathComponent("copy")
        try Data("contents\n".utf8).write(to: source)
        try FileManager.default.setAttributes(
            [.modificationDate: WritingScratchFolder.longAgo, .posixPermissions: 0o640], ofItemAtPath: source.path
        )

        try OutputFileSystem.copyFile(source.path, to: copy.path)

        #expect(try String(contentsOf: copy, encoding: .utf8) == "contents\n")
        #expect(try scratch.identity(copy).modified == WritingScratchFolder.longAgo)
        #expect(try scratch.identity(copy).inode != scratch.identity(source).inode)
        let permissions = try FileManager.default.attributesOfItem(atPath: copy.path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o640)
    }
}
