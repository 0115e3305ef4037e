/// Type names short enough for every file system and for a reader.
///
/// Files are named after types (`Models/<Type>.swift`), and file systems refuse a file name of
/// more than 255 bytes. Derived names can be far longer: a 300-character schema key, or inline
/// schemas nested 40 deep, each named after its owner (`NestedVariant1Variant1…`). Such a name
/// keeps its first characters and gets a hash of the whole name, so it stays the same from run to
/// run and two long names that start alike stay apart: `NestedVariant1Variant1…Variant1_5c1f09a2`.
enum NameShortening {
    /// The most UTF-8 bytes of a type name (also of an API's or a resource's Swift name).
    static let maximumLength = 100

    /// `name` when it is short enough, otherwise its beginning, `_` and eight hex digits of a hash
    /// of all of it, `maximumLength` bytes or fewer in all.
    static func shortened(_ name: String) -> String {
        guard name.utf8.count > maximumLength else { return name }
        let suffix = "_" + hash(name)
        var prefix = ""
        var bytes = 0
        for character in name {
            let size = character.utf8.count
            guard bytes + size + suffix.utf8.count <= maximumLength else { break }
            prefix.append(character)
            bytes += size
        }
        return prefix + suffix
    }

    /// A short form of a long name for messages: its first 40 characters and `…`.
    static func abbreviated(_ name: String) -> String {
        name.count > 40 ? name.prefix(40) + "…" : name
    }

    /// Eight hex digits of the 64-bit FNV-1a hash of `text`'s UTF-8 bytes: the same on every
    /// machine and run (Swift's `Hasher` is seeded per process).
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String((value >> 32) ^ (value & 0xFFFF_FFFF), radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
