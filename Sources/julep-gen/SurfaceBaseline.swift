import Foundation
import JulepGenKit

/// The API recorded in the output folder's `API.md`, which a run compares the new one with.
struct SurfaceBaseline {
    /// `nil` when there is nothing to compare with; `note` says why, when that is worth saying.
    let surface: APISurface?
    let note: String?

    init(outputFolder: String) {
        let folder = URL(fileURLWithPath: outputFolder)
        let path = outputFolder + "/" + APISurface.fileName
        guard FileManager.default.fileExists(atPath: folder.path) else {
            // A first run: everything is new, and the summary line says so.
            (surface, note) = (nil, nil)
            return
        }
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(APISurface.fileName).path) else {
            (surface, note) = (nil, "julep-gen: no \(path) to compare the API with; the API changes are not known.")
            return
        }
        do {
            (surface, note) = (try SurfaceReader.read(String(decoding: data, as: UTF8.self)), nil)
        } catch {
            (surface, note) = (
                nil, "julep-gen: warning: \(path):\(error.line): not an API surface written by julep-gen (\(error.message)); "
                    + "the API changes are not known."
            )
        }
    }

    func printNote() {
        if let note { Console.error(note) }
    }
}
