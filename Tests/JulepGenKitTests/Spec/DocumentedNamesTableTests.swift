import Foundation
import Testing

@testable import JulepGenKit

/// The generated table in `Generated/README.md` lists a Swift call for every route of the Python
/// client's docs and every method of the task manager's docs.
@Suite("Documented Python names")
struct DocumentedNamesTableTests {
    static let seeds = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    static func table() throws -> String {
        try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Generated/README.md"), encoding: .utf8)
    }

    @Test func everyDocumentedRouteHasASwiftCall() throws {
        let docs = try String(contentsOf: Self.seeds.appendingPathComponent("003_20348478d2b053f5.txt"), encoding: .utf8)
        let routes = Set(docs.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("### AsyncJulepApi()."), let route = line.split(separator: ".").last else { return nil }
            return String(route)
        })
        #expect(routes.count == 52)
        let table = try Self.table()
        for route in routes.sorted() {
            #expect(table.contains("| `\(route)` | "), "\(route) is not in Generated/README.md")
        }
    }

    @Test func everyTaskManagerMethodHasASwiftCall() throws {
        let docs = try String(contentsOf: Self.seeds.appendingPathComponent("000_5205262ccc6db076.txt"), encoding: .utf8)
        let table = try Self.table()
        for method in ["create", "get", "list", "start_task_execution", "get_task_execution"] {
            #expect(docs.contains("def \(method)("), "the seed documents \(method)")
            #expect(table.contains("| `TasksManager.\(method)` | "), "TasksManager.\(method) is not in the table")
        }
    }
}
