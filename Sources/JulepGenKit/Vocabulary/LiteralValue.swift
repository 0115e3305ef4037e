/// A value as a document writes it (a default, an example); its meaning depends on the type it
/// belongs to.
public indirect enum LiteralValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
    case list([LiteralValue])
    case map([String: LiteralValue])
}
