import Foundation

/// One stored resource: its fields as the server answers them, plus what lists sort and filter by.
struct StoredRecord: Sendable {
    var id: String
    /// The owner: the agent of a tool or task, the owner of a doc, the task of an execution, and so on.
    var parentID: String?
    var fields: JSONObject
    var createdAt: Int64
    var updatedAt: Int64

    var metadata: JSONObject { fields["metadata"]?.objectValue ?? JSONObject() }

    /// The fields after a PATCH with `body`: the fields given replace the stored ones, and the
    /// metadata given is merged into the stored metadata, as the server's patch queries do.
    func patched(with body: EmulatorJSON) -> EmulatorJSON {
        var patch = fields.merging(body.objectValue ?? JSONObject())
        patch["metadata"] = .object(metadata.merging(body.objectValue?["metadata"]?.objectValue ?? JSONObject()))
        return .object(patch)
    }
}

/// The agents and users of a session.
struct SessionParticipants: Sendable {
    var agents: [String]
    var users: [String]
}

/// Everything the emulated server holds, for one developer. Only the `EmulatorStore` actor touches it.
struct EmulatorState: Sendable {
    var clock = EmulatorClock()
    var agents: [String: StoredRecord] = [:]
    var users: [String: StoredRecord] = [:]
    var sessions: [String: StoredRecord] = [:]
    /// Who takes part in each session, by session id.
    var participants: [String: SessionParticipants] = [:]
    var docs: [String: StoredRecord] = [:]
    /// The owner role (`agent` or `user`) of each doc.
    var docOwnerRoles: [String: String] = [:]
    var tools: [String: StoredRecord] = [:]
    var tasks: [String: StoredRecord] = [:]
    var executions: [String: StoredRecord] = [:]
    var transitions: [String: StoredRecord] = [:]
    /// Session history entries, by session id, oldest first.
    var entries: [String: [JSONObject]] = [:]
    /// Background jobs (each doc's embedding), by id.
    var jobs: [String: StoredRecord] = [:]

    /// A fresh lowercase UUID.
    static func newID() -> String { UUID().uuidString.lowercased() }

    mutating func now() -> Int64 { clock.tick() }
}

/// The emulator's state behind an actor: each request runs as one synchronous step on it.
actor EmulatorStore {
    private var state = EmulatorState()

    func perform<Result: Sendable>(_ body: (inout EmulatorState) -> Result) -> Result {
        body(&state)
    }
}
