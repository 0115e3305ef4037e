import Foundation

/// Executions of tasks and their transitions. A new execution is `running`: it has an `init`
/// transition and one `step` per step of the task's `main`.
enum ExecutionRoutes {
    static let routes: [Route] = [
        // 201 with a ResourceCreatedResponse; its `jobs` is empty (the workflow's id is not returned).
        Route("POST", "/tasks/{task_id}/executions", body: RequestModels.createExecution) { input, state in
            guard let task = state.tasks[input.id("task_id")] else {
                return ServerAnswer.httpException(404, "Task not found")
            }
            // The input is checked against the task's `input_schema` (jsonschema): 400 when it fails.
            if let schema = task.fields["input_schema"]?.objectValue,
                !InputSchema.accepts(input.field("input") ?? .null, schema: schema)
            {
                return ServerAnswer.httpException(400, "Invalid request arguments schema")
            }
            let execution = state.startExecution(of: task, from: input.body)
            return ResourceAnswer.created(id: execution.id, at: execution.createdAt)
        },
        Route("GET", "/tasks/{task_id}/executions", list: .plain) { input, state in
            let task = input.id("task_id")
            return ResourceAnswer.list(input.list.apply(to: state.executions.values.filter { $0.parentID == task }))
        },
        Route("GET", "/executions/{execution_id}") { input, state in
            guard let execution = state.executions[input.id("execution_id")] else { return ServerAnswer.notFound() }
            return ServerAnswer.json(200, execution.fields)
        },
        // Resume or cancel: the route returns nothing, so 200 with the body `null`.
        Route("PUT", "/executions/{execution_id}", body: RequestModels.updateExecution) { input, state in
            let id = input.id("execution_id")
            guard state.executions[id] != nil else { return ServerAnswer.notFound() }
            if input.field("status") == "cancelled" { state.cancelExecution(id) }
            return ServerAnswer.json(200, EmulatorJSON.null)
        },
        // `{"items": [Transition, ...]}`: a flat list.
        Route("GET", "/executions/{execution_id}/transitions", list: .plain) { input, state in
            let execution = input.id("execution_id")
            return ResourceAnswer.list(
                input.list.apply(to: state.transitions.values.filter { $0.parentID == execution }))
        },
        Route("GET", "/executions/{execution_id}/transitions.stream") { input, state in
            TransitionStream.answer(execution: input.id("execution_id"), pageToken: input.request.query("next_page_token"), state: state)
        },
    ]
}

extension EmulatorState {
    mutating func startExecution(of task: StoredRecord, from body: EmulatorJSON) -> StoredRecord {
        let id = Self.newID()
        let now = now()
        var execution = StoredRecord(
            id: id, parentID: task.id,
            fields: JSONObject([
                "task_id": .string(task.id),
                "status": "running",
                "input": body["input"] ?? .object(JSONObject()),
                "output": body["output"] ?? .null,
                "error": body["error"] ?? .null,
                "created_at": nil, "updated_at": nil,
                "metadata": .object(body["metadata"]?.objectValue ?? JSONObject()),
                "id": .string(id),
            ]),
            createdAt: now, updatedAt: now)
        execution.stampTimes()
        executions[id] = execution

        let input = body["input"] ?? .object(JSONObject())
        let steps = max(task.fields["main"]?.arrayValue?.count ?? 1, 1)
        addTransition(to: id, type: "init", output: input, current: 0, next: 0)
        for step in 0..<steps {
            addTransition(
                to: id, type: "step", output: .object(JSONObject(["step": .int(step)])), current: step,
                next: step + 1 < steps ? step + 1 : nil)
        }
        return execution
    }

    mutating func addTransition(to execution: String, type: String, output: EmulatorJSON, current: Int, next: Int?) {
        let id = Self.newID()
        let now = now()
        let target: (Int) -> EmulatorJSON = { .object(JSONObject(["workflow": "main", "step": .int($0)])) }
        var record = StoredRecord(
            id: id, parentID: execution,
            fields: JSONObject([
                "type": .string(type),
                "output": output,
                "created_at": nil, "updated_at": nil,
                "execution_id": .string(execution),
                "current": target(current),
                "next": next.map(target) ?? .null,
                "id": .string(id),
                "metadata": .object(JSONObject()),
            ]),
            createdAt: now, updatedAt: now)
        record.stampTimes()
        transitions[id] = record
    }

    /// Cancelling marks the execution `cancelled` and records a `cancelled` transition.
    mutating func cancelExecution(_ id: String) {
        guard var execution = executions[id], execution.fields["status"] != "cancelled" else { return }
        execution.fields["status"] = "cancelled"
        execution.updatedAt = now()
        execution.stampTimes()
        executions[id] = execution
        let last = transitions.values.filter { $0.parentID == id }.max { $0.createdAt < $1.createdAt }
        let step = last?.fields["current"]?["step"].flatMap { value -> Int? in
            if case .int(let int) = value { return int } else { return nil }
        } ?? 0
        addTransition(to: id, type: "cancelled", output: .null, current: step, next: nil)
    }
}
