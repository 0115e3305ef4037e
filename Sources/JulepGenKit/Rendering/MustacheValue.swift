import Foundation
import Mustache

/// A template context as swift-mustache reads it: the context's `Encodable` conformance, run once,
/// turned into `ContextObject`s (fields by name), arrays and plain values.
///
/// The context types are the only description of what a template sees: there is no table of
/// their fields to keep in step, and no `Mirror` lookup while rendering. An optional that is `nil`
/// is left out of its object's fields, so a lookup goes on up the context stack, as it would for a
/// property that is `nil`.
enum MustacheValue {
    /// `context` as dictionaries, arrays and plain values; each dictionary reports its lookups to
    /// `lookups`.
    static func make(_ context: some Encodable, lookups: LookupLog) -> Any {
        do {
            return try encoded(context, lookups: lookups)
        } catch {
            // Contexts are plain data: encoding them cannot fail.
            preconditionFailure("a template context could not be encoded: \(error)")
        }
    }
}

/// One context object (an encoded struct) as swift-mustache sees it: its fields by name, and the
/// names it declares without a value (`nil` optionals), so that a lookup of a name no context
/// has can be told from one of a field that is `nil` here.
struct ContextObject: MustacheParent {
    let fields: [String: Any]
    let absent: Set<String>
    let lookups: LookupLog

    func child(named name: String) -> Any? {
        if let value = fields[name] {
            lookups.record(name, declared: true)
            return value
        }
        lookups.record(name, declared: absent.contains(name))
        return nil
    }
}

/// The lookups of one rendering, in order, to find the tags that resolved to nothing.
///
/// swift-mustache looks a name up in each object of the context stack, innermost first, until
/// one has it. A tag is unresolved when none of the objects it was looked up in declares it: a
/// run of lookups of one name, none of them declared.
final class LookupLog {
    private var currentName: String?
    private var currentRunDeclared = false
    private(set) var unresolved: [String] = []

    func record(_ name: String, declared: Bool) {
        if name != currentName {
            finishRun()
            currentName = name
            currentRunDeclared = false
        }
        if declared { currentRunDeclared = true }
    }

    /// Ends the last run; call when rendering is done.
    func finish() -> [String] {
        finishRun()
        currentName = nil
        return unresolved
    }

    private func finishRun() {
        if let name = currentName, !currentRunDeclared, !unresolved.contains(name) { unresolved.append(name) }
    }
}

/// Where one encoded value is built when a container is asked for: a dictionary, an array or a
/// single value. Values are made as they are encoded, in one pass; only a container handed out
/// for later filling (`nestedContainer`, `superEncoder`) is read when its owner is finished.
private final class Storage {
    enum Value {
        case none
        case keyed(KeyedStorage)
        case unkeyed(UnkeyedStorage)
        case single(Any)
    }

    var content: Value = .none
    let lookups: LookupLog

    init(lookups: LookupLog) {
        self.lookups = lookups
    }

    func value() -> Any {
        switch content {
        case .none: ContextObject(fields: [:], absent: [], lookups: lookups)
        case .keyed(let keyed): keyed.object(lookups)
        case .unkeyed(let unkeyed): unkeyed.values()
        case .single(let value): value
        }
    }
}

private final class KeyedStorage {
    var fields: [String: Any] = [:]
    /// Containers handed out for a key, read when the object is made.
    var nested: [String: Storage] = [:]
    /// Keys whose value was `nil` (`encodeIfPresent`): declared, but absent from the dictionary.
    var absent: Set<String> = []

    func object(_ lookups: LookupLog) -> ContextObject {
        var fields = self.fields
        for (key, storage) in nested { fields[key] = storage.value() }
        return ContextObject(fields: fields, absent: absent, lookups: lookups)
    }
}

private final class UnkeyedStorage {
    enum Element {
        case value(Any)
        case container(Storage)
    }

    var elements: [Element] = []

    func values() -> [Any] {
        elements.map { element in
            switch element {
            case .value(let value): value
            case .container(let storage): storage.value()
            }
        }
    }
}

/// The coding path is not kept: contexts never ask for it, and building it cost an array per
/// encoded field.
private struct TreeEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let storage: Storage

    init(lookups: LookupLog) {
        storage = Storage(lookups: lookups)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let keyed: KeyedStorage
        if case .keyed(let existing) = storage.content {
            keyed = existing
        } else {
            keyed = KeyedStorage()
            storage.content = .keyed(keyed)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(storage: keyed, lookups: storage.lookups))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let unkeyed: UnkeyedStorage
        if case .unkeyed(let existing) = storage.content {
            unkeyed = existing
        } else {
            unkeyed = UnkeyedStorage()
            storage.content = .unkeyed(unkeyed)
        }
        return UnkeyedContainer(storage: unkeyed, lookups: storage.lookups)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(storage: storage)
    }
}

/// `value` as the template sees it: plain values as they are (told apart by their type, which
/// is cheaper than a cast that fails), anything else through its own `encode(to:)`.
private func encoded<T: Encodable>(_ value: T, lookups: LookupLog) throws -> Any {
    if T.self == String.self || T.self == Bool.self || T.self == Int.self || T.self == Double.self {
        return value
    }
    let encoder = TreeEncoder(lookups: lookups)
    try value.encode(to: encoder)
    return encoder.storage.value()
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: KeyedStorage
    let lookups: LookupLog
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { storage.absent.insert(key.stringValue) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        storage.fields[key.stringValue] = try encoded(value, lookups: lookups)
    }

    // Synthesized conformances skip a `nil` optional through these; the key is still declared.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { storage.absent.insert(key.stringValue); return }
        try encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        guard let value else { storage.absent.insert(key.stringValue); return }
        storage.fields[key.stringValue] = value
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        guard let value else { storage.absent.insert(key.stringValue); return }
        storage.fields[key.stringValue] = value
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        guard let value else { storage.absent.insert(key.stringValue); return }
        storage.fields[key.stringValue] = value
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        guard let value else { storage.absent.insert(key.stringValue); return }
        storage.fields[key.stringValue] = value
    }
    mutating func encode(_ value: String, forKey key: Key) throws { storage.fields[key.stringValue] = value }
    mutating func encode(_ value: Bool, forKey key: Key) throws { storage.fields[key.stringValue] = value }
    mutating func encode(_ value: Int, forKey key: Key) throws { storage.fields[key.stringValue] = value }
    mutating func encode(_ value: Double, forKey key: Key) throws { storage.fields[key.stringValue] = value }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let encoder = TreeEncoder(lookups: lookups)
        storage.nested[key.stringValue] = encoder.storage
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let encoder = TreeEncoder(lookups: lookups)
        storage.nested[key.stringValue] = encoder.storage
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoder = TreeEncoder(lookups: lookups)
        storage.nested[key.stringValue] = encoder.storage
        return encoder
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let storage: UnkeyedStorage
    let lookups: LookupLog
    var codingPath: [any CodingKey] { [] }
    var count: Int { storage.elements.count }

    mutating func encodeNil() throws {
        storage.elements.append(.value(Optional<Any>.none as Any))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        storage.elements.append(.value(try encoded(value, lookups: lookups)))
    }

    mutating func encode(_ value: String) throws { storage.elements.append(.value(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let encoder = TreeEncoder(lookups: lookups)
        storage.elements.append(.container(encoder.storage))
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let encoder = TreeEncoder(lookups: lookups)
        storage.elements.append(.container(encoder.storage))
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TreeEncoder(lookups: lookups)
        storage.elements.append(.container(encoder.storage))
        return encoder
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let storage: Storage
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { storage.content = .single(Optional<Any>.none as Any) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        storage.content = .single(try encoded(value, lookups: storage.lookups))
    }
}
