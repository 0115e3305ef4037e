/// Merge keys (`<<: *defaults`), the YAML 1.1 convention OpenAPI documents and specs use
/// to share blocks of keys. libyaml leaves them to the application, so the builder applies
/// them when a mapping closes.
extension YAMLTreeBuilder {
    static let mergeTag = "tag:yaml.org,2002:merge"

    /// A plain `<<` key; a quoted `"<<"` is an ordinary key.
    static func isMergeKey(_ node: YAMLNode) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain, scalar.value == "<<" else { return false }
        return node.tag == nil || node.tag == mergeTag
    }

    /// Replaces each `<<` entry with the entries it merges, in place.
    ///
    /// Keys written in the mapping itself win over merged ones wherever they appear, and
    /// among merged mappings the first one listed wins, as the merge-key spec says.
    /// Explicit duplicates are kept for the decoder to report; merged entries keep their
    /// own locations so messages point at where the value is written.
    static func resolvingMergeKeys(in entries: [YAMLMappingEntry]) throws(Failure) -> [YAMLMappingEntry] {
        var taken = Set<String>()
        for entry in entries where !isMergeKey(entry.key) {
            if let key = entry.key.string { taken.insert(key) }
        }
        var result: [YAMLMappingEntry] = []
        result.reserveCapacity(entries.count)
        for entry in entries {
            guard isMergeKey(entry.key) else {
                result.append(entry)
                continue
            }
            for source in try mergedMappings(entry.value) {
                for merged in source {
                    if let key = merged.key.string, !taken.insert(key).inserted { continue }
                    result.append(merged)
                }
            }
        }
        return result
    }

    /// The mappings a `<<` value stands for: itself, or each element of a list.
    private static func mergedMappings(_ value: YAMLNode) throws(Failure) -> [[YAMLMappingEntry]] {
        switch value.content {
        case .mapping(let entries):
            return [entries]
        case .sequence(let items):
            var mappings: [[YAMLMappingEntry]] = []
            for item in items {
                guard let entries = item.mapping else {
                    throw Failure(diagnostic: .error(
                        "a merge key '<<' list can only hold mappings, found \(item.kindDescription)", at: item.location))
                }
                mappings.append(entries)
            }
            return mappings
        case .scalar:
            throw Failure(diagnostic: .error(
                "the value of a merge key '<<' must be a mapping or a list of mappings, found \(value.kindDescription)",
                at: value.location))
        }
    }
}
