import Foundation
import JulepTestSupport
import Testing

@testable import JulepGenKit

/// `spec/` says on the wire what Julep's published OpenAPI document says, except where it
/// declares that the server differs (`deviations:`, listed in the generated README).
///
/// Both go through `Generator.run`; every operation is matched by its `route` (the Python SDK's
/// name for it) and compared as the server sees it: method, path template, path/query/header
/// parameter names and required-ness, the JSON body's field names, the success status, paging
/// and streaming. Names, types and docs on the Swift side are the spec's to choose. A difference
/// on an operation that declares no deviation fails: the spec follows the server, and says so.
/// The tests that read the reference document need the shared data (docs/shared-data.md); the
/// ones that check `spec/` against the Python SDK's names read
/// `Tests/PythonSDK/documented-names.json`.
@Suite("spec/ matches the reference OpenAPI document")
struct SpecMatchesReferenceTests {
    static let referencePath = SharedData.referenceDocument

    /// Query parameters the spec deliberately lets callers leave out although the reference marks
    /// them required (without a default): by wire name, with the reason.
    static let relaxedParameters: [String: String] = [
        "metadata_filter": "an empty filter is no filter; the SDK leaves it out when nil (the server defaults it)"
    ]

    /// The reference document's SDK, generated once off the pool (see `offThePool`).
    static let referenceResult = Task {
        try await offThePool {
            Generator.run(Generator.Options(specPath: referencePath, builtInTemplates: TestSupport.templates, profile: .julep))
        }
    }

    @Test func specGeneratesWithoutErrorsOrWarnings() async throws {
        let generated = try await TestSupport.julepSpec.value
        let rendered = DiagnosticRenderer(sources: generated.sources).render(generated.diagnostics.sorted)
        #expect(generated.succeeded, "\(rendered)")
        #expect(generated.diagnostics.warnings.isEmpty, "\(rendered)")
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingReason))
    func everyReferenceOperationIsInTheSpecAndNothingElse() async throws {
        let spec = try #require(await TestSupport.julepSpec.value.api)
        let reference = try #require(await Self.referenceResult.value.api)
        let specOperations = spec.resources.flatMap(\.operations)
        let withoutRoute = specOperations.filter { $0.route == nil }.map(\.name)
        #expect(withoutRoute.isEmpty, "operations without a route: \(withoutRoute)")

        let specRoutes = Set(specOperations.compactMap(\.route))
        let referenceRoutes = Set(reference.resources.flatMap(\.operations).compactMap(\.route))
        #expect(referenceRoutes.count == 54)
        #expect(specOperations.count == 54)
        let missing = referenceRoutes.subtracting(specRoutes).sorted()
        let extra = specRoutes.subtracting(referenceRoutes).sorted()
        #expect(missing.isEmpty, "routes of the reference missing from spec/: \(missing)")
        #expect(extra.isEmpty, "routes in spec/ that the reference does not have: \(extra)")
    }

    @Test func everyPythonDocumentedRouteIsInTheSpec() async throws {
        let documented = Set(try PythonSDKFacts.load().routes.keys)
        #expect(documented.count == 52)
        let api = try #require(await TestSupport.julepSpec.value.api)
        let routes = Set(api.resources.flatMap(\.operations).compactMap(\.route))
        let missing = documented.subtracting(routes).sorted()
        #expect(missing.isEmpty, "routes documented for the Python SDK missing from spec/: \(missing)")
    }

    @Test func resourcesAreTheManagersOfTheSDK() async throws {
        let api = try #require(await TestSupport.julepSpec.value.api)
        #expect(
            api.resources.map(\.accessorName)
                == ["agents", "users", "sessions", "docs", "tools", "tasks", "jobs"])
    }

    /// Issue 4: `client.tasks` with executions, as the Python `TasksManager` has them.
    @Test func theTasksManagerCarriesTheExecutions() async throws {
        let tasks = try #require(await TestSupport.julepSpec.value.api?.resources.first { $0.accessorName == "tasks" })
        let names = Set(tasks.operations.map(\.swiftName))
        for name in ["startExecution", "getExecution", "listExecutions", "updateExecution", "resumeExecution", "listTransitions", "streamTransitions"] {
            #expect(names.contains(name), "client.tasks.\(name) is missing")
        }
    }

    /// Issue 4: create and the updates give the whole object, not the API's bare answer.
    @Test func createAndUpdatesReturnTheWholeObject() async throws {
        let api = try #require(await TestSupport.julepSpec.value.api)
        for (resource, type) in [("agents", "Agent"), ("users", "User"), ("tasks", "Task")] {
            let operations = try #require(api.resources.first { $0.name == resource }).operations
            for name in ["create", "createOrUpdate", "update", "patch"] {
                let operation = try #require(operations.first { $0.name == name }, "\(resource).\(name)")
                switch operation.returns {
                case .composed(let returns)?: #expect(returns.type == TypeID(type), "\(resource).\(name)")
                case .fetched(let returns)?: #expect(returns.type == .named(TypeID(type)), "\(resource).\(name)")
                case nil: Issue.record("\(resource).\(name) returns the API's answer, not the whole \(type)")
                }
            }
        }
        let tasks = try #require(api.resources.first { $0.name == "tasks" })
        #expect(tasks.operations.first { $0.name == "startExecution" }?.returns != nil)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingReason))
    func everyOperationSaysOnTheWireWhatTheReferenceSays() async throws {
        let spec = try #require(await TestSupport.julepSpec.value.api)
        let reference = try #require(await Self.referenceResult.value.api)
        let mappedFields = try Self.discriminatorMappedBodyFields()
        var referenceByRoute: [String: JulepGenKit.Operation] = [:]
        for operation in reference.resources.flatMap(\.operations) {
            if let route = operation.route { referenceByRoute[route] = operation }
        }
        var differences: [String] = []
        for resource in spec.resources {
            for operation in resource.operations {
                guard let route = operation.route, let expected = referenceByRoute[route] else { continue }
                let where_ = "\(resource.name).\(operation.name) (\(route))"
                var mine = WireOperation(operation, in: spec)
                var theirs = WireOperation(expected, in: reference)
                theirs.bodyFields?.formUnion(mappedFields[route] ?? [])
                for (name, _) in Self.relaxedParameters where theirs.query[name] == true && mine.query[name] == false {
                    mine.query[name] = true
                }
                let found = mine.differences(from: theirs)
                if operation.deviations.isEmpty {
                    differences += found.map { "\(where_): \($0) (no deviation declared)" }
                }
            }
        }
        #expect(differences.isEmpty, "spec/ differs from the reference:\n\(differences.joined(separator: "\n"))")
    }

    /// Issue 12: the routes where the Julep 0.4.0 server differs from its published document, each
    /// declared in the spec (and so in the generated README's table and the methods' docs).
    @Test func theRoutesWhereTheServerDiffersDeclareIt() async throws {
        let spec = try #require(await TestSupport.julepSpec.value.api)
        let declared = Set(spec.resources.flatMap(\.operations).filter { !$0.deviations.isEmpty }.compactMap(\.route))
        let expected: Set<String> = [
            // Lists: metadata filters in dot notation (or none), `desc` by default.
            "agents_route_list", "users_route_list", "sessions_route_list", "agent_docs_route_list",
            "user_docs_route_list", "tasks_route_list", "agent_tools_route_list", "task_executions_route_list",
            "execution_transitions_route_list",
            // Bodies: the search and embed request itself; a tool, not an agent.
            "agents_docs_search_route_search", "user_docs_search_route_search", "embed_route_embed",
            "agent_tools_route_create",
            // Answers and statuses.
            "agents_route_create_or_update", "users_route_create_or_update", "sessions_route_create_or_update",
            "tasks_route_create", "chat_route_generate", "agent_tools_route_delete", "executions_route_update",
            "sessions_route_get",
            // What the server refuses: several tool kinds, session participants.
            "agent_tools_route_update", "agent_tools_route_patch", "sessions_route_create",
            // The stream's token.
            "execution_transitions_stream_route_stream",
            // Routes the server does not serve.
            "tasks_route_update", "tasks_route_patch", "tasks_route_delete", "history_route_delete",
            "executions_route_resume_with_task_token",
        ]
        #expect(declared == expected, "only declared: \(declared.subtracting(expected).sorted()); missing: \(expected.subtracting(declared).sorted())")
    }

    /// Body fields the reference states only through a `discriminator.mapping` (the IR keeps the
    /// base object, e.g. `UpdateExecutionRequest` with just `status`): by route, read from the document.
    static func discriminatorMappedBodyFields() throws -> [String: Set<String>] {
        var diagnostics = Diagnostics()
        let data = try #require(FileManager.default.contents(atPath: referencePath))
        let root = try #require(YAMLReader.parse(bytes: data, path: referencePath, diagnostics: &diagnostics))
        let schemas = root["components"]?["schemas"]
        func component(_ reference: String?) -> YAMLNode? {
            guard let reference, reference.hasPrefix("#/components/schemas/") else { return nil }
            return schemas?[String(reference.dropFirst("#/components/schemas/".count))]
        }
        var result: [String: Set<String>] = [:]
        for path in root["paths"]?.mapping ?? [] {
            for operation in path.value.mapping ?? [] {
                guard let id = operation.value["operationId"]?.string,
                    let body = component(operation.value["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.string),
                    let mapping = body["discriminator"]?["mapping"]?.mapping
                else { continue }
                var fields: Set<String> = []
                for target in mapping {
                    for property in component(target.value.string)?["properties"]?.mapping ?? []
                    where property.value["readOnly"]?.bool != true {
                        if let name = property.key.string { fields.insert(name) }
                    }
                }
                result[OpenAPITranslator.snakeCase(id)] = fields
            }
        }
        return result
    }
}

/// What the server sees of an operation.
private struct WireOperation {
    var method: String
    var path: String
    var pathParameters: Set<String>
    /// Wire name → required.
    var query: [String: Bool]
    var headers: [String: Bool]
    /// The JSON body's top-level field names the client may send; `nil` without a body.
    var bodyFields: Set<String>?
    var status: Int
    var isPaginated: Bool
    var isStreaming: Bool

    init(_ operation: JulepGenKit.Operation, in api: APIDefinition) {
        method = operation.method
        path = operation.path.raw
        pathParameters = Set(operation.parameters.filter { $0.location == .path }.map(\.wireName))
        query = Dictionary(
            operation.parameters.filter { $0.location == .query }.map { ($0.wireName, $0.isRequired) },
            uniquingKeysWith: { first, _ in first })
        // Header names are case-insensitive.
        headers = Dictionary(
            operation.parameters.filter { $0.location == .header }.map { ($0.wireName.lowercased(), $0.isRequired) },
            uniquingKeysWith: { first, _ in first })
        switch operation.body?.shape {
        case .flattened(let id)?: bodyFields = Self.fields(of: .named(id), in: api)
        case .value(let type)?: bodyFields = Self.fields(of: type, in: api)
        case nil: bodyFields = nil
        }
        status = operation.response.status
        isPaginated = operation.pagination != nil
        isStreaming = operation.streaming != nil
    }

    /// The top-level JSON keys a value of `type` may carry when the client sends it.
    static func fields(of type: TypeReference, in api: APIDefinition, seen: Set<TypeID> = []) -> Set<String> {
        guard case .named(let id) = type.nonNullable, !seen.contains(id), let declaration = api.type(id) else { return [] }
        let seen = seen.union([id])
        switch declaration.kind {
        case .object(let object):
            return Set(object.properties.filter { !$0.isReadOnly }.map(\.wireName))
        case .union(let union):
            var result = Set(union.discriminator.map { [$0] } ?? [])
            for variant in union.variants { result.formUnion(fields(of: variant.type, in: api, seen: seen)) }
            return result
        case .alias(let alias):
            return fields(of: alias.target, in: api, seen: seen)
        case .enumeration:
            return []
        }
    }

    func differences(from expected: WireOperation) -> [String] {
        var result: [String] = []
        func compare<T: Equatable>(_ what: String, _ mine: T, _ theirs: T) {
            if mine != theirs { result.append("\(what) is \(mine) in spec/, \(theirs) in the reference") }
        }
        compare("the method", method, expected.method)
        compare("the path", path, expected.path)
        compare("the status", status, expected.status)
        compare("streaming", isStreaming, expected.isStreaming)
        compare("paging", isPaginated, expected.isPaginated)
        result += Self.setDifferences("path parameters", pathParameters, expected.pathParameters)
        result += Self.parameterDifferences("query parameter", query, expected.query)
        result += Self.parameterDifferences("header", headers, expected.headers)
        switch (bodyFields, expected.bodyFields) {
        case (nil, nil): break
        case (nil, _?): result.append("spec/ sends no body; the reference has one")
        case (_?, nil): result.append("spec/ sends a body; the reference has none")
        case (let mine?, let theirs?): result += Self.setDifferences("body fields", mine, theirs)
        }
        return result
    }

    static func setDifferences(_ what: String, _ mine: Set<String>, _ theirs: Set<String>) -> [String] {
        var result: [String] = []
        let missing = theirs.subtracting(mine).sorted()
        let extra = mine.subtracting(theirs).sorted()
        if !missing.isEmpty { result.append("\(what) missing from spec/: \(missing)") }
        if !extra.isEmpty { result.append("\(what) only in spec/: \(extra)") }
        return result
    }

    static func parameterDifferences(_ what: String, _ mine: [String: Bool], _ theirs: [String: Bool]) -> [String] {
        var result = setDifferences(what + "s", Set(mine.keys), Set(theirs.keys))
        for (name, required) in mine.sorted(by: { $0.key < $1.key }) {
            guard let expected = theirs[name], expected != required else { continue }
            result.append("\(what) '\(name)' is \(required ? "required" : "optional") in spec/, \(expected ? "required" : "optional") in the reference")
        }
        return result
    }
}
