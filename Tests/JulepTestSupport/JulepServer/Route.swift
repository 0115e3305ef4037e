/// One route the server serves: method, path template, what it reads, and its handler.
struct Route: Sendable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        /// A `{name}` parameter; every one in this API is a UUID.
        case parameter(String)
    }

    var method: String
    var segments: [Segment]
    /// Set for list routes: they read `limit`, `offset`, `sort_by`, `direction` and maybe a metadata filter.
    var listQuery: ListQuery?
    /// Set for routes that take a JSON body, validated before the handler runs.
    var body: BodySchema?
    var handle: @Sendable (RouteInput, inout EmulatorState) -> CannedResponse

    enum ListQuery: Sendable {
        case plain
        case withMetadataFilter
    }

    /// `template` as FastAPI writes it: `/agents/{agent_id}/tools`.
    init(
        _ method: String, _ template: String, list: ListQuery? = nil, body: BodySchema? = nil,
        _ handle: @escaping @Sendable (RouteInput, inout EmulatorState) -> CannedResponse
    ) {
        self.method = method
        self.segments = template.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
        self.listQuery = list
        self.body = body
        self.handle = handle
    }

    /// The path parameters when `components` fits the template (Starlette's `[^/]+` per parameter).
    func match(_ components: [String]) -> [String: String]? {
        guard components.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, component) in zip(segments, components) {
            switch segment {
            case .literal(let text): if text != component { return nil }
            case .parameter(let name):
                if component.isEmpty { return nil }
                parameters[name] = component
            }
        }
        return parameters
    }
}

/// What a handler gets: the request, its path ids in canonical form, its list query and its body,
/// all already valid.
struct RouteInput: Sendable {
    var request: EmulatorRequest
    /// Path parameters as lowercase hyphenated UUIDs.
    var ids: [String: String]
    var list: ListParameters
    /// The body as sent (`.null` for routes without one).
    var body: EmulatorJSON

    func id(_ name: String) -> String { ids[name] ?? "" }

    /// The body's field `name`, when present.
    func field(_ name: String) -> EmulatorJSON? { body[name] }
}
