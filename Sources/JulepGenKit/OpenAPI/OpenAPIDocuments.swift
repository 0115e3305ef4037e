import Foundation

/// The OpenAPI document and every file it references with a relative `$ref`, parsed once each.
///
/// References are resolved here: `#/components/schemas/X`, `common.yaml#/X`, JSON Pointer
/// escapes (`~0`, `~1`) and percent-encoding included.
struct OpenAPIDocuments {
    private(set) var roots: [String: YAMLNode] = [:]
    let rootPath: String
    private let baseDirectory: String?
    private(set) var sources = SourceFiles()
    var diagnostics = Diagnostics()
    /// What reading the referenced files found (unreadable files, syntax errors, duplicate keys):
    /// kept apart from `diagnostics`, which quiet resolving truncates, since a file is read once.
    private(set) var fileDiagnostics = Diagnostics()
    private var unreadable: Set<String> = []
    /// References resolved so far, by address (`file#/pointer`); failures are not kept, so each
    /// is reported where it is written.
    private var resolved: [String: Target] = [:]
    /// Large mappings by key, by the path of decoded pointer tokens that leads to them.
    private var mappingIndex: [String: [String: YAMLNode]] = [:]

    /// A node found through a reference, with the file it lives in and its canonical address.
    struct Target {
        var node: YAMLNode
        var file: String
        /// `file#/pointer`: identical for every reference to the same place.
        var address: String
        var pointer: [String]
    }

    init?(rootPath: String, root: YAMLNode, text: String, baseDirectory: String?) {
        self.rootPath = rootPath
        self.baseDirectory = baseDirectory
        roots[rootPath] = root
        sources.add(path: rootPath, text: text)
    }

    var root: YAMLNode? { roots[rootPath] }

    /// Resolves `reference` written in `file` at `location`; reports what cannot be found.
    mutating func resolve(_ reference: String, from file: String, at location: SourceLocation) -> Target? {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let filePart = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : ""
        var targetFile = file
        if !filePart.isEmpty {
            if filePart.contains("://") {
                diagnostics.error("'\(reference)' refers to a remote document; only local files can be referenced", at: location)
                return nil
            }
            targetFile = Self.join((file as NSString).deletingLastPathComponent, filePart)
            guard load(targetFile, referencedAt: location) else { return nil }
        }
        guard let document = roots[targetFile] else { return nil }
        guard fragment.isEmpty || fragment.hasPrefix("/") else {
            diagnostics.error("'\(reference)' is not a JSON Pointer (it must start with '#/')", at: location)
            return nil
        }
        let address = targetFile + "#" + fragment
        if let known = resolved[address] { return known }
        let tokens = fragment.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            ($0.removingPercentEncoding ?? String($0)).replacingOccurrences(of: "~1", with: "/")
                .replacingOccurrences(of: "~0", with: "~")
        }
        var node = document
        var path = targetFile + "#"
        for token in tokens {
            if let entries = node.mapping, let value = entry(token, in: entries, at: path) {
                node = value
            } else if let items = node.sequence, let index = Int(token), items.indices.contains(index) {
                node = items[index]
            } else {
                diagnostics.error("'\(reference)' does not resolve: nothing at '\(token)'", at: location)
                return nil
            }
            path += "\u{0}" + token
        }
        let target = Target(node: node, file: targetFile, address: address, pointer: Array(tokens))
        resolved[address] = target
        return target
    }

    /// The value of the first entry keyed `key`. Large mappings (`components/schemas` of a big
    /// document) are indexed the first time they are searched, so resolving every `$ref` of a
    /// document doesn't take time proportional to its size times its number of schemas.
    private mutating func entry(_ key: String, in entries: [YAMLMappingEntry], at path: String) -> YAMLNode? {
        guard entries.count > 16 else { return entries.first(where: { $0.key.string == key })?.value }
        if let index = mappingIndex[path] { return index[key] }
        var index: [String: YAMLNode] = [:]
        index.reserveCapacity(entries.count)
        for entry in entries {
            if let name = entry.key.string, index[name] == nil { index[name] = entry.value }
        }
        mappingIndex[path] = index
        return index[key]
    }

    private mutating func load(_ path: String, referencedAt location: SourceLocation) -> Bool {
        if roots[path] != nil { return true }
        if unreadable.contains(path) { return false }
        let onDisk = (baseDirectory != nil && !path.hasPrefix("/")) ? (baseDirectory! as NSString).appendingPathComponent(path) : path
        guard let data = FileManager.default.contents(atPath: onDisk) else {
            fileDiagnostics.error("cannot read the referenced file '\(path)'", at: location)
            unreadable.insert(path)
            return false
        }
        sources.add(path: path, text: String(decoding: data, as: UTF8.self))
        var parse = Diagnostics()
        let node = YAMLReader.parse(bytes: data, path: path, diagnostics: &parse)
        fileDiagnostics.append(contentsOf: parse)
        guard let node else {
            unreadable.insert(path)
            return false
        }
        roots[path] = DuplicateKeys.removing(from: node, diagnostics: &fileDiagnostics)
        return true
    }

    static func join(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || directory.isEmpty || directory == "." { return normalized(relative) }
        return normalized((directory as NSString).appendingPathComponent(relative))
    }

    /// `a/b/../c/./d.yml` → `a/c/d.yml`: one spelling per file, so a file reached by different
    /// relative paths (`../../common/error.yml` from two folders) is read, and declared, once.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != "..", !(last.isEmpty && parts.count == 1) {
                    parts.removeLast()
                } else {
                    parts.append(part)
                }
            case "" where !parts.isEmpty: continue
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
