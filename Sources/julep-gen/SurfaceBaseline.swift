import Foundation
import JulepGenKit

/// The API recorded in the output folder's `API.md` against the one about to be written: the
/// report a run prints, or why there is none.
struct SurfaceBaseline {
    /// `nil` when there is nothing to compare with.
    let report: SurfaceReport?
    /// Why there is no report, when that is worth saying.
    let note: String?

    init(outputFolder: String, new result: Generator.Result) {
        let folder = URL(fileURLWithPath: outputFolder)
        let path = outputFolder + "/" + APISurface.fileName
        guard let surface = result.surface, FileManager.default.fileExists(atPath: folder.path) else {
            // A first run: everything is new, and the summary line says so.
            (report, note) = (nil, nil)
            return
        }
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(APISurface.fileName).path) else {
            (report, note) = (nil, "julep-gen: no \(path) to compare the API with; the API changes are not known.")
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        // The same file is the same API: nothing to read back (the usual run).
        if text == result.files.first(where: { $0.path == APISurface.fileName })?.contents {
            (report, note) = (SurfaceReport(changes: []), nil)
            return
        }
        do {
            (report, note) = (SurfaceReport(from: try SurfaceReader.read(text), to: surface), nil)
        } catch {
            (report, note) = (
                nil, "julep-gen: warning: \(path):\(error.line): not an API surface written by julep-gen (\(error.message)); "
                    + "the API changes are not known."
            )
        }
    }

    func printNote() {
        if let note { Console.error(note) }
    }
}
