import Foundation
import Testing

@testable import JulepGenKit

/// Mutants of the golden fixtures' specs, from deterministic seeds: broken bytes, and documents
/// with hostile structure (duplicate keys, negative and huge bounds, keyword and 300-character
/// names, line breaks in text, nesting up to and past the limit, swapped and emptied parts).
/// Each must generate (SDK and sample tests) or fail with located errors, in bounded time, and
/// never crash (a crash would take the test process down). A mutant past its time bound fails
/// its test when the bound is up (see `finished(within:_:)`).
///
/// `JULEP_GEN_FUZZ=N` runs N mutants instead of the few the normal test run tries (see
/// docs/contributing.md). A sample of the mutants that generate (not deepened ones) is also
/// compiled: about 20 in a large run, three in the normal one. Julep's published OpenAPI document
/// (shared data) is mutated too.
@Suite("Fuzzing the fixtures")
struct FuzzTests {
    /// How many mutants: the environment's `JULEP_GEN_FUZZ`, else a few seconds' worth.
    static let count = ProcessInfo.processInfo.environment["JULEP_GEN_FUZZ"].flatMap(Int.init) ?? 16
    static let isLarge = ProcessInfo.processInfo.environment["JULEP_GEN_FUZZ"] != nil
    /// Longer than any mutant takes (a few seconds for the deepest in a debug build): each
    /// mutant's generation is abandoned and its test failed when it is up.
    static let timeBound: Duration = .seconds(60)
    /// In a large run, about this many of the mutants that generate are compiled, one at a time
    /// (a compiler run per mutant at once would starve the rest of the machine).
    static let compiledSamples = 20
    static let compileEvery = max(1, count / compiledSamples)
    /// The normal run's mutants that generate and are compiled: seeds picked because their
    /// mutants generate (a test fails when one no longer does, so another is picked).
    static let compiledInNormalRun: Set<Int> = [3, 6]
    static let referenceCompiledInNormalRun: Set<Int> = [0]
    /// Mutants of the reference document: a few in the normal run, a tenth of `count` in a large one.
    static let referenceCount = isLarge ? max(1, count / 10) : 4

    /// A fixture's spec folder: its files by path relative to `spec/`.
    struct Fixture: Sendable {
        var name: String
        var files: [String: String]
    }

    static let fixtures: [Fixture] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.fixtures.path))?.sorted() ?? []
        return names.compactMap { name -> Fixture? in
            let spec = TestSupport.fixtures.appendingPathComponent(name).appendingPathComponent("spec")
            guard let enumerator = FileManager.default.enumerator(at: spec, includingPropertiesForKeys: nil) else { return nil }
            var files: [String: String] = [:]
            for case let url as URL in enumerator where ["yaml", "yml", "json"].contains(url.pathExtension) {
                let relative = String(url.standardizedFileURL.path.dropFirst(spec.standardizedFileURL.path.count + 1))
                files[relative] = try? String(contentsOf: url, encoding: .utf8)
            }
            return files.isEmpty ? nil : Fixture(name: name, files: files)
        }
    }()

    @Test func everyFixtureIsFound() {
        #expect(Self.fixtures.count == GoldenTests.cases.count)
    }

    /// Each mutant's generation is bounded by `timeBound`; the time limit is a last resort (for
    /// the compiler). It is long because in a large run a case may wait for its turn to generate
    /// (a mutant per core) and for the compiler, which compiles one mutant at a time.
    @Test(.timeLimit(.minutes(60)), arguments: 0..<count)
    func mutantGeneratesOrFailsWithLocatedErrors(_ seed: Int) async throws {
        var random = RobustnessTests.SplitMix64(state: 0x5EED_0000 + UInt64(seed))
        let fixture = Self.fixtures[seed % Self.fixtures.count]
        let (files, summary) = FuzzMutator.mutate(fixture.files, using: &random)
        try await Self.check(
            files.mapKeys { "spec/" + $0 }, root: "spec", context: "seed \(seed) (\(fixture.name): \(summary))",
            compiles: Self.isLarge
                ? seed % Self.compileEvery == 0 && !summary.contains("deepen") : Self.compiledInNormalRun.contains(seed))
    }

    /// A mutant that hangs is given up on when its bound is up (and its test fails, naming its
    /// seed), not at the test's time limit.
    ///
    /// The time checked is when the outcome was decided, not when this test ran again: on a
    /// machine with few cores, other suites generating synchronously can keep the cooperative
    /// pool busy for many seconds before an awaiting test gets a thread back.
    @Test func aHangIsGivenUpOnWhenTheBoundIsUp() async throws {
        let release = DispatchSemaphore(value: 0)
        defer { release.signal() }
        let start = ContinuousClock.now
        let hung = try await Self.finished(within: .milliseconds(200)) {
            release.wait()
            return 1
        }
        #expect(hung.value == nil)
        #expect(hung.decided - start < .seconds(10))
        // What finishes in time is returned.
        #expect(try await Self.finished(within: .seconds(30)) { 43 }.value == 43)
    }

    /// Mutants of Julep's published OpenAPI document, unmodified in the shared data.
    @Test(
        .enabled(if: SharedData.isAvailable, SharedData.missingReason), .timeLimit(.minutes(60)),
        arguments: 0..<referenceCount)
    func referenceMutantGeneratesOrFailsWithLocatedErrors(_ seed: Int) async throws {
        var random = RobustnessTests.SplitMix64(state: 0x5EED_7EF0_0000 + UInt64(seed))
        let text = try String(contentsOfFile: SharedData.referenceDocument, encoding: .utf8)
        let (files, summary) = FuzzMutator.mutate(["openapi.yaml": text], using: &random)
        try await Self.check(
            files, root: "openapi.yaml", context: "reference seed \(seed) (\(summary))",
            compiles: !Self.isLarge && Self.referenceCompiledInNormalRun.contains(seed))
    }

    /// Generates a mutant (SDK and sample tests) and checks what the run gave: bounded time,
    /// located errors; `compiles`: when it generated, its SDK compiles without warnings.
    static func check(_ files: [String: String], root: String, context: String, compiles: Bool) async throws {
        // Generating runs on threads of its own, outside the cooperative pool that would have
        // kept it to a mutant per core: the turns do, and the bound counts from the start.
        await Turns.generation.take()
        let generated: Generator.Result?
        do {
            generated = try await finished(within: timeBound) {
                try TestSupport.generate(files, root: root, tests: true)
            }.value
        } catch {
            await Turns.generation.give()
            throw error
        }
        await Turns.generation.give()
        guard let result = generated else {
            Issue.record("\(context) did not finish within \(timeBound): abandoned, its thread left running")
            return
        }
        for diagnostic in result.diagnostics.all where diagnostic.severity == .error {
            #expect(diagnostic.location != nil, "\(context): unlocated error '\(diagnostic.message)'")
        }
        // Quoting the source lines of every diagnostic must not fail either.
        _ = DiagnosticRenderer(sources: result.sources).render(result.diagnostics.sorted)
        // Not the deepened ones: Swift's compiler takes very long over expressions and literals
        // nested hundreds of levels deep, which a document may still ask for.
        if compiles {
            #expect(result.succeeded, "\(context) was picked to be compiled but no longer generates: pick another seed")
            if result.succeeded { try await Self.compile(result, context: context) }
        }
    }

    /// What `finished(within:_:)` decided: `work`'s value, or `nil` when the bound came first,
    /// and when that was.
    struct Decided<Value: Sendable>: Sendable {
        var value: Value?
        var decided: ContinuousClock.Instant
    }

    /// `work`'s value, computed on a thread of its own and waited for at most `bound`; `nil`
    /// past it.
    ///
    /// Generating cannot be cancelled: it is synchronous and never checks for cancellation. So a
    /// mutant past its bound is abandoned rather than stopped: its test fails as the bound is up
    /// (`check` records the issue, with the seed and the mutations), and the other mutants go on,
    /// while its thread runs on (taking a core and its memory) until it ends or the test process
    /// does. The deadline fires on a Dispatch queue, not on Swift's cooperative pool, which other
    /// tests generating synchronously may keep busy.
    static func finished<Value: Sendable>(
        within bound: Duration, _ work: @escaping @Sendable () throws -> Value
    ) async throws -> Decided<Value> {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Decided<Value>, any Error>) in
            let first = FirstOutcome(continuation)
            Thread { first.resume(with: Result { Decided(value: try work(), decided: .now) }) }.start()
            let (seconds, attoseconds) = bound.components
            let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                first.resume(with: .success(Decided(value: nil, decided: .now)))
            }
        }
    }

    /// Compiles a mutant's SDK (not its tests), as `CompileTests` does the fixtures'.
    static func compile(_ result: Generator.Result, context: String) async throws {
        await Turns.compiler.take()
        defer { Task { await Turns.compiler.give() } }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("julep-gen-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var sources: [String] = []
        for file in result.files where file.path.hasSuffix(".swift") && file.path.hasPrefix("Sources/") {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
            sources.append(url.path)
        }
        let output = try await SwiftCompiler.compileOffThePool(
            sources, moduleName: result.api?.swiftName ?? "SDK", output: directory.appendingPathComponent("m.swiftmodule").path)
        #expect(output.status == 0 && !output.text.contains("warning:"), "\(context) does not compile cleanly:\n\(output.text.prefix(3000))")
    }
}

/// Whichever of a mutant's result and its deadline comes first; the other is ignored.
///
/// `@unchecked Sendable`: `continuation` is only read or written while holding `lock`.
private final class FirstOutcome<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, any Error>?

    init(_ continuation: CheckedContinuation<Value, any Error>) {
        self.continuation = continuation
    }

    func resume(with result: Result<Value, any Error>) {
        let waiting = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}

/// Lets a fixed number of runs go at once; the others wait, in the order they asked.
actor Turns {
    /// One compiler run at a time.
    static let compiler = Turns(1)
    /// As many mutants generating at once as there are cores.
    static let generation = Turns(max(1, ProcessInfo.processInfo.activeProcessorCount))

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) {
        free = count
    }

    func take() async {
        guard free == 0 else {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func give() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

extension Dictionary where Key == String {
    fileprivate func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}

/// The mutations, on a spec's parsed tree (written back as JSON, which YAML reads) or its text.
enum FuzzMutator {
    /// A document as a tree that can hold raw text (a deep structure built as a string) and repeated keys.
    indirect enum Tree {
        case scalar(String, plain: Bool)
        case list([Tree])
        case map([(key: String, value: Tree)])
        case raw(String)
    }

    /// Values that broke the generator once, or might.
    static let hostileScalars: [Tree] = [
        .raw("-5"), .raw("-1"), .raw("0"), .raw("1000000000"), .raw("1e308"), .raw("-1e308"), .raw("9223372036854775807"),
        .scalar("", plain: false), .scalar(String(repeating: "Long", count: 75), plain: false),
        .scalar("inout", plain: false), .scalar("container", plain: false), .scalar("request", plain: false),
        .scalar("self", plain: false), .scalar("Type", plain: false), .scalar("line\r\nbreak\u{2028}and\u{85}more", plain: false),
        .scalar("list<", plain: false), .scalar("map<list<string>", plain: false), .scalar("a | b?", plain: false),
        .scalar("{x}", plain: false), .scalar("#/components/schemas/Missing", plain: false), .raw("null"), .raw("true"),
        .raw("[]"), .raw("{}"),
    ]

    /// Names for keys: Swift keywords, the templates' locals, long and odd ones.
    static let hostileKeys = [
        "inout", "container", "request", "response", "body", "core", "self", "default", "encoder", "hashValue",
        String(repeating: "Name", count: 75), "", "a b", "ünï", "$ref", "minLength", "maxItems", "additionalProperties",
    ]

    static let bounds = ["minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum"]

    /// 1–3 mutations of one of `files`; the new files and what was done, for the failure message.
    static func mutate(_ files: [String: String], using random: inout RobustnessTests.SplitMix64) -> ([String: String], String) {
        var files = files
        let path = files.keys.sorted()[Int.random(in: 0..<files.count, using: &random)]
        var text = files[path] ?? ""
        var done: [String] = []
        var diagnostics = Diagnostics()
        if Int.random(in: 0..<4, using: &random) > 0, let node = YAMLReader.parse(text, path: path, diagnostics: &diagnostics) {
            var tree = Tree(node)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                done.append(mutate(&tree, using: &random))
            }
            text = tree.json
        }
        if done.isEmpty || Int.random(in: 0..<5, using: &random) == 0 {
            text = RobustnessTests.mutate(text, seed: random.next())
            done.append("bytes")
        }
        files[path] = text
        return (files, "\(path): " + done.joined(separator: ", "))
    }

    /// One mutation somewhere in `tree`; its name.
    static func mutate(_ tree: inout Tree, using random: inout RobustnessTests.SplitMix64) -> String {
        let kinds = ["delete", "duplicate", "scalar", "key", "bound", "deepen", "swap", "empty"]
        let kind = kinds[Int.random(in: 0..<kinds.count, using: &random)]
        let paths = tree.paths()
        guard !paths.isEmpty else { return "none" }
        let path = paths[Int.random(in: 0..<paths.count, using: &random)]
        switch kind {
        case "delete":
            tree.modifyParent(of: path) { parent, index in
                if case .map(var entries) = parent { entries.remove(at: index); parent = .map(entries) }
                if case .list(var items) = parent { items.remove(at: index); parent = .list(items) }
            }
        case "duplicate":
            tree.modifyParent(of: path) { parent, index in
                if case .map(var entries) = parent { entries.insert(entries[index], at: index + 1); parent = .map(entries) }
            }
        case "scalar":
            let value = hostileScalars[Int.random(in: 0..<hostileScalars.count, using: &random)]
            tree.modify(path) { $0 = value }
        case "key":
            let key = hostileKeys[Int.random(in: 0..<hostileKeys.count, using: &random)]
            tree.modifyParent(of: path) { parent, index in
                if case .map(var entries) = parent { entries[index].key = key; parent = .map(entries) }
            }
        case "bound":
            let key = bounds[Int.random(in: 0..<bounds.count, using: &random)]
            let value = [Tree.raw("-3"), .raw("1000000000"), .raw("0"), .raw("-0.5")][Int.random(in: 0..<4, using: &random)]
            tree.modify(path) { node in
                if case .map(var entries) = node { entries.append((key, value)); node = .map(entries) }
            }
        case "deepen":
            let depth = [30, 120, 400, 1_100][Int.random(in: 0..<4, using: &random)]
            let shapes = [
                (#"{"type": "object", "properties": {"n": "#, #"{"type": "string"}"#, "}}"),
                (#"{"anyOf": [{"type": "integer"}, "#, #"{"type": "string"}"#, "]}"),
                (#"{"type": "array", "items": "#, #"{"type": "string"}"#, "}"),
                ("\"" + String(repeating: "list<", count: depth), "string", String(repeating: ">", count: depth) + "\""),
            ]
            let (open, leaf, close) = shapes[Int.random(in: 0..<shapes.count, using: &random)]
            let deep = open.hasPrefix("\"") ? open + leaf + close
                : String(repeating: open, count: depth) + leaf + String(repeating: close, count: depth)
            tree.modify(path) { $0 = .raw(deep) }
            return "deepen \(depth)"
        case "swap":
            let other = paths[Int.random(in: 0..<paths.count, using: &random)]
            guard let a = tree.node(at: path), let b = tree.node(at: other), !path.starts(with: other), !other.starts(with: path)
            else { return "swap (skipped)" }
            tree.modify(path) { $0 = b }
            tree.modify(other) { $0 = a }
        default:
            let value = [Tree.map([]), .list([]), .raw("null")][Int.random(in: 0..<3, using: &random)]
            tree.modify(path) { $0 = value }
        }
        return kind
    }
}

extension FuzzMutator.Tree {
    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar): self = .scalar(scalar.value, plain: scalar.style == .plain && node.tag == nil)
        case .sequence(let items): self = .list(items.map(Self.init))
        case .mapping(let entries): self = .map(entries.map { ($0.key.string ?? "", Self($0.value)) })
        }
    }

    /// Every node's path (indices from the root), the root excluded.
    func paths(prefix: [Int] = []) -> [[Int]] {
        switch self {
        case .scalar, .raw: return []
        case .list(let items):
            return items.indices.flatMap { [prefix + [$0]] + items[$0].paths(prefix: prefix + [$0]) }
        case .map(let entries):
            return entries.indices.flatMap { [prefix + [$0]] + entries[$0].value.paths(prefix: prefix + [$0]) }
        }
    }

    func node(at path: [Int]) -> Self? {
        guard let first = path.first else { return self }
        switch self {
        case .list(let items) where items.indices.contains(first): return items[first].node(at: Array(path.dropFirst()))
        case .map(let entries) where entries.indices.contains(first): return entries[first].value.node(at: Array(path.dropFirst()))
        default: return nil
        }
    }

    mutating func modify(_ path: [Int], _ change: (inout Self) -> Void) {
        guard let first = path.first else { return change(&self) }
        switch self {
        case .list(var items) where items.indices.contains(first):
            items[first].modify(Array(path.dropFirst()), change)
            self = .list(items)
        case .map(var entries) where entries.indices.contains(first):
            entries[first].value.modify(Array(path.dropFirst()), change)
            self = .map(entries)
        default:
            break
        }
    }

    /// `change` of the collection holding the node at `path`, with the node's index in it.
    mutating func modifyParent(of path: [Int], _ change: (inout Self, Int) -> Void) {
        guard let last = path.last else { return }
        modify(Array(path.dropLast())) { change(&$0, last) }
    }

    /// As JSON (keys repeated as they are; plain scalars that JSON reads as values left bare).
    var json: String {
        switch self {
        case .raw(let text): return text
        case .scalar(let value, let plain):
            if plain, ["true", "false", "null"].contains(value) || Double(value) != nil && value.first != "+" && !value.hasPrefix(".") {
                return value
            }
            return SampleJSON.quoted(value)
        case .list(let items): return "[" + items.map(\.json).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.map { SampleJSON.quoted($0.key) + ": " + $0.value.json }.joined(separator: ", ") + "}"
        }
    }
}
