import Foundation

/// A path key of an OpenAPI document made into a path template the SDK can send.
///
/// Real documents put more than a path there: `/files/{file_id}#get_shared_link` (a fragment, to
/// give one path several operations of the same method), `/search?type=file` (a fixed query), or
/// characters a URL path cannot hold as they are (`/<upload_url>`). The fragment is dropped (a
/// client never sends it), the query is returned as name–value pairs, and other characters outside
/// `{…}` are percent-encoded, each with a warning.
struct PathTemplateText {
    private(set) var path = ""
    private(set) var query: [(name: String, value: String)] = []
    private(set) var warnings: [(message: String, location: SourceLocation)] = []

    init(_ key: String, at location: SourceLocation) {
        var text = Substring(key)
        if let hash = text.firstIndex(of: "#") {
            // Not a degradation: the request is the one the document describes.
            text = text[..<hash]
        }
        if let question = text.firstIndex(of: "?") {
            let queryText = text[text.index(after: question)...]
            text = text[..<question]
            for pair in queryText.split(separator: "&") where !pair.isEmpty {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(parts[0]).removingPercentEncodingIfValid
                let value = parts.count > 1 ? String(parts[1]).removingPercentEncodingIfValid : ""
                query.append((name, value))
            }
            warnings.append(
                ("the query '\(queryText)' in the path becomes parameters with these values as defaults",
                 location.advanced(by: key.distance(from: key.startIndex, to: question))))
        }
        var insideBraces = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "{" { insideBraces = true }
            if scalar == "}" { insideBraces = false }
            if insideBraces || scalar == "{" || scalar == "}" || URLText.isPathScalar(scalar) {
                path.unicodeScalars.append(scalar)
                continue
            }
            let encoded = String(scalar).utf8.map { "%" + String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined()
            path += encoded
            warnings.append(("'\(scalar)' cannot appear in a URL path as is; it is sent as '\(encoded)'", location.advanced(by: offset)))
        }
    }
}

extension String {
    fileprivate var removingPercentEncodingIfValid: String {
        removingPercentEncoding ?? self
    }

    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
