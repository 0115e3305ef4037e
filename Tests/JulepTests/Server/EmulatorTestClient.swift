import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import Testing

/// Plain URLSession requests to a `JulepServerEmulator` — no SDK — for pinning what the emulator
/// answers on the wire.
struct EmulatorTestClient {
    let emulator: JulepServerEmulator
    var headers: [String: String] = ["Authorization": "Bearer test-key", "X-Auth-Key": "test-key"]

    struct Reply {
        var status: Int
        var headers: [String: String]
        var text: String

        /// The body parsed as a JSON object.
        func object() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? [String: Any])
        }

        /// `items` of a ListResponse.
        func items() throws -> [[String: Any]] {
            try #require(try object()["items"] as? [[String: Any]])
        }

        /// The `message` of a 422 (`{"status_code": 422, "message": "<python repr>", "data": null}`).
        func validationMessage() throws -> String {
            let body = try object()
            #expect(body["status_code"] as? Int == 422)
            #expect(body.keys.sorted() == ["data", "message", "status_code"])
            return try #require(body["message"] as? String)
        }

        /// The `error.message` of an `HTTPException` answer.
        func errorMessage() throws -> String {
            let error = try #require(try object()["error"] as? [String: Any])
            return try #require(error["message"] as? String)
        }
    }

    init(_ emulator: JulepServerEmulator) {
        self.emulator = emulator
    }

    /// Sends `method path?query` under the API prefix with `body` as JSON text.
    func send(_ method: String, _ path: String, query: String? = nil, body: String? = nil) async throws -> Reply {
        var components = try #require(URLComponents(url: emulator.apiURL, resolvingAgainstBaseURL: false))
        components.percentEncodedPath += path
        components.percentEncodedQuery = query
        var request = URLRequest(url: try #require(components.url))
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession(configuration: .ephemeral).data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return Reply(status: http.statusCode, headers: headers, text: String(decoding: data, as: UTF8.self))
    }

    /// Sends and requires `status`, returning the parsed object.
    @discardableResult
    func expect(_ status: Int, _ method: String, _ path: String, query: String? = nil, body: String? = nil)
        async throws -> [String: Any]
    {
        let reply = try await send(method, path, query: query, body: body)
        #expect(reply.status == status, "\(method) \(path): \(reply.text)")
        return try reply.object()
    }

    /// Creates an agent (named `name`, with `metadata` JSON) and returns its id.
    func createAgent(name: String = "Ada", metadata: String = "{}") async throws -> String {
        let created = try await expect(
            201, "POST", "/agents", body: #"{"name": "\#(name)", "model": "gpt-4o", "metadata": \#(metadata)}"#)
        return try #require(created["id"] as? String)
    }

    func createUser(name: String = "Grace", metadata: String = "{}") async throws -> String {
        let created = try await expect(201, "POST", "/users", body: #"{"name": "\#(name)", "metadata": \#(metadata)}"#)
        return try #require(created["id"] as? String)
    }

    func createSession(agent: String, metadata: String = "{}") async throws -> String {
        let created = try await expect(
            201, "POST", "/sessions", body: #"{"agent": "\#(agent)", "metadata": \#(metadata)}"#)
        return try #require(created["id"] as? String)
    }

    func createTask(agent: String, steps: Int = 2) async throws -> String {
        let main = (0..<steps).map { #"{"evaluate": {"x": "\#($0)"}}"# }.joined(separator: ",")
        let created = try await expect(
            201, "POST", "/agents/\(agent)/tasks", body: #"{"name": "summarize", "main": [\#(main)]}"#)
        return try #require(created["id"] as? String)
    }

    func startExecution(task: String) async throws -> (id: String, jobs: [String]) {
        let created = try await expect(201, "POST", "/tasks/\(task)/executions", body: #"{"input": {"topic": "owls"}}"#)
        return (try #require(created["id"] as? String), try #require(created["jobs"] as? [String]))
    }
}

/// Whether `text` is a lowercase hyphenated UUID.
func isLowercaseUUID(_ text: Any?) -> Bool {
    guard let text = text as? String else { return false }
    return UUID(uuidString: text) != nil && text == text.lowercased()
}

/// Whether `text` is an ISO 8601 UTC timestamp ending in `Z`.
func isUTCTimestamp(_ text: Any?) -> Bool {
    guard let text = text as? String else { return false }
    return text.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z/) != nil
}
