/// The small answers most write routes give: `ResourceCreatedResponse`, `ResourceUpdatedResponse`,
/// `ResourceDeletedResponse` and `ListResponse`.
enum ResourceAnswer {
    static func created(_ status: Int = 201, id: String, at micros: Int64, jobs: [String] = []) -> CannedResponse {
        ServerAnswer.json(
            status,
            JSONObject([
                "id": .string(id), "created_at": .string(EmulatorClock.iso8601(micros)),
                "jobs": .array(jobs.map(EmulatorJSON.string)),
            ]))
    }

    static func updated(_ status: Int = 200, id: String, at micros: Int64) -> CannedResponse {
        ServerAnswer.json(
            status,
            JSONObject(["id": .string(id), "updated_at": .string(EmulatorClock.iso8601(micros)), "jobs": []]))
    }

    static func deleted(_ status: Int = 202, id: String, at micros: Int64) -> CannedResponse {
        ServerAnswer.json(
            status,
            JSONObject(["id": .string(id), "deleted_at": .string(EmulatorClock.iso8601(micros)), "jobs": []]))
    }

    /// `{"items": [...]}` of `records`, each rendered by `render`; `nil` records (a limit below 1 or a
    /// negative offset, which the database refuses) answer 400.
    static func list(_ records: [StoredRecord]?, render: (StoredRecord) -> JSONObject = { $0.fields }) -> CannedResponse {
        guard let records else {
            return ServerAnswer.httpException(400, "limit must be at least 1 and offset at least 0")
        }
        return ServerAnswer.json(200, JSONObject(["items": .array(records.map { .object(render($0)) })]))
    }
}

extension StoredRecord {
    /// Sets `created_at`/`updated_at` in `fields` from the stored times.
    mutating func stampTimes() {
        fields["created_at"] = .string(EmulatorClock.iso8601(createdAt))
        if fields["updated_at"] != nil { fields["updated_at"] = .string(EmulatorClock.iso8601(updatedAt)) }
    }
}

extension JSONObject {
    /// A copy with `other`'s keys set over this one's.
    func merging(_ other: JSONObject) -> JSONObject {
        var merged = self
        for (key, value) in other.pairs { merged[key] = value }
        return merged
    }
}
