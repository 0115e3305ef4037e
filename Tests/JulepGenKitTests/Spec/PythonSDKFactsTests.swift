import Foundation
import Testing

/// `Tests/PythonSDK/documented-names.json` says what the Python SDK's docs in the shared data
/// say: the one test that reads those docs, so that the fixture the other tests read cannot drift.
@Suite("Python SDK facts", .enabled(if: SharedData.isAvailable, SharedData.missingReason))
struct PythonSDKFactsTests {
    @Test func theFixtureStatesWhatTheSeedDocumentsSay() throws {
        let client = try String(contentsOf: SharedData.url("seeds/003_20348478d2b053f5.txt"), encoding: .utf8)
        let tasks = try String(contentsOf: SharedData.url("seeds/000_5205262ccc6db076.txt"), encoding: .utf8)
        let documented = PythonSDKFacts(
            routes: try Self.routes(inClientDocs: client), tasksManager: try Self.methods(inTaskManagerDocs: tasks))
        let fixture = try PythonSDKFacts.load()

        #expect(documented.routes.count == 52)
        #expect(Set(fixture.routes.keys) == Set(documented.routes.keys))
        for (route, parameters) in documented.routes.sorted(by: { $0.key < $1.key }) {
            #expect(fixture.routes[route] == parameters, "\(route)")
        }
        #expect(documented.tasksManager.count == 5)
        #expect(fixture.tasksManager == documented.tasksManager)
    }

    /// Each `### AsyncJulepApi().<route>` section's Python signature.
    static func routes(inClientDocs text: String) throws -> [String: [PythonSDKFacts.Parameter]] {
        var result: [String: [PythonSDKFacts.Parameter]] = [:]
        for section in text.components(separatedBy: "\n### AsyncJulepApi().").dropFirst() {
            let route = String(section.prefix { !$0.isNewline })
            let signature = try #require(section.range(of: "#### Signature"), "\(route) has a signature")
            let parameters = try #require(
                Self.parameters(of: route, in: section[signature.upperBound...]), "\(route)'s def")
            result[route] = parameters.filter { $0.name != "request_options" }
        }
        return result
    }

    /// `BaseTasksManager`'s `def _<method>(…)`: the implementations behind the public methods,
    /// whose own signatures take `**kwargs`.
    static func methods(inTaskManagerDocs text: String) throws -> [String: [PythonSDKFacts.Parameter]] {
        let start = try #require(text.range(of: "\n## BaseTasksManager"))
        let end = try #require(text.range(of: "\n## ", range: start.upperBound..<text.endIndex))
        let base = text[start.upperBound..<end.lowerBound]
        var result: [String: [PythonSDKFacts.Parameter]] = [:]
        var rest = base[...]
        while let def = rest.range(of: "def _") {
            let method = String(rest[def.upperBound...].prefix { $0 != "(" })
            let parameters = try #require(Self.parameters(of: "_" + method, in: rest[def.lowerBound...]), "_\(method)'s def")
            result[method] = parameters
            rest = rest[def.upperBound...]
        }
        return result
    }

    /// The parameters of `def name(…)` in `text`, `self` left out; brackets in types do not split.
    static func parameters(of name: String, in text: Substring) -> [PythonSDKFacts.Parameter]? {
        guard let open = text.range(of: "def \(name)(") else { return nil }
        var depth = 1
        var current = ""
        var parts: [String] = []
        for character in text[open.upperBound...] {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            default: break
            }
            if depth == 0 { break }
            if character == ",", depth == 1 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.compactMap { part in
            let part = part.trimmingCharacters(in: .whitespacesAndNewlines)
            let name = String(part.prefix { $0 != ":" }).trimmingCharacters(in: .whitespaces)
            guard !part.isEmpty, name != "self" else { return nil }
            return PythonSDKFacts.Parameter(name: name, hasDefault: part.contains("="))
        }
    }
}
