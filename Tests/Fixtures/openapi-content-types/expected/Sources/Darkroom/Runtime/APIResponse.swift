// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// A decoded value together with the HTTP response it came from.
///
/// Every resource has a `withRawResponse` view whose methods return this instead of the bare value:
///
/// ```swift
/// let response = try await client.agents.withRawResponse.get(id: agentID)
/// print(response.statusCode, response.headers["x-request-id"] ?? "-")
/// let agent = response.value
/// ```
public struct APIResponse<Value> {
    /// The decoded body (`Void` for operations without one).
    public var value: Value
    /// The status code of the final response, for example `200`.
    public var statusCode: Int
    /// The header fields of the final response.
    public var headers: HTTPHeaders
    /// The raw body of the final response.
    public var body: Data
    /// How many attempts the call took: 1 when it was not retried.
    public var attempts: Int

    /// The raw body as JSON, undecoded (`nil` when it is empty or not JSON): what the server sent
    /// beyond what ``value`` models.
    public var jsonBody: JSONValue? {
        guard !body.isEmpty else { return nil }
        return try? JSONCoding.makeDecoder().decode(JSONValue.self, from: body)
    }

    /// Creates a response.
    public init(
        value: Value, statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data(), attempts: Int = 1
    ) {
        self.value = value
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
        self.attempts = attempts
    }

    /// The same response with `transform` applied to the value.
    public func map<NewValue>(_ transform: (Value) throws -> NewValue) rethrows -> APIResponse<NewValue> {
        APIResponse<NewValue>(
            value: try transform(value), statusCode: statusCode, headers: headers, body: body, attempts: attempts)
    }
}

extension APIResponse: Sendable where Value: Sendable {}
