/// Writes a `SpecDocument` as native spec YAML (format version 1) that a person can go on editing.
///
/// `julep-gen import` uses it to save what it translated from OpenAPI as a starting point for
/// hand curation. `SpecLoader` reads the files back into the same document, except for source
/// locations and, with `.filePerResource`, the order of types across files. YAML anchors of the
/// original are not kept (the document never had them: they were expanded when it was read).
///
/// The output is deterministic (same document, same bytes): two-space indentation, short
/// forms where the format has them, keys in the documented order, quotes only where a reader
/// would otherwise see something else, `|` block scalars for multi-line text.
public struct SpecWriter {
    public enum Layout: Sendable, Hashable {
        /// Everything in `api.yaml`.
        case singleFile
        /// `api.yaml` with the API, environments, auth, the `include` list and the shared types,
        /// plus one file per resource (`agents.yaml`) holding the resource and the types only it
        /// uses, directly or through other types. Types used by several resources, or by none,
        /// are the shared ones: they stay in `api.yaml`, one known place to look for them.
        case filePerResource
    }

    public struct Output: Sendable, Hashable {
        /// The root file first, then the resource files in resource order; paths relative to the spec folder.
        public var files: [GeneratedFile]
        /// What the format cannot express and was written differently or left out, located in the
        /// document it came from (a required property whose JSON key ends in `?`, say).
        public var warnings: [Diagnostic]
    }

    /// The root file's name, the one `SpecLoader` looks for in a spec folder.
    public static let rootFileName = "api.yaml"

    /// The first line of every file written.
    public static let headerLine = "# " + headerText
    private static let headerText = "Native julep-gen spec. Format: docs/spec-format.md"

    /// `headerComment` (any text; written as `#` lines under `headerLine` in every file) says
    /// where the spec came from, e.g. "Imported from openapi.yaml by julep-gen import".
    public static func write(_ document: SpecDocument, layout: Layout, headerComment: String? = nil) -> Output {
        var builder = SpecNodeBuilder()
        var files: [GeneratedFile] = []
        var root = builder.apiEntries(document)
        switch layout {
        case .singleFile:
            if !document.types.isEmpty { root.append(builder.typesEntry(document.types)) }
            if !document.resources.isEmpty { root.append(builder.resourcesEntry(document.resources)) }
            files.append(file(rootFileName, root, header: headerComment, sizeHint: document))
        case .filePerResource:
            let plan = SpecFilePlan(document, rootFileName: rootFileName)
            var typesByFile = [[SpecType]](repeating: [], count: document.resources.count)
            var sharedTypes: [SpecType] = []
            for (type, owner) in zip(document.types, plan.typeOwners) {
                if let owner { typesByFile[owner].append(type) } else { sharedTypes.append(type) }
            }
            if !plan.resourceFileNames.isEmpty {
                let includes = plan.resourceFileNames.map(YAMLOutputNode.text)
                root.append(YAMLOutputEntry("include", .sequence(includes, .flowWhenShort)))
            }
            if !sharedTypes.isEmpty { root.append(builder.typesEntry(sharedTypes)) }
            files.append(file(rootFileName, root, header: headerComment, sizeHint: document))
            for (index, resource) in document.resources.enumerated() {
                var entries: [YAMLOutputEntry] = []
                if !typesByFile[index].isEmpty { entries.append(builder.typesEntry(typesByFile[index])) }
                entries.append(builder.resourcesEntry([resource]))
                files.append(file(plan.resourceFileNames[index], entries, header: headerComment, sizeHint: nil))
            }
        }
        return Output(files: files, warnings: builder.warnings)
    }

    private static func file(
        _ path: String, _ entries: [YAMLOutputEntry], header: String?, sizeHint document: SpecDocument?
    ) -> GeneratedFile {
        // About 300 bytes per type or operation: one reservation for typical specs.
        let operations = document?.resources.reduce(0) { $0 + $1.operations.count } ?? 0
        var printer = YAMLPrinter(reservingCapacity: 1024 + 300 * ((document?.types.count ?? 0) + operations))
        printer.writeComment(headerText)
        if let header { printer.writeComment(header) }
        printer.writeDocument(entries)
        return GeneratedFile(path: path, contents: printer.output)
    }
}
