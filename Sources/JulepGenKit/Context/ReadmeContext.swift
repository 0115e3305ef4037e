import Foundation

/// What `readme.mustache` sees: how to create the client, its credentials and resources, and in
/// the Julep profile the table from the Python SDK's names to Swift calls.
struct ReadmeContext: Encodable {
    var apiName: String
    /// The Swift module: `import Petstore`.
    var moduleName: String
    /// The first paragraph of the API's description (0 or 1 element).
    var summary: [String]
    /// The Julep profile: the Python SDK's sections instead of `resourceExamples`.
    var isJulepProfile: Bool
    /// `let client = PetstoreClient(apiKey: <#String#>)`.
    var clientCreation: String
    /// One per resource, with one call each.
    var resourceExamples: [ResourceExampleContext]
    var environments: [EnvironmentRow]
    var hasEnvironments: Bool
    var clientType: String
    var version: String
    var routes: [MappingRow]
    var managerMethods: [MappingRow]
    var hasManagerMethods: Bool
    var resources: [ResourceAccessorContext]
    var hasResources: Bool
    /// The first route, for the example (0 or 1 element).
    var example: [ExampleContext]
    /// "`JULEP_BASE_URL`, then `JULEP_API_URL`": where the client reads its URL (0 or 1 element).
    var baseURLEnvironment: [String]
    /// Where the server differs from the published API description, by route.
    var deviations: [DeviationRow]
    var hasDeviations: Bool
    /// The client's credentials, one row per auth scheme.
    var credentials: [CredentialRow]
    var hasCredentials: Bool
}

/// A resource in the README: its property, what it is, its methods and one call.
struct ResourceExampleContext: Encodable {
    /// `client.pets`.
    var path: String
    /// The first sentence of the resource's docs, on one line.
    var summary: String
    /// "`list`, `create`, `get`".
    var methods: String
    /// `client.pets.list()`: the example's call, when the resource has an operation (0 or 1 element).
    var call: [String]
    var hasCall: Bool
    /// How the example uses the call: it iterates a stream of events, keeps the answer, or only
    /// awaits it (one of the three).
    var streams: Bool
    var keepsResult: Bool
    var awaitsOnly: Bool
}

/// One deployment of the API, for the README.
struct EnvironmentRow: Encodable {
    /// `.production`.
    var caseName: String
    var url: String
    var isDefault: Bool
}

/// One row of the README's table of credentials; every cell is Markdown.
struct CredentialRow: Encodable {
    /// "`apiKey`", "`bearerToken` or `bearerTokenProvider`", "`username`, `password`".
    var arguments: String
    /// "the `Authorization` header", "`Authorization: Bearer …`".
    var sentAs: String
    /// "`JULEP_API_KEY`", or "—".
    var environment: String
}

/// One row of the table of differences between the server and the published API description;
/// every cell is Markdown that is safe inside a table cell.
struct DeviationRow: Encodable {
    /// `agents_route_create`, or the manager method when the operation has no route.
    var route: String
    /// `POST /agents`.
    var http: String
    var document: String
    var server: String
    var sdk: String
}

struct ExampleContext: Encodable {
    var python: String
    /// `api.agentsRouteCreate` and `agents.create`.
    var routeCall: String
    var managerCall: String
}

struct MappingRow: Encodable {
    /// `agents_route_create` or `TasksManager.create`.
    var python: String
    /// `POST /agents`.
    var http: String
    /// `client.agents.create(name:about:model:instructions:metadata:defaultSettings:)`.
    var swift: String
    /// `client.api.agentsRouteCreate(…)`, for routes.
    var lowLevel: String
}

extension ContextBuilder {
    func readme() -> ReadmeContext {
        var routes: [MappingRow] = []
        var managerMethods: [MappingRow] = []
        var deviations: [DeviationRow] = []
        for resource in api.resources {
            for operation in resource.operations {
                for deviation in operation.deviations {
                    deviations.append(
                        DeviationRow(
                            route: operation.route ?? "\(resourcePath(resource).dropFirst("client.".count)).\(operation.swiftName)",
                            http: "\(operation.method) \(operation.path.raw)", document: Self.tableCell(deviation.document),
                            server: Self.tableCell(deviation.server), sdk: Self.tableCell(deviation.sdk)))
                }
                // Without `options`, which every method has.
                let projection = self.projection.operation(operation, in: resource)
                let labels = projection.arguments.filter { !$0.isOptions }.map { "\($0.swiftName):" }.joined()
                // Shortcuts call the same route: listed after the method (the template's backticks close each).
                let shortcuts = operation.shortcuts.map { shortcut in
                    let labels = shortcut.parameters.enumerated().map { index, parameter in
                        (index == 0 && shortcut.unlabeled != nil ? "_" : parameter.swiftName) + ":"
                    }.joined()
                    return "` or `\(resourcePath(resource)).\(shortcut.swiftName)(\(labels))"
                }
                var seen: Set<String> = []
                let swift = "\(resourcePath(resource)).\(operation.swiftName)(\(labels))"
                    + shortcuts.filter { seen.insert($0).inserted }.joined()
                let http = "\(operation.method) \(operation.path.raw)"
                if let route = operation.route {
                    routes.append(
                        MappingRow(
                            python: route, http: http, swift: swift,
                            lowLevel: "client.api.\(SwiftNaming.memberName(route))(\(labels))"))
                }
                for mirrored in operation.mirrors {
                    managerMethods.append(MappingRow(python: mirrored, http: http, swift: swift, lowLevel: ""))
                }
            }
        }
        var example: [ExampleContext] = []
        if let first = api.resources.flatMap({ resource in resource.operations.map { (resource, $0) } })
            .filter({ $0.1.route != nil }).min(by: { ($0.1.route ?? "") < ($1.1.route ?? "") }),
            let route = first.1.route
        {
            example = [
                ExampleContext(
                    python: route, routeCall: "api.\(SwiftNaming.memberName(route))",
                    managerCall: "\(first.0.accessorName).\(first.1.swiftName)")
            ]
        }
        let client = client()
        return ReadmeContext(
            apiName: api.swiftName, moduleName: api.swiftName,
            summary: Self.firstParagraph(api.docs).map { [$0] } ?? [], isJulepProfile: api.isJulepProfile,
            clientCreation: clientCreation(),
            resourceExamples: api.resources.filter { !$0.operations.isEmpty }.map(resourceExample),
            environments: api.environments.map { environment in
                EnvironmentRow(
                    caseName: "." + environment.caseName, url: environment.url,
                    isDefault: environment.isDefault)
            },
            hasEnvironments: !api.environments.isEmpty,
            clientType: RuntimeNames.clientType(api: api.swiftName), version: api.version ?? "",
            routes: routes.sorted { $0.python < $1.python }, managerMethods: managerMethods.sorted { $0.python < $1.python },
            hasManagerMethods: !managerMethods.isEmpty, resources: client.resources,
            hasResources: !client.resources.isEmpty, example: example,
            baseURLEnvironment: api.baseURLEnvironmentVariables.isEmpty
                ? [] : [api.baseURLEnvironmentVariables.map { "`\($0)`" }.joined(separator: ", then ")],
            deviations: deviations, hasDeviations: !deviations.isEmpty,
            credentials: api.authSchemes.map(Self.credentialRow), hasCredentials: !api.authSchemes.isEmpty)
    }

    /// `let client = PetstoreClient(apiKey: <#String#>)`: the credentials the client is created
    /// with (those read from the environment are left out), and a base URL when the API names no server.
    private func clientCreation() -> String {
        var arguments: [String] = []
        for scheme in api.authSchemes where scheme.environmentVariables.isEmpty {
            arguments.append("\(scheme.parameterName): <#String#>")
            if let password = scheme.passwordParameterName, scheme.passwordEnvironmentVariables.isEmpty {
                arguments.append("\(password): <#String#>")
            }
        }
        if api.environments.isEmpty { arguments.append("baseURL: URL(string: \"https://…\")!") }
        return "let client = \(RuntimeNames.clientType(api: api.swiftName))(\(arguments.joined(separator: ", ")))"
    }

    private func resourceExample(_ resource: Resource) -> ResourceExampleContext {
        let path = resourcePath(resource)
        let methods = resource.operations.map { "`\($0.swiftName)`" }.joined(separator: ", ")
        let summary = Self.firstSentence(resource.docs) ?? "The `\(resource.name)` operations."
        // A read is the friendliest first call: the first GET, else the first operation.
        guard let operation = resource.operations.first(where: { $0.method == "GET" }) ?? resource.operations.first else {
            return ResourceExampleContext(
                path: path, summary: summary, methods: methods, call: [], hasCall: false, streams: false, keepsResult: false,
                awaitsOnly: false)
        }
        let projection = self.projection.operation(operation, in: resource)
        // Required arguments get a placeholder of their type; the optional ones are left out.
        let required = projection.arguments.compactMap { argument -> String? in
            guard !argument.declaration.contains(" = "),
                let colon = argument.declaration.range(of: ": "), let label = argument.forwarding.split(separator: ":").first
            else { return nil }
            return "\(label): <#\(argument.declaration[colon.upperBound...])#>"
        }
        let call = "\(path).\(projection.methodName)(\(required.joined(separator: ", ")))"
        let streams = operation.streaming != nil
        let keepsResult = !streams && (operation.response.type != nil || operation.returns != nil)
        return ResourceExampleContext(
            path: path, summary: summary, methods: methods, call: [call], hasCall: true, streams: streams,
            keepsResult: keepsResult, awaitsOnly: !streams && !keepsResult)
    }

    /// The first paragraph of Markdown text, its lines joined; `nil` when there is none or it is
    /// not prose (a heading, a list, a table, a code block).
    static func firstParagraph(_ text: String?) -> String? {
        guard let text else { return nil }
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty {
                if lines.isEmpty { continue }
                break
            }
            if lines.isEmpty, let first = trimmed.first, "#|-*>`<".contains(first) { return nil }
            lines.append(trimmed)
        }
        return lines.isEmpty ? nil : lines.joined(separator: " ")
    }

    /// The first sentence of a description, on one line and safe in Markdown prose.
    static func firstSentence(_ text: String?) -> String? {
        guard let paragraph = firstParagraph(text) else { return nil }
        if let end = paragraph.range(of: ". ") { return String(paragraph[..<end.lowerBound]) + "." }
        return paragraph
    }

    private static func credentialRow(_ scheme: AuthScheme) -> CredentialRow {
        let name = "`\(scheme.parameterName)`"
        let variables = scheme.environmentVariables.map { "`\($0)`" }.joined(separator: ", then ")
        switch scheme.kind {
        case .apiKey(let location, let wireName, let prefix):
            let prefixNote = (prefix ?? "").isEmpty ? "" : " (after `\(prefix ?? "")`)"
            let place =
                switch location {
                case .header: "the `\(wireName)` header\(prefixNote)"
                case .query: "the `\(wireName)` query item"
                case .cookie: "the `\(wireName)` cookie"
                }
            return CredentialRow(arguments: name, sentAs: place, environment: variables.isEmpty ? "—" : variables)
        case .bearer:
            return CredentialRow(
                arguments: "\(name) or `\(scheme.tokenProviderParameterName ?? "")` (asked before every attempt)",
                sentAs: "`Authorization: Bearer …`", environment: variables.isEmpty ? "—" : variables)
        case .basic:
            let password = "`\(scheme.passwordParameterName ?? "password")`"
            let passwordVariables = scheme.passwordEnvironmentVariables.map { "`\($0)`" }.joined(separator: ", then ")
            let environment = [variables, passwordVariables].allSatisfy(\.isEmpty)
                ? "—" : "\(variables.isEmpty ? "—" : variables); \(passwordVariables.isEmpty ? "—" : passwordVariables)"
            return CredentialRow(
                arguments: "\(name), \(password)", sentAs: "`Authorization: Basic …` (HTTP Basic)", environment: environment)
        }
    }

    /// Text in one Markdown table cell: on one line, with `|` escaped.
    static func tableCell(_ text: String) -> String {
        var cell = ""
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " }
            guard !trimmed.isEmpty else { continue }
            if !cell.isEmpty { cell += " " }
            for character in trimmed { cell += character == "|" ? "\\|" : String(character) }
        }
        return cell
    }
}
