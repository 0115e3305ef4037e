import Foundation
import JulepTestSupport

// The emulated Julep 0.4.0 server (`JulepServerEmulator`) as a program, for code outside the test
// targets: the example app in `Examples/` runs against it, in CI and from the README.
//
//     swift run julep-emulator -- swift run --package-path Examples   # runs the app against it, then stops
//     swift run julep-emulator --port 8080                            # serves until stopped
//
// With a command, the emulator runs it with `JULEP_BASE_URL` pointing at itself and stops when it
// ends, exiting with its status: one line, no server left behind, no race with start-up.

let options: EmulatorCommandLine
do {
    options = try EmulatorCommandLine(parsing: Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(error.description == EmulatorCommandLine.usage ? 0 : 64)
}

let emulator: JulepServerEmulator
do {
    emulator = try await JulepServerEmulator.start(port: options.port)
} catch {
    FileHandle.standardError.write(Data("julep-emulator: cannot serve on port \(options.port): \(error)\n".utf8))
    exit(1)
}
let url = emulator.apiURL.absoluteString

guard let program = options.command.first else {
    // Written straight to the file descriptor: `print` is buffered when stdout is a pipe.
    FileHandle.standardOutput.write(Data((url + "\n").utf8))
    while true {
        try await Task.sleep(for: .seconds(3600))
    }
}

FileHandle.standardError.write(Data("julep-emulator: serving \(url); running \(options.command.joined(separator: " "))\n".utf8))
let process = Process()
// Through `env`, so the command is looked up in PATH as a shell would.
process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
process.arguments = [program] + options.command.dropFirst()
process.environment = EmulatorCommandLine.commandEnvironment(ProcessInfo.processInfo.environment, baseURL: url)
let status: Int32 = await withCheckedContinuation { continuation in
    process.terminationHandler = { process in
        let signalled = process.terminationReason == .uncaughtSignal
        continuation.resume(returning: signalled ? 128 + process.terminationStatus : process.terminationStatus)
    }
    do {
        try process.run()
    } catch {
        FileHandle.standardError.write(Data("julep-emulator: cannot run \(program): \(error)\n".utf8))
        process.terminationHandler = nil
        continuation.resume(returning: 127)
    }
}
await emulator.stop()
exit(status)
