import Foundation
import Testing

/// The README's short guide is code from the example app in `Examples/` (the parts between
/// `// guide:begin` and `// guide:end`), which CI builds and runs against the emulated Julep
/// server: so the guide's code compiles and runs.
@Suite("README guide")
struct ReadmeGuideTests {
    static let readme = TestSupport.packageRoot.appendingPathComponent("README.md")
    static let example = TestSupport.packageRoot.appendingPathComponent("Examples/Sources/FirstAfternoon/main.swift")

    /// The lines between each `// guide:begin` and the next `// guide:end`, in order.
    static func guideLines(of source: String) -> [Substring] {
        var lines: [Substring] = []
        var inside = false
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            switch line.trimmingCharacters(in: .whitespaces) {
            case "// guide:begin": inside = true
            case "// guide:end": inside = false
            default: if inside { lines.append(line) }
            }
        }
        return lines
    }

    /// The first ```swift block after the heading `## A short guide` (or `heading`).
    static func readmeGuide(_ readme: String, heading title: Substring = "## A short guide") -> [Substring]? {
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        guard let heading = lines.firstIndex(of: title),
            let start = lines[heading...].firstIndex(of: "```swift"),
            let end = lines[(start + 1)...].firstIndex(of: "```")
        else { return nil }
        return Array(lines[(start + 1)..<end])
    }

    @Test func theGuideIsTheExampleAppsCode() throws {
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let example = try String(contentsOf: Self.example, encoding: .utf8)
        let guide = try #require(Self.readmeGuide(readme), "README.md has a short guide with a Swift block")
        let quoted = Self.guideLines(of: example)
        #expect(quoted.count > 20, "the example marks the guide's code")
        #expect(guide == quoted, "README.md's guide differs from the guide:begin…guide:end parts of \(Self.example.lastPathComponent)")
    }

    /// The manifest lines the README shows are the example package's own, one level less indented.
    @Test func theManifestSnippetIsTheExamplePackages() throws {
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let manifest = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Examples/Package.swift"), encoding: .utf8)
        let snippet = try #require(Self.readmeGuide(readme, heading: "## Using the SDK in your package"))
        let indented = snippet.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        #expect(snippet.count > 5)
        #expect(manifest.contains(indented), "README.md's manifest snippet is not in Examples/Package.swift")
    }

    /// Issue 22, bug 1: the README's command to run the example (which `.ci/example` reads from the
    /// README and runs as written) is the one the example's own comment gives, and starts the
    /// emulator with the app as its command, so it returns when the app does.
    @Test func theEmulatorCommandIsTheOneCIRuns() throws {
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let example = try String(contentsOf: Self.example, encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let commands = lines.indices.filter { index in
            lines[index].hasPrefix("swift run julep-emulator") && lines[..<index].last(where: { $0.hasPrefix("```") }) == "```sh"
        }.map { lines[$0] }
        #expect(commands == ["swift run julep-emulator -- swift run --package-path Examples"])
        #expect(example.contains("//     " + (commands.first ?? "")))
        #expect(!readme.contains("$(swift run julep-emulator"), "a command substitution of the emulator never returns")
        let ci = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(".ci/example"), encoding: .utf8)
        #expect(ci.contains("/^swift run julep-emulator/") && ci.contains("README.md") && ci.contains("bash -c \"$command\""))
    }

    @Test func markersAreRead() {
        let source = "a\n// guide:begin\nb\n\n  // guide:end\nc\n// guide:begin\nd\n// guide:end"
        #expect(Self.guideLines(of: source) == ["b", "", "d"])
        #expect(Self.readmeGuide("x\n## A short guide\n\ntext\n```swift\none\ntwo\n```\n```swift\nthree\n```") == ["one", "two"])
    }
}
