// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// Per-call overrides, passed as the last argument of every client method.
///
/// ```swift
/// let agent = try await client.agents.get(id: id, options: RequestOptions(timeout: .seconds(10), maxRetries: 0))
/// ```
public struct RequestOptions: Sendable {
    /// The deadline for each attempt of this call, replacing ``ClientConfiguration/timeout``.
    public var timeout: Duration?
    /// How many times this call may be retried, replacing ``ClientConfiguration/maxRetries``.
    public var maxRetries: Int?
    /// The largest response body this call accepts, replacing ``ClientConfiguration/maxResponseBodyBytes``.
    public var maxResponseBodyBytes: Int?
    /// The largest event this call's stream accepts, replacing ``ClientConfiguration/maxEventBytes``.
    public var maxEventBytes: Int?
    /// Headers added to this call; they replace headers of the same name set by the client.
    public var additionalHeaders: HTTPHeaders
    /// Query items appended to this call's URL (values are percent-encoded by the client;
    /// an item with a `nil` value is sent as a bare name).
    public var additionalQueryItems: [URLQueryItem]

    /// Creates options; by default nothing is overridden.
    public init(
        timeout: Duration? = nil,
        maxRetries: Int? = nil,
        maxResponseBodyBytes: Int? = nil,
        maxEventBytes: Int? = nil,
        additionalHeaders: HTTPHeaders = HTTPHeaders(),
        additionalQueryItems: [URLQueryItem] = []
    ) {
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.maxResponseBodyBytes = maxResponseBodyBytes
        self.maxEventBytes = maxEventBytes
        self.additionalHeaders = additionalHeaders
        self.additionalQueryItems = additionalQueryItems
    }
}
