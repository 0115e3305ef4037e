/// How deeply a spec or OpenAPI document may nest: one limit, which every stage checks in the
/// units it walks, so that a deep document ends in an error at the first place past the limit
/// rather than in a stack overflow (docs/spec-format.md, "Limits").
///
/// - Reading: mappings and lists inside one another in a file.
/// - The type language: `<…>` and `(…)` inside one another in one type.
/// - OpenAPI: schemas inside schemas (a property's, `items`, `additionalProperties`, the members
///   of `allOf`, `oneOf` and `anyOf`), `$ref`s to schemas that are declared where they are used
///   included.
/// - Sample values (the generated tests): named types inside one another in the smallest value of
///   a type, through required properties (a chain of types each requiring the next).
///
/// Every other stage walks trees these bound (type references, default values, samples), and
/// the pipeline runs on threads whose stack holds the deepest of them (`Parallel.stackSize`).
public enum NestingLimit {
    public static let maximumDepth = 1_000

    /// The message for a place where something nests deeper than the limit; `what` says how it
    /// is counted ("mappings and lists", "schemas").
    public static func message(_ what: String) -> String {
        "\(what) nest more than \(maximumDepth) levels deep here, julep-gen's limit"
    }
}
