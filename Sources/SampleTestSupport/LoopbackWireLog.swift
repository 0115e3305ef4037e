import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        // Several copies of this type write at once (each generated SDK's sample tests carry
        // their own, and test processes may run side by side): each line is written with
        // O_APPEND under an exclusive file lock, so lines from different writers never interleave.
        lock.withLock {
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
            guard descriptor >= 0 else { return }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX) == 0 else { return }
            defer { flock(descriptor, LOCK_UN) }
            line.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else { return }
                    offset += written
                }
            }
        }
    }
}
