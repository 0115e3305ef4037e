// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

extension ClientCore {
    /// Sends `request` and writes the 2xx answer's body to `destination` as it arrives, a piece at
    /// a time, so a large download never sits in memory; returns `destination` with the answer's
    /// status and headers (the `APIResponse`'s `body` is empty).
    ///
    /// A file at `destination` is replaced. Getting the answer's head is retried like any call
    /// (see ``RetryPolicy``); a failure while the body arrives removes the partial file and throws
    /// a ``APIError`` (`.connection`, `.timeout` or `.cancelled`), as does a file that cannot be
    /// written (`.invalidArgument`). `maxResponseBodyBytes` does not apply: the body goes to disk.
    func sendForDownload(
        _ request: APIRequest,
        to destination: URL,
        options: RequestOptions?
    ) async throws -> APIResponse<URL> {
        let prepared = try prepare(request, options: options)
        let summary = APIError.RequestSummary(method: prepared.httpRequest.method, url: prepared.httpRequest.url)
        let exchange = try await perform(
            prepared, isIdempotent: request.isIdempotent, options: options, streaming: true)
        let body = exchange.stream ?? HTTPStreamingResponse(statusCode: 200, body: exchange.response.body).body
        let handle = try ClientCore.createFile(at: destination)
        do {
            defer { try? handle.close() }
            for try await piece in body {
                do {
                    try handle.write(contentsOf: piece)
                } catch {
                    throw APIError(
                        kind: .invalidArgument, message: "Cannot write the download to '\(destination.path)': \(error)",
                        underlying: error)
                }
            }
            try Task.checkCancellation()
        } catch {
            try? FileManager.default.removeItem(at: destination)
            throw ClientCore.mapStreamError(error, request: summary).hidingCredentials(exchange.credentialValues)
        }
        return APIResponse(
            value: destination, statusCode: exchange.response.statusCode, headers: exchange.response.headers,
            body: Data(), attempts: exchange.attempts)
    }

    /// An empty file at `url`, replacing any, open for writing.
    private static func createFile(at url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: url)
        else {
            throw APIError(kind: .invalidArgument, message: "Cannot create the file '\(url.path)' for the download.")
        }
        return handle
    }
}
