import Foundation

/// What the Julep Python SDK's docs say about its names, as the project's own fixture
/// `Tests/PythonSDK/documented-names.json` states it: every route method of `AsyncJulepApi` and
/// every method of `TasksManager`, each with its parameter names in order. (Not in
/// `Tests/Fixtures/`, whose folders are generator cases.) The docs themselves are third-party and
/// stay outside the repository; `PythonSDKFactsTests` checks this fixture against them wherever
/// they are present, so it cannot drift.
struct PythonSDKFacts: Equatable {
    struct Parameter: Equatable, CustomStringConvertible {
        var name: String
        /// The parameter has a default, so a caller may leave it out.
        var hasDefault: Bool

        var description: String { hasDefault ? name + "?" : name }
    }

    /// Route name (`agents_route_create`) → its parameters, `request_options` left out.
    var routes: [String: [Parameter]]
    /// Method name (`start_task_execution`) → its parameters.
    var tasksManager: [String: [Parameter]]

    static let fixture = TestSupport.packageRoot.appendingPathComponent("Tests/PythonSDK/documented-names.json")

    static func load() throws -> PythonSDKFacts {
        struct File: Decodable {
            var routes: [String: [String]]
            var tasksManager: [String: [String]]
        }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: fixture))
        return PythonSDKFacts(
            routes: file.routes.mapValues { $0.map(Parameter.init(spelled:)) },
            tasksManager: file.tasksManager.mapValues { $0.map(Parameter.init(spelled:)) })
    }
}

extension PythonSDKFacts.Parameter {
    /// `"metadata?"`: the fixture's spelling of a parameter with a default.
    init(spelled: String) {
        hasDefault = spelled.hasSuffix("?")
        name = hasDefault ? String(spelled.dropLast()) : spelled
    }
}
