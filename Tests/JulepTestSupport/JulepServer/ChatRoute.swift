/// `POST /sessions/{session_id}/chat`: validates a `ChatInput` (each `tools` item a full `Tool`, with
/// `id`, `created_at` and `updated_at`), answers 201 with a `MessageChatResponse` holding one
/// deterministic assistant message, and, when `save` is not false, appends the exchange to the history.
enum ChatRoute {
    static let route = Route("POST", "/sessions/{session_id}/chat", body: RequestModels.chatInput) { input, state in
        let sessionID = input.id("session_id")
        guard state.sessions[sessionID] != nil else { return ServerAnswer.notFound() }
        let messages = input.field("messages")?.arrayValue ?? []
        let reply = reply(to: messages)
        let promptTokens = messages.reduce(0) { $0 + wordCount(text(of: $1["content"])) }
        let completionTokens = wordCount(reply)
        let now = state.now()

        if input.field("save") != .bool(false) {
            var entries = state.entries[sessionID] ?? []
            for message in messages {
                entries.append(
                    entry(role: message["role"] ?? "user", name: message["name"], content: message["content"] ?? "",
                          source: "api_request", at: now))
            }
            entries.append(entry(role: "assistant", name: nil, content: .string(reply), source: "api_response", at: state.now()))
            state.entries[sessionID] = entries
        }

        let message = JSONObject([
            "role": "assistant", "content": .string(reply), "name": nil, "tool_calls": nil, "created_at": nil,
            "id": nil,
        ])
        let choice = JSONObject([
            "index": 0, "finish_reason": "stop", "logprobs": nil, "message": .object(message),
        ])
        return ServerAnswer.json(
            201,
            JSONObject([
                "usage": .object(
                    JSONObject([
                        "completion_tokens": .int(completionTokens), "prompt_tokens": .int(promptTokens),
                        "total_tokens": .int(promptTokens + completionTokens),
                    ])),
                "jobs": [],
                "docs": [],
                "created_at": .string(EmulatorClock.iso8601(now)),
                "id": .string(EmulatorState.newID()),
                "choices": [.object(choice)],
            ]))
    }

    /// The emulator's model: it answers the last user message, quoting it.
    static func reply(to messages: [EmulatorJSON]) -> String {
        let last = messages.last { $0["role"] == "user" } ?? messages.last
        return "You said: \(text(of: last?["content"]))"
    }

    /// The text of a message's content: a string, a list of strings, or a list of `{type: text}` parts.
    static func text(of content: EmulatorJSON?) -> String {
        switch content {
        case .string(let text)?: text
        case .array(let parts)?: parts.compactMap { $0.stringValue ?? $0["text"]?.stringValue }.joined(separator: " ")
        default: ""
        }
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }

    /// A history `Entry`: `BaseEntry` fields, then `created_at` and `id`.
    static func entry(role: EmulatorJSON, name: EmulatorJSON?, content: EmulatorJSON, source: String, at micros: Int64)
        -> JSONObject
    {
        let characters = text(of: content).count
        return JSONObject([
            "role": role,
            "name": name ?? .null,
            "content": content,
            "source": .string(source),
            "tokenizer": "character_count",
            "token_count": .int(characters),
            "timestamp": .double(Double(micros) / 1_000_000),
            "created_at": .string(EmulatorClock.iso8601(micros)),
            "id": .string(EmulatorState.newID()),
        ])
    }
}
