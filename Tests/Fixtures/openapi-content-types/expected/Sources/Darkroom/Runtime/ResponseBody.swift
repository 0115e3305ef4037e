// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// An answer the SDK does not decode (an image, an archive, XML): its bytes as they came, and
/// the media type the server named.
///
/// Operations that answer with bytes of a known binary type return `Data`, and text answers
/// `String`; this type is for answers whose media type says neither.
public struct ResponseBody: Sendable, Hashable {
    /// The bytes.
    public var data: Data
    /// The response's `Content-Type`, for example `application/xml; charset=utf-8`.
    public var contentType: String?

    public init(data: Data, contentType: String?) {
        self.data = data
        self.contentType = contentType
    }

    /// The text of `data` in the charset `contentType` names (UTF-8 when it names none).
    public var text: String? { ResponseBody.text(data, contentType: contentType) }

    /// `response`'s body as it came, as `Response` (`Data`, `String` or ``ResponseBody``), for
    /// a request whose answer is not JSON; `nil` for one that is, which is decoded as JSON.
    static func value<Response>(
        _ format: ResponseDecoding, as type: Response.Type, from response: HTTPResponse
    ) -> Response? {
        guard format == .asItCame else { return nil }
        if Response.self == Data.self { return response.body as? Response }
        if Response.self == ResponseBody.self {
            return ResponseBody(data: response.body, contentType: response.headers["Content-Type"]) as? Response
        }
        if Response.self == String.self {
            let contentType = response.headers["Content-Type"]
            return (text(response.body, contentType: contentType) ?? String(decoding: response.body, as: UTF8.self))
                as? Response
        }
        return nil
    }

    private static func text(_ data: Data, contentType: String?) -> String? {
        let charset = contentType?.split(separator: ";").dropFirst()
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.lowercased().hasPrefix("charset=") }
            .map { $0.dropFirst("charset=".count).trimmingCharacters(in: ["\""]).lowercased() }
        switch charset {
        case nil, "utf-8", "utf8", "us-ascii": return String(data: data, encoding: .utf8)
        case "iso-8859-1", "latin1": return String(data: data, encoding: .isoLatin1)
        case "utf-16": return String(data: data, encoding: .utf16)
        default: return String(data: data, encoding: .utf8)
        }
    }
}

/// How a request's 2xx answer is read.
enum ResponseDecoding: Sendable {
    /// Decoded as JSON into the operation's type.
    case json
    /// Returned as it came: the bytes as `Data`, text as `String` (in the charset the answer
    /// names), anything else as ``ResponseBody``.
    case asItCame
}

extension APIRequest {
    /// Sets `data` as the body, sent as `contentType`.
    mutating func setRawBody(_ data: Data, contentType: String) {
        body = data
        bodyFile = nil
        headers["Content-Type"] = contentType
    }

    /// Sets `text` as the body, in UTF-8, sent as `contentType` (`text/plain` unless said).
    mutating func setTextBody(_ text: String, contentType: String = "text/plain; charset=utf-8") {
        setRawBody(Data(text.utf8), contentType: contentType)
    }

    /// Sets the `Accept` header to the media types the operation answers with.
    mutating func accept(_ mediaTypes: String) {
        headers["Accept"] = mediaTypes
    }
}
