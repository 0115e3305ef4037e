/// Swift's reserved words, and the names generated code must never shadow.
enum SwiftKeywords {
    /// Words that need backticks when declared as a property, parameter or case name.
    static let reserved: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if",
        "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol", "_",
    ]

    static func needsBackticksAsMember(_ name: String) -> Bool {
        reserved.contains(name)
    }

    /// Standard library, concurrency and Foundation types that generated code uses by their short name,
    /// or that SDK users write every day. A spec type of one of these names would shadow it for
    /// every module that imports the SDK, so such types are renamed (see `TypeNamer`).
    static let shadowedTypeNames: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Character", "Codable", "Data", "Date", "Decimal", "Decodable",
        "Dictionary", "Double", "Duration", "Encodable", "Equatable", "Error", "Float", "Hashable", "Int", "Int8",
        "Int16", "Int32", "Int64", "JSONDecoder", "JSONEncoder", "Never", "Optional", "Protocol", "Result",
        "Self", "Sendable", "Sequence", "Set", "String", "Substring", "Task", "Type", "UInt", "UInt8", "UInt16",
        "UInt32", "UInt64", "URL", "URLRequest", "URLSession", "UUID", "Void",
    ]
}
