import Foundation
import Testing

@testable import JulepGenKit

/// The surface is built from the IR, not from the generated Swift; this reads the generated Swift
/// to check the two agree: every public declaration is in the surface, and the surface names
/// nothing the SDK does not declare. What a listed conformance requires is left out of both.
@Suite("API surface against the generated Swift")
struct SurfaceConsistencyTests {
    /// `Owner|kind name` for every public declaration of the SDK's Swift files (the runtime's
    /// excepted): a type as `Name|type`, an initializer or function with its argument labels
    /// (`Owner|init(name:model:)`, `Owner|func list(limit:options:)`; a protocol's requirements
    /// too), so overloads that differ
    /// in their labels are told apart and those that differ only in types are counted. Members of
    /// an extension that adds conformances (`extension Agent: Codable`) are what they require,
    /// and left out.
    static func declarations(inSwiftFiles files: [String: String]) -> [String] {
        let conformanceExtension = "(conformances)"
        var found: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".swift") && !path.contains("/Runtime/") {
            var context: [Int: String] = [:]  // indentation → the type whose body starts there
            let lines = text.split(separator: "\n")
            for (lineIndex, line) in lines.enumerated() {
                let indent = line.prefix { $0 == " " }.count
                let code = line.dropFirst(indent)
                guard !code.hasPrefix("//"), !code.hasPrefix("}"), !code.hasPrefix(")") else { continue }
                let owner = context[indent - 4]
                for key in context.keys where key >= indent { context[key] = nil }
                let words = code.split(separator: " ")
                if let keyword = words.first, ["extension", "public"].contains(keyword) {
                    // `extension X {`, `public struct X: …`, `public enum X…`, `public typealias X = …`
                    let kindIndex = keyword == "extension" ? 0 : 1
                    if words.count > kindIndex + 1, ["extension", "struct", "enum", "protocol", "typealias"].contains(words[kindIndex]) {
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
                // A protocol's requirements are public without the word.
                let isRequirement = !code.hasPrefix("public ") && code.hasPrefix("static func ")
                    && text.contains("public protocol \(owner):")
                guard code.hasPrefix("public ") || isRequirement else { continue }
                var rest = isRequirement ? code : code.dropFirst(7)
                let isStatic = rest.hasPrefix("static ")
                if isStatic { rest = rest.dropFirst(7) }
                if rest.hasPrefix("init(") {
                    found.append("\(owner)|init(\(labels(of: lines, at: lineIndex)))")
                    continue
                }
                for keyword in ["var", "let", "func"] where rest.hasPrefix(keyword + " ") {
                    let name = rest.dropFirst(keyword.count + 1).prefix { $0 != ":" && $0 != "(" && $0 != " " }
                    let kind = keyword == "func" ? (isStatic ? "static func" : "func") : (isStatic ? "static let" : keyword)
                    found.append("\(owner)|\(kind) \(name)" + (keyword == "func" ? "(\(labels(of: lines, at: lineIndex)))" : ""))
                }
            }
        }
        return found
    }

    /// `name:model:` for the declaration starting at `lines[index]`: its arguments on that line
    /// (`withConfiguration(_ change: …)`) or one per line up to the line starting with `)`.
    static func labels(of lines: [Substring], at index: Int) -> String {
        let head = lines[index]
        var arguments: [Substring] = []
        if head.hasSuffix("(") {
            for line in lines[(index + 1)...] {
                let code = line.drop { $0 == " " }
                if code.hasPrefix(")") { break }
                if !code.hasPrefix("//") { arguments.append(code) }
            }
        } else if let open = head.firstIndex(of: "("), let close = head.firstIndex(of: ")"), head.index(after: open) < close {
            // One argument at most is declared on the opening line by the templates.
            arguments = [head[head.index(after: open)..<close]]
        }
        return arguments.map { argument in
            let outer = argument.prefix { $0 != ":" }.split(separator: " ").first ?? ""
            return outer.trimmingCharacters(in: CharacterSet(charactersIn: "`")) + ":"
        }.joined()
    }

    /// The same keys for the surface; `withRawResponse.list` is `AgentsResource.WithRawResponse`'s.
    static func declarations(in surface: APISurface) -> [String] {
        var found: [String] = []
        let typeNames = Set(surface.types.map(\.name))
        for type in surface.types {
            found.append("\(type.name)|type")
            for member in type.members {
                let labels = "(" + (member.parameters ?? []).map { $0.externalLabel + ":" }.joined() + ")"
                switch member.kind {
                case .initializer: found.append("\(type.name)|init\(labels)")
                case .enumCase: found.append("\(type.name)|case \(member.name)")
                case .method, .staticMethod: found.append("\(type.name)|\(member.kind.rawValue) \(member.name)\(labels)")
                default: found.append("\(type.name)|\(member.kind.rawValue) \(member.name)")
                }
                for twin in member.twins {
                    let parts = twin.path.split(separator: ".").map(String.init)
                    if parts.count == 2, typeNames.contains(parts[0]) {
                        found.append("\(parts[0])|func \(parts[1])\(labels)")
                    } else if parts.count == 2 {
                        // `withRawResponse.list`: a method of the nested `WithRawResponse`.
                        found.append("\(type.name).WithRawResponse|func \(parts[1])\(labels)")
                    } else {
                        found.append("\(type.name)|func \(twin.path)\(labels)")
                    }
                }
            }
            if type.members.contains(where: { $0.name == "withRawResponse" }) { found.append("\(type.name).WithRawResponse|type") }
        }
        return found
    }

    static let fixtures = GoldenTests.cases

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
        // Overloads that differ only in their argument types share a key: each is counted.
        let declared = Dictionary(swift.map { ($0, 1) }, uniquingKeysWith: +)
        let inSurface = Dictionary(listed.map { ($0, 1) }, uniquingKeysWith: +)
        let missing = declared.filter { $0.value > inSurface[$0.key, default: 0] }.keys.sorted()
        let extra = inSurface.filter { $0.value > declared[$0.key, default: 0] }.keys.sorted()
        #expect(missing == [], "declared (as often as the code does) but not in the surface")
        #expect(extra == [], "in the surface (more often than the code declares it) but not declared")
    }
}
