// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// The result of a call whose response body carries nothing of interest.
///
/// Decodes from an empty body or from any JSON value, which it ignores.
public struct EmptyResponse: Decodable, Hashable, Sendable {
    /// Creates an empty response.
    public init() {}

    /// Ignores whatever the decoder holds.
    public init(from decoder: any Decoder) throws {}
}
