import Foundation
import Testing

@testable import JulepGenKit

/// The SDK runtime that julep-gen carries (`EmbeddedRuntime`, written at build time by the
/// EmbedRuntime plugin) is `Sources/SDKRuntime` as it is on disk, reads as generic code, and
/// reserves every name it declares.
@Suite("Runtime files")
struct RuntimeFilesTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/SDKRuntime")

    static func sourceFiles() throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }
        var files: [String: String] = [:]
        for name in names {
            files[name] = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    @Test func embeddedRuntimeIsTheTargetsSourcesButTheIdentityStandIn() throws {
        var sources = try Self.sourceFiles()
        #expect(sources.removeValue(forKey: "SDKIdentity.swift") != nil)
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedRuntime.files.map { ($0.name, $0.text) })
        #expect(embedded.keys.sorted() == sources.keys.sorted())
        for (name, text) in sources {
            #expect(embedded[name] == text, "\(name) differs from its embedded copy")
        }
        #expect(EmbeddedRuntime.files.map(\.name) == EmbeddedRuntime.files.map(\.name).sorted())
    }

    /// Read with a pattern of its own, not the plugin's scanner, so a declaration the scanner
    /// misses is caught.
    @Test func everyTopLevelRuntimeTypeIsReserved() throws {
        let declaration = #/^(?:(?:public|internal|private|fileprivate|final|package|indirect) )*(?:struct|enum|protocol|class|actor|typealias) ([A-Z][A-Za-z0-9]*)/#
        var declared: Set<String> = []
        for (name, text) in try Self.sourceFiles() {
            for line in text.split(separator: "\n") {
                guard let match = line.firstMatch(of: declaration) else { continue }
                // The stand-in's alias is the one name each SDK writes for itself (`<API>Error`).
                if name == "SDKIdentity.swift", line.contains("typealias") { continue }
                declared.insert(String(match.1))
            }
        }
        #expect(declared.isSuperset(of: ["APIRequest", "APIError", "SDKIdentity", "ClientCore"]))
        #expect(declared == RuntimeNames.runtimeTypes)
        #expect(!RuntimeNames.runtimeTypes.contains("ExampleError"))
    }

    @Test func everyOptionalFileIsARuntimeFile() {
        let names = Set(EmbeddedRuntime.files.map(\.name))
        #expect(Set(RuntimeFiles.optional.keys).subtracting(names).sorted() == [])
    }

    /// The files are copied as they are, so they must already look like generated output: tidy,
    /// within 120 columns, and about no API in particular.
    @Test func runtimeFilesAreTidyGenericAndNarrow() throws {
        for file in EmbeddedRuntime.files {
            #expect(OutputText.normalize(file.text) == file.text, "\(file.name) is not tidy")
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                #expect(line.count <= 120, "\(file.name):\(number + 1) is \(line.count) columns")
                #expect(!line.contains("Julep"), "\(file.name):\(number + 1) names Julep")
            }
        }
    }
}

/// Which runtime files an SDK gets: every file but the optional ones, and those only when the API
/// has what they serve.
@Suite("Runtime files per SDK")
struct RuntimeFilesPerSDKTests {
    static func runtimeFiles(of fixture: String) -> Set<String> {
        let folder = TestSupport.fixtures.appendingPathComponent(fixture).appendingPathComponent("spec")
        let result = Generator.run(Generator.Options(specPath: folder.path, builtInTemplates: TestSupport.templates))
        return Set(result.files.filter { $0.path.contains("/Runtime/") }.map { ($0.path as NSString).lastPathComponent })
    }

    @Test func aSmallAPIGetsNoOptionalFile() {
        let files = Self.runtimeFiles(of: "minimal")
        let always = Set(EmbeddedRuntime.files.map(\.name)).subtracting(RuntimeFiles.optional.keys)
        #expect(files == always.union(["SDKIdentity.swift"]))
    }

    @Test func streamingPagingAndValidationBringTheirFiles() {
        let files = Self.runtimeFiles(of: "features")
        for name in ["ClientCore+Streaming.swift", "ServerSentEvents.swift", "Pagination.swift", "ParameterValidation.swift"] {
            #expect(files.contains(name), "\(name)")
        }
    }

    @Test func copiesAreByteForByte() {
        let folder = TestSupport.fixtures.appendingPathComponent("features").appendingPathComponent("spec")
        let result = Generator.run(Generator.Options(specPath: folder.path, builtInTemplates: TestSupport.templates))
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedRuntime.files.map { ($0.name, $0.text) })
        for file in result.files where file.path.contains("/Runtime/") && !file.path.hasSuffix("SDKIdentity.swift") {
            #expect(embedded[(file.path as NSString).lastPathComponent] == file.contents, "\(file.path)")
        }
    }
}

extension RuntimeFilesPerSDKTests {
    @Test func recursiveTypesBringIndirect() {
        #expect(Self.runtimeFiles(of: "adversarial").contains("Indirect.swift"))
    }
}

extension RuntimeFilesPerSDKTests {
    /// `MultipartBody` names `FileUpload`: an SDK whose code names only the first gets both.
    @Test func aRuntimeFileBringsTheOptionalFilesItNames() throws {
        let folder = TestSupport.fixtures.appendingPathComponent("minimal").appendingPathComponent("spec")
        let api = try #require(Generator.run(Generator.Options(specPath: folder.path, builtInTemplates: TestSupport.templates)).api)
        let code = GeneratedFile(path: "Sources/Tiny/Resources/Upload.swift", contents: "var body = MultipartBody()")
        let names = Set(RuntimeFiles.files(for: api, module: "Tiny", generated: [code]).map { ($0.path as NSString).lastPathComponent })
        #expect(names.isSuperset(of: ["MultipartBody.swift", "FileUpload.swift"]))
        #expect(!names.contains("FormBody.swift"))
    }

    /// The generated tests are not read: they use the SDK's API, which its own code declares.
    @Test func onlyTheSDKsOwnSourcesBringOptionalFiles() throws {
        let folder = TestSupport.fixtures.appendingPathComponent("minimal").appendingPathComponent("spec")
        let api = try #require(Generator.run(Generator.Options(specPath: folder.path, builtInTemplates: TestSupport.templates)).api)
        let test = GeneratedFile(path: "Tests/TinySampleTests/Upload.swift", contents: "let body = MultipartBody()")
        let names = Set(RuntimeFiles.files(for: api, module: "Tiny", generated: [test]).map { ($0.path as NSString).lastPathComponent })
        #expect(!names.contains("MultipartBody.swift"))
        #expect(names.contains("ClientCore.swift"))
    }
}
