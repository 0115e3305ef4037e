import Foundation
import JulepTestSupport

// Serves the in-memory emulator of the Julep 0.4.0 server (`JulepServerEmulator`) on 127.0.0.1
// until it is stopped, for programs outside the test targets: CI runs the example app in
// `Examples/` against it. Prints the API's base URL (for `JULEP_BASE_URL`) as its first line.
//
//     swift run julep-emulator        # → http://127.0.0.1:40123/api

let emulator = try await JulepServerEmulator.start()
// Written straight to the file descriptor: `print` is buffered when stdout is a pipe.
FileHandle.standardOutput.write(Data((emulator.apiURL.absoluteString + "\n").utf8))
while true {
    try await Task.sleep(for: .seconds(3600))
}
