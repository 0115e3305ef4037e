// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// When and how long the client waits before trying a failed call again.
///
/// A call is retried, up to ``ClientConfiguration/maxRetries`` times (2 unless set; per call
/// ``RequestOptions/maxRetries``), when:
///
/// - the server says so with `x-should-retry: true` (and never when it says `x-should-retry: false`);
/// - otherwise, for a call that is safe to repeat (GET, PUT, DELETE and operations the API marks
///   idempotent): the connection failed, the call timed out, or the status is 408, 409, 429 or 5xx;
/// - otherwise, for other calls (POST, PATCH), only when the request provably was not processed:
///   the connection could not be established, or the status is 429 or 503.
///
/// The wait before retry *n* (0-based) is `min(0.5 s × 2ⁿ, 8 s)` times a random factor in
/// 0.75...1, unless the response asks for a wait of at most 60 seconds with `retry-after-ms`
/// (milliseconds) or `Retry-After` (seconds or an HTTP date). A negative wait, or a date that is
/// not in the future, counts as no request: the computed wait applies.
public struct RetryPolicy: Sendable, Hashable {
    /// The wait before the first retry, before the random factor: 0.5 seconds.
    public var initialDelay: Duration
    /// The longest computed wait, before the random factor: 8 seconds.
    public var maxDelay: Duration
    /// The longest wait a server may ask for with `Retry-After`; longer requests are ignored: 60 seconds.
    public var maxRetryAfter: Duration
    /// The range the computed wait is multiplied by, at random: 0.75...1.
    public var jitter: ClosedRange<Double>

    /// Creates a policy; the defaults are those described above.
    public init(
        initialDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(60),
        jitter: ClosedRange<Double> = 0.75...1
    ) {
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.jitter = jitter
    }

    /// Statuses retried for calls that are safe to repeat.
    static let retriedStatuses: Set<Int> = [408, 409, 429]

    // MARK: Deciding

    /// Whether a call that got `response` is worth another attempt.
    func shouldRetry(_ response: HTTPResponse, isIdempotent: Bool) -> Bool {
        if let decision = Self.serverDecision(response.headers) { return decision }
        let status = response.statusCode
        if isIdempotent {
            return Self.retriedStatuses.contains(status) || status >= 500
        }
        return status == 429 || status == 503
    }

    /// Whether a call that failed with `error` and no response is worth another attempt.
    func shouldRetry(_ error: APIError, isIdempotent: Bool) -> Bool {
        switch error.kind {
        case .connection:
            return isIdempotent || Self.isConnectFailure(error)
        case .timeout:
            return isIdempotent
        default:
            return false
        }
    }

    /// `x-should-retry: true` or `false`, if the server sent it.
    static func serverDecision(_ headers: HTTPHeaders) -> Bool? {
        switch headers["x-should-retry"]?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// Whether `error` says the connection could not be established, so the server cannot have
    /// seen the request: refused, unreachable, or the host not found.
    static func isConnectFailure(_ error: APIError) -> Bool {
        guard let urlError = error.underlying as? URLError else { return false }
        switch urlError.code {
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return true
        default:
            return false
        }
    }

    // MARK: Waiting

    /// The wait before retry number `retry` (0 for the first retry), honouring the response's
    /// `retry-after-ms` or `Retry-After` when it asks for at most ``maxRetryAfter``.
    func delay(beforeRetry retry: Int, response: HTTPResponse?, now: Date = Date()) -> Duration {
        if let response, let requested = Self.requestedDelay(response.headers, now: now), requested <= maxRetryAfter {
            return requested
        }
        return backoff(beforeRetry: retry, factor: Double.random(in: jitter))
    }

    /// `min(initialDelay × 2^retry, maxDelay) × factor`.
    func backoff(beforeRetry retry: Int, factor: Double) -> Duration {
        let exponential = initialDelay.timeInterval * pow(2, Double(min(max(retry, 0), 32)))
        let capped = min(exponential, maxDelay.timeInterval)
        return .milliseconds(Int64((capped * factor * 1000).rounded()))
    }

    /// The wait the server asks for: `retry-after-ms` (milliseconds) first, then `Retry-After`
    /// in seconds or as an HTTP date (relative to `now`); `nil` when neither is usable.
    ///
    /// A negative wait or a date that is not in the future is not usable: it would retry at once,
    /// so the normal backoff applies instead.
    static func requestedDelay(_ headers: HTTPHeaders, now: Date) -> Duration? {
        if let text = headers["retry-after-ms"]?.trimmingCharacters(in: .whitespaces),
            let milliseconds = Double(text), milliseconds.isFinite, milliseconds >= 0
        {
            return .milliseconds(Int64(min(milliseconds, 1e12).rounded()))
        }
        guard let text = headers["retry-after"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return nil
        }
        if let seconds = Double(text), seconds.isFinite {
            guard seconds >= 0 else { return nil }
            return .milliseconds(Int64((min(seconds, 1e9) * 1000).rounded()))
        }
        guard let date = parseHTTPDate(text) else { return nil }
        let seconds = date.timeIntervalSince(now)
        guard seconds > 0 else { return nil }
        return .milliseconds(Int64((min(seconds, 1e9) * 1000).rounded()))
    }

    /// Parses an HTTP date (RFC 9110: IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT`, or the
    /// obsolete RFC 850 and asctime forms).
    static func parseHTTPDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
