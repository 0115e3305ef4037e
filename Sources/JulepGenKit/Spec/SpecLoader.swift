import Foundation

/// Reads a native spec from disk: the root file and everything it includes, in include order.
///
/// Paths in `include:` are relative to the file that names them. Each file is read once;
/// including a file twice, or in a cycle, is reported at the second `include` entry.
public struct SpecLoader {
    public private(set) var diagnostics = Diagnostics()
    public private(set) var sources = SourceFiles()
    private var loadedFiles: [String: SourceLocation?] = [:]
    private var hadUnreadableFile = false
    private var decoder = SpecDecoder()
    /// Relative paths are read from here; messages still show them as written.
    private let baseDirectory: String?

    /// Renames for an OpenAPI input (ignored for a native spec).
    private let overlay: OpenAPIOverlay

    public init(baseDirectory: String? = nil, overlay: OpenAPIOverlay = OpenAPIOverlay()) {
        self.baseDirectory = baseDirectory
        self.overlay = overlay
    }

    /// Reads an overlay file for OpenAPI input; problems are reported like spec problems.
    public mutating func loadOverlay(path: String) -> OpenAPIOverlay? {
        guard let data = FileManager.default.contents(atPath: onDisk(path)) else {
            diagnostics.error("cannot read the overlay '\(path)'", at: nil)
            return nil
        }
        sources.add(path: path, text: String(decoding: data, as: UTF8.self))
        guard let node = YAMLReader.parse(bytes: data, path: path, diagnostics: &diagnostics) else { return nil }
        return OpenAPIOverlay.decode(node, diagnostics: &diagnostics)
    }

    /// Where `path` is on disk.
    private func onDisk(_ path: String) -> String {
        guard let baseDirectory, !path.hasPrefix("/") else { return path }
        return (baseDirectory as NSString).appendingPathComponent(path)
    }

    /// The file a spec folder starts from.
    public static let rootFileNames = ["api.yaml", "api.yml", "api.json", "openapi.yaml", "openapi.yml", "openapi.json"]

    /// `path` is the root file, or a folder holding one of `rootFileNames`.
    public mutating func load(path: String) -> SpecDocument? {
        guard let rootPath = resolveRoot(path) else { return nil }
        var document = SpecDocument(rootFile: rootPath)
        guard let node = read(rootPath, includedAt: nil) else {
            diagnostics.append(contentsOf: decoder.diagnostics)
            return nil
        }
        if OpenAPITranslator.isOpenAPI(node) {
            return OpenAPITranslator.translate(
                path: rootPath, root: node, text: sources.text(of: rootPath) ?? "", baseDirectory: baseDirectory,
                overlay: overlay, diagnostics: &diagnostics, sources: &sources)
        }
        if let content = decoder.decodeRoot(node, into: &document) {
            add(content, from: rootPath, to: &document)
        }
        diagnostics.append(contentsOf: decoder.diagnostics)
        document.isComplete = !hadUnreadableFile
        return document
    }

    private mutating func resolveRoot(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: onDisk(path), isDirectory: &isDirectory) else {
            diagnostics.error("no spec at '\(path)': the file or folder does not exist", at: nil)
            return nil
        }
        guard isDirectory.boolValue else { return path }
        for name in Self.rootFileNames {
            let candidate = (path as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: onDisk(candidate)) { return candidate }
        }
        diagnostics.error(
            "the folder '\(path)' holds no root spec file (\(Self.rootFileNames.joined(separator: ", ")))", at: nil)
        return nil
    }

    private mutating func add(_ content: SpecDecoder.FileContent, from path: String, to document: inout SpecDocument) {
        document.types += content.types
        document.resources += content.resources
        document.brokenTypeNames.formUnion(content.brokenTypeNames)
        let directory = (path as NSString).deletingLastPathComponent
        for include in content.includes {
            let includedPath = Self.join(directory, include.value)
            guard let node = read(includedPath, includedAt: include.location),
                let included = decoder.decodeIncluded(node)
            else { continue }
            add(included, from: includedPath, to: &document)
        }
    }

    /// Reads and parses one file; `includedAt` is the `include` entry that named it.
    private mutating func read(_ path: String, includedAt: SourceLocation?) -> YAMLNode? {
        let key = URL(fileURLWithPath: onDisk(path)).standardizedFileURL.path
        if let first = loadedFiles[key] {
            let notes = first.map { [Diagnostic.note("first included here", at: $0)] } ?? []
            diagnostics.error("'\(path)' is included more than once (or includes itself)", at: includedAt, notes: notes)
            return nil
        }
        loadedFiles[key] = includedAt
        guard let data = FileManager.default.contents(atPath: onDisk(path)) else {
            diagnostics.error("cannot read '\(path)'", at: includedAt)
            hadUnreadableFile = true
            return nil
        }
        sources.add(path: path, text: String(decoding: data, as: UTF8.self))
        var parseDiagnostics = Diagnostics()
        let node = YAMLReader.parse(bytes: data, path: path, diagnostics: &parseDiagnostics)
        diagnostics.append(contentsOf: parseDiagnostics)
        if parseDiagnostics.hasErrors { hadUnreadableFile = true }
        if node == nil && !parseDiagnostics.hasErrors {
            diagnostics.error("'\(path)' is empty", at: includedAt ?? SourceLocation(file: path, line: 1, column: 1))
        }
        return node
    }

    /// Joins without resolving symlinks, so messages show the path the way the spec spelled it.
    static func join(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || directory.isEmpty || directory == "." { return relative }
        return (directory as NSString).appendingPathComponent(relative)
    }
}
