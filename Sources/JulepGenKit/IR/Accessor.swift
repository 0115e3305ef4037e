/// A read-only shortcut declared with `accessors:`: a computed property that follows a path of
/// properties, union variants and list indexes to a value inside the type.
public struct Accessor: Sendable, Hashable {
    public enum Step: Sendable, Hashable {
        /// The union's case with this Swift name; other cases give `nil`.
        case unionCase(String)
        /// The object's property with this Swift name; `isOptional` when it may be `nil`.
        case property(String, isOptional: Bool)
        /// The list's element at this index; a shorter list gives `nil`.
        case element(Int)
    }

    public var swiftName: String
    /// As the spec writes it, for the default doc comment: `lion.mane_length`.
    public var path: String
    public var docs: String?
    public var steps: [Step]
    /// The type of the value at the end of the path.
    public var type: TypeReference
    /// Whether some step may find nothing, so the accessor is optional.
    public var isOptional: Bool {
        steps.contains { step in
            switch step {
            case .unionCase, .element: true
            case .property(_, let isOptional): isOptional
            }
        }
    }
}
