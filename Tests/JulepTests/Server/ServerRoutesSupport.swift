import Foundation
import JulepTestSupport
import Testing

@testable import Julep

/// Runs `body` with a client of the SDK talking to a fresh emulator of the Julep 0.4.0 server
/// (`JulepServerEmulator`): no retries, no logging, no sleeping.
func withJulepServer(_ body: (JulepClient, JulepServerEmulator) async throws -> Void) async throws {
    try await JulepServerEmulator.with { emulator in
        let client = JulepClient(
            apiKey: "test-key", baseURL: emulator.apiURL, maxRetries: 0,
            transport: URLSessionTransport(configuration: .ephemeral)
        ).withConfiguration {
            $0.logger = nil
            $0.sleep = { _ in }
        }
        try await body(client, emulator)
    }
}

/// The last request the emulator received, as `METHOD target` (path and query, percent-encoded).
func lastRequest(_ emulator: JulepServerEmulator) async -> String {
    guard let request = await emulator.requests.last else { return "(none)" }
    return "\(request.method) \(request.target)"
}

/// The query items of the last request the emulator received, in order.
func lastQuery(_ emulator: JulepServerEmulator) async -> [String] {
    guard let target = await emulator.requests.last?.target,
        let items = URLComponents(string: target)?.queryItems
    else { return [] }
    return items.map { "\($0.name)=\($0.value ?? "")" }
}

/// The JSON body of the last request the emulator received, as an object.
func lastBody(_ emulator: JulepServerEmulator) async throws -> [String: Any] {
    let body = try #require(await emulator.requests.last?.body)
    return try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
}
