import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import JulepTestSupport
import Testing

/// Issue 22, bug 1: the README's emulator command works as written. `julep-emulator -- command`
/// serves for as long as the command runs, with `JULEP_BASE_URL` pointing at itself, then stops
/// and exits with the command's status: one line that returns, and no server left behind.
@Suite("julep-emulator as a program", .serialized, .timeLimit(.minutes(3)))
struct EmulatorProgramTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built program sits next to the test bundle in the products folder.
    static func program() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        let found = candidates.map { $0.appendingPathComponent("julep-emulator") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try #require(found, "julep-emulator not found near \(candidates.map(\.path))")
    }

    /// Runs the program to its end, waiting off the pool (see `offThePool`).
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Run {
        try await offThePool { try runWaiting(arguments, environment: environment) }
    }

    private static func runWaiting(_ arguments: [String], environment: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = try program()
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
            .filter { environment[$0.key] != nil || $0.key != "JULEP_API_KEY" }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try ProcessLaunch.run(process)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func aCommandRunsAgainstTheEmulatorAndItsStatusIsTheProgramsOwn() async throws {
        // The command prints the URL and key it was given, waits for a line, then fails with 3.
        let process = Process()
        process.executableURL = try Self.program()
        process.arguments = ["--", "sh", "-c", #"printf '%s %s\n' "$JULEP_BASE_URL" "$JULEP_API_KEY"; read _; exit 3"#]
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "JULEP_API_KEY" }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try ProcessLaunch.run(process)
        var printed = Data()
        while !printed.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed.append(chunk)
        }
        let parts = String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .newlines).split(separator: " ")
        #expect(parts.count == 2, "\(parts)")
        let url = try #require(parts.first.flatMap { URL(string: String($0)) })
        #expect(url.absoluteString.wholeMatch(of: /http:\/\/127\.0\.0\.1:\d+\/api/) != nil, "\(url)")
        #expect(parts.last == "emulator-key")

        // While the command runs, the emulator answers at that URL.
        var request = URLRequest(url: url.appendingPathComponent("agents"))
        request.setValue("emulator-key", forHTTPHeaderField: "Authorization")
        let (_, response) = try await URLSession(configuration: .ephemeral).data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)

        input.fileHandleForWriting.write(Data("done\n".utf8))
        try input.fileHandleForWriting.close()
        let (stderr, status) = try await offThePool {
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (stderr, process.terminationStatus)
        }
        #expect(status == 3, "\(stderr)")
        #expect(stderr.contains("julep-emulator: serving http://127.0.0.1:"))
        // And it has stopped: nothing answers there any more.
        await #expect(throws: (any Error).self) { _ = try await URLSession(configuration: .ephemeral).data(for: request) }
    }

    @Test func aKeyTheCallerSetIsKeptAndTheDashesAreOptional() async throws {
        let run = try await Self.run(["sh", "-c", #"printf '%s' "$JULEP_API_KEY""#], environment: ["JULEP_API_KEY": "mine"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "mine")
    }

    @Test func aCommandThatCannotStartIs127() async throws {
        let run = try await Self.run(["--", "no-such-program-julep"])
        #expect(run.status == 127, "\(run.stderr)")
    }

    @Test func argumentsAreRead() throws {
        #expect(try EmulatorCommandLine(parsing: []) == EmulatorCommandLine())
        #expect(try EmulatorCommandLine(parsing: ["--port", "8080"]) == EmulatorCommandLine(port: 8080))
        #expect(try EmulatorCommandLine(parsing: ["--port=8081", "--", "swift", "run", "--package-path", "Examples"])
            == EmulatorCommandLine(port: 8081, command: ["swift", "run", "--package-path", "Examples"]))
        #expect(try EmulatorCommandLine(parsing: ["swift", "run", "--port", "1"]) == EmulatorCommandLine(command: ["swift", "run", "--port", "1"]))
        #expect(throws: EmulatorCommandLine.Problem.self) { try EmulatorCommandLine(parsing: ["--port", "x"]) }
        #expect(throws: EmulatorCommandLine.Problem.self) { try EmulatorCommandLine(parsing: ["--verbose"]) }
        let environment = EmulatorCommandLine.commandEnvironment(["PATH": "/bin", "JULEP_API_KEY": ""], baseURL: "http://127.0.0.1:1/api")
        #expect(environment == ["PATH": "/bin", "JULEP_API_KEY": "emulator-key", "JULEP_BASE_URL": "http://127.0.0.1:1/api"])
    }

    @Test func aFixedPortIsServed() async throws {
        // A free port, found by letting the system pick one for a server that is then stopped.
        let probe = try await JulepServerEmulator.start()
        let port = try #require(probe.baseURL.port)
        await probe.stop()
        let emulator = try await JulepServerEmulator.start(port: UInt16(port))
        #expect(emulator.apiURL.absoluteString == "http://127.0.0.1:\(port)/api")
        await emulator.stop()
    }
}
