// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// Writes one line per HTTP attempt: method, URL, status (or the kind of failure), attempt
/// number and duration; and before a request's first attempt, a `note:` line for each thing the
/// caller may not expect about how an argument is sent (a metadata filter value a query carries
/// only as text).
///
/// Logging is off unless ``ClientConfiguration/logger`` is set, which it is by default when the
/// environment variable ``environmentVariable`` names (`<API>_LOG`) is set (to anything but `0`,
/// `false`, `off` or `no`): lines then go to standard error. Credentials never appear: the URL loses any user
/// info and query items with sensitive names are redacted, and headers and bodies are not logged.
///
/// ```
/// Petstore: GET https://api.example.com/agents?limit=10 -> 200 (attempt 1, 84 ms)
/// Petstore: POST https://api.example.com/agents -> 503 (attempt 1, 12 ms)
/// Petstore: note: metadata_filter.active=true is a Boolean sent as text: a server that converts only numbers …
/// ```
public struct RequestLogger: Sendable {
    private let write: @Sendable (String) -> Void

    /// A logger that hands each line (without a trailing newline) to `write`.
    public init(_ write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Writes lines to standard error.
    public static let standardError = RequestLogger { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The environment variable that switches logging to standard error on: `<API>_LOG`, the API's
    /// name in capitals (`PETSTORE_LOG` for an API named Petstore).
    public static let environmentVariable = SDKIdentity.logEnvironmentVariable

    /// ``standardError`` when ``environmentVariable`` is set in `environment` to anything but
    /// an empty string, `0`, `false`, `off` or `no`; otherwise `nil`.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> RequestLogger? {
        guard let value = environment[environmentVariable]?.trimmingCharacters(in: .whitespaces).lowercased(),
            !["", "0", "false", "off", "no"].contains(value)
        else { return nil }
        return .standardError
    }

    /// Logs one attempt.
    func log(request: HTTPRequest, outcome: Outcome, attempt: Int, duration: Duration) {
        write(Self.line(request: request, outcome: outcome, attempt: attempt, duration: duration))
    }

    /// Logs a remark about a request, `<API>: note: <text>` (see `APIRequest.notes`).
    func note(_ text: String) {
        write("\(SDKIdentity.apiName): note: \(text)")
    }

    /// How an attempt ended.
    enum Outcome {
        case status(Int)
        case failure(APIError.Kind)
    }

    static func line(request: HTTPRequest, outcome: Outcome, attempt: Int, duration: Duration) -> String {
        let result: String
        switch outcome {
        case .status(let status): result = String(status)
        case .failure(let kind): result = "\(kind)"
        }
        let milliseconds = Int((duration.timeInterval * 1000).rounded())
        let url = APIError.RequestSummary.sanitizedURL(request.url)
        return "\(SDKIdentity.apiName): \(request.method) \(url) -> \(result) (attempt \(attempt), \(milliseconds) ms)"
    }
}
