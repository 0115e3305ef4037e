/// Why the writer refused or failed. It is thrown before anything is touched whenever possible (bad
/// paths, a folder julep-gen doesn't own), so the message says what to fix rather than what broke.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(_ message: String) {
        self.message = message
    }

    /// A failed system call on `path`, with the system's reason (from `errno`).
    static func system(_ action: String, _ path: String, code: Int32) -> OutputError {
        OutputError("could not \(action) '\(path)': \(OutputFileSystem.describe(code))")
    }
}
