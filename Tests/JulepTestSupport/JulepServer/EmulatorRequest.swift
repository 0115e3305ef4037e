import Foundation

/// A request as a route handler sees it: path parameters matched, query decoded, body parsed.
struct EmulatorRequest: Sendable {
    var method: String
    /// The path below the API prefix, for example `/agents/<id>`.
    var path: String
    /// Path parameters by the server's names (`agent_id`, `tool_id`…), as sent.
    var pathParameters: [String: String]
    /// Query items in order, percent-decoded (`+` is a space), as Starlette reads them.
    var queryItems: [(name: String, value: String)]
    /// The body parsed as JSON; `nil` when the request has none.
    var body: EmulatorJSON?

    /// The value Starlette's `query_params[name]` gives: the last one sent.
    func query(_ name: String) -> String? {
        queryItems.last { $0.name == name }?.value
    }

    /// Decodes a query string as `urllib.parse.parse_qsl(keep_blank_values=True)` does.
    static func decodeQuery(_ query: Substring) -> [(name: String, value: String)] {
        query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode: (Substring) -> String = {
                let spaced = $0.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The path parameter `name` as a canonical lowercase UUID, or the 422 FastAPI gives for it.
    func uuid(_ name: String) -> Result<String, ValidationIssue> {
        let raw = pathParameters[name] ?? ""
        if let id = Self.canonicalUUID(raw) { return .success(id) }
        return .failure(.uuid([.string("path"), .string(name)], raw))
    }

    /// A UUID in the spellings Python's `UUID()` accepts, lowercased and hyphenated; `nil` otherwise.
    static func canonicalUUID(_ text: String) -> String? {
        var hex = text.lowercased()
        if hex.hasPrefix("urn:uuid:") { hex.removeFirst(9) }
        hex = hex.trimmingCharacters(in: CharacterSet(charactersIn: "{}")).replacingOccurrences(of: "-", with: "")
        guard hex.count == 32, hex.allSatisfy(\.isHexDigit) else { return nil }
        let chars = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }
        return groups.joined(separator: "-")
    }
}
