/// `/agents` and `/agents/{agent_id}`.
enum AgentRoutes {
    static let routes: [Route] = [
        Route("GET", "/agents", list: .withMetadataFilter) { input, state in
            ResourceAnswer.list(input.list.apply(to: Array(state.agents.values)), render: listed)
        },
        Route("POST", "/agents", body: RequestModels.createAgent) { input, state in
            let record = state.putAgent(id: EmulatorState.newID(), from: input.body)
            return ResourceAnswer.created(id: record.id, at: record.createdAt)
        },
        // Create-or-update answers 201 with a ResourceCreatedResponse (the document says 200, updated).
        Route("POST", "/agents/{agent_id}", body: RequestModels.createAgent) { input, state in
            let record = state.putAgent(id: input.id("agent_id"), from: input.body)
            return ResourceAnswer.created(id: record.id, at: record.createdAt)
        },
        Route("GET", "/agents/{agent_id}") { input, state in
            guard let agent = state.agents[input.id("agent_id")] else { return ServerAnswer.notFound() }
            return ServerAnswer.json(200, agent.fields)
        },
        Route("PUT", "/agents/{agent_id}", body: RequestModels.updateAgent) { input, state in
            guard state.agents[input.id("agent_id")] != nil else { return ServerAnswer.notFound() }
            let record = state.putAgent(id: input.id("agent_id"), from: input.body)
            return ResourceAnswer.updated(id: record.id, at: record.updatedAt)
        },
        Route("PATCH", "/agents/{agent_id}", body: RequestModels.patchAgent) { input, state in
            guard let existing = state.agents[input.id("agent_id")] else { return ServerAnswer.notFound() }
            let record = state.putAgent(id: existing.id, from: existing.patched(with: input.body))
            return ResourceAnswer.updated(id: record.id, at: record.updatedAt)
        },
        Route("DELETE", "/agents/{agent_id}") { input, state in
            let id = input.id("agent_id")
            guard state.agents.removeValue(forKey: id) != nil else { return ServerAnswer.notFound() }
            state.tools = state.tools.filter { $0.value.parentID != id }
            state.tasks = state.tasks.filter { $0.value.parentID != id }
            state.docs = state.docs.filter { $0.value.parentID != id }
            return ResourceAnswer.deleted(id: id, at: state.now())
        },
    ]

    /// The list query does not select `default_settings`: listed agents carry `null` there.
    static func listed(_ record: StoredRecord) -> JSONObject {
        var fields = record.fields
        fields["default_settings"] = .null
        return fields
    }

    /// What `agent_default_settings` holds when the request gives no value.
    static let defaultSettings = JSONObject([
        "frequency_penalty": 0.0, "presence_penalty": 0.0, "length_penalty": 1.0, "repetition_penalty": 1.0,
        "top_p": 0.95, "temperature": 0.7, "min_p": 0.01, "preset": nil,
    ])
}

extension EmulatorState {
    /// Creates or replaces the agent `id` from a create/update body; an existing agent keeps its `created_at`.
    mutating func putAgent(id: String, from body: EmulatorJSON) -> StoredRecord {
        let now = now()
        let created = agents[id]?.createdAt ?? now
        // A single instruction is stored as a list of one.
        let instructions: EmulatorJSON =
            switch body["instructions"] {
            case .string(let text)?: .array([.string(text)])
            case .array(let items)?: .array(items)
            default: .array([])
            }
        let settings = AgentRoutes.defaultSettings.merging(body["default_settings"]?.objectValue ?? JSONObject())
        var record = StoredRecord(
            id: id, parentID: nil,
            fields: JSONObject([
                "id": .string(id),
                "metadata": .object(body["metadata"]?.objectValue ?? JSONObject()),
                "created_at": nil, "updated_at": nil,
                "name": body["name"]?.stringValue.map(EmulatorJSON.string) ?? "",
                "about": body["about"]?.stringValue.map(EmulatorJSON.string) ?? "",
                "model": body["model"]?.stringValue.map(EmulatorJSON.string) ?? "",
                "instructions": instructions,
                "default_settings": .object(settings),
            ]),
            createdAt: created, updatedAt: now)
        record.stampTimes()
        agents[id] = record
        return record
    }
}
