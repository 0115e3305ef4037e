import Foundation
import Testing

@testable import JulepGenKit

/// Surfaces of specs written by a test, and the report between two of them.
enum SurfaceTestSupport {
    struct SpecError: Error, CustomStringConvertible {
        var description: String
    }

    /// The surface of a spec made of `files` (the root is `api.yaml`), or of a spec folder.
    static func surface(_ files: [String: String]) throws -> APISurface {
        try TestSupport.withTemporaryDirectory { directory in
            try TestSupport.write(files, to: directory)
            return try surface(at: "api.yaml", baseDirectory: directory.path)
        }
    }

    static func surface(at path: String, baseDirectory: String? = nil) throws -> APISurface {
        let loaded = SurfaceLoader.load(path: path, baseDirectory: baseDirectory)
        guard let surface = loaded.surface else {
            throw SpecError(description: DiagnosticRenderer(sources: loaded.sources).render(loaded.diagnostics.sorted))
        }
        return surface
    }

    /// The report from the API of the root file `old` to that of `new`.
    static func report(from old: String, to new: String) throws -> SurfaceReport {
        SurfaceReport(from: try surface(["api.yaml": old]), to: try surface(["api.yaml": new]))
    }
}

extension String {
    /// `self` with `old` replaced by `new`, which must occur (so a test cannot silently compare a spec with itself).
    func replacing(exactly old: String, with new: String) throws -> String {
        guard contains(old) else { throw SurfaceTestSupport.SpecError(description: "the spec has no '\(old)'") }
        return replacingOccurrences(of: old, with: new)
    }
}
