import Foundation

/// The JSON the SDK benchmarks decode, made here (deterministically) in the shapes the Julep API sends.
enum SampleData {
    /// A `GET /agents` page of `count` agents (about 400 bytes each).
    static func agentListPage(count: Int) -> Data {
        var json = #"{"items":["#
        for index in 0..<count {
            if index > 0 { json += "," }
            json += agent(index)
        }
        json += "]}"
        return Data(json.utf8)
    }

    static func agent(_ index: Int) -> String {
        let instructions = index % 3 == 0
            ? #""Answer briefly.""#
            : #"["Be concise.","Answer in English.","Cite the documents you used."]"#
        return """
            {"id":"\(uuid(index))","metadata":{"team":"team-\(index % 7)","priority":\(index % 5),"beta":\(index % 2 == 0)},\
            "created_at":"2024-05-01T10:20:\(String(format: "%02d", index % 60)).123456Z",\
            "updated_at":"2024-05-02T08:00:00.654321Z","name":"agent-\(index)",\
            "about":"Answers questions about analytical engines, number \(index), with care and citations.",\
            "model":"gpt-4o","instructions":\(instructions),\
            "default_settings":{"temperature":0.7,"top_p":0.9,"frequency_penalty":0.1}}
            """
    }

    /// A `GET /sessions/{id}/history` answer of about `bytes` bytes: entries with text content
    /// (one in four as a list of content parts), and relations between them.
    static func sessionHistory(bytes: Int) -> Data {
        var entries: [String] = []
        var relations: [String] = []
        var size = 0
        var index = 0
        while size < bytes {
            let text = String(
                repeating: "The engine weaves algebraic patterns just as the loom weaves flowers and leaves. ",
                count: 2 + index % 4)
            let content = index % 4 == 3
                ? #"[{"type":"text","text":"\#(text)"},{"type":"text","text":"Sources: note G."}]"#
                : "\"\(text)\""
            let entry = """
                {"role":"\(index % 2 == 0 ? "user" : "assistant")","name":\(index % 2 == 0 ? "\"Ada\"" : "null"),\
                "content":\(content),"source":"\(index % 2 == 0 ? "api_request" : "api_response")",\
                "tokenizer":"tiktoken","token_count":\(40 + index % 90),"timestamp":\(1_714_558_830 + index).25,\
                "created_at":"2024-05-01T10:\(String(format: "%02d", index / 60 % 60)):\(String(format: "%02d", index % 60)).000001Z",\
                "id":"\(uuid(100_000 + index))"}
                """
            entries.append(entry)
            if index > 0 {
                relations.append(#"{"head":"\#(uuid(100_000 + index - 1))","relation":"next","tail":"\#(uuid(100_000 + index))"}"#)
            }
            size += entry.utf8.count + 110
            index += 1
        }
        let json = """
            {"entries":[\(entries.joined(separator: ","))],"relations":[\(relations.joined(separator: ","))],\
            "session_id":"\(uuid(7))","created_at":"2024-05-01T10:00:00.000001Z"}
            """
        return Data(json.utf8)
    }

    static func uuid(_ index: Int) -> String {
        let hex = String(index, radix: 16)
        let tail = String(repeating: "0", count: max(0, 12 - hex.count)) + hex
        return "3f1c2a9e-7b4d-4c1e-9a2b-" + tail
    }
}
