/// Keys given twice in one mapping of an OpenAPI document.
///
/// YAML and JSON parsers disagree about them (the first wins, the last wins, or an error). Here,
/// as in the native spec's decoder, the first wins: later copies are reported and taken out of
/// the tree, so no part of the translation (which walks mappings entry by entry) sees them. A
/// native spec is the author's own file, so there they are errors; a published OpenAPI document
/// is not, so here they are warnings that say which copy counts.
enum DuplicateKeys {
    /// `root` without the later copy of any key repeated in a mapping, each reported at the copy.
    static func removing(from root: YAMLNode, diagnostics: inout Diagnostics) -> YAMLNode {
        cleaned(root, diagnostics: &diagnostics) ?? root
    }

    /// The node without repeated keys, or `nil` when it has none (nothing is copied then). The
    /// reader's nesting limit bounds the recursion.
    private static func cleaned(_ node: YAMLNode, diagnostics: inout Diagnostics) -> YAMLNode? {
        switch node.content {
        case .scalar:
            return nil
        case .sequence(let items):
            var changed: [YAMLNode]?
            for (index, item) in items.enumerated() {
                guard let clean = cleaned(item, diagnostics: &diagnostics) else { continue }
                if changed == nil { changed = items }
                changed?[index] = clean
            }
            return changed.map { YAMLNode(content: .sequence($0), location: node.location, tag: node.tag) }
        case .mapping(let entries):
            var first: [String: SourceLocation] = [:]
            var kept: [YAMLMappingEntry] = []
            var changed = false
            kept.reserveCapacity(entries.count)
            for entry in entries {
                if let key = entry.key.scalar?.value {
                    if let previous = first[key] {
                        diagnostics.warning(
                            "duplicate key '\(key)'; the first one is used and this one is ignored", at: entry.key.location,
                            notes: [.note("the first one is here", at: previous)])
                        changed = true
                        continue
                    }
                    first[key] = entry.key.location
                }
                if let value = cleaned(entry.value, diagnostics: &diagnostics) {
                    kept.append(YAMLMappingEntry(key: entry.key, value: value))
                    changed = true
                } else {
                    kept.append(entry)
                }
            }
            return changed ? YAMLNode(content: .mapping(kept), location: node.location, tag: node.tag) : nil
        }
    }
}
