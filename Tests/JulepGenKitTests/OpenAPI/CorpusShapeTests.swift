import Foundation
import JulepTestSupport
import Testing

@testable import JulepGenKit

/// The SDKs of the corpus's published documents (docs/openapi.md, "Resources and methods") are
/// shaped like their APIs: no word of Julep or of its Python SDK unless the Julep profile is on,
/// resources named by nouns (no Discord resource is a verb), no names carrying a date or a
/// version or starting with `_` or a digit, and no method repeating its resource's noun where the
/// shorter name is free.
@Suite("Corpus SDKs are shaped like their APIs", .enabled(if: SharedData.isAvailable, SharedData.missingReason))
struct CorpusShapeTests {
    /// Every document of the corpus, as `.ci/corpus` finds them: the YAML and JSON files at the top
    /// of `corpus/`, and the root file (the one that declares `openapi:`) of each multi-file
    /// document's folder; `versions/` holds older versions of documents above, not documents of
    /// its own. Paths relative to `corpus/`; empty without the shared data (the suite is skipped).
    static let documents: [String] = {
        let corpus = SharedData.url("corpus")
        let manager = FileManager.default
        let isDocument = { (name: String) in [".yaml", ".yml", ".json"].contains { name.hasSuffix($0) } }
        var documents: [String] = []
        let names = ((try? manager.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
        for name in names {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: corpus.appendingPathComponent(name).path, isDirectory: &isFolder) else {
                continue
            }
            if !isFolder.boolValue {
                if isDocument(name) { documents.append(name) }
                continue
            }
            guard name != "versions" else { continue }
            let folder = corpus.appendingPathComponent(name)
            let files = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for file in files where isDocument(file) {
                let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
                // `.ci/corpus`'s `grep -qE '^(openapi:|\{?[[:space:]]*"openapi")'`.
                let declaresOpenAPI = text.split(separator: "\n", omittingEmptySubsequences: false).contains { line in
                    line.hasPrefix("openapi:")
                        || line.drop { $0 == "{" || $0 == " " || $0 == "\t" }.hasPrefix("\"openapi\"")
                }
                if declaresOpenAPI { documents.append(name + "/" + file) }
            }
        }
        return documents
    }()

    @Test func everyCorpusDocumentIsChecked() {
        // The corpus as its README lists it: 22 documents at the top and DigitalOcean's multi-file
        // one. A document added there is checked too; this catches one lost.
        #expect(Self.documents.count >= 23, "\(Self.documents)")
        #expect(Self.documents.contains("digitalocean/DigitalOcean-public.v2.yaml"))
        #expect(!Self.documents.contains { $0.hasPrefix("versions/") })
    }

    /// Each document generated once (in the standard profile), for every test that reads it: on a
    /// thread of its own, which the tests await without holding a thread of the pool (a lazily
    /// computed `static let` would hold one while it generates and block every other test of the
    /// suite in its initialization, stalling the whole run for the corpus's time).
    static let generated = Task {
        try await offThePool {
            Dictionary(uniqueKeysWithValues: documents.map { ($0, run($0, profile: nil)) })
        }
    }

    static func run(_ document: String, profile: APIProfile?) -> Generator.Result {
        let path = SharedData.url("corpus/" + document).path
        return Generator.run(Generator.Options(specPath: path, builtInTemplates: TestSupport.templates, profile: profile))
    }

    static func generate(_ document: String, profile: APIProfile? = nil) async throws -> Generator.Result {
        let generated = profile == nil
            ? try await generated.value[document]
            : try await offThePool { run(document, profile: profile) }
        let result = try #require(generated)
        #expect(result.succeeded, "\(document)")
        return result
    }

    @Test(arguments: documents)
    func noJulepOrPythonWithoutTheProfile(_ document: String) async throws {
        let result = try await Self.generate(document)
        for file in result.files {
            // Both words as the SDK would spell them; `julep-gen`, the tool's name in the headers, is lower case.
            for word in ["Python", "Julep"] where file.contents.contains(word) {
                let line = file.contents.split(separator: "\n").first { $0.contains(word) } ?? ""
                Issue.record("\(document): \(file.path) contains '\(word)': \(line)")
            }
        }
        #expect(!result.files.contains { $0.path.hasSuffix("/PythonLiteral.swift") })
    }

    @Test func theJulepProfileAddsItsPartsToAnOpenAPIDocument() async throws {
        let result = try await Self.generate("redocly-museum.yaml", profile: .julep)
        let paths = Set(result.files.map(\.path))
        #expect(paths.contains("Sources/RedoclyMuseum/RedoclyMuseumAPI.swift"))
        #expect(paths.contains("Sources/RedoclyMuseum/Runtime/PythonLiteral.swift"))
        let readme = try #require(result.files.first { $0.path == "README.md" }?.contents)
        #expect(readme.contains("## From the Python SDK"))
    }

    @Test func noDiscordResourceIsNamedAfterAVerb() async throws {
        let result = try await Self.generate("discord.json")
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
    func noNameCarriesADateOrVersion(_ document: String) async throws {
        let api = try #require(await Self.generate(document).api)
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

    /// A resource or method name starts with a letter: `oneClickApplications`, not
    /// `_1ClickApplications`; `v2.repositories`, not `_20.repositories`.
    @Test(arguments: documents)
    func noNameStartsWithAnUnderscoreOrADigit(_ document: String) async throws {
        let api = try #require(await Self.generate(document).api)
        for resource in api.resources {
            for name in [resource.accessorName] + resource.operations.map(\.swiftName) {
                let first = name.drop { $0 == "`" }.first
                #expect(
                    first != "_" && first?.isNumber != true,
                    "\(document): \(api.accessorPath(resource).joined(separator: ".")) \(name)")
            }
        }
    }

    /// `droplets.dropletsList`, `files.createFile`, `tickets.buyMuseumTickets` read twice what
    /// they say once, when `droplets.list`, `files.create`, `tickets.buyMuseum` are free.
    @Test(arguments: documents)
    func noMethodRepeatsItsResourceWhereTheShorterNameIsFree(_ document: String) async throws {
        let api = try #require(await Self.generate(document).api)
        for resource in api.resources {
            let taken = Set(resource.operations.map(\.swiftName))
            let path = api.accessorPath(resource).joined(separator: ".")
            for operation in resource.operations {
                for shorter in Self.namesWithout(resource.accessorName, in: operation.swiftName)
                where !taken.contains(shorter) {
                    Issue.record("\(document): \(path).\(operation.swiftName) could be \(shorter)")
                }
            }
        }
    }

    @Test func aNounIsFoundAtEitherEndOfAName() {
        #expect(Self.namesWithout("droplets", in: "dropletsList") == ["list"])
        #expect(Self.namesWithout("files", in: "createFile") == ["create"])
        #expect(Self.namesWithout("tickets", in: "buyMuseumTickets") == ["buyMuseum"])
        #expect(Self.namesWithout("geoPermissions", in: "updateGeopermissions") == ["update"])
        #expect(Self.namesWithout("safeList", in: "SafelistFetch") == ["fetch"])
        // The resource's noun leads the name only as written: `ban` is the verb of `banUser`.
        #expect(Self.namesWithout("bans", in: "banUser").isEmpty)
        #expect(Self.namesWithout("files", in: "create").isEmpty)
    }

    /// The names `name` would have without the resource's noun: at its start as written
    /// (`dropletsList` in `droplets`), at its end singular or plural (`createFile` in `files`).
    /// Words are compared in lower case and run together (`Geopermissions`, `geoPermissions`).
    static func namesWithout(_ noun: String, in name: String) -> [String] {
        let words = SwiftNaming.splitWords(name)
        let noun = SwiftNaming.splitWords(noun).joined().lowercased()
        let forms = Set([noun] + PathNouns.singulars(noun))
        var names: [String] = []
        for cut in words.indices.dropFirst() {
            if words[..<cut].joined().lowercased() == noun {
                names.append(SwiftNaming.memberName(words[cut...].joined(separator: " ")))
            }
            if forms.contains(words[cut...].joined().lowercased()) {
                names.append(SwiftNaming.memberName(words[..<cut].joined(separator: " ")))
            }
        }
        return names
    }
}
