/// The emulator's stand-in for the embedding model: a deterministic bag-of-words vector of the
/// server's 1024 dimensions, unit length, so the same text always embeds the same and texts sharing
/// words are close.
enum Embeddings {
    static let dimensions = 1024

    /// `POST /embed`: the body is the request itself, `{"text": "..."}` or `{"text": ["a", "b"]}`;
    /// the answer is `{"vectors": [[...], ...]}`, one vector per text.
    static let route = Route("POST", "/embed", body: RequestModels.embed) { input, _ in
        let texts: [String] =
            switch input.field("text") {
            case .string(let text)?: [text]
            case .array(let items)?: items.compactMap(\.stringValue)
            default: []
            }
        let vectors = texts.map { EmulatorJSON.array(vector(for: $0).map(EmulatorJSON.double)) }
        return ServerAnswer.json(200, JSONObject(["vectors": .array(vectors)]))
    }

    static func vector(for text: String) -> [Double] {
        var vector = [Double](repeating: 0, count: dimensions)
        for word in words(text) {
            let hash = fnv1a(word)
            vector[Int(hash % UInt64(dimensions))] += (hash >> 32) & 1 == 0 ? 1 : -1
        }
        if vector.allSatisfy({ $0 == 0 }) { vector[0] = 1 }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return vector.map { ($0 / norm * 1_000_000).rounded() / 1_000_000 }
    }

    /// Lowercased runs of letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
