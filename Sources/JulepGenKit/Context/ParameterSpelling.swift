/// How a query or header parameter is handed to the runtime, decided once for the resource code
/// and the sample tests: plain values by their type (`addQuery`, `setHeader`), anything else taken
/// apart by the runtime's `ParameterStyle`, whose spelling `queryItems` mirrors for the tests.
enum ParameterSpelling {
    /// The `ParameterStyle` case the runtime spells `parameter` with, or nil for a plain value
    /// (or JSON text).
    static func style(of parameter: Parameter, in api: APIDefinition) -> String? {
        // A single plain value is written the same in every style.
        if parameter.serialization != .json, parameter.serialization != .dotted, isPlainValue(parameter.type, allowList: false, in: api) { return nil }
        let plain = isPlainValue(parameter.type, allowList: true, in: api)
        if parameter.location == .header { return plain ? nil : "commaDelimited" }
        switch parameter.serialization {
        case .json, .dotted: return nil
        case .form: return plain ? nil : "form"
        case .commaDelimited: return "commaDelimited"
        case .spaceDelimited: return "spaceDelimited"
        case .pipeDelimited: return "pipeDelimited"
        case .deepObject: return "deepObject"
        }
    }

    /// A value the runtime's `addQuery` and `setHeader` spell directly: text, a number, a UUID, a
    /// date, an enumeration (through aliases), or, with `allowList`, a list of them.
    static func isPlainValue(_ type: TypeReference, allowList: Bool, in api: APIDefinition) -> Bool {
        switch type.nonNullable {
        case .builtin(let builtin): return builtin != .json && builtin != .binary
        case .list(let element): return allowList && isPlainValue(element, allowList: false, in: api)
        case .map, .nullable: return false
        case .named(let id):
            switch api.type(id)?.kind {
            case .enumeration?: return true
            case .alias(let alias)?: return isPlainValue(alias.target, allowList: allowList, in: api)
            default: return false
            }
        }
    }

    /// The query items `ParameterStyle.<style>.queryItems` makes of `value` (the runtime's rules:
    /// keys sorted, `null` left out, deeper values as compact JSON).
    static func queryItems(_ name: String, _ value: SampleJSON, style: String) -> [(name: String, value: String)] {
        switch (style, value) {
        case (_, .null):
            return []
        case ("json", _):
            return text(value).map { [(name, $0)] } ?? []
        case ("form", .array(let items)), ("deepObject", .array(let items)):
            return items.compactMap { item in text(item).map { (name, $0) } }
        case ("form", .object(let members)):
            return sorted(members).compactMap { member in text(member.value).map { (member.key, $0) } }
        case ("deepObject", .object(let members)):
            return sorted(members).flatMap { queryItems(name + "[" + $0.key + "]", $0.value, style: "deepObject") }
        case (_, .array), (_, .object):
            let separator = style == "spaceDelimited" ? " " : style == "pipeDelimited" ? "|" : ","
            return joined(value, separator: separator).map { [(name, $0)] } ?? []
        default:
            return text(value).map { [(name, $0)] } ?? []
        }
    }

    /// A header value in OpenAPI's `simple` style, as `ParameterStyle.headerValue` writes it.
    static func headerValue(_ value: SampleJSON) -> String? {
        joined(value, separator: ",")
    }

    private static func joined(_ value: SampleJSON, separator: String) -> String? {
        switch value {
        case .array(let items): return items.compactMap(text).joined(separator: separator)
        case .object(let members):
            return sorted(members).flatMap { member in text(member.value).map { [member.key, $0] } ?? [] }
                .joined(separator: separator)
        default: return text(value)
        }
    }

    private static func text(_ value: SampleJSON) -> String? {
        switch value {
        case .null: return nil
        case .bool(let bool): return bool ? "true" : "false"
        case .integer(let integer): return String(integer)
        case .double(let double): return String(double)
        case .string(let string): return string
        case .array, .object: return sortingKeys(value).compact
        }
    }

    private static func sorted(_ members: [(key: String, value: SampleJSON)]) -> [(key: String, value: SampleJSON)] {
        members.sorted { $0.key < $1.key }
    }

    /// The runtime's encoder sorts keys at every level.
    private static func sortingKeys(_ value: SampleJSON) -> SampleJSON {
        switch value {
        case .array(let items): return .array(items.map(sortingKeys))
        case .object(let members): return .object(sorted(members).map { ($0.key, sortingKeys($0.value)) })
        default: return value
        }
    }
}
