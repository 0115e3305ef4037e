/// Keys given twice in one mapping of an OpenAPI document.
///
/// YAML and JSON parsers disagree about them (the first wins, the last wins, or an error); the
/// translator, like the native spec's decoder, reads the first. A native spec is the author's own
/// file, so there they are errors; a published OpenAPI document is not, so here they are
/// warnings that say which copy counts.
enum DuplicateKeys {
    /// Reports every repeated key of every mapping in `root`, at the repeat.
    static func report(in root: YAMLNode, diagnostics: inout Diagnostics) {
        var pending = [root]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar:
                continue
            case .sequence(let items):
                pending.append(contentsOf: items)
            case .mapping(let entries):
                var first: [String: SourceLocation] = [:]
                for entry in entries {
                    pending.append(entry.value)
                    guard let key = entry.key.scalar?.value else { continue }
                    if let previous = first[key] {
                        diagnostics.warning(
                            "duplicate key '\(key)'; the first one is used and this one is ignored", at: entry.key.location,
                            notes: [.note("the first one is here", at: previous)])
                    } else {
                        first[key] = entry.key.location
                    }
                }
            }
        }
    }
}
