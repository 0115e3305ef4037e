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
        /// Another file of the SDK names a type the file declares.
        case namedType
        /// The SDK reads Python literals (`APIDefinition.readsPythonLiterals`); its `SDKIdentity`
        /// hands the reader to the runtime.
        case pythonLiterals
    }

    /// The files that are not part of every SDK. A test checks that each name is a runtime file.
    static let optional: [String: Need] = [
        "ClientCore+Streaming.swift": .streaming,
        "ServerSentEvents.swift": .streaming,
        "Pagination.swift": .pagination,
        "Indirect.swift": .namedType,
        "UUIDConvertible.swift": .namedType,
        "ParameterValidation.swift": .namedType,
        "FormBody.swift": .namedType,
        "MultipartBody.swift": .namedType,
        "FileUpload.swift": .namedType,
        "PythonLiteral.swift": .pythonLiterals,
    ]

    /// Where the runtime's files go in an SDK whose module is `module`.
    static func directory(module: String) -> String { "Sources/\(module)/Runtime" }

    /// The runtime files `api` needs, given the SDK's other files (`generated`, for `.namedType`).
    static func files(for api: APIDefinition, module: String, generated: [GeneratedFile]) -> [GeneratedFile] {
        let operations = api.resources.lazy.flatMap(\.operations)
        let streams = operations.contains { $0.streaming != nil }
        let pages = operations.contains { $0.pagination != nil }
        var included = EmbeddedRuntime.files.filter { file in
            switch optional[file.name] {
            case nil: true
            case .streaming?: streams
            case .pagination?: pages
            case .pythonLiterals?: api.readsPythonLiterals
            case .namedType?: false
            }
        }
        // A file needed for a type it declares may be named by another runtime file it brought in
        // (`MultipartBody` names `FileUpload`): add files until none is left to add.
        var texts = generated.map(\.contents) + included.map(\.text)
        var candidates = EmbeddedRuntime.files.filter { optional[$0.name] == .namedType }
        while let index = candidates.firstIndex(where: { file in
            // A name inside a longer identifier counts too: at worst a file is written that is not needed.
            file.types.contains { type in texts.contains { $0.contains(type) } }
        }) {
            let file = candidates.remove(at: index)
            included.append(file)
            texts.append(file.text)
        }
        return included.map { file in
            GeneratedFile(path: "\(directory(module: module))/\(file.name)", contents: file.text)
        }
    }
}
