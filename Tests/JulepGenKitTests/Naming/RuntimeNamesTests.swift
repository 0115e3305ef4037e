import Foundation
import Testing

@testable import JulepGenKit

/// Every type the runtime templates declare is reserved, so no spec type can take its name
/// (a schema named `ParameterStyle` or `APIRequest` would otherwise make the SDK ambiguous).
@Suite("Runtime names")
struct RuntimeNamesTests {
    @Test func everyTopLevelRuntimeTypeIsReserved() throws {
        let directory = URL(fileURLWithPath: TemplateSet.builtInDirectory).appendingPathComponent("runtime")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".mustache") }
        #expect(!files.isEmpty)
        let declaration = #/^(?:(?:public|internal|private|fileprivate|final|package|indirect) )*(?:struct|enum|protocol|class|actor|typealias) ([A-Z][A-Za-z0-9]*)/#
        var declared: Set<String> = []
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                if let match = line.firstMatch(of: declaration) { declared.insert(String(match.1)) }
            }
        }
        #expect(declared.contains("APIRequest"))
        #expect(declared.subtracting(RuntimeNames.runtimeTypes).sorted() == [])
    }
}
