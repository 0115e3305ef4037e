/// A position in a source file, 1-based like compiler diagnostics.
///
/// `column` counts Unicode scalars from the start of the line, which is what
/// libyaml's marks count, so positions read from the parser can be used as they are.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path as given on the command line or in an `include`, used verbatim in messages.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The same line, `offset` scalars to the right: a position inside a scalar value.
    public func advanced(by offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
