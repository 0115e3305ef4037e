import Foundation
import Testing

@testable import JulepGenKit

/// The surface is built from the IR, not from the generated Swift; this reads the generated Swift
/// to check the two agree: every public declaration is in the surface, and the surface names
/// nothing the SDK does not declare. What a listed conformance requires is left out of both.
@Suite("API surface against the generated Swift")
struct SurfaceConsistencyTests {
    /// `Owner|kind name` for every public declaration of the SDK's Swift files (the runtime's
    /// excepted): a type as `Name|type`, an initializer as `Owner|init #n`. Members of an
    /// extension that adds conformances (`extension Agent: Codable`) are what they require, and
    /// left out.
    static func declarations(inSwiftFiles files: [String: String]) -> [String] {
        let conformanceExtension = "(conformances)"
        var found: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".swift") && !path.contains("/Runtime/") {
            var context: [Int: String] = [:]  // indentation → the type whose body starts there
            var initializers: [String: Int] = [:]
            for line in text.split(separator: "\n") {
                let indent = line.prefix { $0 == " " }.count
                let code = line.dropFirst(indent)
                guard !code.hasPrefix("//"), !code.hasPrefix("}") else { continue }
                let owner = context[indent - 4]
                for key in context.keys where key >= indent { context[key] = nil }
                let words = code.split(separator: " ")
                if let keyword = words.first, ["extension", "public"].contains(keyword) {
                    // `extension X {`, `public struct X: …`, `public enum X…`, `public typealias X = …`
                    let kindIndex = keyword == "extension" ? 0 : 1
                    if words.count > kindIndex + 1, ["extension", "struct", "enum", "typealias"].contains(words[kindIndex]) {
                        var name = String(words[kindIndex + 1].prefix { $0 != ":" && $0 != "{" })
                        if let owner, words[kindIndex] != "extension" { name = owner + "." + name }
                        if words[kindIndex] != "extension" { found.append("\(name)|type") }
                        let addsConformances = words[kindIndex] == "extension" && words[kindIndex + 1].hasSuffix(":")
                        context[indent] = addsConformances ? conformanceExtension : name
                        continue
                    }
                }
                guard let owner, owner != conformanceExtension else { continue }
                if code.hasPrefix("case ") || code.hasPrefix("indirect case ") {
                    let declaration = code.hasPrefix("indirect ") ? code.dropFirst(9) : code
                    let name = declaration.dropFirst(5).prefix { $0 != "(" && $0 != " " }
                    if !name.hasPrefix("."), !name.hasPrefix("let") { found.append("\(owner)|case \(name)") }
                    continue
                }
                guard code.hasPrefix("public ") else { continue }
                var rest = code.dropFirst(7)
                let isStatic = rest.hasPrefix("static ")
                if isStatic { rest = rest.dropFirst(7) }
                if rest.hasPrefix("init(") {
                    initializers[owner, default: 0] += 1
                    found.append("\(owner)|init #\(initializers[owner]!)")
                    continue
                }
                for keyword in ["var", "let", "func"] where rest.hasPrefix(keyword + " ") {
                    let name = rest.dropFirst(keyword.count + 1).prefix { $0 != ":" && $0 != "(" && $0 != " " }
                    let kind = keyword == "func" ? (isStatic ? "static func" : "func") : (isStatic ? "static let" : keyword)
                    found.append("\(owner)|\(kind) \(name)")
                }
            }
        }
        return found
    }

    /// The same keys for the surface; `withRawResponse.list` is `AgentsResource.WithRawResponse`'s.
    static func declarations(in surface: APISurface) -> [String] {
        var found: [String] = []
        let typeNames = Set(surface.types.map(\.name))
        for type in surface.types {
            found.append("\(type.name)|type")
            var initializers = 0
            for member in type.members {
                switch member.kind {
                case .initializer:
                    initializers += 1
                    found.append("\(type.name)|init #\(initializers)")
                case .enumCase: found.append("\(type.name)|case \(member.name)")
                default: found.append("\(type.name)|\(member.kind.rawValue) \(member.name)")
                }
                for twin in member.twins {
                    let parts = twin.path.split(separator: ".").map(String.init)
                    if parts.count == 2, typeNames.contains(parts[0]) {
                        found.append("\(parts[0])|func \(parts[1])")
                    } else if parts.count == 2 {
                        // `withRawResponse.list`: a method of the nested `WithRawResponse`.
                        found.append("\(type.name).WithRawResponse|func \(parts[1])")
                    } else {
                        found.append("\(type.name)|func \(twin.path)")
                    }
                }
            }
            if type.members.contains(where: { $0.name == "withRawResponse" }) { found.append("\(type.name).WithRawResponse|type") }
        }
        return found
    }

    static let fixtures = GoldenTests.cases

    /// `Agent|init #2`, `Embeddings|var asList`, `TasksResource|func cancelExecution`, and union
    /// factories (`ContentPart|static func text`), which now have `String` overloads and
    /// deprecated forwards of their former labels under the same base name.
    static func isConvenienceMember(_ key: String) -> Bool {
        key.hasSuffix("|init #2") || key.hasSuffix("|var asList") || key.contains("Resource|func ")
            || key.contains("|static func ")
    }

    @Test func theJulepSDKDeclaresWhatItsSurfaceSays() throws {
        let result = Generator.run(
            Generator.Options(specPath: TestSupport.packageRoot.appendingPathComponent("spec").path, builtInTemplates: TestSupport.templates))
        try check(result)
    }

    @Test(arguments: fixtures)
    func eachFixturesSDKDeclaresWhatItsSurfaceSays(_ name: String) throws {
        let spec = TestSupport.fixtures.appendingPathComponent("\(name)/spec").path
        try check(Generator.run(Generator.Options(specPath: spec, builtInTemplates: TestSupport.templates)))
    }

    private func check(_ result: Generator.Result) throws {
        let surface = try #require(result.surface, "\(result.diagnostics.sorted)")
        let swift = Self.declarations(inSwiftFiles: Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.contents) }))
        let listed = Self.declarations(in: surface)
        #expect(swift.count > 10)
        let missing = Set(swift).subtracting(listed).sorted()
        // The surface does not describe yet what the union and manager conveniences add (a second
        // initializer taking `String`, `asList`, `shortcuts:` and `String` overloads of manager
        // methods): a known gap, reported in every run until `SurfaceBuilder` lists them.
        let notYetDescribed = missing.filter(Self.isConvenienceMember)
        #expect(missing.filter { !Self.isConvenienceMember($0) } == [], "declared but not in the surface")
        if !notYetDescribed.isEmpty {
            withKnownIssue("API.md does not list the conveniences yet: \(notYetDescribed)") {
                #expect(notYetDescribed == [])
            }
        }
        #expect(Set(listed).subtracting(swift).sorted() == [], "in the surface but not declared")
        let repeated = Dictionary(grouping: swift, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.filter { !Self.isConvenienceMember($0) } == [], "no declaration twice")
        if repeated.contains(where: Self.isConvenienceMember) {
            withKnownIssue("overloads of one base name need keys with argument types: \(repeated)") {
                #expect(repeated == [])
            }
        }
        let listedTwice = Dictionary(grouping: listed, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(listedTwice.filter { !Self.isConvenienceMember($0) } == [], "no declaration twice in the surface")
        if !listedTwice.isEmpty {
            withKnownIssue("the surface lists overloads (former factory labels) under one key: \(listedTwice)") {
                #expect(listedTwice == [])
            }
        }
    }
}
