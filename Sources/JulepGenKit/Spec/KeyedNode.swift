/// A YAML mapping read against a fixed set of keys.
///
/// Creating one reports unknown keys (with a suggestion) and duplicate keys; the accessors
/// report values of the wrong shape. Each problem is reported once and decoding goes on,
/// so a single run lists everything wrong with a file.
struct KeyedNode {
    let node: YAMLNode
    private var values: [String: YAMLMappingEntry] = [:]

    /// `what` names the mapping in messages: "type 'Agent'", "operation 'list'".
    init?(_ node: YAMLNode, what: String, allowedKeys: [String], diagnostics: inout Diagnostics) {
        guard let entries = node.mapping else {
            diagnostics.error("expected \(what) to be a mapping, found \(node.kindDescription)", at: node.location)
            return nil
        }
        self.node = node
        for entry in entries {
            guard let key = entry.key.string, entry.key.scalar != nil else {
                diagnostics.error("expected a key name, found \(entry.key.kindDescription)", at: entry.key.location)
                continue
            }
            guard allowedKeys.contains(key) else {
                diagnostics.error(
                    "unknown key '\(key)' in \(what)\(Suggestion.didYouMean(key, in: allowedKeys))",
                    at: entry.key.location)
                continue
            }
            if let previous = values[key] {
                diagnostics.error(
                    "duplicate key '\(key)' in \(what)", at: entry.key.location,
                    notes: [.note("first given here", at: previous.key.location)])
                continue
            }
            values[key] = entry
        }
    }

    subscript(key: String) -> YAMLNode? { values[key]?.value }

    func keyLocation(_ key: String) -> SourceLocation? { values[key]?.key.location }

    func has(_ key: String) -> Bool { values[key] != nil }

    func string(_ key: String, diagnostics: inout Diagnostics) -> Located<String>? {
        guard let value = values[key]?.value else { return nil }
        return Self.string(value, what: "'\(key)'", diagnostics: &diagnostics)
    }

    func requiredString(_ key: String, in what: String, diagnostics: inout Diagnostics) -> Located<String>? {
        guard has(key) else {
            diagnostics.error("\(what) is missing required key '\(key)'", at: node.location)
            return nil
        }
        return string(key, diagnostics: &diagnostics)
    }

    func bool(_ key: String, diagnostics: inout Diagnostics) -> Located<Bool>? {
        guard let value = values[key]?.value else { return nil }
        guard let bool = value.bool else {
            diagnostics.error("expected '\(key)' to be true or false, found \(value.kindDescription)", at: value.location)
            return nil
        }
        return Located(bool, at: value.location)
    }

    func int(_ key: String, diagnostics: inout Diagnostics) -> Located<Int>? {
        guard let value = values[key]?.value else { return nil }
        guard let int = value.int else {
            diagnostics.error("expected '\(key)' to be a whole number, found \(value.kindDescription)", at: value.location)
            return nil
        }
        return Located(int, at: value.location)
    }

    func double(_ key: String, diagnostics: inout Diagnostics) -> Double? {
        guard let value = values[key]?.value else { return nil }
        guard let double = value.double else {
            diagnostics.error("expected '\(key)' to be a number, found \(value.kindDescription)", at: value.location)
            return nil
        }
        return double
    }

    /// Any scalar as text (numbers and booleans included, as written); null and collections are errors.
    static func string(_ node: YAMLNode, what: String, diagnostics: inout Diagnostics) -> Located<String>? {
        guard let scalar = node.scalar, !node.isNull else {
            diagnostics.error("expected \(what) to be a string, found \(node.kindDescription)", at: node.location)
            return nil
        }
        return Located(scalar.value, at: node.location)
    }
}
