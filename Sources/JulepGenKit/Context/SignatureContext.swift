/// A declaration up to its body's `{`: what `partials/signature.mustache` lays out, the one rule
/// for the initializers, union factories and methods of models and resources. One parameter (or
/// none) stays on the declaration's line, `public init(name: String) {`; several go one per line, as
/// swift-openapi-generator lays declarations out. `SwiftLineBreaker` breaks a one-line
/// declaration that is longer than 120 columns.
struct SignatureContext: Encodable, Hashable {
    /// `public static func text`, `public init`.
    let opening: String
    /// `limit: Int = 10`, one per parameter.
    let parameters: [String]
    /// What follows the parameters' `)`: ` async throws -> Agent`, ` -> Self`, or nothing.
    let tail: String
    let isOneLine: Bool

    init(opening: String, parameters: [String], tail: String = "") {
        self.opening = opening
        self.parameters = parameters
        self.tail = tail
        self.isOneLine = parameters.count <= 1
    }

    /// A method's: `public func name(…) tail`.
    static func method(_ name: String, arguments: [ArgumentContext], tail: String) -> Self {
        Self(opening: "public func " + name, parameters: arguments.map(\.declaration), tail: tail)
    }

    /// A `withRawResponse` twin's: `public func name(…) async throws -> APIResponse<T>`.
    static func rawTwin(_ name: String, arguments: [ArgumentContext], returning responseType: String) -> Self {
        method(name, arguments: arguments, tail: " async throws -> " + responseType)
    }
}
