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
        "PythonLiteral.swift": .pythonLiterals,
    ]

    /// Where the runtime's files go in an SDK whose module is `module`.
    static func directory(module: String) -> String { "Sources/\(module)/Runtime" }

    /// The runtime files `api` needs, given the SDK's other files (`generated`, for `.namedType`).
    static func files(for api: APIDefinition, module: String, generated: [GeneratedFile]) -> [GeneratedFile] {
        let operations = api.resources.lazy.flatMap(\.operations)
        let streams = operations.contains { $0.streaming != nil }
        let pages = operations.contains { $0.pagination != nil }
        return EmbeddedRuntime.files.compactMap { file in
            switch optional[file.name] {
            case nil: break
            case .streaming?: guard streams else { return nil }
            case .pagination?: guard pages else { return nil }
            case .pythonLiterals?: guard api.readsPythonLiterals else { return nil }
            case .namedType?:
                // A name inside a longer identifier counts too: at worst a file is written that is not needed.
                let isNamed = file.types.contains { type in generated.contains { $0.contents.contains(type) } }
                guard isNamed else { return nil }
            }
            return GeneratedFile(path: "\(directory(module: module))/\(file.name)", contents: file.text)
        }
    }
}
