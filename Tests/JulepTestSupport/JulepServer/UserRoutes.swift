/// `/users` and `/users/{user_id}`.
enum UserRoutes {
    static let routes: [Route] = [
        Route("GET", "/users", list: .withMetadataFilter) { input, state in
            ResourceAnswer.list(input.list.apply(to: Array(state.users.values)))
        },
        Route("POST", "/users", body: RequestModels.createUser) { input, state in
            let record = state.putUser(id: EmulatorState.newID(), from: input.body)
            return ResourceAnswer.created(id: record.id, at: record.createdAt)
        },
        // Create-or-update answers 201 with a ResourceCreatedResponse (the document says 200, updated).
        Route("POST", "/users/{user_id}", body: RequestModels.createUser) { input, state in
            let record = state.putUser(id: input.id("user_id"), from: input.body)
            return ResourceAnswer.created(id: record.id, at: record.createdAt)
        },
        Route("GET", "/users/{user_id}") { input, state in
            guard let user = state.users[input.id("user_id")] else { return ServerAnswer.notFound() }
            return ServerAnswer.json(200, user.fields)
        },
        Route("PUT", "/users/{user_id}", body: RequestModels.createUser) { input, state in
            guard state.users[input.id("user_id")] != nil else { return ServerAnswer.notFound() }
            let record = state.putUser(id: input.id("user_id"), from: input.body)
            return ResourceAnswer.updated(id: record.id, at: record.updatedAt)
        },
        Route("PATCH", "/users/{user_id}", body: RequestModels.createUser) { input, state in
            guard let existing = state.users[input.id("user_id")] else { return ServerAnswer.notFound() }
            let record = state.putUser(id: existing.id, from: existing.patched(with: input.body))
            return ResourceAnswer.updated(id: record.id, at: record.updatedAt)
        },
        Route("DELETE", "/users/{user_id}") { input, state in
            let id = input.id("user_id")
            guard state.users.removeValue(forKey: id) != nil else { return ServerAnswer.notFound() }
            state.docs = state.docs.filter { $0.value.parentID != id }
            return ResourceAnswer.deleted(id: id, at: state.now())
        },
    ]
}

extension EmulatorState {
    /// Creates or replaces the user `id`; an existing user keeps its `created_at`.
    mutating func putUser(id: String, from body: EmulatorJSON) -> StoredRecord {
        let now = now()
        var record = StoredRecord(
            id: id, parentID: nil,
            fields: JSONObject([
                "id": .string(id),
                "metadata": .object(body["metadata"]?.objectValue ?? JSONObject()),
                "created_at": nil, "updated_at": nil,
                "name": body["name"]?.stringValue.map(EmulatorJSON.string) ?? "",
                "about": body["about"]?.stringValue.map(EmulatorJSON.string) ?? "",
            ]),
            createdAt: users[id]?.createdAt ?? now, updatedAt: now)
        record.stampTimes()
        users[id] = record
        return record
    }
}
