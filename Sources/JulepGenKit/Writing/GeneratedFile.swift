/// One file of the rendered SDK. The whole SDK is rendered into memory first so the writer can
/// validate and compare everything before it touches the disk.
public struct GeneratedFile: Sendable, Hashable {
    /// Path inside the output folder, "/"-separated on every platform (e.g. `Sources/Julep/Models/Agent.swift`).
    public var path: String
    /// The file's text, written as UTF-8.
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
