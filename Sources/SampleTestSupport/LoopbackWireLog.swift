import Foundation

/// Every exchange of a ``LoopbackServer``, appended to the file `JULEP_GEN_WIRE_LOG` names (one
/// JSON object per line), so that a validator of the API's own document can check the requests
/// the tests send and the answers they decode. Nothing is written when the variable is not set.
public enum LoopbackWireLog {
    /// The log file, from the environment.
    public static let path = ProcessInfo.processInfo.environment["JULEP_GEN_WIRE_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    private static let lock = NSLock()

    /// Appends the exchange to the log file `path` names, if any.
    static func record(_ request: LoopbackRequest, _ response: LoopbackResponse) {
        guard let path else { return }
        append(request, response, to: path)
    }

    /// Appends one line to the file at `path`, creating it: the request's method, target, headers
    /// and body (Base64), and the answer's status, headers and body (Base64).
    public static func append(_ request: LoopbackRequest, _ response: LoopbackResponse, to path: String) {
        let entry: [String: Any] = [
            "method": request.method,
            "target": request.target,
            "headers": request.headers,
            "body": request.body.base64EncodedString(),
            "response": [
                "status": response.status,
                "headers": response.headers,
                "body": Data(response.body.utf8).base64EncodedString(),
            ] as [String: Any],
        ]
        guard var line = try? JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys]) else { return }
        line.append(UInt8(ascii: "\n"))
        lock.withLock {
            if !FileManager.default.fileExists(atPath: path) {
                _ = FileManager.default.createFile(atPath: path, contents: nil)
            }
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            defer { try? handle.close() }
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: line)
        }
    }
}
