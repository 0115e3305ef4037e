/// A list route's query: `limit=100`, `offset=0`, `sort_by=created_at`, `direction=desc` unless given
/// (the routers' defaults, all optional), and for some routes a metadata filter.
struct ListParameters: Sendable {
    var limit = 100
    var offset = 0
    var sortBy = "created_at"
    var direction = "desc"
    /// `metadata_filter.<key>=<value>` items, each value converted as `query_filter.convert_value` does.
    var metadataFilter: [(key: String, value: EmulatorJSON)] = []

    /// Reads the parameters; a non-integer `limit`/`offset` or an unknown `sort_by`/`direction` is a 422.
    /// `readsMetadataFilter` is true for agents, users, sessions and docs, whose routers depend on
    /// `create_filter_extractor("metadata_filter")`; a single `metadata_filter=<JSON>` item matches no
    /// `metadata_filter.` prefix and is ignored.
    static func read(
        _ request: EmulatorRequest, readsMetadataFilter: Bool, sortable: Bool = true
    ) -> Result<ListParameters, ValidationFailure> {
        var parameters = ListParameters()
        var issues: [ValidationIssue] = []
        for name in ["limit", "offset"] {
            guard let text = request.query(name) else { continue }
            if let value = Int(text.trimmingCharacters(in: .whitespaces)) {
                if name == "limit" { parameters.limit = value } else { parameters.offset = value }
            } else {
                issues.append(
                    .wrongType(
                        "int_parsing", "Input should be a valid integer, unable to parse string as an integer",
                        [.string("query"), .string(name)], .string(text)))
            }
        }
        if sortable {
            if let sortBy = request.query("sort_by") {
                if ["created_at", "updated_at"].contains(sortBy) {
                    parameters.sortBy = sortBy
                } else {
                    issues.append(.literal(["created_at", "updated_at"], [.string("query"), .string("sort_by")], .string(sortBy)))
                }
            }
            if let direction = request.query("direction") {
                if ["asc", "desc"].contains(direction) {
                    parameters.direction = direction
                } else {
                    issues.append(.literal(["asc", "desc"], [.string("query"), .string("direction")], .string(direction)))
                }
            }
        }
        if !issues.isEmpty { return .failure(ValidationFailure(issues: issues)) }
        if readsMetadataFilter {
            var filter: [(key: String, value: EmulatorJSON)] = []
            for item in request.queryItems where item.name.hasPrefix("metadata_filter.") {
                let key = String(item.name.dropFirst("metadata_filter.".count))
                filter.removeAll { $0.key == key }
                filter.append((key, convertValue(item.value)))
            }
            parameters.metadataFilter = filter
        }
        return .success(parameters)
    }

    /// `convert_value`: `int(value)`, else `float(value)`, else the string.
    static func convertValue(_ text: String) -> EmulatorJSON {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let int = Int(trimmed) { return .int(int) }
        if let double = Double(trimmed) { return .double(double) }
        return .string(text)
    }

    /// Whether `metadata` holds every filter pair: the query's `metadata->"<key>" == <value>`, where
    /// the key is looked up as written (a dotted key is not a path) and numbers compare by value.
    func matches(_ metadata: JSONObject) -> Bool {
        metadataFilter.allSatisfy { key, wanted in
            guard let stored = metadata[key] else { return false }
            switch (stored, wanted) {
            case (.int(let a), .double(let b)): return Double(a) == b
            case (.double(let a), .int(let b)): return a == Double(b)
            default: return stored == wanted
            }
        }
    }

    /// Sorts, filters and pages `records` as the list queries do. A `limit` below 1 or a negative
    /// `offset` is refused by the database (`nil`: the route answers 400).
    func apply(to records: [StoredRecord]) -> [StoredRecord]? {
        guard limit >= 1, offset >= 0 else { return nil }
        let kept = records.filter { matches($0.metadata) }
        let key: (StoredRecord) -> Int64 = sortBy == "updated_at" ? { $0.updatedAt } : { $0.createdAt }
        let sorted = kept.sorted { direction == "asc" ? key($0) < key($1) : key($0) > key($1) }
        return Array(sorted.dropFirst(offset).prefix(limit))
    }
}
