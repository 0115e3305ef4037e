import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The test process's resident memory, as Linux reports it in `/proc/self/status`.
///
/// Elsewhere it is not measured (`nil`): macOS has `task_info`, which this package's CI (Linux)
/// would never exercise, so the hostile suites bound memory on Linux only and time everywhere.
enum ResidentMemory {
    /// `VmRSS` (resident now) and `VmHWM` (the most it has ever been), in bytes.
    struct Sample: Sendable {
        var current: Int
        var highWater: Int
    }

    /// The process's resident memory now; `nil` where there is no `/proc/self/status`.
    static func sample() -> Sample? {
        #if os(Linux)
        let descriptor = open("/proc/self/status", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        // A file of procfs has no size to ask for: read until the end.
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        // `VmRSS:\t   51234 kB`
        func bytesOf(_ field: String) -> Int? {
            guard let line = lines.first(where: { $0.hasPrefix(field + ":") }) else { return nil }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.count == 3, words[2] == "kB", let kilobytes = Int(words[1]) else { return nil }
            return kilobytes * 1024
        }
        guard let current = bytesOf("VmRSS"), let highWater = bytesOf("VmHWM") else { return nil }
        return Sample(current: current, highWater: highWater)
        #else
        return nil
        #endif
    }

    /// Whether the process runs under the thread sanitizer, whose shadow memory adds several
    /// times every byte the program touches to its resident size (its runtime is linked into
    /// the test executable and exports `__tsan_init`).
    static let isUnderThreadSanitizer: Bool = {
        #if os(Linux)
        return dlsym(nil, "__tsan_init") != nil
        #else
        return false
        #endif
    }()
}

/// The largest the process's resident memory grows while it runs, from a sample every 5 ms on a
/// thread of its own (not Swift's cooperative pool, which a busy test process may keep from
/// running it). `stop()` adds the process's high-water mark when it rose meanwhile, so a peak
/// between two samples is not missed.
final class ResidentMemoryPeak: @unchecked Sendable {
    private let lock = NSLock()
    private let start: ResidentMemory.Sample
    private var peak: Int
    private var isRunning = true

    /// Starts sampling; `nil` where memory is not measured.
    init?() {
        guard let start = ResidentMemory.sample() else { return nil }
        self.start = start
        self.peak = start.current
        let thread = Thread { [self] in
            while lock.withLock({ isRunning }) {
                Thread.sleep(forTimeInterval: 0.005)
                guard let sample = ResidentMemory.sample() else { return }
                lock.withLock { peak = max(peak, sample.current) }
            }
        }
        thread.stackSize = 256 << 10
        thread.start()
    }

    /// Stops sampling (the thread ends at its next sample) and returns how far the resident
    /// memory rose above its size at the start, at its highest, in bytes.
    func stop() -> Int {
        let end = ResidentMemory.sample()
        var highest = lock.withLock {
            isRunning = false
            return peak
        }
        if let end {
            highest = max(highest, end.current)
            if end.highWater > start.highWater { highest = max(highest, end.highWater) }
        }
        return max(0, highest - start.current)
    }
}
