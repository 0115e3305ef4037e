import Mustache

/// Renders the SDK's files from the IR: decides which template makes which file with which context.
///
/// Layout of the output (relative to the output folder):
///
///     Package.swift                          package
///     Sources/<API>/<API>Client.swift        client
///     Sources/<API>/<API>Environment.swift   environment
///     Sources/<API>/<API>API.swift           api (when operations have a `route`)
///     README.md                              readme (likewise: the table of routes)
///     Sources/<API>/Models/<Type>.swift      model (one per top-level type, nested types inside)
///     Sources/<API>/Resources/<X>Resource.swift  resource (one per resource)
///     Sources/<API>/Runtime/<Name>.swift     runtime/<Name>.swift (every runtime template)
struct FileRenderer {
    let api: APIDefinition
    let templates: TemplateSet
    let library: MustacheLibrary
    /// Also render the SDK's generated tests under `Tests/` (see `TestFileRenderer`).
    var includeTests = false

    /// Templates the layout above needs; a template set without one of them is reported.
    static let requiredTemplates = ["package", "client", "environment", "model", "resource", "header", "api", "readme"]

    func render(diagnostics: inout Diagnostics) -> [GeneratedFile] {
        for name in Self.requiredTemplates where templates.texts[name] == nil {
            diagnostics.error("the template '\(name).mustache' is missing", at: nil)
        }
        guard !diagnostics.hasErrors else { return [] }
        let builder = ContextBuilder(api: api)
        let client = builder.client()
        let module = "Sources/\(api.swiftName)"
        var files: [GeneratedFile] = []
        func add(_ path: String, template: String, context: Any) {
            let text = library.render(context, withTemplate: template) ?? ""
            files.append(GeneratedFile(path: path, contents: OutputText.normalize(text)))
        }
        add("Package.swift", template: "package", context: client)
        add("\(module)/\(client.clientType).swift", template: "client", context: client)
        add("\(module)/\(client.environmentType).swift", template: "environment", context: client)
        let routes = builder.routes()
        if !routes.routes.isEmpty {
            add("\(module)/\(routes.typeName).swift", template: "api", context: routes)
            add("README.md", template: "readme", context: builder.readme())
        }
        for declaration in api.types {
            add("\(module)/Models/\(declaration.swiftName).swift", template: "model", context: builder.model(declaration))
        }
        for resource in api.resources {
            add("\(module)/Resources/\(resource.typeName).swift", template: "resource", context: builder.resource(resource))
        }
        for name in templates.runtimeTemplateNames {
            let fileName = String(name.dropFirst("runtime/".count))
            add("\(module)/Runtime/\(fileName)", template: name, context: client)
        }
        if includeTests { files += TestFileRenderer(api: api, templates: templates, library: library).render(diagnostics: &diagnostics) }
        return files.sorted { $0.path < $1.path }
    }
}

/// The finishing pass every generated file gets, so output is tidy whatever the templates do.
enum OutputText {
    /// No trailing whitespace, no runs of blank lines, no blank line right after `{` or before `}`
    /// or after a doc comment, and exactly one newline at the end.
    static func normalize(_ text: String) -> String {
        var lines: [Substring] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
            let isBlank = line.isEmpty
            if isBlank {
                if lines.isEmpty || lines.last?.isEmpty == true { continue }
                if let previous = lines.last, previous.hasSuffix("{") { continue }
                // A blank line would detach a doc comment from what it documents.
                if let previous = lines.last, previous.drop(while: { $0 == " " }).hasPrefix("///") { continue }
            } else if line.drop(while: { $0 == " " }).hasPrefix("}"), lines.last?.isEmpty == true {
                lines.removeLast()
            }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
