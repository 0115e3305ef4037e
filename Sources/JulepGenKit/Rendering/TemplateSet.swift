import Foundation
import Mustache

/// The Mustache templates of one run: the built-in set, with any file of the same relative name
/// from an override folder (`--templates DIR`) taking its place.
public struct TemplateSet: Sendable {
    /// Relative path without `.mustache` (e.g. `model`, `partials/object-codable`) → template text.
    public private(set) var texts: [String: String] = [:]
    /// Where each template was read from, for messages.
    public private(set) var paths: [String: String] = [:]

    public init() {}

    /// The templates shipped with julep-gen: `templates/` at the root of this package.
    public static var builtInDirectory: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates").path
    }

    /// Loads every `*.mustache` below `directory`; later calls replace templates of the same name.
    public mutating func load(directory: String, diagnostics: inout Diagnostics) {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            diagnostics.error("cannot read the templates folder '\(directory)'", at: nil)
            return
        }
        var found = false
        for case let url as URL in enumerator where url.pathExtension == "mustache" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            let name = String(relative.dropLast(".mustache".count))
            let displayPath = (directory as NSString).appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.error("cannot read template '\(displayPath)'", at: nil)
                continue
            }
            texts[name] = String(decoding: data, as: UTF8.self)
            paths[name] = displayPath
            found = true
        }
        if !found {
            diagnostics.error("the templates folder '\(directory)' holds no .mustache files", at: nil)
        }
    }

    /// Where `tag` first appears as a tag in the template `name` or in one of the partials it could
    /// use (`{{tag}}`, `{{#tag}}`, `{{^tag}}`, `{{tag.field}}`), for a message about it.
    func location(ofTag tag: String, in name: String) -> SourceLocation? {
        let candidates = [name] + texts.keys.filter { $0.hasPrefix("partials/") || $0 == "header" }.sorted()
        for candidate in candidates {
            guard let text = texts[candidate] else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for prefix in ["{{", "{{#", "{{^", "{{/"] {
                    for suffix in ["}}", "."] {
                        if let range = line.range(of: prefix + tag + suffix) {
                            let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                            return SourceLocation(file: paths[candidate] ?? candidate, line: number + 1, column: column)
                        }
                    }
                }
            }
        }
        return nil
    }

    /// Put before every template: no HTML escaping.
    static let textContentType = "{{% CONTENT_TYPE: TEXT}}\n"

    /// Compiles every template into a library; syntax errors are reported at their line and column.
    func library(sources: inout SourceFiles, diagnostics: inout Diagnostics) -> MustacheLibrary {
        var library = MustacheLibrary()
        for name in texts.keys.sorted() {
            guard let text = texts[name] else { continue }
            let path = paths[name] ?? name
            sources.add(path: path, text: text)
            do {
                // Generated Swift is text, never HTML: switch escaping off for every template and partial.
                // On a line of its own, so that a tag alone on the template's first line is standalone
                // there too (a section or comment leaves no empty line).
                let template = try MustacheTemplate(string: Self.textContentType + text)
                library.register(template, named: name)
                // Partials are named by file name alone: `{{> object}}` finds `partials/object.mustache`.
                let baseName = (name as NSString).lastPathComponent
                if baseName != name, texts[baseName] == nil { library.register(template, named: baseName) }
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error(
                    "template syntax error: \(error.error)",
                    at: SourceLocation(file: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber))
            } catch {
                diagnostics.error("template '\(path)' could not be parsed: \(error)", at: nil)
            }
        }
        return library
    }
}
