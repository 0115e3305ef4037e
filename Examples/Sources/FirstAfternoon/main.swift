// A first afternoon with the Julep SDK: agents, documents with searches and embeddings, a user, a
// session with a chat, a tool, a task with executions (one followed, one cancelled), error handling
// and a per-request timeout.
//
// Run it against a Julep server, or against the emulated one this repository tests with (from the
// repository's root; the emulator sets JULEP_BASE_URL for the app and stops when it ends):
//
//     swift run julep-emulator -- swift run --package-path Examples
//
// The README's short guide quotes the parts between `guide:begin` and `guide:end`, so that its code
// is code that compiles and runs.

// guide:begin
import Julep

let client = JulepClient()   // the key comes from JULEP_API_KEY, or pass apiKey: "…"
// A self-hosted server: JulepClient(baseURL: URL(string: "http://localhost:8080")!), or set JULEP_BASE_URL.
// guide:end
import Foundation

// guide:begin

// An agent. The manager returns the whole Agent (the API itself answers with its id and timestamps).
let agent = try await client.agents.create(
    name: "Ada", about: "Knows the analytical engine", model: "gpt-4o",
    instructions: "Answer in one sentence.")
print("Created \(agent.name), instructed: \(agent.instructions.asList)")   // one string or a list: a list
// guide:end

// guide:begin

// Metadata takes plain values, variables included; lists filter by it.
let team = "engines"
_ = try await client.agents.create(name: "Charles", model: "gpt-4o", metadata: ["team": team, "since": 1834])
let engineers = try await client.agents.list(metadataFilter: ["team": team])
// guide:end
print("Agents of the engines team: \(engineers.items.map(\.name))")
// Every agent, a page of one at a time, newest first.
for try await each in client.agents.listAll(limit: 1) {
    print("  agent: \(each.name)")
}

// guide:begin

// A document for the agent (the manager returns the whole Doc), then searches of the agent's
// documents: by text, and by text and meaning together.
let notes = try await client.docs.createForAgent(
    agentID: agent.id, title: "Notes", content: "The engine can compute Bernoulli numbers.")
let found = try await client.docs.searchForAgent(agentID: agent.id, query: .text("Bernoulli"))
print(found.docs.map { $0.title ?? "untitled" })
let vector = try await client.docs.embed("Bernoulli numbers")   // [Double]
let close = try await client.docs.searchForAgent(
    agentID: agent.id, query: .hybrid(text: "Bernoulli", vector: vector))
print(close.docs.map { $0.id == notes.id ? "Notes" : "another" })
let near = try await client.docs.searchForAgent(agentID: agent.id, query: .vector(vector))   // by meaning only
print(near.docs.count)
let vectors = try await client.docs.embed(["analytical engine", "difference engine"])   // one vector each
print("Embedded \(vectors.count) texts.")
// guide:end

// A user, and a session of the agent with the user (the manager returns the whole Session).
let user = try await client.users.create(name: "Grace", about: "Writes compilers")
let withUser = try await client.sessions.create(agent: agent.id, user: user.id, situation: "A short chat.")
print("Session \(withUser.id) for \(user.name): \(withUser.situation)")

// guide:begin

// A tool the agent can call; create and patch return the whole Tool.
let tool = try await client.tools.create(
    agentID: agent.id, name: "get_weather", description: "The weather in a city.",
    function: FunctionDef(parameters: ["type": "object", "properties": ["city": ["type": "string"]]]))
let described = try await client.tools.patch(agentID: agent.id, toolID: tool.id, description: "Today's weather.")
print(described.description ?? "")
// guide:end
print("Tools of \(agent.name): \(try await client.tools.list(agentID: agent.id).items.map(\.name))")

// guide:begin

// A task, an execution of it, and its transitions as they happen.
let task = try await client.tasks.create(
    agentID: agent.id, name: "summarize",
    main: [
        .evaluate(["count": "len(inputs[0].tags)"]),
        .prompt("Summarize: {{inputs[0].text}}"),
        .foreach(in: "inputs[0].tags", do: .log("{{_}}")),
    ])
let execution = try await client.tasks.startExecution(
    taskID: task.id, input: ["text": "A long text.", "tags": ["engines", "history"]])
for try await event in try client.tasks.streamTransitions(executionID: execution.id) {
    print(event.transition.type, event.transition.output)
}
// An execution that waits for input goes on with it; one that runs on can be cancelled.
if try await client.tasks.getExecution(id: execution.id).status == .awaitingInput {
    _ = try await client.tasks.resumeExecution(id: execution.id, input: ["approved": true])
}
let stopped = try await client.tasks.cancelExecution(id: execution.id, reason: "Summarized enough.")
print(stopped.status)   // cancelled

// A chat in a session with the agent.
let question = "What can the engine compute?"
let session = try await client.sessions.create(agent: agent.id)
let reply = try await client.sessions.chat(
    id: session.id, messages: [ChatInputMessage(role: .user, content: question)])
print(reply.text ?? "")   // the first choice's text
// guide:end

let history = try await client.sessions.history(id: session.id)
print("The session's history has \(history.entries.count) entries.")
let transitions = try await client.tasks.listTransitions(executionID: execution.id)
print("The execution went through \(transitions.items.count) transitions.")

// Errors: a missing agent, and an argument the SDK refuses before sending anything.
do {
    _ = try await client.agents.get(id: UUID())
} catch let error as JulepError where error.kind == .notFound {
    print("No such agent (HTTP \(error.statusCode ?? 0)).")
}
do {
    _ = try await client.agents.list(limit: 5000)
} catch let error as JulepError where error.kind == .invalidArgument {
    print("Refused before sending: \(error.message ?? "")")
}

// One call with its own timeout and no retries.
let quick = try await client.agents.get(id: agent.id, options: RequestOptions(timeout: .seconds(5), maxRetries: 0))
print("Read \(quick.name) back within five seconds.")
