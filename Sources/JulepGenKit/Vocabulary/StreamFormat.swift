/// How a server-sent event's `data` is written.
public enum StreamFormat: String, Sendable, Hashable, CaseIterable {
    /// JSON text.
    case json
    /// A Python literal, as `str(dict)` writes it (what sse-starlette sends for a `dict`).
    case python
}
