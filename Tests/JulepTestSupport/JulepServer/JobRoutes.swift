/// `GET /jobs/{job_id}`: the status of a background job (a Temporal workflow): here, a doc's
/// embedding, which the emulator finishes at once. An unknown job is Temporal's `RPCError`, which the app answers with a 400.
enum JobRoutes {
    static let routes: [Route] = [
        Route("GET", "/jobs/{job_id}") { input, state in
            guard let job = state.jobs[input.id("job_id")] else {
                return ServerAnswer.json(
                    400,
                    JSONObject([
                        "error": .object(JSONObject(["message": "job not found or invalid", "code": "NOT_FOUND"]))
                    ]))
            }
            return ServerAnswer.json(200, job.fields)
        }
    ]
}

extension EmulatorState {
    /// Records a job and returns its id; a JobStatus names the job by its workflow id, the same.
    mutating func addJob(state jobState: String) -> String {
        let id = Self.newID()
        let now = now()
        var record = StoredRecord(
            id: id, parentID: nil,
            fields: JSONObject([
                "id": .string(id),
                "created_at": nil, "updated_at": nil,
                "name": .string(id),
                "reason": .string("Execution status: \(jobState)"),
                "has_progress": false,
                "progress": 0.0,
                "state": .string(jobState),
            ]),
            createdAt: now, updatedAt: now)
        record.stampTimes()
        jobs[id] = record
        return id
    }
}
