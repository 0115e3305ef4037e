/// A type as written in a spec: `string`, `Agent`, `list<Agent>`, `map<json>`, `Agent?`, `string | list<string>`.
///
/// The grammar (spaces allowed between tokens):
///
///     type     := member ( "|" member )*
///     member   := primary "?"?
///     primary  := NAME ( "<" type ">" )?  |  "(" type ")"
///
/// `?` marks a value that may be JSON `null`; whether a property may be left out is said by
/// its key (`about?:`), not by its type.
public indirect enum TypeExpression: Sendable, Hashable {
    /// A built-in (`string`, `uuid`, `json`, …) or a type declared in `types:`.
    case name(Located<String>)
    /// `list<T>` and `map<T>`; `generic` holds the written name so unknown generics can be reported.
    case generic(Located<String>, argument: TypeExpression)
    case nullable(TypeExpression, at: SourceLocation)
    case union([TypeExpression], at: SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .name(let name): name.location
        case .generic(let name, _): name.location
        case .nullable(_, let location): location
        case .union(_, let location): location
        }
    }
}
