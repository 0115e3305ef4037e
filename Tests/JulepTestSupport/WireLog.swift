import Foundation

/// Every exchange the test server has, appended to the file `JULEP_GEN_WIRE_LOG` names (one JSON
/// object per line), so that a validator nobody here wrote can check the requests the generated
/// tests send, and the answers they decode, against the API's own document (`.ci/validate-wire`).
/// Nothing is written when the variable is not set.
enum WireLog {
    static let path = ProcessInfo.processInfo.environment["JULEP_GEN_WIRE_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    private static let lock = NSLock()

    static func record(_ request: ReceivedRequest, _ response: CannedResponse) {
        guard let path else { return }
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
