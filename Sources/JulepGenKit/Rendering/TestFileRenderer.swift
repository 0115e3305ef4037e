import Foundation

/// Renders the SDK's generated tests (see `TestContextBuilder`), next to the SDK in the output folder:
///
///     Tests/<API>SampleTests/SampleSupport.swift                  tests/support
///     Tests/<API>SampleTests/Models/<SpecFile>Samples.swift       tests/model-samples (per spec file declaring types; see `modelGroups`)
///     Tests/<API>SampleTests/Routes/<X>ResourceWireTests.swift    tests/route-wire (one per resource)
///     Tests/<API>SampleTests/Support/<Name>.swift                 the loopback server, copied (see `SampleTestSupportFiles`)
///
/// The package's `Package.swift` declares the test target, which needs nothing but the SDK and
/// Foundation: the generated package's `swift test` runs them on its own.
struct TestFileRenderer {
    let projection: SwiftProjection
    var api: APIDefinition { projection.api }
    let templates: TemplateSet

    static let requiredTemplates = ["tests/support", "tests/model-samples", "tests/route-wire"]

    /// One job per test file (see `FileRenderer`, which renders them with the SDK's files).
    func jobs(diagnostics: inout Diagnostics) -> [RenderJob] {
        for name in Self.requiredTemplates where templates.texts[name] == nil {
            diagnostics.error("the template '\(name).mustache' is missing", at: nil)
        }
        guard !diagnostics.hasErrors else { return [] }
        let builder = TestContextBuilder(projection: projection)
        if let deepest = builder.deepestSmallestValue(), deepest.depth > NestingLimit.maximumDepth {
            diagnostics.error(
                "a value of '\(deepest.id.rawValue)' holds \(deepest.depth) types inside one another through required "
                    + "properties; julep-gen's nesting limit for the sample values of the generated tests is "
                    + "\(NestingLimit.maximumDepth) (generate without tests, or make a property on the chain optional)",
                at: api.type(deepest.id)?.location)
            return []
        }
        for resource in api.resources {
            for operation in resource.operations {
                guard let reason = builder.unsampledArgument(of: operation, in: resource) else { continue }
                diagnostics.warning(
                    "operation '\(operation.name)' gets no generated wire test: \(reason)", at: operation.location)
            }
        }
        let folder = "Tests/\(TestContextBuilder.moduleName(api: api))"
        var jobs: [RenderJob] = []
        func add(_ path: String, template: String, context: @escaping @Sendable () -> any Encodable) {
            jobs.append(RenderJob(path: path, template: template, context: context))
        }
        for group in Self.modelGroups(api) {
            add("\(folder)/Models/\(group.name).swift", template: "tests/model-samples") {
                var builder = builder
                return builder.modelFile(group.declarations)
            }
        }
        add("\(folder)/SampleSupport.swift", template: "tests/support") { builder.support() }
        for resource in api.resources where !resource.operations.isEmpty {
            add("\(folder)/Routes/\(resource.typeName)WireTests.swift", template: "tests/route-wire") {
                // Each test starts its samples over, so a copy of the builder per file builds
                // what one builder would, file after file.
                var builder = builder
                return builder.routeFile(resource)
            }
        }
        return jobs
    }

    /// At most this many suites (types, nested ones included) in one file of model samples.
    /// A few large files compile much faster than one per model (the compiler's cost per file of a
    /// test module grows with the number of files), but one file is rendered, and compiled, on one
    /// core: an OpenAPI document declares all its types in one file.
    static let maxSuitesPerFile = 120

    /// The files of model samples: the models grouped by the spec file that declares them
    /// (`spec/tasks.yaml` → `TasksSamples`), in the API's order. A group of more than
    /// `maxSuitesPerFile` suites goes on in `TasksSamples2`, `TasksSamples3`, …; a type stays in
    /// one file with its nested types. Largest first, so that no core is left with a large file
    /// at the end of the run.
    static func modelGroups(_ api: APIDefinition) -> [(name: String, declarations: [TypeDeclaration])] {
        var groups: [String: [TypeDeclaration]] = [:]
        for declaration in api.types {
            let file = declaration.location.map { ($0.file as NSString).lastPathComponent } ?? "models"
            let stem = (file as NSString).deletingPathExtension
            let name = NameShortening.shortened(SwiftNaming.typeName(stem.isEmpty ? "models" : stem))
            groups[name, default: []].append(declaration)
        }
        var files: [(name: String, declarations: [TypeDeclaration], suites: Int)] = []
        for name in groups.keys.sorted() {
            var part = 1
            var declarations: [TypeDeclaration] = []
            var suites = 0
            func finishFile() {
                files.append((name + "Samples" + (part == 1 ? "" : String(part)), declarations, suites))
                part += 1
                declarations = []
                suites = 0
            }
            for declaration in groups[name] ?? [] {
                let count = 1 + declaration.nested.count
                if suites > 0, suites + count > maxSuitesPerFile { finishFile() }
                declarations.append(declaration)
                suites += count
            }
            finishFile()
        }
        // Stable, so files of one size keep the order of their names.
        return files.enumerated()
            .sorted { ($0.element.suites, $1.offset) > ($1.element.suites, $0.offset) }
            .map { ($0.element.name, $0.element.declarations) }
    }
}
