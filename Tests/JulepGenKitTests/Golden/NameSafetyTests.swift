import Foundation
import JulepTestSupport
import Testing

@testable import JulepGenKit

/// Every name a document can give is safe wherever the templates put it (issues 19 and 24): each
/// Swift keyword and each name the templates declare or use themselves (locals, members reached
/// without `self.`) as a property, an enum case, a union case, a path, query and header
/// parameter, a flattened body field and a credential. The SDK generated from it compiles in
/// Swift 6 mode with warnings as errors, and its generated tests type-check.
@Suite("Names are safe in every position", .timeLimit(.minutes(5)))
struct NameSafetyTests {
    /// Contextual keywords: identifiers almost everywhere, keywords in some places.
    static let contextualKeywords = [
        "actor", "any", "associativity", "async", "borrow", "consume", "convenience", "copy", "didSet", "discard",
        "dynamic", "each", "final", "get", "indirect", "infix", "isolated", "lazy", "left", "macro", "mutating", "none",
        "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right",
        "sending", "set", "some", "then", "unowned", "weak", "willSet",
    ]

    /// Names the generated code relies on beyond its locals: members of every model, enum and
    /// client, and what the tests' code declares.
    static let generatedNames = [
        "hashValue", "hash", "rawValue", "unknown", "additionalProperties", "undeclaredProperties", "options",
        "description", "debugDescription", "customMirror", "apiVersion", "api", "withConfiguration", "init",
        "encode", "decoder", "encoder", "container", "discriminator", "value", "raw", "newValue", "provider", "token",
        "password", "username", "environmentValue", "resolveBaseURL", "client", "exchange", "sample", "expected",
        "events", "event", "cases", "json", "requestValue", "selfValue",
    ] + RuntimeNames.clientInitializerArguments + Array(RuntimeNames.methodBodyNames).sorted()
        + [RuntimeNames.responseLocal, RuntimeNames.bodyArgument]

    /// Every local a template that writes spec names declares (`let x`, `var x`, `if let x`,
    /// `case .a(let x)`, `{ x in`), read from the templates themselves so a new local is tested
    /// as soon as it is written. (The runtime's templates hold no spec names.)
    static func templateLocals() throws -> [String] {
        let folder = URL(fileURLWithPath: TestSupport.templates)
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        let declaration = try Regex(#"(?:\blet|\bvar) ([a-z][A-Za-z0-9]*)|\{ ([a-z][A-Za-z0-9]*)(?:, [a-z][A-Za-z0-9]*)* in\b"#)
        var names: Set<String> = []
        for case let url as URL in enumerator where url.pathExtension == "mustache" && !url.path.contains("/runtime/") {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: declaration) {
                for index in 1..<match.count {
                    if let name = match[index].substring { names.insert(String(name)) }
                }
            }
        }
        return names.sorted()
    }

    /// Every name, once per Swift spelling (`Self` would meet `self`).
    static func names() throws -> [String] {
        let keywords = SwiftKeywords.reserved.subtracting(["_"]).sorted()
        var seen: Set<String> = []
        return (keywords + contextualKeywords + generatedNames + (try templateLocals())).filter {
            seen.insert(SwiftNaming.memberName($0)).inserted
        }
    }

    static func nativeSpec(_ names: [String]) throws -> String {
        func fields(_ names: [String], optional: Bool = true) -> [String: Any] {
            Dictionary(uniqueKeysWithValues: names.map { (optional ? $0 + "?" : $0, "string" as Any) })
        }
        let withoutOptions = names.filter { $0 != RuntimeNames.requestOptionsArgument }
        let spec: [String: Any] = [
            "julep-gen": 1,
            "api": ["name": "Names", "version": "1.0.0"],
            "environments": [["name": "prod", "url": "https://api.example.com"]],
            "auth": names.filter { !RuntimeNames.clientInitializerArguments.contains($0) }.prefix(40).map {
                ["name": $0, "header": "X-Key-" + SwiftNaming.typeName($0)]
            },
            "types": [
                "Everything": ["properties": fields(names), "additionalProperties": "int"],
                "Required": ["properties": fields(names, optional: false)],
                "Walk": ["properties": fields(names)],
                "Run": ["properties": ["speed?": "int"]],
                "Cases": ["enum": names],
                // One variant holds every name (its factory takes them all), the others one.
                "Tagged": ["union": [
                    "discriminator": "@kind",
                    "variants": Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0 == 0 ? "Walk" : "Run") }),
                ]],
                "Created": ["properties": ["id": "uuid"]],
                "Page": ["properties": ["items": "list<Run>"]],
            ],
            "resources": ["things": ["operations": [
                "byPath": [
                    "method": "GET", "path": "/" + names.map { "{\($0)}" }.joined(separator: "/"),
                    "pathParams": fields(names, optional: false), "response": "Everything",
                ],
                "byQuery": ["method": "GET", "path": "/q", "query": fields(names), "response": "Tagged"],
                "byHeader": ["method": "GET", "path": "/h", "headers": fields(names)],
                "byFields": ["method": "POST", "path": "/f", "body": ["properties": fields(withoutOptions)], "response": "Required"],
                "byBody": ["method": "POST", "path": "/b", "body": ["type": "Walk", "flatten": true], "response": "Walk"],
                "whole": ["method": "PUT", "path": "/w", "body": "Everything", "response": "Everything"],
                "get": ["method": "GET", "path": "/things/{id}", "pathParams": ["id": "uuid"], "response": "Everything"],
                "create": [
                    "method": "POST", "path": "/things", "body": ["properties": fields(withoutOptions.filter { $0 != "id" })],
                    "response": "Created", "returns": ["type": "Everything", "fetch": "get"],
                ],
                "list": [
                    "method": "GET", "path": "/list",
                    "query": fields(names).merging(["offset?": "int", "limit?": "int"]) { _, new in new },
                    "response": "Page", "pagination": "offset",
                ],
            ]]],
        ]
        let data = try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }

    /// The documents of issue 19 and 24: a union variant's property named `inout`, `container`
    /// and `encoder` beside `additionalProperties`, a flattened body with fields named like the
    /// method's locals, credentials named like the client initializer's arguments and `self`, and
    /// descriptions with every kind of line break.
    static let openAPIDocument = """
        openapi: 3.0.0
        info: {title: T, version: "1", description: "One\\r\\ntwo\\rthree\\u0085four\\u2028five\\u2029six"}
        security: [{timeout: []}, {environment: []}, {selfKey: []}]
        paths:
          /pets:
            get:
              operationId: listPets
              description: "You can fetch\\r\\nall the pets"
              responses:
                "204": {description: "ok\\rreally\\u2028truly"}
            post:
              operationId: createPet
              description: "Creates\\u0085a pet\\u2029now"
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        request: {type: string, description: "The\\r\\nrequest"}
                        body: {type: string}
                        core: {type: string}
                        withRawResponse: {type: string}
                        inout: {type: string}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Activity'}
        components:
          securitySchemes:
            timeout: {type: apiKey, in: header, name: X-Timeout}
            environment: {type: apiKey, in: header, name: X-Environment}
            selfKey: {type: apiKey, in: header, name: self}
          schemas:
            Walk:
              type: object
              required: [kind]
              properties:
                kind: {type: string}
                inout: {type: string, description: "Line one\\r\\nline two"}
            Run:
              type: object
              required: [kind]
              properties:
                kind: {type: string}
                speed: {type: integer}
            Activity:
              oneOf:
                - {$ref: '#/components/schemas/Walk'}
                - {$ref: '#/components/schemas/Run'}
              discriminator: {propertyName: kind}
            Box:
              type: object
              required: [container, encoder]
              properties:
                container: {type: string}
                encoder: {type: string}
              additionalProperties: {type: integer}
        """

    /// Where `swift build` put the modules the generated tests import (`JulepTestSupport`), next
    /// to this test binary.
    static var builtModules: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            TestSupport.packageRoot.appendingPathComponent(".build/debug"),
        ]
        return candidates.map { $0.appendingPathComponent("Modules") }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("JulepTestSupport.swiftmodule").path)
        }
    }

    /// Compiles the SDK of `result` into a module, then type-checks its generated tests against it.
    static func compileWithTests(_ result: Generator.Result) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("julep-gen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            var sources: [String] = []
            var tests: [String] = []
            for file in result.files where file.path.hasSuffix(".swift") && file.path != "Package.swift" {
                let url = directory.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
                if file.path.hasPrefix("Tests/") { tests.append(url.path) } else { sources.append(url.path) }
            }
            let module = result.api?.swiftName ?? "SDK"
            let modules = directory.appendingPathComponent("modules")
            try FileManager.default.createDirectory(at: modules, withIntermediateDirectories: true)
            let sdk = try await SwiftCompiler.compileOffThePool(
                sources, moduleName: module, output: modules.appendingPathComponent("\(module).swiftmodule").path)
            #expect(sdk.status == 0, "the SDK does not compile:\n\(sdk.text.prefix(4000))")
            #expect(!sdk.text.contains("warning:"), "the SDK compiles with warnings:\n\(sdk.text.prefix(4000))")
            guard sdk.status == 0 else { return }
            let built = try #require(Self.builtModules, "no JulepTestSupport module next to the test binary")
            var arguments = ["-typecheck", "-I", modules.path, "-I", built.path]
            // FlyingFox's C module on Linux, which JulepTestSupport imports through it.
            let systemModule = TestSupport.packageRoot
                .appendingPathComponent(".build/checkouts/FlyingFox/CSystemLinux/include/module.modulemap")
            if FileManager.default.fileExists(atPath: systemModule.path) {
                arguments += ["-Xcc", "-fmodule-map-file=" + systemModule.path]
            }
            let checked = try await SwiftCompiler.runOffThePool(arguments + tests)
            #expect(checked.status == 0, "the generated tests do not type-check:\n\(checked.text.prefix(4000))")
            #expect(!checked.text.contains("warning:"), "the generated tests warn:\n\(checked.text.prefix(4000))")
        }
    }

    @Test func templateLocalsAreFound() throws {
        let locals = try Self.templateLocals()
        for name in ["request", "body", "response", "container", "discriminator", "value", "configuration", "password"] {
            #expect(locals.contains(name), "\(name)")
        }
    }

    @Test func everyNameCompilesInANativeSpec() async throws {
        let names = try Self.names()
        let result = try TestSupport.generate(["api.json": try Self.nativeSpec(names)], root: "api.json", tests: true)
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics).filter { $0.contains("error") }.prefix(10))")
        guard result.succeeded else { return }
        // Arguments named like what a method body uses are renamed inside it, never outside: the
        // labels are as written. (`requestValue` is itself a name here, so `request`'s is `requestValue2`.)
        let resource = try #require(result.files.first { $0.path.hasSuffix("ThingsResource.swift") })
        let declarations = [
            "request requestValue2: String? = nil", "requestValue: String? = nil", "core coreValue: String? = nil",
            "`inout`: String? = nil",
        ]
        for declaration in declarations {
            #expect(resource.contents.contains(declaration), "\(declaration)")
        }
        try await Self.compileWithTests(result)
    }

    @Test func theIssuesDocumentsCompile() async throws {
        let result = try TestSupport.generate(["openapi.yaml": Self.openAPIDocument], root: "openapi.yaml", tests: true)
        #expect(result.succeeded, "\(TestSupport.lines(result.diagnostics))")
        guard result.succeeded else { return }
        for file in result.files where file.path.hasSuffix(".swift") {
            for line in file.contents.split(separator: "\n") where line.contains("///") {
                #expect(!LineBreaks.contains(in: line), "\(file.path): \(line)")
            }
        }
        try await Self.compileWithTests(result)
    }
}

extension SwiftCompiler {
    /// `swiftc` with `arguments`, in Swift 6 mode with warnings as errors, on a thread of its own
    /// (``TestSupport/offThePool(_:)``).
    static func runOffThePool(_ arguments: [String]) async throws -> Output {
        try await offThePool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["swiftc", "-swift-version", "6", "-warnings-as-errors"] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try ProcessLaunch.run(process)
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
        }
    }
}
