import Benchmark
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Julep

// The generated SDK at run time, each figure next to its baseline measured in the same
// iterations (alternating which goes first), so the ratio holds on a busy machine:
// - decoding a 1,000-agent list page and a 1 MB session history, generated models vs plain
//   hand-written `Codable` structs (PlainModels.swift) of the same JSON, both with the SDK's
//   `JSONDecoder` (its date strategy reads the API's microsecond timestamps, which `.iso8601`
//   rejects);
// - one `client.agents.get(id:)` against a local server vs a bare `URLSession` call to the same
//   URL that decodes the same JSON into the plain struct.
// Custom metrics: `MB/s (SDK)`, `MB/s (Codable)`, `SDK / Codable (%)`, `µs per request (...)`,
// `client / URLSession (%)`.

let sdkMBs = BenchmarkMetric.custom("MB/s (SDK)", polarity: .prefersLarger, useScalingFactor: false)
let codableMBs = BenchmarkMetric.custom("MB/s (Codable)", polarity: .prefersLarger, useScalingFactor: false)
let decodeRatio = BenchmarkMetric.custom("SDK / Codable time (%)", polarity: .prefersSmaller, useScalingFactor: false)
let clientMicros = BenchmarkMetric.custom("µs per request (client)", polarity: .prefersSmaller, useScalingFactor: false)
let bareMicros = BenchmarkMetric.custom("µs per request (URLSession)", polarity: .prefersSmaller, useScalingFactor: false)
let requestRatio = BenchmarkMetric.custom("client / URLSession time (%)", polarity: .prefersSmaller, useScalingFactor: false)

/// The local server of the request benchmark, started by its setup hook.
final class ServerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _server: LocalServer?
    var server: LocalServer? {
        get { lock.withLock { _server } }
        set { lock.withLock { _server = newValue } }
    }
}

let serverBox = ServerBox()

let benchmarks: @Sendable () -> Void = {
    let agentPage = SampleData.agentListPage(count: 1000)
    let history = SampleData.sessionHistory(bytes: 1_000_000)

    func decodingBenchmark<SDKValue: Decodable, PlainValue: Decodable>(
        _ name: String, _ data: Data, _ sdk: SDKValue.Type, _ plain: PlainValue.Type
    ) {
        Benchmark(
            "\(name) (\(data.count / 1000) KB)",
            configuration: .init(
                metrics: [.wallClock, .mallocCountTotal, sdkMBs, codableMBs, decodeRatio],
                units: [sdkMBs: .count, codableMBs: .count, decodeRatio: .count],
                warmupIterations: 3, maxDuration: .seconds(5), maxIterations: 200)
        ) { benchmark in
            let decoder = JSONCoding.makeDecoder()
            let clock = ContinuousClock()
            for iteration in benchmark.scaledIterations {
                var sdkTime = Duration.zero
                var plainTime = Duration.zero
                for turn in 0..<2 {
                    if (iteration + turn) % 2 == 0 {
                        let start = clock.now
                        blackHole(try decoder.decode(SDKValue.self, from: data))
                        sdkTime = clock.now - start
                    } else {
                        let start = clock.now
                        blackHole(try decoder.decode(PlainValue.self, from: data))
                        plainTime = clock.now - start
                    }
                }
                benchmark.measurement(sdkMBs, megabytesPerSecond(data.count, sdkTime))
                benchmark.measurement(codableMBs, megabytesPerSecond(data.count, plainTime))
                benchmark.measurement(decodeRatio, Int((sdkTime / plainTime * 100).rounded()))
            }
        }
    }

    decodingBenchmark("Decode a 1,000-agent list page", agentPage, AgentList.self, PlainAgentList.self)
    decodingBenchmark("Decode a 1 MB session history", history, History.self, PlainHistory.self)

    Benchmark(
        "One request: client.agents.get vs bare URLSession (127.0.0.1)",
        configuration: .init(
            metrics: [.wallClock, .mallocCountTotal, clientMicros, bareMicros, requestRatio],
            units: [clientMicros: .count, bareMicros: .count, requestRatio: .count],
            warmupIterations: 20, maxDuration: .seconds(10), maxIterations: 2000,
            setup: { serverBox.server = try LocalServer(body: Data(SampleData.agent(1).utf8)) },
            teardown: {
                serverBox.server?.stop()
                serverBox.server = nil
            })
    ) { benchmark in
        guard let server = serverBox.server else { return }
        let client = JulepClient(apiKey: "benchmark-key", baseURL: server.baseURL, maxRetries: 0)
        let id = UUID(uuidString: SampleData.uuid(1))!
        let url = server.baseURL.appendingPathComponent("agents").appendingPathComponent(id.uuidString.lowercased())
        let decoder = JSONCoding.makeDecoder()
        let clock = ContinuousClock()
        for iteration in benchmark.scaledIterations {
            var clientTime = Duration.zero
            var bareTime = Duration.zero
            for turn in 0..<2 {
                if (iteration + turn) % 2 == 0 {
                    let start = clock.now
                    blackHole(try await client.agents.get(id: id))
                    clientTime = clock.now - start
                } else {
                    let start = clock.now
                    var request = URLRequest(url: url)
                    request.setValue("benchmark-key", forHTTPHeaderField: "Authorization")
                    request.setValue("application/json", forHTTPHeaderField: "Accept")
                    let (data, response) = try await URLSession.shared.data(for: request)
                    guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
                    blackHole(try decoder.decode(PlainAgent.self, from: data))
                    bareTime = clock.now - start
                }
            }
            benchmark.measurement(clientMicros, microseconds(clientTime))
            benchmark.measurement(bareMicros, microseconds(bareTime))
            benchmark.measurement(requestRatio, Int((clientTime / bareTime * 100).rounded()))
        }
    }
}

func megabytesPerSecond(_ bytes: Int, _ time: Duration) -> Int {
    let seconds = Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18
    return seconds > 0 ? Int((Double(bytes) / 1_000_000 / seconds).rounded()) : 0
}

func microseconds(_ time: Duration) -> Int {
    Int(time.components.seconds * 1_000_000 + time.components.attoseconds / 1_000_000_000_000)
}
