import Foundation

/// Doc search over the stored docs: text by words, vectors by the emulator's fake embeddings, hybrid
/// by both. Answers a `DocSearchResponse`: `{"docs": [DocReference...], "time": <seconds>}`.
enum DocSearch {
    static func answer(_ request: EmulatorJSON, owner: String, role: String, state: EmulatorState) -> CannedResponse {
        let start = Date()
        let limit = (request["limit"]).flatMap { value -> Int? in
            if case .int(let int) = value { return int }
            if case .double(let double) = value { return Int(double) }
            return nil
        } ?? 10
        let queryText = request["text"]?.stringValue
        let vector = request["vector"]?.arrayValue?.compactMap(number)
        let confidence = request["confidence"].flatMap(number) ?? 0.5
        let alpha = request["alpha"].flatMap(number) ?? 0.75

        var scored: [(record: StoredRecord, distance: Double)] = []
        for doc in state.docs.values where doc.parentID == owner {
            let text = snippets(of: doc).joined(separator: " ") + " " + (doc.fields["title"]?.stringValue ?? "")
            let textScore = queryText.map { wordOverlap(query: $0, text: text) }
            let vectorScore = vector.map { cosine($0, Embeddings.vector(for: text)) }
            let score: Double
            switch (textScore, vectorScore) {
            case (let t?, let v?):
                guard t > 0 || v >= confidence else { continue }
                score = alpha * v + (1 - alpha) * t
            case (let t?, nil):
                guard t > 0 else { continue }
                score = t
            case (nil, let v?):
                guard v >= confidence else { continue }
                score = v
            case (nil, nil):
                continue
            }
            scored.append((doc, 1 - score))
        }
        scored.sort { $0.distance == $1.distance ? $0.record.createdAt > $1.record.createdAt : $0.distance < $1.distance }
        let references = scored.prefix(max(limit, 0)).map { entry in
            EmulatorJSON.object(
                JSONObject([
                    "owner": .object(JSONObject(["id": .string(owner), "role": .string(role)])),
                    "id": .string(entry.record.id),
                    "title": entry.record.fields["title"] ?? .null,
                    "snippets": .array(
                        snippets(of: entry.record).enumerated().map { index, content in
                            .object(JSONObject(["index": .int(index), "content": .string(content)]))
                        }),
                    "distance": .double((entry.distance * 1_000_000).rounded() / 1_000_000),
                ]))
        }
        let elapsed = max(Date().timeIntervalSince(start), 0.000001)
        return ServerAnswer.json(200, JSONObject(["docs": .array(Array(references)), "time": .double(elapsed)]))
    }

    /// A doc's content as snippets: one per item of a list, or the one string.
    static func snippets(of doc: StoredRecord) -> [String] {
        switch doc.fields["content"] {
        case .array(let items)?: items.compactMap(\.stringValue)
        case .string(let text)?: [text]
        default: []
        }
    }

    /// The share of the query's words found in `text`, case-insensitively.
    static func wordOverlap(query: String, text: String) -> Double {
        let queryWords = Set(Embeddings.words(query))
        guard !queryWords.isEmpty else { return 0 }
        let textWords = Set(Embeddings.words(text))
        return Double(queryWords.intersection(textWords).count) / Double(queryWords.count)
    }

    static func cosine(_ a: [Double], _ b: [Double]) -> Double {
        let count = min(a.count, b.count)
        guard count > 0 else { return 0 }
        var dot = 0.0, normA = 0.0, normB = 0.0
        for index in 0..<count {
            dot += a[index] * b[index]
            normA += a[index] * a[index]
            normB += b[index] * b[index]
        }
        return normA == 0 || normB == 0 ? 0 : dot / (normA.squareRoot() * normB.squareRoot())
    }

    static func number(_ value: EmulatorJSON) -> Double? {
        switch value {
        case .int(let int): Double(int)
        case .double(let double): double
        default: nil
        }
    }
}
