import JulepGenKit

/// Helpers shared by the reading tests; namespaced so they cannot clash with other suites.
enum YAMLReaderFixture {
    static let path = "spec/test.yaml"

    struct Result {
        var node: YAMLNode?
        var diagnostics: Diagnostics
    }

    static func read(_ text: String) -> Result {
        var diagnostics = Diagnostics()
        let node = YAMLReader.parse(text, path: path, diagnostics: &diagnostics)
        return Result(node: node, diagnostics: diagnostics)
    }

    static func read(bytes: [UInt8]) -> Result {
        var diagnostics = Diagnostics()
        let node = YAMLReader.parse(bytes: bytes, path: path, diagnostics: &diagnostics)
        return Result(node: node, diagnostics: diagnostics)
    }

    static func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    /// `"line:column"` for compact position assertions.
    static func position(_ node: YAMLNode?) -> String? {
        node.map { "\($0.location.line):\($0.location.column)" }
    }
}
