/// `minLength`, `maxLength`, `minItems` and `maxItems` count characters or items: JSON Schema
/// requires a non-negative integer. A negative one describes nothing (and would make the SDK
/// refuse every value), so it is ignored with a warning rather than failing the run.
enum CountBounds {
    /// `value`, or `nil` with a warning at `location` when it is negative.
    static func checked(_ value: Int?, key: String, at location: SourceLocation?, diagnostics: inout Diagnostics) -> Int? {
        guard let value, value < 0 else { return value }
        diagnostics.warning("'\(key)' must be zero or more; \(value) is ignored", at: location)
        return nil
    }
}
