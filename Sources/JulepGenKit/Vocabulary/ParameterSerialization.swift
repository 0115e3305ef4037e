/// How a parameter (or a form field) is written into a query, a header or a form body.
public enum ParameterSerialization: String, Sendable, Hashable, CaseIterable {
    /// `name=value`, lists as repeated `name=a&name=b`, an object as its own `x=1&y=2` (OpenAPI
    /// `form` with `explode`, the default).
    case form
    /// The value as compact JSON text, e.g. `metadata_filter={"a":1}`.
    case json
    /// OpenAPI `form` without `explode`: `ids=a,b`, an object as `name=x,1,y,2`.
    case commaDelimited
    /// OpenAPI `spaceDelimited`: `ids=a%20b`.
    case spaceDelimited
    /// OpenAPI `pipeDelimited`: `ids=a|b`.
    case pipeDelimited
    /// OpenAPI `deepObject`: `filter[x]=1&filter[y]=2`.
    case deepObject
    /// A map as one parameter per entry, its key after a dot: `metadata_filter.team=research`.
    /// Values are scalars: text as is, numbers and booleans as JSON spells them.
    case dotted
}
