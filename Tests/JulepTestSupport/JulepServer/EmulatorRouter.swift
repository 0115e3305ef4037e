import Foundation

/// Dispatches a request as FastAPI would: route lookup (404/405 from Starlette), JSON parsing, the
/// API key dependency, then path, query and body validation (one 422 listing every error), then the
/// handler.
struct EmulatorRouter: Sendable {
    var pathPrefix: String
    var authentication: JulepServerEmulator.Authentication
    var routes: [Route]

    func respond(to received: ReceivedRequest, store: EmulatorStore) async -> CannedResponse {
        guard let path = stripPrefix(received.path) else { return ServerAnswer.noRoute() }
        let components = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)

        // Starlette remembers the first route whose path matches with another method: when no route
        // matches fully, that one answers 405, listing its own methods (a GET route's include HEAD).
        var partial: Route?
        var found: (route: Route, parameters: [String: String])?
        for route in routes {
            guard let parameters = route.match(components) else { continue }
            if route.method == received.method {
                found = (route, parameters)
                break
            }
            if partial == nil { partial = route }
        }
        guard let (route, parameters) = found else {
            guard let partial else { return ServerAnswer.noRoute() }
            return ServerAnswer.methodNotAllowed(allowed: partial.method == "GET" ? ["GET", "HEAD"] : [partial.method])
        }

        // FastAPI reads and parses the body before it solves dependencies: malformed JSON is a 422
        // even without an API key.
        var body: EmulatorJSON?
        if route.body != nil, !received.body.isEmpty {
            do {
                body = try EmulatorJSON.parse(received.body)
            } catch {
                return ServerAnswer.validation([
                    ValidationIssue(
                        type: "json_invalid", loc: [.string("body"), .int(error.position)], msg: "JSON decode error",
                        input: .object(JSONObject()), ctx: JSONObject(["error": .string(error.message)]))
                ])
            }
        }

        guard authentication.accepts(received.headers) else { return ServerAnswer.forbidden() }

        let query = received.target.firstIndex(of: "?").map { received.target[received.target.index(after: $0)...] } ?? ""
        let request = EmulatorRequest(
            method: received.method, path: path, pathParameters: parameters,
            queryItems: EmulatorRequest.decodeQuery(query), body: body)

        var issues: [ValidationIssue] = []
        var ids: [String: String] = [:]
        for case .parameter(let name) in route.segments {
            switch request.uuid(name) {
            case .success(let id): ids[name] = id
            case .failure(let issue): issues.append(issue)
            }
        }
        var list = ListParameters()
        if let listQuery = route.listQuery {
            switch ListParameters.read(request, readsMetadataFilter: listQuery == .withMetadataFilter) {
            case .success(let parameters): list = parameters
            case .failure(let failure): issues += failure.issues
            }
        }
        if let schema = route.body {
            if let body {
                issues += schema.issues(for: body, at: [.string("body")])
            } else {
                issues.append(.missing([.string("body")], in: nil))
            }
        }
        if !issues.isEmpty { return ServerAnswer.validation(issues) }

        let input = RouteInput(request: request, ids: ids, list: list, body: body ?? .null)
        return await store.perform { state in route.handle(input, &state) }
    }

    /// The path below the API prefix, or `nil` when it is outside it.
    private func stripPrefix(_ path: String) -> String? {
        guard !pathPrefix.isEmpty else { return path }
        guard path.hasPrefix(pathPrefix) else { return nil }
        let rest = String(path.dropFirst(pathPrefix.count))
        return rest.hasPrefix("/") ? rest : nil
    }
}
