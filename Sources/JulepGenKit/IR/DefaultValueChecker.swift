/// Checks a `default:` against the type it belongs to and turns it into a typed `DefaultValue`.
struct DefaultValueChecker {
    let declarations: [TypeID: TypeDeclaration.Kind]

    /// `default: random` on a `uuid`: a new UUID for every value made without one.
    static let randomUUID = "random"
    /// `default: now` on a `date-time`: the time the value is made.
    static let now = "now"

    func check(
        _ value: Located<LiteralValue>, against type: TypeReference, diagnostics: inout Diagnostics
    ) -> DefaultValue? {
        if let checked = convert(value.value, type) { return checked }
        // Published documents have such defaults (`default: 512 MB` on an integer); the value is
        // only a convenience, so it is dropped rather than the run failed.
        diagnostics.warning(
            "default value \(Self.describe(value.value)) does not match the type \(Self.describe(type)); it is ignored",
            at: value.location)
        return nil
    }

    private func convert(_ value: LiteralValue, _ type: TypeReference) -> DefaultValue? {
        switch (type, value) {
        case (.nullable, .null): return .null
        case (.nullable(let wrapped), _): return convert(value, wrapped)
        case (.builtin(.json), _): return .json(value)
        case (.builtin(.uuid), .string(Self.randomUUID)): return .randomUUID
        case (.builtin(.dateTime), .string(Self.now)): return .now
        case (.builtin(.string), .string(let string)), (.builtin(.date), .string(let string)),
            (.builtin(.dateTime), .string(let string)):
            return .string(string)
        case (.builtin(.uuid), .string(let string)):
            return UUIDText.isValid(string) ? .string(string) : nil
        case (.builtin(.bool), .bool(let bool)): return .bool(bool)
        case (.builtin(.int), .integer(let int)), (.builtin(.int64), .integer(let int)):
            return .integer(int)
        case (.builtin(.int32), .integer(let int)):
            return Int32(exactly: int) != nil ? .integer(int) : nil
        case (.builtin(.float), .integer(let int)), (.builtin(.double), .integer(let int)):
            return .double(Double(int))
        case (.builtin(.float), .double(let double)), (.builtin(.double), .double(let double)):
            return .double(double)
        case (.list(let element), .list(let items)):
            let converted = items.compactMap { convert($0, element) }
            return converted.count == items.count ? .list(converted) : nil
        case (.map(let element), .map(let entries)):
            var converted: [String: DefaultValue] = [:]
            for (key, item) in entries {
                guard let value = convert(item, element) else { return nil }
                converted[key] = value
            }
            return .map(converted)
        case (.named(let id), _):
            switch declarations[id] {
            case .enumeration(let enumeration)?:
                let text: String? =
                    switch value {
                    case .string(let string) where !enumeration.isInteger: string
                    case .integer(let number) where enumeration.isInteger: String(number)
                    default: nil
                    }
                guard let text, let match = enumeration.cases.first(where: { $0.value == text }) else { return nil }
                return .enumCase(match.swiftName)
            case .alias(let alias)?:
                return convert(value, alias.target)
            case .union(let union)? where union.discriminator == nil:
                for variant in union.variants {
                    if let converted = convert(value, variant.type) { return .unionCase(variant.caseName, converted) }
                }
                return nil
            default:
                return nil
            }
        default:
            return nil
        }
    }

    static func describe(_ value: LiteralValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let bool): "\(bool)"
        case .integer(let int): "\(int)"
        case .double(let double): "\(double)"
        case .string(let string): "'\(string)'"
        case .list: "(a list)"
        case .map: "(a mapping)"
        }
    }

    static func describe(_ type: TypeReference) -> String {
        switch type {
        case .builtin(let builtin): "'\(builtin.rawValue)'"
        case .named(let id): "'\(id.rawValue)'"
        case .list(let element): "list<\(describe(element).trimmingQuotes)>".quoted
        case .map(let element): "map<\(describe(element).trimmingQuotes)>".quoted
        case .nullable(let wrapped): "\(describe(wrapped).trimmingQuotes)?".quoted
        }
    }
}

/// A UUID check that does not need Foundation's parser: 8-4-4-4-12 hexadecimal digits.
enum UUIDText {
    static func isValid(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}

extension String {
    fileprivate var trimmingQuotes: String {
        hasPrefix("'") && hasSuffix("'") && count >= 2 ? String(dropFirst().dropLast()) : self
    }

    fileprivate var quoted: String { "'\(self)'" }
}
