import Foundation
import Testing

@testable import JulepGenKit

/// docs/cli.md summarises the report between two published versions of Discord's OpenAPI
/// document, nine months apart (shared data): the summary must be what the report says.
@Suite("Discord's API, two versions", .enabled(if: SharedData.isAvailable, SharedData.missingReason))
struct DiscordVersionsTests {
    static let heading = "### Example: Discord's API, nine months apart"

    /// The lines of docs/cli.md from the example's heading to the next heading.
    static func section() throws -> [Substring] {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: Substring(heading)), "docs/cli.md has '\(heading)'")
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("#") } ?? lines.endIndex
        return Array(lines[start..<end])
    }

    /// The first number after `prefix` in `text`.
    static func number(after prefix: String, in text: String) -> Int? {
        guard let range = text.range(of: prefix) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func theDocumentedSummaryIsTheReport() throws {
        let (old, new) = SurfaceLoader.load(
            old: SharedData.url("corpus/versions/discord-2025-10-17.json").path, new: SharedData.url("corpus/discord.json").path)
        let oldSurface = try #require(old.surface, "\(old.diagnostics.errors)")
        let newSurface = try #require(new.surface, "\(new.diagnostics.errors)")
        let report = SurfaceReport(from: oldSurface, to: newSurface)
        #expect(report.verdict == .breaking)
        let reportLines = report.text.split(separator: "\n")
        let section = try Self.section()
        let prose = section.joined(separator: "\n").replacingOccurrences(of: "\n", with: " ")

        #expect(Self.number(after: "The report has ", in: prose) == reportLines.count)
        // The table: entries by section and impact.
        for kind in SurfaceChange.Kind.allCases {
            let row = try #require(section.first { $0.hasPrefix("| \(kind.rawValue) |") }, "a row for \(kind.rawValue)")
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let entries = report.changes.filter { $0.kind == kind }
            #expect(cells == [kind.rawValue, "\(entries.filter { $0.impact == .breaking }.count)", "\(entries.filter { $0.impact == .compatible }.count)"])
        }
        #expect(!report.changes.contains { $0.impact == .behaviour || $0.impact == .deprecated }, "the table has no column for them")
        // The counts in the prose.
        let added = report.changes.filter { $0.kind == .added }
        #expect(Self.number(after: "enums and unions gained ", in: prose) == added.filter { $0.detail?.hasPrefix("new case") == true }.count)
        func requests(_ surface: APISurface) -> Set<String> {
            Set(surface.types.flatMap { $0.members.compactMap(\.operation) })
        }
        #expect(Self.number(after: "there are ", in: prose) == requests(newSurface).subtracting(requests(oldSurface)).count)
        #expect(
            Self.number(after: "operations and ", in: prose)
                == added.filter { ["struct ", "enum ", "typealias "].contains(where: $0.subject.hasPrefix) }.count)
        // The excerpt: its first line is the report's, every other line is one of the report's.
        let start = try #require(section.firstIndex(of: "```"))
        let end = try #require(section[(start + 1)...].firstIndex(of: "```"))
        let excerpt = section[(start + 1)..<end]
        #expect(excerpt.first == reportLines.first)
        let all = Set(reportLines)
        for line in excerpt {
            #expect(all.contains(line), "not in the report: \(line)")
        }
    }
}
