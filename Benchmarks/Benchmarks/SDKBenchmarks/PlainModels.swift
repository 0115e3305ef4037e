import Foundation

// What a person would write by hand for the same JSON, with synthesized `Codable` wherever it
// fits: the baseline the generated models are compared with. Unions are decoded the usual way,
// trying each shape in turn; free-form JSON is a small enum.

struct PlainAgentList: Codable {
    var items: [PlainAgent]
}

struct PlainAgent: Codable {
    var id: UUID
    var metadata: [String: PlainJSON]?
    var createdAt: Date
    var updatedAt: Date
    var name: String
    var about: String
    var model: String
    var instructions: PlainInstructions
    var defaultSettings: PlainChatSettings?

    enum CodingKeys: String, CodingKey {
        case id, metadata, name, about, model, instructions
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case defaultSettings = "default_settings"
    }
}

enum PlainInstructions: Codable {
    case one(String)
    case many([String])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let one = try? container.decode(String.self) {
            self = .one(one)
        } else {
            self = .many(try container.decode([String].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .one(let value): try container.encode(value)
        case .many(let value): try container.encode(value)
        }
    }
}

struct PlainChatSettings: Codable {
    var temperature: Float?
    var topP: Float?
    var frequencyPenalty: Float?
    var presencePenalty: Float?

    enum CodingKeys: String, CodingKey {
        case temperature
        case topP = "top_p"
        case frequencyPenalty = "frequency_penalty"
        case presencePenalty = "presence_penalty"
    }
}

indirect enum PlainJSON: Codable {
    case string(String), number(Double), bool(Bool), null, array([PlainJSON]), object([String: PlainJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([PlainJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: PlainJSON].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

struct PlainHistory: Codable {
    var entries: [PlainEntry]
    var relations: [PlainRelation]
    var sessionId: UUID
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case entries, relations
        case sessionId = "session_id"
        case createdAt = "created_at"
    }
}

struct PlainEntry: Codable {
    enum Role: String, Codable { case user, assistant, system, function, auto }
    enum Source: String, Codable { case apiRequest = "api_request", apiResponse = "api_response", internalSource = "internal" }

    var role: Role
    var name: String?
    var content: PlainContent
    var source: Source
    var tokenizer: String
    var tokenCount: Int
    var timestamp: Double
    var createdAt: Date
    var id: UUID

    enum CodingKeys: String, CodingKey {
        case role, name, content, source, tokenizer, timestamp, id
        case tokenCount = "token_count"
        case createdAt = "created_at"
    }
}

enum PlainContent: Codable {
    case text(String)
    case parts([PlainContentPart])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .parts(try container.decode([PlainContentPart].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .parts(let value): try container.encode(value)
        }
    }
}

struct PlainContentPart: Codable {
    var type: String
    var text: String
}

struct PlainRelation: Codable {
    var head: UUID
    var relation: String
    var tail: UUID
}
