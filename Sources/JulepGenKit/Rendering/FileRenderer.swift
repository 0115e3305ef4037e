import Mustache

/// Renders the SDK's files from the IR: decides which template makes which file with which context.
///
/// Layout of the output (relative to the output folder):
///
///     Package.swift                          package
///     Sources/<API>/<API>Client.swift        client
///     Sources/<API>/<API>Environment.swift   environment
///     Sources/<API>/<API>API.swift           api (Julep profile, when operations have a `route`)
///     README.md                              readme
///     Sources/<API>/Models/<Type>.swift      model (one per top-level type, nested types inside)
///     Sources/<API>/Models/<Type>Union.swift model (a case several unions share: `UnionCaseProtocols`)
///     Sources/<API>/Resources/<X>Resource.swift  resource (one per resource)
///     Sources/<API>/Runtime/SDKIdentity.swift  identity (the API's name, user agent and error type)
///     Sources/<API>/Runtime/<Name>.swift     the SDK runtime's files, copied (see `RuntimeFiles`)
///     Tests/<API>SampleTests/…               with `includeTests` (see `TestFileRenderer`, `SampleTestSupportFiles`)
struct FileRenderer {
    /// The run's context builder, and through it its Swift decisions (``SwiftProjection``) and the API.
    let builder: ContextBuilder
    var projection: SwiftProjection { builder.projection }
    var api: APIDefinition { builder.api }
    let templates: TemplateSet
    let library: MustacheLibrary
    /// Also render the SDK's generated tests under `Tests/` (see `TestFileRenderer`).
    var includeTests = false

    /// Templates the layout above needs; a template set without one of them is reported.
    static let requiredTemplates = [
        "package", "client", "environment", "model", "resource", "header", "api", "readme", "identity",
    ]

    func render(diagnostics: inout Diagnostics) -> [GeneratedFile] {
        for name in Self.requiredTemplates where templates.texts[name] == nil {
            diagnostics.error("the template '\(name).mustache' is missing", at: nil)
        }
        guard !diagnostics.hasErrors else { return [] }
        var jobs: [RenderJob] = []
        if includeTests {
            let tests = TestFileRenderer(projection: projection, templates: templates)
            jobs = tests.jobs(diagnostics: &diagnostics)
            guard !diagnostics.hasErrors else { return [] }
        }
        jobs += self.jobs()
        let library = library
        let results = Parallel.map(jobs) { $0.render(library) }
        for (job, result) in zip(jobs, results) {
            for tag in result.unresolvedTags {
                diagnostics.error(
                    "the tag '\(tag)' resolves to nothing in the context of '\(job.path)'",
                    at: templates.location(ofTag: tag, in: job.template))
            }
        }
        let rendered = results.map(\.file)
        var copied = RuntimeFiles.files(for: api, module: api.swiftName, generated: rendered)
        if includeTests {
            copied += SampleTestSupportFiles.files(testModule: TestContextBuilder.moduleName(api: api))
        }
        return (rendered + copied).sorted { $0.path < $1.path }
    }

    /// One job per file of the SDK itself.
    private func jobs() -> [RenderJob] {
        let client = builder.client()
        let module = "Sources/\(api.swiftName)"
        var jobs: [RenderJob] = []
        func add(_ path: String, template: String, context: @escaping @Sendable () -> any Encodable) {
            jobs.append(RenderJob(path: path, template: template, context: context))
        }
        var package = client
        if includeTests { package.sampleTestTargets = [TestContextBuilder.moduleName(api: api)] }
        add("Package.swift", template: "package") { [package] in package }
        add("\(module)/\(client.clientType).swift", template: "client") { client }
        add("\(module)/\(client.environmentType).swift", template: "environment") { client }
        // In the Julep profile, operations with a route make the routes file (`RoutesContext`).
        // Contexts are built by their jobs, like every other, so on all cores.
        if api.isJulepProfile, api.resources.contains(where: { $0.operations.contains { $0.route != nil } }) {
            add("\(module)/\(RuntimeNames.routesType(api: api.swiftName)).swift", template: "api") { builder.routes() }
        }
        add("README.md", template: "readme") { builder.readme() }
        for declaration in api.types {
            add("\(module)/Models/\(declaration.swiftName).swift", template: "model") { builder.model(declaration) }
        }
        for name in builder.caseProtocols.protocols.keys.sorted() {
            let shared = builder.caseProtocols.protocols[name]!
            add("\(module)/Models/\(name).swift", template: "model") { builder.caseProtocol(shared) }
        }
        for resource in api.resources {
            add("\(module)/Resources/\(resource.typeName).swift", template: "resource") { builder.resource(resource) }
        }
        add("\(RuntimeFiles.directory(module: api.swiftName))/SDKIdentity.swift", template: "identity") { client }
        return jobs
    }
}

/// The finishing pass every generated file gets, so output is tidy whatever the templates do.
enum OutputText {
    /// No trailing whitespace, no runs of blank lines, no blank line right after `{` or before `}`
    /// or after a doc comment, and exactly one newline at the end.
    ///
    /// Works on UTF-8 bytes; lines that aren't ASCII are judged by their `Character`s, as Swift's
    /// string functions would (a `"/"` followed by a combining mark is not a `"/"`), so the result
    /// is the same as `normalizeByCharacters(_:)`, which the tests compare it with.
    static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { normalize(bytes: $0) }
    }

    private struct Line {
        var start: Int
        /// After trailing whitespace was removed.
        var end: Int
        var endsWithOpeningBrace: Bool
        var isDocComment: Bool
        var isBlank: Bool { start == end }
    }

    private static func normalize(bytes: UnsafeBufferPointer<UInt8>) -> String {
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 32)
        var lineStart = 0
        var index = 0
        var isASCII = true
        while index <= bytes.count {
            // "\r\n" is one Character: it does not end a line, as `split(separator: "\n")` sees it.
            if index < bytes.count {
                let byte = bytes[index]
                if byte != newline || (index > lineStart && bytes[index - 1] == carriageReturn) {
                    if byte >= 0x80 { isASCII = false }
                    index += 1
                    continue
                }
            }
            var line = isASCII ? asciiLine(bytes, lineStart, index) : unicodeLine(bytes, lineStart, index)
            if line.isBlank {
                line.end = line.start
                let skip = lines.isEmpty || lines[lines.count - 1].isBlank || lines[lines.count - 1].endsWithOpeningBrace
                    // A blank line would detach a doc comment from what it documents.
                    || lines[lines.count - 1].isDocComment
                if !skip { lines.append(line) }
            } else {
                if startsWithClosingBrace(bytes, line, isASCII: isASCII), lines.last?.isBlank == true {
                    lines.removeLast()
                }
                lines.append(line)
            }
            lineStart = index + 1
            index += 1
            isASCII = true
        }
        while lines.last?.isBlank == true { lines.removeLast() }
        var count = 1
        for line in lines { count += line.end - line.start + 1 }
        return String(unsafeUninitializedCapacity: max(count - (lines.isEmpty ? 0 : 1), 1)) { buffer in
            var position = 0
            for (number, line) in lines.enumerated() {
                if number > 0 {
                    buffer[position] = newline
                    position += 1
                }
                for offset in line.start..<line.end {
                    buffer[position] = bytes[offset]
                    position += 1
                }
            }
            buffer[position] = newline
            return position + 1
        }
    }

    private static func asciiLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Line {
        var end = end
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")
            || bytes[end - 1] == UInt8(ascii: "\r")
        {
            end -= 1
        }
        var first = start
        while first < end, bytes[first] == UInt8(ascii: " ") { first += 1 }
        let isDocComment = end - first >= 3 && bytes[first] == UInt8(ascii: "/") && bytes[first + 1] == UInt8(ascii: "/")
            && bytes[first + 2] == UInt8(ascii: "/")
        return Line(
            start: start, end: end, endsWithOpeningBrace: end > start && bytes[end - 1] == UInt8(ascii: "{"),
            isDocComment: isDocComment)
    }

    /// The same judgement by `Character`s, for a line with non-ASCII text.
    private static func unicodeLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Line {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        var line = Substring(text)
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return Line(
            start: start, end: start + line.utf8.count, endsWithOpeningBrace: line.hasSuffix("{"),
            isDocComment: line.drop(while: { $0 == " " }).hasPrefix("///"))
    }

    private static func startsWithClosingBrace(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line, isASCII: Bool) -> Bool {
        if isASCII {
            var first = line.start
            while first < line.end, bytes[first] == UInt8(ascii: " ") { first += 1 }
            return first < line.end && bytes[first] == UInt8(ascii: "}")
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[line.start..<line.end]), as: UTF8.self)
        return text.drop(while: { $0 == " " }).hasPrefix("}")
    }

    /// The reference definition `normalize(_:)` must agree with, by `Character`s.
    static func normalizeByCharacters(_ text: String) -> String {
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
