/// Checks the rendered paths before anything touches the disk: an absolute path or `..` could write
/// outside the output folder, and two paths differing only in case would overwrite each other on
/// macOS's case-insensitive file systems (the output is committed, and checked out on Macs too).
enum GeneratedPathValidation {
    /// Throws one error listing every bad path, so a template bug is fixed in one go.
    static func validate(_ paths: [String]) throws {
        var problems: [String] = []
        var valid: [String] = []
        for path in paths {
            if let problem = problem(with: path) {
                problems.append("'\(path)': \(problem)")
            } else {
                valid.append(path)
            }
        }
        problems += collisions(among: valid)
        guard problems.isEmpty else {
            throw OutputError("invalid generated file paths:\n" + problems.map { "  \($0)" }.joined(separator: "\n"))
        }
    }

    private static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") { return "absolute path (paths must be relative to the output folder)" }
        if path.contains("\0") { return "contains a NUL character" }
        if path.contains("\\") { return "contains a backslash (use '/' to separate folders)" }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: \.isEmpty) { return "empty path component (a doubled or trailing '/')" }
        if components.contains("..") { return "contains '..'" }
        if components.contains(".") { return "contains '.' as a path component" }
        if path == OutputMarker.fileName { return "reserved for the marker file julep-gen writes itself" }
        return nil
    }

    /// Paths that name the same file, or a file and a folder, once case is ignored.
    private static func collisions(among paths: [String]) -> [String] {
        var problems: [String] = []
        // Lowercased key → first path seen with it. The marker takes part: `.JULEP-GEN` would replace it.
        var files: [String: String] = [key(OutputMarker.fileName): OutputMarker.fileName]
        for path in paths {
            if let earlier = files[key(path)] {
                problems.append(earlier == path
                    ? "'\(path)': listed more than once"
                    : "'\(earlier)' and '\(path)': the same file on case-insensitive file systems")
            } else {
                files[key(path)] = path
            }
        }
        // A path can't be a file and also a folder holding other files.
        var reported: Set<String> = []
        for path in paths {
            let components = path.split(separator: "/")
            for length in components.indices.dropLast().map({ $0 + 1 }) {
                let folder = components[..<length].joined(separator: "/")
                if let file = files[key(folder)], reported.insert(file).inserted {
                    problems.append("'\(file)' is a file, but '\(path)' needs it to be a folder")
                }
            }
        }
        return problems
    }

    /// Equal for paths a case-insensitive file system treats as the same. (Swift string equality
    /// already ignores Unicode normalization differences, as those file systems do.)
    private static func key(_ path: String) -> String { path.lowercased() }
}
