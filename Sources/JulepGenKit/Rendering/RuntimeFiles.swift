/// The SDK runtime (`Sources/SDKRuntime`, embedded into julep-gen at build time) as it goes into
/// one SDK: its files byte for byte, each only when that SDK needs it.
///
/// Most files are part of every SDK. A few serve one feature and nothing else in the runtime
/// depends on them; they are written only when the API has that feature, so a small API gets a
/// small runtime. `SDKIdentity.swift` is not copied: `templates/identity.mustache` writes each
/// SDK's own (its name, user agent and error type name).
enum RuntimeFiles {
    /// When an optional file is needed.
    enum Need: Equatable {
        /// An operation streams server-sent events.
        case streaming
        /// An operation pages through a list.
        case pagination
        /// An operation answers bytes, which its download companion writes to a file.
        case downloads
        /// Another file of the SDK names a type the file declares.
        case namedType
        /// An operation sends a form (`setFormBody`, which names no type of the file).
        case forms
        /// The SDK reads Python literals (`APIDefinition.readsPythonLiterals`); its `SDKIdentity`
        /// hands the reader to the runtime.
        case pythonLiterals
    }

    /// The files that are not part of every SDK. A test checks that each name is a runtime file.
    static let optional: [String: Need] = [
        "ClientCore+Streaming.swift": .streaming,
        "ServerSentEvents.swift": .streaming,
        "Pagination.swift": .pagination,
        "ClientCore+Download.swift": .downloads,
        "Indirect.swift": .namedType,
        "UUIDConvertible.swift": .namedType,
        "ParameterValidation.swift": .namedType,
        "FormBody.swift": .forms,
        "MultipartBody.swift": .namedType,
        "FileUpload.swift": .namedType,
        "PythonLiteral.swift": .pythonLiterals,
    ]

    /// Where the runtime's files go in an SDK whose module is `module`.
    static func directory(module: String) -> String { "Sources/\(module)/Runtime" }

    /// The runtime files `api` needs, given the SDK's other files (`generated`, for `.namedType`:
    /// only those in the module's `Sources/` folder are read, as the generated tests name nothing
    /// the SDK's own code does not).
    static func files(for api: APIDefinition, module: String, generated: [GeneratedFile]) -> [GeneratedFile] {
        let operations = api.resources.lazy.flatMap(\.operations)
        let streams = operations.contains { $0.streaming != nil }
        let pages = operations.contains { $0.pagination != nil }
        let downloads = operations.contains(where: \.answersBytes)
        let forms = operations.contains { $0.body?.kind == .form }
        var included = EmbeddedRuntime.files.filter { file in
            switch optional[file.name] {
            case nil: true
            case .streaming?: streams
            case .pagination?: pages
            case .downloads?: downloads
            case .pythonLiterals?: api.readsPythonLiterals
            case .forms?: forms
            case .namedType?: false
            }
        }
        // A file needed for a type it declares may be named by another runtime file it brought in
        // (`MultipartBody` names `FileUpload`): add files until none is left to add. The files are
        // scanned once for the names these files declare; each file that comes in is scanned too.
        var candidates = EmbeddedRuntime.files.filter { optional[$0.name] == .namedType }
        let wanted = WantedNames(candidates.flatMap(\.types))
        var named = Set<String>()
        let sources = "Sources/\(module)/"
        for file in generated where file.path.hasPrefix(sources) { wanted.find(in: file.contents, into: &named) }
        for file in included { wanted.find(in: file.text, into: &named) }
        while let index = candidates.firstIndex(where: { $0.types.contains(where: named.contains) }) {
            let file = candidates.remove(at: index)
            included.append(file)
            wanted.find(in: file.text, into: &named)
        }
        return included.map { file in
            GeneratedFile(path: "\(directory(module: module))/\(file.name)", contents: file.text)
        }
    }

    /// A few names looked for among the identifiers of whole files (runs of ASCII letters, digits
    /// and `_`, and of non-ASCII bytes). Works on UTF-8 bytes, and looks a run up only when a
    /// wanted name has its length: it reads every generated file once, so it must be cheap.
    private struct WantedNames {
        let names: Set<String>
        /// `hasLength[n]`: some wanted name has `n` bytes.
        let hasLength: [Bool]

        init(_ names: [String]) {
            self.names = Set(names)
            var hasLength = [Bool](repeating: false, count: (names.map(\.utf8.count).max() ?? 0) + 1)
            for name in names { hasLength[name.utf8.count] = true }
            self.hasLength = hasLength
        }

        /// Adds each wanted name that is an identifier of `text` to `found`.
        func find(in text: String, into found: inout Set<String>) {
            var text = text
            text.withUTF8 { bytes in
                var start = -1
                for index in 0...bytes.count {
                    let isPart: Bool
                    if index < bytes.count {
                        let byte = bytes[index]
                        isPart = byte >= 0x80 || byte == UInt8(ascii: "_")
                            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    } else {
                        isPart = false
                    }
                    if isPart {
                        if start < 0 { start = index }
                        continue
                    }
                    guard start >= 0 else { continue }
                    let length = index - start
                    if length < hasLength.count, hasLength[length] {
                        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                        if names.contains(name) { found.insert(name) }
                    }
                    start = -1
                }
            }
        }
    }
}
