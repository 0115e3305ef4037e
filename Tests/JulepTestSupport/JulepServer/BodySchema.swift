import Foundation

/// The part of a pydantic request model the emulator checks: field types, required fields, string
/// limits, literals and unions. Unknown fields are ignored, as pydantic's default `extra` does.
indirect enum BodySchema: Sendable {
    case string(maxLength: Int? = nil, pattern: String? = nil)
    case int(minimum: Int? = nil, maximum: Int? = nil)
    case number(minimum: Double? = nil, maximum: Double? = nil)
    case bool
    case dictionary
    case list(BodySchema, minLength: Int? = nil)
    case uuid
    case any
    case literal([String])
    /// `X | None`: `null` passes, anything else is checked against `X`.
    case optional(BodySchema)
    /// `A | B`: the first member that accepts the value wins; otherwise every member's errors, tagged.
    case union([(tag: String, schema: BodySchema)])
    /// A model: fields, each required or not.
    case model(name: String, fields: [BodyField])

    /// The errors pydantic reports for `value` at `loc`.
    func issues(for value: EmulatorJSON, at loc: [EmulatorJSON]) -> [ValidationIssue] {
        switch self {
        case .any:
            return []
        case .optional(let inner):
            return value.isNull ? [] : inner.issues(for: value, at: loc)
        case .string(let maxLength, let pattern):
            guard case .string(let text) = value else {
                return [.wrongType("string_type", "Input should be a valid string", loc, value)]
            }
            if let maxLength, text.count > maxLength {
                return [
                    ValidationIssue(
                        type: "string_too_long", loc: loc,
                        msg: "String should have at most \(maxLength) character\(maxLength == 1 ? "" : "s")",
                        input: value, ctx: JSONObject(["max_length": .int(maxLength)]))
                ]
            }
            if let pattern, !Self.matches(text, pattern: pattern) {
                return [
                    ValidationIssue(
                        type: "string_pattern_mismatch", loc: loc, msg: "String should match pattern '\(pattern)'",
                        input: value, ctx: JSONObject(["pattern": .string(pattern)]))
                ]
            }
            return []
        case .int(let minimum, let maximum):
            let number: Int
            switch value {
            case .int(let int): number = int
            case .double(let double) where double == double.rounded() && abs(double) < 1e18: number = Int(double)
            case .double:
                return [
                    .wrongType(
                        "int_from_float", "Input should be a valid integer, got a number with a fractional part", loc,
                        value)
                ]
            case .string(let text):
                guard let parsed = Int(text.trimmingCharacters(in: .whitespaces)) else {
                    return [
                        .wrongType(
                            "int_parsing", "Input should be a valid integer, unable to parse string as an integer",
                            loc, value)
                    ]
                }
                number = parsed
            default:
                return [.wrongType("int_type", "Input should be a valid integer", loc, value)]
            }
            return Self.bounds(Double(number), minimum.map(Double.init), maximum.map(Double.init), loc, value) {
                .int(Int($0))
            }
        case .number(let minimum, let maximum):
            let number: Double
            switch value {
            case .int(let int): number = Double(int)
            case .double(let double): number = double
            default: return [.wrongType("float_type", "Input should be a valid number", loc, value)]
            }
            return Self.bounds(number, minimum, maximum, loc, value) { .double($0) }
        case .bool:
            if case .bool = value { return [] }
            return [.wrongType("bool_type", "Input should be a valid boolean", loc, value)]
        case .dictionary:
            if case .object = value { return [] }
            return [.wrongType("dict_type", "Input should be a valid dictionary", loc, value)]
        case .uuid:
            guard case .string(let text) = value else {
                return [.wrongType("uuid_type", "UUID input should be a string, bytes or UUID object", loc, value)]
            }
            return UUID(uuidString: text) == nil ? [.uuid(loc, text)] : []
        case .literal(let allowed):
            if case .string(let text) = value, allowed.contains(text) { return [] }
            return [.literal(allowed, loc, value)]
        case .list(let element, let minLength):
            guard case .array(let items) = value else {
                return [.wrongType("list_type", "Input should be a valid list", loc, value)]
            }
            var issues: [ValidationIssue] = []
            for (index, item) in items.enumerated() {
                issues += element.issues(for: item, at: loc + [.int(index)])
            }
            if issues.isEmpty, let minLength, items.count < minLength {
                issues.append(
                    ValidationIssue(
                        type: "too_short", loc: loc,
                        msg:
                            "List should have at least \(minLength) item\(minLength == 1 ? "" : "s") after validation, not \(items.count)",
                        input: value,
                        ctx: JSONObject([
                            "field_type": "List", "min_length": .int(minLength), "actual_length": .int(items.count),
                        ])))
            }
            return issues
        case .union(let members):
            var all: [ValidationIssue] = []
            for member in members {
                let issues = member.schema.issues(for: value, at: loc + [.string(member.tag)])
                if issues.isEmpty { return [] }
                all += issues
            }
            return all
        case .model(_, let fields):
            guard case .object(let object) = value else {
                return [
                    .wrongType(
                        "model_attributes_type", "Input should be a valid dictionary or object to extract fields from",
                        loc, value)
                ]
            }
            var issues: [ValidationIssue] = []
            for field in fields {
                if let fieldValue = object[field.name] {
                    issues += field.schema.issues(for: fieldValue, at: loc + [.string(field.name)])
                } else if field.isRequired {
                    issues.append(.missing(loc + [.string(field.name)], in: value))
                }
            }
            return issues
        }
    }

    private static func bounds(
        _ number: Double, _ minimum: Double?, _ maximum: Double?, _ loc: [EmulatorJSON], _ input: EmulatorJSON,
        _ json: (Double) -> EmulatorJSON
    ) -> [ValidationIssue] {
        if let minimum, number < minimum {
            return [
                ValidationIssue(
                    type: "greater_than_equal", loc: loc,
                    msg: "Input should be greater than or equal to \(PythonRepr.of(json(minimum)))", input: input,
                    ctx: JSONObject(["ge": json(minimum)]))
            ]
        }
        if let maximum, number > maximum {
            return [
                ValidationIssue(
                    type: "less_than_equal", loc: loc,
                    msg: "Input should be less than or equal to \(PythonRepr.of(json(maximum)))", input: input,
                    ctx: JSONObject(["le": json(maximum)]))
            ]
        }
        return []
    }

    /// Python's `re.match` semantics are close enough to ICU's for the patterns the server uses.
    static func matches(_ text: String, pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return true }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, options: [], range: range) != nil
    }
}

/// One field of a request model.
struct BodyField: Sendable {
    var name: String
    var schema: BodySchema
    var isRequired: Bool

    static func required(_ name: String, _ schema: BodySchema) -> BodyField {
        BodyField(name: name, schema: schema, isRequired: true)
    }

    /// A field with a default: absent is fine, `null` is checked unless the type is optional.
    static func optional(_ name: String, _ schema: BodySchema) -> BodyField {
        BodyField(name: name, schema: .optional(schema), isRequired: false)
    }
}
