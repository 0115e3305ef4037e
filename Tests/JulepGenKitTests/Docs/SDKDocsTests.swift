import Foundation
import Testing

/// Issue 22, bug 2: docs/sdk.md's code is code that compiles. Every ```swift block there is a
/// region of a compiled test file (`// docs:begin <name>` … `// docs:end`, regions of one name
/// joined in order, each region's indentation removed), and every region is shown: the
/// reference cannot drift from the SDK as generated. (`SDKDocsSnippetTests` runs the snippets.)
@Suite("docs/sdk.md")
struct SDKDocsTests {
    static let reference = TestSupport.packageRoot.appendingPathComponent("docs/sdk.md")
    static let sources = [
        "Tests/JulepTests/Docs/SDKDocsSnippets.swift",
        "Tests/SecuritySchemeTests/DocsSnippets.swift",
    ].map { TestSupport.packageRoot.appendingPathComponent($0) }

    /// Every ```swift block of `markdown`, in order.
    static func swiftBlocks(_ markdown: String) -> [[Substring]] {
        var blocks: [[Substring]] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```swift" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current ?? [])
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// The regions of `source` by name, in order of first appearance, each dedented.
    static func regions(_ source: String) -> [(name: String, lines: [Substring])] {
        var result: [(name: String, lines: [Substring])] = []
        var open: (name: String, lines: [Substring])?
        func close() {
            guard let region = open else { return }
            let indent = region.lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
            let lines = region.lines.map { $0.isEmpty ? $0 : $0.dropFirst(indent) }
            if let index = result.firstIndex(where: { $0.name == region.name }) {
                result[index].lines += lines
            } else {
                result.append((region.name, lines))
            }
            open = nil
        }
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("// docs:begin ") {
                open = (String(trimmed.dropFirst("// docs:begin ".count)), [])
            } else if trimmed == "// docs:end" {
                close()
            } else {
                open?.lines.append(line)
            }
        }
        return result
    }

    @Test func everyCodeBlockIsCompiledCodeAndEveryRegionIsShown() throws {
        let blocks = Self.swiftBlocks(try String(contentsOf: Self.reference, encoding: .utf8))
        let regions = try Self.sources.flatMap { Self.regions(try String(contentsOf: $0, encoding: .utf8)) }
        #expect(blocks.count >= 10)
        for block in blocks {
            #expect(
                regions.contains { $0.lines == block },
                "docs/sdk.md shows code that no docs:begin region holds:\n\(block.joined(separator: "\n"))")
        }
        for region in regions {
            #expect(blocks.contains(region.lines), "the region '\(region.name)' is not shown in docs/sdk.md")
        }
    }

    /// Prose the SDK contradicted once: `Session` is one object, and lists are newest first.
    @Test func theProseKeepsToTheSDK() throws {
        let text = try String(contentsOf: Self.reference, encoding: .utf8)
        #expect(!text.contains("`Session` is a union") && !text.contains("a `Session` is a union"))
        #expect(!text.contains("direction=asc"))
    }

    @Test func regionsAreRead() {
        let source = "a\n    // docs:begin one\n    x\n      y\n    // docs:end\n// docs:begin two\nz\n// docs:end\n  // docs:begin one\n  w\n  // docs:end"
        let regions = Self.regions(source)
        #expect(regions.map(\.name) == ["one", "two"])
        #expect(regions.first?.lines == ["x", "  y", "w"])
        #expect(Self.swiftBlocks("t\n```swift\na\n```\n```sh\nb\n```\n```swift\nc\n```") == [["a"], ["c"]])
    }
}
