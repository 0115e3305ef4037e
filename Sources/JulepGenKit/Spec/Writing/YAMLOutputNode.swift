/// A YAML value on its way out: what to write, with the layout choices the spec writer makes.
///
/// The spec writer says *what* a spec looks like (which keys, short forms, which collections
/// may go on one line); `YAMLPrinter` decides *how* it is spelled (quoting, flow or block by
/// width, block scalars), so the rules for valid, idiomatic YAML live in one place.
indirect enum YAMLOutputNode {
    /// A string, quoted only when a reader could take it for something else.
    case text(String)
    /// Written as is: numbers, booleans, `null`, status codes.
    case verbatim(String)
    case sequence([YAMLOutputNode], YAMLCollectionLayout)
    case mapping([YAMLOutputEntry], YAMLCollectionLayout)
}

/// How a collection is laid out.
enum YAMLCollectionLayout {
    /// One entry per line.
    case block
    /// One entry per line, an empty line between entries: types, resources, operations.
    case spacedBlock
    /// `{ a: 1, b: 2 }` / `[a, b]` when the whole line fits the width and holds no block scalar, block otherwise.
    case flowWhenShort
}

/// One `key: value` pair of a mapping.
struct YAMLOutputEntry {
    var key: String
    var value: YAMLOutputNode
    /// A key written exactly as given (a status code such as `404`), not quoted like text.
    var isVerbatimKey = false
    /// Comment lines written above the key; they keep the mapping in block layout.
    var comment: String?

    init(_ key: String, _ value: YAMLOutputNode, isVerbatimKey: Bool = false, comment: String? = nil) {
        self.key = key
        self.value = value
        self.isVerbatimKey = isVerbatimKey
        self.comment = comment
    }
}
