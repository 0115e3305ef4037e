/// Tasks: `/agents/{agent_id}/tasks`, `/agents/{agent_id}/tasks/{task_id}` (POST only: PUT, PATCH and
/// DELETE there are 405s) and `/tasks/{task_id}`.
enum TaskRoutes {
    static let routes: [Route] = [
        Route("GET", "/agents/{agent_id}/tasks", list: .plain) { input, state in
            let agent = input.id("agent_id")
            return ResourceAnswer.list(input.list.apply(to: state.tasks.values.filter { $0.parentID == agent }))
        },
        Route("POST", "/agents/{agent_id}/tasks", body: RequestModels.createTask) { input, state in
            let agent = input.id("agent_id")
            guard state.agents[agent] != nil else { return ServerAnswer.notFound() }
            let record = state.putTask(id: EmulatorState.newID(), agent: agent, from: input.body)
            return ResourceAnswer.created(id: record.id, at: record.createdAt)
        },
        // Create-or-update answers 201 with a ResourceUpdatedResponse.
        Route("POST", "/agents/{agent_id}/tasks/{task_id}", body: RequestModels.createTask) { input, state in
            let agent = input.id("agent_id")
            guard state.agents[agent] != nil else { return ServerAnswer.notFound() }
            let record = state.putTask(id: input.id("task_id"), agent: agent, from: input.body)
            return ResourceAnswer.updated(201, id: record.id, at: record.updatedAt)
        },
        Route("GET", "/tasks/{task_id}") { input, state in
            guard let task = state.tasks[input.id("task_id")] else { return ServerAnswer.notFound() }
            return ServerAnswer.json(200, task.fields)
        },
    ]
}

extension EmulatorState {
    /// Creates or replaces a task; fields beyond the model's (other workflows) are kept, as the
    /// model allows extra fields.
    mutating func putTask(id: String, agent: String, from body: EmulatorJSON) -> StoredRecord {
        let now = now()
        var fields = JSONObject([
            "name": body["name"] ?? "",
            "description": body["description"] ?? "",
            "main": body["main"] ?? [],
            "input_schema": body["input_schema"] ?? .null,
            "tools": body["tools"] ?? [],
            "inherit_tools": body["inherit_tools"] ?? false,
            "id": .string(id),
            "created_at": nil, "updated_at": nil,
            "metadata": .object(body["metadata"]?.objectValue ?? JSONObject()),
        ])
        for (key, value) in body.objectValue?.pairs ?? [] where fields[key] == nil { fields[key] = value }
        var record = StoredRecord(
            id: id, parentID: agent, fields: fields, createdAt: tasks[id]?.createdAt ?? now, updatedAt: now)
        record.stampTimes()
        tasks[id] = record
        return record
    }
}
