/// The arguments of the `julep-emulator` program: `[--port N] [--] [command [argument …]]`.
///
/// Without a command it serves until stopped, printing the API's base URL first. With one it
/// serves for as long as the command runs, with the URL in the command's `JULEP_BASE_URL`: one
/// line that returns when the command does and leaves nothing running.
public struct EmulatorCommandLine: Sendable, Equatable {
    /// The port on 127.0.0.1; 0 picks a free one.
    public var port: UInt16 = 0
    /// The command to run against the emulator (program and arguments); empty: serve until stopped.
    public var command: [String] = []

    public static let usage = """
        usage: julep-emulator [--port N] [--] [command [argument …]]

        Serves the emulated Julep 0.4.0 API on 127.0.0.1 (a free port unless --port is given).
        Without a command: prints the API's base URL and serves until stopped.
        With a command: runs it with JULEP_BASE_URL set to that URL (and JULEP_API_KEY set to a
        placeholder when unset: the emulator takes any key), stops when it ends, and exits with its status.
        """

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public init(port: UInt16 = 0, command: [String] = []) {
        self.port = port
        self.command = command
    }

    /// Reads `arguments` (without the program's name); `--help` is a problem whose description is the usage.
    public init(parsing arguments: [String]) throws(Problem) {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            switch argument {
            case "--":
                command = Array(arguments[(index + 1)...])
                return
            case "--port":
                index += 1
                guard index < arguments.endIndex, let port = UInt16(arguments[index]) else {
                    throw Problem(description: "--port needs a port number (0…65535)")
                }
                self.port = port
            case "-h", "--help":
                throw Problem(description: Self.usage)
            default:
                if argument.hasPrefix("--port=") {
                    guard let port = UInt16(argument.dropFirst("--port=".count)) else {
                        throw Problem(description: "--port needs a port number (0…65535)")
                    }
                    self.port = port
                } else if argument.hasPrefix("-") {
                    throw Problem(description: "unknown option '\(argument)'\n\n" + Self.usage)
                } else {
                    command = Array(arguments[index...])
                    return
                }
            }
            index += 1
        }
    }

    /// The environment the command runs in: `environment` with `JULEP_BASE_URL` set to `baseURL`,
    /// and `JULEP_API_KEY` set to a placeholder when it is not set (the emulator takes any key).
    public static func commandEnvironment(_ environment: [String: String], baseURL: String) -> [String: String] {
        var result = environment
        result["JULEP_BASE_URL"] = baseURL
        if (result["JULEP_API_KEY"] ?? "").isEmpty { result["JULEP_API_KEY"] = "emulator-key" }
        return result
    }
}
