// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Which redirects of a request ``URLSessionTransport`` follows, and what it sends on.
///
/// Only `http` and `https` targets are followed, at most ``maxRedirects`` in a row. Credentials
/// go only to the origin (scheme, host and port) of the request they were added to: a redirect to
/// another origin drops the client's credential headers and query items, and `Authorization`,
/// `Proxy-Authorization` and `Cookie`, as browsers do.
struct RedirectRule: Sendable {
    /// The most redirects followed for one request (as Go's HTTP client; below `URLSession`'s own
    /// limits, so that it is the same everywhere).
    static let maxRedirects = 10

    /// Headers never sent to another origin, lowercased.
    static let originBoundHeaders: Set<String> = ["authorization", "proxy-authorization", "cookie"]

    private let origin: Origin?
    private let credentialHeaderNames: Set<String>
    private let credentialQueryNames: Set<String>

    /// The rule for `request`, whose URL is the origin its credentials belong to.
    init(_ request: HTTPRequest) {
        self.origin = Origin(request.url)
        self.credentialHeaderNames = request.credentialHeaderNames.union(RedirectRule.originBoundHeaders)
        self.credentialQueryNames = request.credentialQueryNames
    }

    /// What to send for a redirect `response` that `URLSession` would follow with `proposed`:
    /// `proposed` itself, `proposed` without credentials (another origin), or `nil` to not follow
    /// (a target that is not `http` or `https`, so the 3xx response is the answer).
    func request(following response: HTTPURLResponse, to proposed: URLRequest) -> URLRequest? {
        // FoundationNetworking turns a `Location` with another scheme and no host
        // (`file:///etc/passwd`) into a path on the same server: read the header itself.
        if let location = response.value(forHTTPHeaderField: "Location"),
            let target = URL(string: location, relativeTo: response.url),
            !RedirectRule.isHTTP(target)
        {
            return nil
        }
        guard let url = proposed.url, RedirectRule.isHTTP(url) else { return nil }
        guard let origin, Origin(url) == origin else {
            return withoutCredentials(proposed)
        }
        return proposed
    }

    private func withoutCredentials(_ proposed: URLRequest) -> URLRequest {
        var request = proposed
        for name in (proposed.allHTTPHeaderFields ?? [:]).keys where credentialHeaderNames.contains(name.lowercased()) {
            request.setValue(nil, forHTTPHeaderField: name)
        }
        if !credentialQueryNames.isEmpty, let url = proposed.url,
            var components = URLComponents(url: url, resolvingAgainstBaseURL: true),
            let items = components.percentEncodedQueryItems
        {
            let kept = items.filter { item in
                !credentialQueryNames.contains((item.name.removingPercentEncoding ?? item.name).lowercased())
            }
            if kept.count != items.count {
                components.percentEncodedQueryItems = kept.isEmpty ? nil : kept
                request.url = components.url ?? url
            }
        }
        return request
    }

    private static func isHTTP(_ url: URL) -> Bool {
        let scheme = url.scheme?.lowercased()
        return scheme == "http" || scheme == "https"
    }

    /// A URL's scheme, host and port (the scheme's default port when none is given).
    private struct Origin: Hashable, Sendable {
        var scheme: String
        var host: String
        var port: Int

        init?(_ url: URL) {
            guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased() else { return nil }
            self.scheme = scheme
            self.host = host
            self.port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : -1)
        }
    }
}
