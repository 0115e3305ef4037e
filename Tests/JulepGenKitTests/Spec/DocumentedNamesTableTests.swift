import Foundation
import Testing

@testable import JulepGenKit

/// The generated table in `Generated/README.md` lists a Swift call for every route of the Python
/// client's docs and every method of the task manager's docs
/// (`Tests/PythonSDK/documented-names.json`).
@Suite("Documented Python names")
struct DocumentedNamesTableTests {
    static func table() throws -> String {
        try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Generated/README.md"), encoding: .utf8)
    }

    @Test func everyDocumentedRouteHasASwiftCall() throws {
        let routes = try PythonSDKFacts.load().routes.keys
        #expect(routes.count == 52)
        let table = try Self.table()
        for route in routes.sorted() {
            #expect(table.contains("| `\(route)` | "), "\(route) is not in Generated/README.md")
        }
    }

    @Test func everyTaskManagerMethodHasASwiftCall() throws {
        let methods = try PythonSDKFacts.load().tasksManager.keys
        #expect(Set(methods) == ["create", "get", "list", "start_task_execution", "get_task_execution"])
        let table = try Self.table()
        for method in methods.sorted() {
            #expect(table.contains("| `TasksManager.\(method)` | "), "TasksManager.\(method) is not in the table")
        }
    }
}
