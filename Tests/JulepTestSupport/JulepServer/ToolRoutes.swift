/// An agent's tools: `/agents/{agent_id}/tools` and `/agents/{agent_id}/tools/{tool_id}`.
enum ToolRoutes {
    static let definitionKinds = ["function", "integration", "system", "api_call"]

    static let routes: [Route] = [
        Route("GET", "/agents/{agent_id}/tools", list: .plain) { input, state in
            let agent = input.id("agent_id")
            return ResourceAnswer.list(input.list.apply(to: state.tools.values.filter { $0.parentID == agent }))
        },
        // The body is a CreateToolRequest: name, description?, one definition.
        Route("POST", "/agents/{agent_id}/tools", body: RequestModels.createTool) { input, state in
            let agent = input.id("agent_id")
            guard state.agents[agent] != nil else { return ServerAnswer.notFound() }
            guard let record = state.putTool(id: EmulatorState.newID(), agent: agent, fields: input.body.objectValue ?? JSONObject())
            else { return ServerAnswer.internalServerError() }
            return ResourceAnswer.created(id: record.id, at: record.createdAt)
        },
        Route("PUT", "/agents/{agent_id}/tools/{tool_id}", body: RequestModels.createTool) { input, state in
            update(input, &state, replacing: true)
        },
        Route("PATCH", "/agents/{agent_id}/tools/{tool_id}", body: RequestModels.patchTool) { input, state in
            update(input, &state, replacing: false)
        },
        // Answers 200, not 202: the route sets no status code.
        Route("DELETE", "/agents/{agent_id}/tools/{tool_id}") { input, state in
            let id = input.id("tool_id")
            guard state.tools[id]?.parentID == input.id("agent_id") else { return ServerAnswer.notFound() }
            state.tools[id] = nil
            return ResourceAnswer.deleted(200, id: id, at: state.now())
        },
    ]

    /// `patch_tool` (which `update_tool` calls too): more than one definition, or a `type` naming
    /// another one, fails its `assert` — an unhandled `AssertionError`, so a plain 500.
    private static func update(_ input: RouteInput, _ state: inout EmulatorState, replacing: Bool) -> CannedResponse {
        let id = input.id("tool_id")
        guard let existing = state.tools[id], existing.parentID == input.id("agent_id") else {
            return ServerAnswer.notFound()
        }
        let body = input.body.objectValue ?? JSONObject()
        let given = definitionKinds.filter { body[$0] != nil && body[$0] != .null }
        guard given.count <= 1 else { return ServerAnswer.internalServerError() }
        if let kind = given.first, let type = body["type"]?.stringValue, type != kind {
            return ServerAnswer.internalServerError()
        }
        var fields = replacing ? JSONObject() : existing.fields
        for (key, value) in body.pairs where value != .null { fields[key] = value }
        if let kind = given.first {
            // The new definition replaces the old one; a patch merges into a definition of the same kind.
            for other in definitionKinds where other != kind { fields[other] = .null }
            if !replacing, existing.fields["type"]?.stringValue == kind,
                let old = existing.fields[kind]?.objectValue, let new = body[kind]?.objectValue
            {
                fields[kind] = .object(old.merging(new))
            }
        } else if replacing {
            for kind in definitionKinds { fields[kind] = existing.fields[kind] ?? .null }
        }
        guard let record = state.putTool(id: id, agent: existing.parentID ?? "", fields: fields, createdAt: existing.createdAt)
        else { return ServerAnswer.internalServerError() }
        return ResourceAnswer.updated(id: record.id, at: record.updatedAt)
    }
}

extension EmulatorState {
    /// Stores a tool from its request fields; `nil` when it has no definition, or more than one.
    mutating func putTool(id: String, agent: String, fields body: JSONObject, createdAt: Int64? = nil) -> StoredRecord? {
        let kinds = ToolRoutes.definitionKinds.filter { body[$0] != nil && body[$0] != .null }
        guard kinds.count == 1, let kind = kinds.first else { return nil }
        if let type = body["type"]?.stringValue, type != kind { return nil }
        let now = now()
        var fields = JSONObject([
            "type": .string(kind),
            "name": body["name"] ?? "",
            "description": body["description"] ?? .null,
        ])
        for definition in ToolRoutes.definitionKinds { fields[definition] = body[definition] ?? .null }
        fields["created_at"] = .null
        fields["updated_at"] = .null
        fields["id"] = .string(id)
        var record = StoredRecord(id: id, parentID: agent, fields: fields, createdAt: createdAt ?? now, updatedAt: now)
        record.stampTimes()
        tools[id] = record
        return record
    }
}
