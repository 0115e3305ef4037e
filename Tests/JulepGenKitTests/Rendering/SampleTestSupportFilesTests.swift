import Foundation
import Testing

@testable import JulepGenKit

/// The loopback server the generated tests carry (`EmbeddedSampleTestSupport`, written at build
/// time by the EmbedRuntime plugin) is `Sources/SampleTestSupport` as it is on disk, goes into
/// every generated test target byte for byte, and its names are no SDK type's.
@Suite("Sample test support files")
struct SampleTestSupportFilesTests {
    static let directory = TestSupport.packageRoot.appendingPathComponent("Sources/SampleTestSupport")

    static func sourceFiles() throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }
        var files: [String: String] = [:]
        for name in names {
            files[name] = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// Top-level type names in `text`, read with a pattern of its own rather than the plugin's scanner.
    static func declaredTypes(in text: String) -> Set<String> {
        let declaration = #/^(?:(?:public|internal|private|fileprivate|final|package|indirect) )*(?:struct|enum|protocol|class|actor|typealias) ([A-Z][A-Za-z0-9]*)/#
        return Set(text.split(separator: "\n").compactMap { $0.firstMatch(of: declaration).map { String($0.1) } })
    }

    @Test func embeddedFilesAreTheTargetsSources() throws {
        let sources = try Self.sourceFiles()
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedSampleTestSupport.files.map { ($0.name, $0.text) })
        #expect(embedded.keys.sorted() == sources.keys.sorted())
        for (name, text) in sources {
            #expect(embedded[name] == text, "\(name) differs from its embedded copy")
        }
    }

    /// The server's types and the helpers `tests/support.mustache` declares, and nothing else.
    @Test func everyTopLevelTestTypeIsReserved() throws {
        var declared = try Self.sourceFiles().values.reduce(into: Set<String>()) { $0.formUnion(Self.declaredTypes(in: $1)) }
        #expect(declared.isSuperset(of: ["LoopbackServer", "LoopbackRequest", "LoopbackResponse"]))
        let support = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("templates/tests/support.mustache"), encoding: .utf8)
        declared.formUnion(Self.declaredTypes(in: support))
        #expect(declared == RuntimeNames.sampleTestTypes)
        #expect(RuntimeNames.reserved(api: "Demo").isSuperset(of: RuntimeNames.sampleTestTypes))
    }

    /// Copied as they are, so they must look like generated output: tidy, within 120 columns,
    /// about no API in particular, and needing nothing but Foundation and the system's sockets.
    @Test func filesAreTidyNarrowAndSelfContained() {
        for file in EmbeddedSampleTestSupport.files {
            #expect(OutputText.normalize(file.text) == file.text, "\(file.name) is not tidy")
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                #expect(line.count <= 120, "\(file.name):\(number + 1) is \(line.count) columns")
                #expect(!line.contains("Julep"), "\(file.name):\(number + 1) names Julep")
                if line.hasPrefix("import ") {
                    #expect(["import Foundation", "import Glibc", "import Darwin"].contains(line), "\(file.name): \(line)")
                }
            }
        }
    }

    @Test func generatedTestsCarryTheServerAndThePackageDeclaresThem() throws {
        let result = try TestSupport.generate(["api.yaml": TestSupport.rootPreamble + "\n"], tests: true)
        #expect(result.succeeded)
        let support = result.files.filter { $0.path.hasPrefix("Tests/DemoSampleTests/Support/") }
        #expect(support.map(\.path) == EmbeddedSampleTestSupport.files.map { "Tests/DemoSampleTests/Support/\($0.name)" })
        #expect(support.map(\.contents) == EmbeddedSampleTestSupport.files.map(\.text))
        let package = try #require(result.files.first { $0.path == "Package.swift" }).contents
        #expect(package.contains(#"        .testTarget(name: "DemoSampleTests", dependencies: ["Demo"]),"#))
        #expect(!package.contains(".package("))
        let helpers = try #require(result.files.first { $0.path == "Tests/DemoSampleTests/SampleSupport.swift" }).contents
        #expect(!helpers.contains("JulepTestSupport"))
    }

    @Test func withoutTestsNeitherServerNorTestTarget() throws {
        let result = try TestSupport.generate(["api.yaml": TestSupport.rootPreamble + "\n"])
        #expect(result.succeeded)
        #expect(!result.files.contains { $0.path.hasPrefix("Tests/") })
        let package = try #require(result.files.first { $0.path == "Package.swift" }).contents
        #expect(!package.contains("testTarget"))
    }

    /// In the test target the server's `LoopbackServer` would hide an SDK type of that name.
    @Test func aSpecTypeNamedLikeATestTypeIsRenamed() throws {
        let result = try TestSupport.generate(
            ["api.yaml": TestSupport.rootPreamble + "\ntypes:\n  LoopbackServer:\n    properties:\n      name: string\n"],
            tests: true)
        #expect(result.succeeded)
        #expect(result.files.contains { $0.path == "Sources/Demo/Models/DemoLoopbackServer.swift" })
        let samples = result.files.filter { $0.path.hasPrefix("Tests/DemoSampleTests/Models/") }.map(\.contents)
        #expect(samples.contains { $0.contains("let sample: DemoLoopbackServer = ") })
    }

    @Test func anExplicitSwiftNameOfATestTypeIsRefused() throws {
        let lines = try TestSupport.diagnostics(
            TestSupport.rootPreamble + "\ntypes:\n  Server:\n    swiftName: WireExchange\n    enum: [a]\n")
        #expect(
            lines == [
                "api.yaml:10:16: error: swiftName 'WireExchange' would shadow the generated tests' 'WireExchange'; "
                    + "choose another name"
            ])
    }
}
