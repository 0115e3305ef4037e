// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

// The generated models' `init(from:)` and `encode(to:)` spell each JSON key as a string literal,
// `try container.decode(Date.self, forKey: "created_at")`: these overloads take the key as a
// `StaticString` and make it an `AnyCodingKey`. One key type and one helper per method, shared by
// every model, instead of a `CodingKeys` enum per model and a key built at every call site: what
// the models' conformances compile to is most of the SDK's build time.

extension AnyCodingKey {
    init(_ key: StaticString) {
        self.init(stringValue: key.description)
    }
}

extension KeyedDecodingContainer where Key == AnyCodingKey {
    func decode<T: Decodable>(_ type: T.Type, forKey key: StaticString) throws -> T {
        try decode(type, forKey: AnyCodingKey(key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: StaticString) throws -> T? {
        try decodeIfPresent(type, forKey: AnyCodingKey(key))
    }

    func decodeNullable<T: Decodable>(_ type: T.Type, forKey key: StaticString) throws -> Nullable<T>? {
        try decodeNullable(type, forKey: AnyCodingKey(key))
    }

    /// The members whose keys are not among `declared`, each decoded as `T` (the keys an object
    /// type allows beyond its properties, OpenAPI's `additionalProperties`).
    func decodeAdditionalProperties<T: Decodable>(_ type: T.Type, excluding declared: Set<String>) throws -> [String: T]
    {
        var values: [String: T] = [:]
        for key in allKeys where !declared.contains(key.stringValue) {
            values[key.stringValue] = try decode(type, forKey: key)
        }
        return values
    }
}

extension KeyedEncodingContainer where Key == AnyCodingKey {
    mutating func encode<T: Encodable>(_ value: T, forKey key: StaticString) throws {
        try encode(value, forKey: AnyCodingKey(key))
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: StaticString) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(key))
    }

    mutating func encodeNullable<T: Encodable>(_ value: Nullable<T>?, forKey key: StaticString) throws {
        try encodeNullable(value, forKey: AnyCodingKey(key))
    }

    /// Encodes each of `values` under its key, except keys among `declared` (a declared property
    /// wins over an undeclared key of the same name).
    mutating func encodeAdditionalProperties<T: Encodable>(_ values: [String: T], excluding declared: Set<String>)
        throws
    {
        for (key, value) in values where !declared.contains(key) {
            try encode(value, forKey: AnyCodingKey(stringValue: key))
        }
    }
}

extension DecodingError {
    /// The error a union's `init(from:)` throws when its JSON decodes as none of its variants,
    /// `expected` naming their types (one argument each, so that a long list breaks over lines).
    static func noVariantMatched(_ type: Any.Type, _ decoder: any Decoder, expected: String...) -> DecodingError {
        let description = "Expected one of: \(expected.joined(separator: ", "))."
        return .typeMismatch(type, Context(codingPath: decoder.codingPath, debugDescription: description))
    }
}
