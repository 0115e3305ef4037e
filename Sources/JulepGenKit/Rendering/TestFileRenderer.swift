import Foundation

/// Renders the SDK's generated tests (see `TestContextBuilder`), next to the SDK in the output folder:
///
///     Tests/<API>SampleTests/SampleSupport.swift                  tests/support
///     Tests/<API>SampleTests/Models/<SpecFile>Samples.swift       tests/model-samples (one per spec file declaring types)
///     Tests/<API>SampleTests/Routes/<X>ResourceWireTests.swift    tests/route-wire (one per resource)
///
/// `Generated/Package.swift` does not build them (the SDK package stays free of test
/// dependencies); this repository's `Package.swift` does, as the `JulepSampleTests` test target,
/// with the test server of the `JulepTestSupport` target.
struct TestFileRenderer {
    let api: APIDefinition
    let templates: TemplateSet

    static let requiredTemplates = ["tests/support", "tests/model-samples", "tests/route-wire"]

    /// One job per test file (see `FileRenderer`, which renders them with the SDK's files).
    func jobs(diagnostics: inout Diagnostics) -> [RenderJob] {
        for name in Self.requiredTemplates where templates.texts[name] == nil {
            diagnostics.error("the template '\(name).mustache' is missing", at: nil)
        }
        guard !diagnostics.hasErrors else { return [] }
        let builder = TestContextBuilder(api: api)
        let folder = "Tests/\(TestContextBuilder.moduleName(api: api))"
        var jobs: [RenderJob] = []
        func add(_ path: String, template: String, context: @escaping @Sendable () -> Any) {
            jobs.append(RenderJob(path: path, template: template, context: context))
        }
        // The model samples' contexts are built here, before any file renders, and not by their
        // jobs: their suites are built on all cores, which a job, already one of many running on
        // all cores, could not do (Dispatch runs a nested concurrentPerform on one thread).
        // They are the largest files by far: first, so no core waits for one at the end.
        let groups = Self.modelGroups(api)
        for (group, context) in zip(groups, builder.modelFiles(groups.map(\.declarations))) {
            add("\(folder)/Models/\(group.name)Samples.swift", template: "tests/model-samples") { context }
        }
        add("\(folder)/SampleSupport.swift", template: "tests/support") { builder.support() }
        for resource in api.resources {
            add("\(folder)/Routes/\(resource.typeName)WireTests.swift", template: "tests/route-wire") {
                // Each test starts its samples over, so a copy of the builder per file builds
                // what one builder would, file after file.
                var builder = builder
                return builder.routeFile(resource)
            }
        }
        return jobs
    }

    /// Models grouped by the spec file that declares them (`spec/tasks.yaml` → `Tasks`), in the
    /// API's order inside a group. A few large files compile much faster than one per model: the
    /// compiler's cost per file of a test module grows with the number of files.
    static func modelGroups(_ api: APIDefinition) -> [(name: String, declarations: [TypeDeclaration])] {
        var groups: [String: [TypeDeclaration]] = [:]
        for declaration in api.types {
            let file = declaration.location.map { ($0.file as NSString).lastPathComponent } ?? "models"
            let stem = (file as NSString).deletingPathExtension
            let name = SwiftNaming.typeName(stem.isEmpty ? "models" : stem)
            groups[name, default: []].append(declaration)
        }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }
}
