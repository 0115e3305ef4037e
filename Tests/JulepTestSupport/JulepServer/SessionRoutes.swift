/// `/sessions`, `/sessions/{session_id}` and `/sessions/{session_id}/history`. Chat is in `ChatRoute`.
enum SessionRoutes {
    static let routes: [Route] = [
        // Sessions come back with their own fields and `"kind": null`, without agent(s)/user(s).
        Route("GET", "/sessions", list: .withMetadataFilter) { input, state in
            ResourceAnswer.list(input.list.apply(to: Array(state.sessions.values)))
        },
        Route("POST", "/sessions", body: RequestModels.createSession) { input, state in
            switch state.putSession(id: EmulatorState.newID(), from: input.body) {
            case .success(let record): ResourceAnswer.created(id: record.id, at: record.createdAt)
            case .failure(let failure): failure.answer
            }
        },
        // Create-or-update answers 201 with a ResourceUpdatedResponse.
        Route("POST", "/sessions/{session_id}", body: RequestModels.createSession) { input, state in
            switch state.putSession(id: input.id("session_id"), from: input.body) {
            case .success(let record): ResourceAnswer.updated(201, id: record.id, at: record.updatedAt)
            case .failure(let failure): failure.answer
            }
        },
        Route("GET", "/sessions/{session_id}") { input, state in
            guard let session = state.sessions[input.id("session_id")] else { return ServerAnswer.notFound() }
            return ServerAnswer.json(200, session.fields)
        },
        Route("PUT", "/sessions/{session_id}", body: RequestModels.updateSession) { input, state in
            guard let existing = state.sessions[input.id("session_id")] else { return ServerAnswer.notFound() }
            let record = state.updateSession(existing, with: input.body.objectValue ?? JSONObject(), replacing: true)
            return ResourceAnswer.updated(id: record.id, at: record.updatedAt)
        },
        Route("PATCH", "/sessions/{session_id}", body: RequestModels.updateSession) { input, state in
            guard let existing = state.sessions[input.id("session_id")] else { return ServerAnswer.notFound() }
            let record = state.updateSession(existing, with: input.body.objectValue ?? JSONObject(), replacing: false)
            return ResourceAnswer.updated(id: record.id, at: record.updatedAt)
        },
        Route("DELETE", "/sessions/{session_id}") { input, state in
            let id = input.id("session_id")
            guard state.sessions.removeValue(forKey: id) != nil else { return ServerAnswer.notFound() }
            state.participants[id] = nil
            state.entries[id] = nil
            return ResourceAnswer.deleted(id: id, at: state.now())
        },
        // The server serves GET only here: `DELETE /sessions/{id}/history` is a 405.
        Route("GET", "/sessions/{session_id}/history") { input, state in
            let id = input.id("session_id")
            guard let session = state.sessions[id] else { return ServerAnswer.notFound() }
            return ServerAnswer.json(
                200,
                JSONObject([
                    "entries": .array((state.entries[id] ?? []).map(EmulatorJSON.object)),
                    "relations": [],
                    "session_id": .string(id),
                    "created_at": session.fields["created_at"] ?? .null,
                ]))
        },
    ]

    /// The fields `UpdateSessionRequest` may set.
    static let updatableFields = [
        "situation", "summary", "render_templates", "token_budget", "context_overflow", "forward_tool_results",
        "metadata",
    ]
}

/// Why a session cannot be made, answered as the server's query layer fails.
struct SessionFailure: Error {
    var answer: CannedResponse
}

extension EmulatorState {
    /// Creates or replaces the session `id`, checking participants as `create_session` does: both
    /// `agent` and `agents` raise a `ValueError` (500); no agent fails its assertion (400); `users`
    /// wins over `user`; an unknown participant fails the ownership check (400).
    mutating func putSession(id: String, from body: EmulatorJSON) -> Result<StoredRecord, SessionFailure> {
        let agentIDs = body["agents"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let agentID = body["agent"]?.stringValue
        if agentID != nil, !agentIDs.isEmpty { return .failure(SessionFailure(answer: ServerAnswer.internalServerError())) }
        let agents = (agentIDs.isEmpty ? agentID.map { [$0] } ?? [] : agentIDs).compactMap(EmulatorRequest.canonicalUUID)
        guard !agents.isEmpty else {
            return .failure(SessionFailure(answer: ServerAnswer.httpException(400, "At least one agent must be provided.")))
        }
        let userIDs = body["users"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let users = (userIDs.isEmpty ? body["user"]?.stringValue.map { [$0] } ?? [] : userIDs)
            .compactMap(EmulatorRequest.canonicalUUID)
        guard agents.allSatisfy({ self.agents[$0] != nil }), users.allSatisfy({ self.users[$0] != nil }) else {
            return .failure(
                SessionFailure(
                    answer: ServerAnswer.httpException(
                        400, "The query is asserted to return some results, but returned none")))
        }
        let now = now()
        var record = StoredRecord(
            id: id, parentID: nil,
            fields: JSONObject([
                "situation": .string(body["situation"]?.stringValue ?? SessionDefaults.situation),
                "summary": nil,
                "render_templates": body["render_templates"] ?? true,
                "token_budget": body["token_budget"] ?? .null,
                "context_overflow": body["context_overflow"] ?? .null,
                "forward_tool_results": body["forward_tool_results"] ?? .null,
                "id": .string(id),
                "metadata": .object(body["metadata"]?.objectValue ?? JSONObject()),
                "created_at": nil, "updated_at": nil,
                "kind": nil,
            ]),
            createdAt: sessions[id]?.createdAt ?? now, updatedAt: now)
        record.stampTimes()
        sessions[id] = record
        participants[id] = SessionParticipants(agents: agents, users: users)
        return .success(record)
    }

    /// PUT replaces the updatable fields (absent ones take their defaults); PATCH sets the given ones
    /// and merges `metadata`.
    mutating func updateSession(_ existing: StoredRecord, with body: JSONObject, replacing: Bool) -> StoredRecord {
        var record = existing
        for name in SessionRoutes.updatableFields {
            if let value = body[name] {
                if name == "metadata", !replacing {
                    record.fields[name] = .object(existing.metadata.merging(value.objectValue ?? JSONObject()))
                } else {
                    record.fields[name] = value
                }
            } else if replacing {
                switch name {
                case "situation": record.fields[name] = .string(SessionDefaults.situation)
                case "render_templates": record.fields[name] = true
                case "metadata": record.fields[name] = .object(JSONObject())
                case "summary": break
                default: record.fields[name] = .null
                }
            }
        }
        record.updatedAt = now()
        record.stampTimes()
        sessions[record.id] = record
        return record
    }
}
