import Foundation
import Testing

@testable import JulepGenKit

/// The SDKs of the corpus's published documents (docs/openapi.md, "Resources and methods") are
/// shaped like their APIs: no word of Julep or of its Python SDK unless the Julep profile is on,
/// resources named by nouns (no Discord resource is a verb), no names carrying a date or a
/// version, and no method repeating its resource's noun where the shorter name is free.
@Suite("Corpus SDKs are shaped like their APIs", .enabled(if: SharedData.isAvailable, SharedData.missingReason))
struct CorpusShapeTests {
    static let documents = [
        "discord.json", "twilio-api-v2010.yaml", "twilio-verify-v2.yaml", "redocly-museum.yaml", "box.json",
        "digitalocean/DigitalOcean-public.v2.yaml", "swagger-petstore-3.yaml", "oai-petstore-expanded.yaml",
    ]

    /// Each document generated once (in the standard profile), for every test that reads it.
    static let generated: [String: Generator.Result] = Dictionary(
        uniqueKeysWithValues: documents.map { ($0, run($0, profile: nil)) })

    static func run(_ document: String, profile: APIProfile?) -> Generator.Result {
        let path = SharedData.url("corpus/" + document).path
        return Generator.run(Generator.Options(specPath: path, builtInTemplates: TestSupport.templates, profile: profile))
    }

    static func generate(_ document: String, profile: APIProfile? = nil) throws -> Generator.Result {
        let result = try #require(profile == nil ? generated[document] : run(document, profile: profile))
        #expect(result.succeeded, "\(document)")
        return result
    }

    @Test(arguments: documents)
    func noJulepOrPythonWithoutTheProfile(_ document: String) throws {
        let result = try Self.generate(document)
        for file in result.files {
            // Both words as the SDK would spell them; `julep-gen`, the tool's name in the headers, is lower case.
            for word in ["Python", "Julep"] where file.contents.contains(word) {
                let line = file.contents.split(separator: "\n").first { $0.contains(word) } ?? ""
                Issue.record("\(document): \(file.path) contains '\(word)': \(line)")
            }
        }
        #expect(!result.files.contains { $0.path.hasSuffix("/PythonLiteral.swift") })
    }

    @Test func theJulepProfileAddsItsPartsToAnOpenAPIDocument() throws {
        let result = try Self.generate("redocly-museum.yaml", profile: .julep)
        let paths = Set(result.files.map(\.path))
        #expect(paths.contains("Sources/RedoclyMuseum/RedoclyMuseumAPI.swift"))
        #expect(paths.contains("Sources/RedoclyMuseum/Runtime/PythonLiteral.swift"))
        let readme = try #require(result.files.first { $0.path == "README.md" }?.contents)
        #expect(readme.contains("## From the Python SDK"))
    }

    @Test func noDiscordResourceIsNamedAfterAVerb() throws {
        let result = try Self.generate("discord.json")
        let api = try #require(result.api)
        // The first words of Discord's operationIds that say what an operation does (those that
        // named 45 resources before: `client.add`, `client.ban`, …).
        let verbs: Set<String> = [
            "add", "ban", "bulk", "create", "execute", "list", "update", "upload", "get", "delete", "put", "join",
            "leave", "send", "trigger", "search", "sync", "preview", "prune", "consume", "crosspost", "follow",
            "revoke", "resolve", "set", "edit", "unban", "remove", "unmerge", "invite",
        ]
        for resource in api.resources {
            let words = SwiftNaming.splitWords(resource.accessorName).map { $0.lowercased() }
            #expect(!verbs.contains(words.first ?? ""), "\(api.accessorPath(resource).joined(separator: "."))")
        }
        let paths = Set(api.resources.map { api.accessorPath($0).joined(separator: ".") })
        #expect(paths.isSuperset(of: ["channels.messages", "webhooks", "guilds.members"]))
        let webhooks = try #require(api.resources.first { $0.name == "webhooks" })
        #expect(webhooks.operations.contains { $0.swiftName == "execute" })
    }

    /// A resource or method name holds no date (`20100401`) nor a version run into it
    /// (`api20100401Account`, `verifyV2Service`); a version is a namespace of its own (`v2010`).
    @Test(arguments: documents)
    func noNameCarriesADateOrVersion(_ document: String) throws {
        let api = try #require(try Self.generate(document).api)
        for resource in api.resources {
            let isNamespace = PathNouns.version(resource.accessorName) == resource.accessorName
            let names = (isNamespace ? [] : [resource.accessorName]) + resource.operations.map(\.swiftName)
            for name in names {
                let hasDate = name.contains { $0.isNumber } && name.split(whereSeparator: { !$0.isNumber }).contains { $0.count >= 4 }
                let hasVersion = name.range(of: "[a-z]V[0-9]", options: .regularExpression) != nil
                #expect(!hasDate && !hasVersion, "\(document): \(api.accessorPath(resource).joined(separator: ".")) \(name)")
            }
        }
    }

    /// `droplets.dropletsList` when `droplets.list` is free reads twice what it says once.
    @Test(arguments: documents)
    func noMethodRepeatsItsResourceWhereTheShorterNameIsFree(_ document: String) throws {
        let api = try #require(try Self.generate(document).api)
        for resource in api.resources {
            let taken = Set(resource.operations.map(\.swiftName))
            let noun = resource.accessorName
            for operation in resource.operations {
                let words = SwiftNaming.splitWords(operation.swiftName)
                // The noun as the method's first words: `droplets` in `dropletsList`.
                let nounWords = SwiftNaming.splitWords(noun).map { $0.lowercased() }
                guard words.count > nounWords.count, words.prefix(nounWords.count).map({ $0.lowercased() }) == nounWords
                else { continue }
                let shorter = SwiftNaming.memberName(words.dropFirst(nounWords.count).joined(separator: " "))
                #expect(
                    taken.contains(shorter),
                    "\(document): \(api.accessorPath(resource).joined(separator: ".")).\(operation.swiftName) could be \(shorter)")
            }
        }
    }
}
