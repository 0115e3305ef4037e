/// Docs owned by an agent or a user: `/agents/{agent_id}/docs`, `/users/{user_id}/docs`, `/docs/{doc_id}`.
enum DocRoutes {
    static let routes: [Route] = ownerRoutes(role: "agent", collection: "agents")
        + ownerRoutes(role: "user", collection: "users") + [
            Route("GET", "/docs/{doc_id}") { input, state in
                guard let doc = state.docs[input.id("doc_id")] else { return ServerAnswer.notFound() }
                return ServerAnswer.json(200, doc.fields)
            }
        ]

    private static func ownerRoutes(role: String, collection: String) -> [Route] {
        let ownerKey = "\(role)_id"
        let base = "/\(collection)/{\(ownerKey)}"
        return [
            Route("GET", "\(base)/docs", list: .withMetadataFilter) { input, state in
                let owner = input.id(ownerKey)
                return ResourceAnswer.list(input.list.apply(to: state.docs.values.filter { $0.parentID == owner }))
            },
            // Creating a doc starts its embedding job; the answer lists it.
            Route("POST", "\(base)/docs", body: RequestModels.createDoc) { input, state in
                let owner = input.id(ownerKey)
                guard state.ownerExists(role: role, id: owner) else { return ServerAnswer.notFound() }
                let record = state.addDoc(owner: owner, role: role, from: input.body)
                let job = state.addJob(state: "succeeded")
                return ResourceAnswer.created(id: record.id, at: record.createdAt, jobs: [job])
            },
            Route("DELETE", "\(base)/docs/{doc_id}") { input, state in
                let id = input.id("doc_id")
                guard state.docs[id]?.parentID == input.id(ownerKey) else { return ServerAnswer.notFound() }
                state.docs[id] = nil
                return ResourceAnswer.deleted(id: id, at: state.now())
            },
            // The body is the search request itself, not `{"body": {...}}`.
            Route("POST", "\(base)/search", body: RequestModels.docSearch) { input, state in
                DocSearch.answer(input.body, owner: input.id(ownerKey), role: role, state: state)
            },
        ]
    }
}

extension EmulatorState {
    func ownerExists(role: String, id: String) -> Bool {
        role == "agent" ? agents[id] != nil : users[id] != nil
    }

    mutating func addDoc(owner: String, role: String, from body: EmulatorJSON) -> StoredRecord {
        let id = Self.newID()
        var record = StoredRecord(
            id: id, parentID: owner,
            fields: JSONObject([
                "id": .string(id),
                "metadata": .object(body["metadata"]?.objectValue ?? JSONObject()),
                "created_at": nil,
                "title": body["title"] ?? "",
                // Stored as snippets: a single text comes back as a list of one.
                "content": body["content"].map { $0.arrayValue == nil ? .array([$0]) : $0 } ?? [],
                "embeddings": nil,
            ]),
            createdAt: now(), updatedAt: 0)
        record.updatedAt = record.createdAt
        record.stampTimes()
        docs[id] = record
        docOwnerRoles[id] = role
        return record
    }
}
