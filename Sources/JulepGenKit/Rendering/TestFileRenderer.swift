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
        // The model samples are the largest files by far: first, so no core waits for one at the end.
        for (group, declarations) in Self.modelGroups(api) {
            add("\(folder)/Models/\(group)Samples.swift", template: "tests/model-samples") {
                builder.modelFile(declarations)
            }
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
