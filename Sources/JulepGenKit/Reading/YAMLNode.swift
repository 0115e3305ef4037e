/// One node of a parsed YAML document, with the place it starts in the source.
///
/// The reader keeps YAML's own shape (scalars are untyped text plus a style) so the
/// decoder can apply the core schema itself and point at the exact node that is wrong.
public struct YAMLNode: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// In document order with duplicates kept, so the decoder can report them.
        case mapping([YAMLMappingEntry])
    }

    public var content: Content
    /// The start mark of the node: its first character, the opening quote of a quoted
    /// scalar, or its anchor/tag when it has one.
    public var location: SourceLocation
    /// The explicit tag as libyaml resolves it (`!!str` becomes `tag:yaml.org,2002:str`), or nil.
    public var tag: String?

    public init(content: Content, location: SourceLocation, tag: String? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
    }
}

/// A scalar's text as written, plus its style: the style decides whether
/// `true` is a boolean (plain) or a string (quoted).
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style

    public init(value: String, style: Style) {
        self.value = value
        self.style = style
    }
}

/// One `key: value` pair of a mapping; keys are nodes because YAML allows any node as a key.
public struct YAMLMappingEntry: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

extension YAMLNode {
    /// Compares places first: two nodes of one document are different nodes unless they start at
    /// the same place (an alias's copy), so comparing stops at the top instead of walking both
    /// subtrees (dictionaries compare the keys they probe).
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        lhs.location == rhs.location && lhs.tag == rhs.tag && lhs.content == rhs.content
    }

    /// Hashes the node's own place, tag and shape, not its subtree: nodes are dictionary keys
    /// (inline schemas reached twice), and hashing every subtree would make a deeply nested
    /// document cost time quadratic in its depth and a recursion as deep as the document. Equal
    /// nodes still hash equally; the rare equal hashes of different nodes are told apart by `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(tag)
        switch content {
        case .scalar(let scalar):
            hasher.combine(0)
            hasher.combine(scalar)
        case .sequence(let items):
            hasher.combine(1)
            hasher.combine(items.count)
        case .mapping(let entries):
            hasher.combine(2)
            hasher.combine(entries.count)
        }
    }
}
