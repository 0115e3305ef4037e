/// Turns the flat stream of parser events into a `YAMLNode` tree.
///
/// It keeps an explicit stack of open collections instead of recursing, so a
/// pathologically deep document ends in a located error rather than a stack overflow,
/// and it resolves aliases (as copies) and merge keys while the tree is built.
struct YAMLTreeBuilder {
    /// A problem that ends reading; the reader turns it into a diagnostic.
    struct Failure: Error {
        var diagnostic: Diagnostic
    }

    /// Caps the nodes a document may expand to through aliases ("billion laughs").
    static let maximumNodeCount = 1_000_000
    /// Caps nesting so that consumers walking the tree recursively stay within their stack.
    static let maximumDepth = NestingLimit.maximumDepth

    /// The finished top-level node, once the document's root has been closed.
    private(set) var root: YAMLNode?

    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    /// Anchors of collections still open, to refuse aliases pointing inside themselves.
    private var openAnchors: [String: Int] = [:]
    /// Nodes so far, with every alias counted as the whole subtree it copies.
    private var expandedNodeCount = 0

    private struct Anchored {
        var node: YAMLNode
        var nodeCount: Int
    }

    /// A collection whose end event has not been seen yet.
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
        var entries: [YAMLMappingEntry] = []
        var pendingKey: YAMLNode?
        var hasMergeKey = false
        var nodeCount = 1
    }

    mutating func addScalar(_ scalar: YAMLScalar, at location: SourceLocation, tag: String?, anchor: String?) {
        expandedNodeCount += 1
        add(YAMLNode(content: .scalar(scalar), location: location, tag: tag), nodeCount: 1, anchor: anchor)
    }

    mutating func addAlias(_ name: String, at location: SourceLocation) throws(Failure) {
        guard let anchored = anchors[name] else {
            if openAnchors[name, default: 0] > 0 {
                throw Failure(diagnostic: .error("alias '*\(name)' refers to a node that contains it", at: location))
            }
            throw Failure(diagnostic: .error("unknown alias '*\(name)': no anchor '&\(name)' is defined before it", at: location))
        }
        expandedNodeCount += anchored.nodeCount
        guard expandedNodeCount <= Self.maximumNodeCount else {
            throw Failure(diagnostic: .error(
                "the document expands to more than \(Self.maximumNodeCount) nodes through aliases", at: location))
        }
        add(anchored.node, nodeCount: anchored.nodeCount, anchor: nil)
    }

    mutating func startCollection(isMapping: Bool, at location: SourceLocation, tag: String?, anchor: String?) throws(Failure) {
        guard stack.count < Self.maximumDepth else {
            throw Failure(diagnostic: .error(NestingLimit.message("mappings and lists"), at: location))
        }
        expandedNodeCount += 1
        if let anchor { openAnchors[anchor, default: 0] += 1 }
        stack.append(Frame(isMapping: isMapping, location: location, tag: tag, anchor: anchor))
    }

    mutating func endCollection() throws(Failure) {
        guard let frame = stack.popLast() else { return }
        if let anchor = frame.anchor { openAnchors[anchor, default: 1] -= 1 }
        let content: YAMLNode.Content
        if frame.isMapping {
            content = .mapping(frame.hasMergeKey ? try Self.resolvingMergeKeys(in: frame.entries) : frame.entries)
        } else {
            content = .sequence(frame.items)
        }
        add(YAMLNode(content: content, location: frame.location, tag: frame.tag), nodeCount: frame.nodeCount, anchor: frame.anchor)
    }

    /// Hands a finished node to the collection it belongs to (or makes it the root).
    private mutating func add(_ node: YAMLNode, nodeCount: Int, anchor: String?) {
        if let anchor { anchors[anchor] = Anchored(node: node, nodeCount: nodeCount) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].nodeCount += nodeCount
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            stack[top].entries.append(YAMLMappingEntry(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            if Self.isMergeKey(node) { stack[top].hasMergeKey = true }
            stack[top].pendingKey = node
        }
    }
}
