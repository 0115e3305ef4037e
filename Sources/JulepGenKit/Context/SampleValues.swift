import Foundation

/// A sample value of some type, for the generated tests: Swift code that builds it, the JSON a
/// server sends for it, and the JSON the SDK must write for it.
struct SampleValue: Equatable, Sendable {
    var code: SwiftCode
    /// What decoding reads: every property, read-only ones included, UUIDs in lower case as the API sends them.
    var wire: SampleJSON
    /// What encoding must write: read-only properties left out, UUIDs in lower case (as in paths
    /// and query strings).
    var encoded: SampleJSON
    /// How a scalar is written in a path segment, query value or header (before percent-encoding),
    /// or `nil` for a list, map, object, union or JSON value.
    var text: String?
    /// The elements of a list, each with its `text`.
    var elements: [SampleValue] = []
}

/// Where a sample goes; strings get characters that test the encoding of that place.
enum SamplePurpose: Sendable {
    /// JSON: plain strings.
    case json
    /// A path segment: `/`, `?`, `%`, a space and a non-ASCII letter, which must be percent-encoded.
    case path
    /// A query value: `&`, `=`, `+`, `/`, a space and a non-ASCII letter.
    case query
    /// A header value: printable ASCII only.
    case header
}

/// Builds deterministic sample values for every type reference of an API.
///
/// Values differ from one another inside a sample (strings carry their property's name and a
/// counter, numbers and dates count up), so a property encoded under another's key is caught.
/// Numbers respect the spec's bounds, lists hold `minItems` elements (at least one), maps one
/// entry. Recursion stays finite: while a type is being built, a property that leads back to it
/// gets the smallest value its type allows (an object with its required properties only, an
/// empty list, `null`), or, when optional, that value one level deep (a list of one such object).
///
/// Samples stay small whatever the spec says: bounds are honoured up to `maximumLength` and
/// `maximumItems`, and below `detailDepth` named types every value is the smallest its type
/// allows, so the samples of a type nested hundreds of levels deep do not grow with its depth.
struct SampleBuilder {
    let api: APIDefinition
    let speller: SwiftTypeSpeller
    private var counter = 0
    /// Types being built, outermost first.
    private var stack: [TypeID] = []
    /// List elements beyond each list's first, so far in this sample, in lists inside a list's
    /// elements (the only ones that can multiply).
    private var extraElements = 0
    /// Lists being built around the value being built.
    private var listDepth = 0

    /// The most characters a sample string has, even when `minLength` asks for more (the SDK does
    /// not check a model's bounds; an operation whose argument needs more gets no wire test).
    static let maximumLength = 1_000
    /// The most elements a sample list has, even when `minItems` asks for more.
    static let maximumItems = 16
    /// The most list elements beyond each list's first in the lists of one sample that are inside
    /// another list's elements, so nested lists with `minItems` cannot multiply into millions of
    /// values.
    static let maximumExtraElements = 256
    /// How many named types deep a sample is built in full; deeper, values are the smallest their
    /// types allow.
    static let detailDepth = 16
    /// The order in which types become constructible (see `RecursionAnalysis`): the smallest value
    /// of a type only contains types of a lower rank, so building it terminates.
    private let ranks: [TypeID: Int]

    init(api: APIDefinition) {
        self.api = api
        self.speller = SwiftTypeSpeller(api: api)
        self.ranks = Self.constructionRanks(api)
    }

    /// Starts the counter over: each generated test numbers its values from 1, so a change to one
    /// type does not renumber the samples of every other test.
    mutating func restart() {
        counter = 0
        stack = []
        extraElements = 0
        listDepth = 0
    }

    mutating func next() -> Int {
        counter += 1
        return counter
    }

    // MARK: Values

    /// A sample of `reference`; `hint` (a property or parameter name) is part of string values.
    mutating func value(
        _ reference: TypeReference, hint: String, constraints: Constraints = Constraints(), purpose: SamplePurpose = .json
    ) -> SampleValue {
        switch reference {
        case .nullable(let wrapped):
            return value(wrapped, hint: hint, constraints: constraints, purpose: purpose)
        case .builtin(let builtin):
            return self.builtin(builtin, hint: hint, constraints: constraints, purpose: purpose)
        case .list(let element):
            var count = min(max(1, constraints.minItems ?? 1), max(0, constraints.maxItems ?? Int.max), Self.maximumItems)
            if listDepth > 0, count > 1 {
                count = 1 + min(count - 1, Self.maximumExtraElements - extraElements)
                extraElements += count - 1
            }
            listDepth += 1
            defer { listDepth -= 1 }
            let elements = (0..<count).map { _ in
                value(element, hint: hint, constraints: constraints.items?.constraints ?? Constraints(), purpose: purpose)
            }
            return list(elements)
        case .map(let element):
            let key = "key-\(next())"
            let entry = value(element, hint: hint, purpose: purpose)
            return SampleValue(
                code: .dictionary([(key, entry.code)]), wire: .object([(key, entry.wire)]),
                encoded: .object([(key, entry.encoded)]))
        case .named(let id):
            return named(id, hint: hint, constraints: constraints, purpose: purpose)
        }
    }

    private func list(_ elements: [SampleValue]) -> SampleValue {
        SampleValue(
            code: .array(elements.map(\.code)), wire: .array(elements.map(\.wire)),
            encoded: .array(elements.map(\.encoded)), elements: elements)
    }

    private mutating func named(
        _ id: TypeID, hint: String, constraints: Constraints, purpose: SamplePurpose
    ) -> SampleValue {
        guard let declaration = api.type(id) else { return Self.jsonNull }
        if stack.count >= Self.detailDepth || stack.contains(id) { return smallest(.named(id), hint: hint) }
        switch declaration.kind {
        case .alias(let alias):
            return value(alias.target, hint: hint, constraints: constraints.inheriting(alias.constraints), purpose: purpose)
        case .enumeration(let enumeration):
            let n = next()
            let cases = Self.allowedCases(enumeration, constraints)
            guard !cases.isEmpty else { return unknownEnumValue(enumeration, n: n) }
            return enumCase(cases[(n - 1) % cases.count], of: declaration)
        case .object(let object):
            stack.append(id)
            defer { stack.removeLast() }
            return self.object(declaration, object, style: .full)
        case .union(let union):
            stack.append(id)
            defer { stack.removeLast() }
            guard let variant = union.variants.first else { return Self.jsonNull }
            return self.variant(variant, of: union, hint: hint)
        }
    }

    /// The cases a value may take: those of `allowedValues` where it narrows the enumeration.
    static func allowedCases(_ enumeration: EnumType, _ constraints: Constraints) -> [EnumCase] {
        guard let allowed = constraints.allowedValues.map(Set.init) else { return enumeration.cases }
        return enumeration.cases.filter { allowed.contains($0.value) }
    }

    /// `.dark`; a case named `none` with its type (`Shade.none`), since where an optional is
    /// expected `.none` would be `nil` (and the compiler warns).
    func enumCase(_ enumCase: EnumCase, of declaration: TypeDeclaration) -> SampleValue {
        let member = "." + SwiftNaming.escapedMemberName(enumCase.swiftName)
        let code = enumCase.swiftName == "none" ? declaration.qualifiedSwiftName + member : member
        if case .enumeration(let enumeration) = declaration.kind, enumeration.isInteger, let number = Int(enumCase.value) {
            return SampleValue(code: .atom(code), wire: .integer(number), encoded: .integer(number), text: enumCase.value)
        }
        return SampleValue(
            code: .atom(code), wire: .string(enumCase.value), encoded: .string(enumCase.value), text: enumCase.value)
    }

    /// `.unknown("…")` with a value none of the cases has.
    func unknownEnumValue(_ enumeration: EnumType, n: Int) -> SampleValue {
        if enumeration.isInteger {
            // Past every known value, so no case has it.
            let number = (enumeration.cases.compactMap { Int($0.value) }.max() ?? 0) + 1000 + n
            return SampleValue(
                code: .call(".unknown", [.init(label: nil, value: .atom(String(number)))]), wire: .integer(number),
                encoded: .integer(number), text: String(number))
        }
        var value = "future_value_\(n)"
        while enumeration.cases.contains(where: { $0.value == value }) { value += "_" }
        return SampleValue(
            code: .call(".unknown", [.init(label: nil, value: .atom(SwiftLiteral.string(value)))]), wire: .string(value),
            encoded: .string(value), text: value)
    }

    /// The union case holding a sample of `variant` (for a tagged union, with its discriminator);
    /// `root` is the union, when the sample is a test's own value.
    mutating func variant(_ variant: UnionVariant, of union: UnionType, hint: String, root: TypeID? = nil) -> SampleValue {
        if let root { stack.append(root) }
        defer { if root != nil { stack.removeLast() } }
        let payload = value(variant.type, hint: hint)
        return wrap(payload, in: variant, of: union)
    }

    /// A sample of `reference`, which leads to the union `unionID` (through aliases, nullability,
    /// a list or a map), holding that union's variant `inner`: `[.toolCall(…)]` for a
    /// `list<EntryContentItem>`.
    mutating func value(
        _ reference: TypeReference, hint: String, choosing inner: UnionVariant, of unionID: TypeID
    ) -> SampleValue {
        switch reference {
        case .nullable(let wrapped):
            return value(wrapped, hint: hint, choosing: inner, of: unionID)
        case .list(let element):
            return list([value(element, hint: hint, choosing: inner, of: unionID)])
        case .map(let element):
            let key = "key-\(next())"
            let entry = value(element, hint: hint, choosing: inner, of: unionID)
            return SampleValue(
                code: .dictionary([(key, entry.code)]), wire: .object([(key, entry.wire)]),
                encoded: .object([(key, entry.encoded)]))
        case .named(let id) where id == unionID:
            guard case .union(let union)? = api.type(id)?.kind else { return value(reference, hint: hint) }
            return variant(inner, of: union, hint: hint, root: id)
        case .named(let id):
            guard case .alias(let alias)? = api.type(id)?.kind else { return value(reference, hint: hint) }
            return value(alias.target, hint: hint, choosing: inner, of: unionID)
        case .builtin:
            return value(reference, hint: hint)
        }
    }

    /// The union that `reference` leads to through aliases, nullability and at most one list or map.
    func nestedUnion(_ reference: TypeReference) -> (id: TypeID, union: UnionType)? {
        var current = speller.resolved(reference).nonNullable
        if case .list(let element) = current { current = speller.resolved(element).nonNullable }
        else if case .map(let element) = current { current = speller.resolved(element).nonNullable }
        guard case .named(let id) = current, case .union(let union)? = api.type(id)?.kind else { return nil }
        return (id, union)
    }

    func wrap(_ payload: SampleValue, in variant: UnionVariant, of union: UnionType) -> SampleValue {
        let code = SwiftCode.call(
            "." + SwiftNaming.escapedMemberName(variant.caseName), [.init(label: nil, value: payload.code)])
        guard let discriminator = union.discriminator, let tag = variant.discriminatorValue else {
            return SampleValue(code: code, wire: payload.wire, encoded: payload.encoded)
        }
        // A read-only tag is what the server sends, never what the SDK writes.
        let json: SampleJSON = union.discriminatorIsInteger ? Int(tag).map(SampleJSON.integer) ?? .string(tag) : .string(tag)
        return SampleValue(
            code: code, wire: payload.wire.prepending(discriminator, json),
            encoded: union.discriminatorIsReadOnly ? payload.encoded : payload.encoded.prepending(discriminator, json))
    }

    /// A tagged union's `.unknown(tag, object)` for a discriminator value none of its variants has.
    mutating func unknownVariant(of union: UnionType) -> SampleValue {
        let discriminator = union.discriminator ?? "type"
        let n = next()
        var tag = "future_variant_\(n)"
        while union.variants.contains(where: { $0.discriminatorValue == tag }) { tag += "_" }
        var tagJSON = SampleJSON.string(tag)
        var tagCode = ".string(\(SwiftLiteral.string(tag)))"
        if union.discriminatorIsInteger {
            // A number past every known one.
            let number = (union.variants.compactMap { $0.discriminatorValue.flatMap { Int($0) } }.max() ?? 0) + 1000 + n
            tag = String(number)
            tagJSON = .integer(number)
            tagCode = ".integer(\(number))"
        }
        let extraKey = discriminator == "extra" ? "extra_" : "extra"
        let object = SampleJSON.object([(discriminator, tagJSON), (extraKey, .integer(n))])
        let raw = SwiftCode.call(
            ".object",
            [.init(label: nil, value: .dictionary([
                (discriminator, .atom(tagCode)), (extraKey, .atom(".integer(\(n))")),
            ]))])
        return SampleValue(
            code: .call(".unknown", [.init(label: nil, value: .atom(SwiftLiteral.string(tag))), .init(label: nil, value: raw)]),
            wire: object, encoded: object)
    }

    // MARK: Objects

    enum ObjectStyle {
        /// Every property set; nullable ones to a value.
        case full
        /// Only what must be there: optional properties left out, nullable ones `null` (for an
        /// optional nullable property, every other one is `.null`, the rest left out).
        case sparse
        /// As `sparse`, and required properties get the smallest value of their type (recursion).
        case smallest
    }

    /// Whether `sparse` would differ from `full`: some property is optional or nullable.
    static func hasSparseForm(_ object: ObjectType) -> Bool {
        object.properties.contains { $0.optionality.isOptional }
    }

    /// A sample of an object; `root` is its ID when the sample is a test's own value (the caller
    /// has pushed it otherwise).
    mutating func object(
        _ declaration: TypeDeclaration, _ object: ObjectType, style: ObjectStyle, root: TypeID? = nil
    ) -> SampleValue {
        if let root { stack.append(root) }
        defer { if root != nil { stack.removeLast() } }
        var arguments: [SwiftCode.Argument] = []
        var wire: [(key: String, value: SampleJSON)] = []
        var encoded: [(key: String, value: SampleJSON)] = []
        var nullableOptionals = 0
        // Of properties that exclude each other, only the first is given: the SDK refuses more.
        let excluded = Set(object.exclusiveGroups.flatMap { $0.wireNames.dropFirst() })
        // A property no value is valid for (`enum: []`) is given only where it must be; so is one
        // that can only be null and reads null as missing (an optional `JSONValue?`), and an optional
        // write-only one: a server never sends it, and the same sample is the answer a test decodes.
        let leftOut = Set(
            object.properties.filter { property in
                let constraints = property.constraints
                return !property.isRequired
                    && (constraints.allowsNoValue || property.isWriteOnly || constraints.allowsOnlyNull && !property.type.isNullable)
            }.map(\.wireName))
        for property in object.properties where !excluded.contains(property.wireName) && !leftOut.contains(property.wireName) {
            let label = property.swiftName
            let leadsBack = refersToStack(property.type)
            var sample: SampleValue?
            var nullValue: String?  // `nil` (a required nullable property) or `.null` (an optional one)
            if property.constraints.allowsOnlyNull {
                // `{type: 'null'}`: a JSON value that can only be null.
                nullValue = property.isRequired && property.type.isNullable ? "nil" : ".null"  // `Nullable.null` or `JSONValue.null`
            } else if property.isRequired {
                if property.type.isNullable && (style != .full || leadsBack) {
                    nullValue = "nil"
                } else if style == .sparse, speller.resolved(property.type) == .builtin(.json) {
                    nullValue = ".null"  // a JSON value that is `null`, which must not read as a missing key
                } else if style == .smallest || leadsBack {
                    sample = smallest(property.type, hint: property.wireName, constraints: property.constraints)
                } else {
                    sample = value(property.type, hint: property.wireName, constraints: property.constraints)
                }
            } else if style == .full && !leadsBack {
                sample = value(property.type, hint: property.wireName, constraints: property.constraints)
            } else if style == .full {
                // One level of recursion, with the smallest value the type allows (boxed storage is tested too).
                sample = smallest(property.type, hint: property.wireName, nonEmpty: true)
            } else if style == .sparse && property.type.isNullable {
                nullableOptionals += 1
                if nullableOptionals % 2 == 1 { nullValue = ".null" }
            }
            if let nullValue {
                arguments.append(.init(label: label, value: .atom(nullValue)))
                wire.append((property.wireName, .null))
                if !property.isReadOnly { encoded.append((property.wireName, .null)) }
            } else if let sample {
                let code: SwiftCode =
                    property.optionality == .nullableOptional
                    ? .call(".value", [.init(label: nil, value: sample.code)]) : sample.code
                arguments.append(.init(label: label, value: code))
                wire.append((property.wireName, sample.wire))
                if !property.isReadOnly { encoded.append((property.wireName, sample.encoded)) }
            }
        }
        if let tag = object.tag {
            // Written by the object itself, as a server sends it (see `VariantTags`).
            let json: SampleJSON = tag.isInteger ? Int(tag.value).map(SampleJSON.integer) ?? .string(tag.value) : .string(tag.value)
            wire.append((tag.key, json))
            encoded.append((tag.key, json))
        }
        let name = declaration.qualifiedSwiftName
        return SampleValue(
            code: arguments.isEmpty ? .atom(name + "()") : .call(name, arguments), wire: .object(wire),
            encoded: .object(encoded))
    }

    /// Whether `reference` mentions a type being built (through lists, maps, nullability and aliases).
    private func refersToStack(_ reference: TypeReference) -> Bool {
        var seen: Set<TypeID> = []
        func visit(_ reference: TypeReference) -> Bool {
            switch reference {
            case .builtin: return false
            case .list(let inner), .map(let inner), .nullable(let inner): return visit(inner)
            case .named(let id):
                if stack.contains(id) { return true }
                guard !seen.contains(id), case .alias(let alias)? = api.type(id)?.kind else { return false }
                seen.insert(id)
                return visit(alias.target)
            }
        }
        return visit(reference)
    }

    // MARK: Smallest values

    /// The smallest value of `reference`: `null`, an empty list or map, an object with its required
    /// properties only, the union variant that is quickest to build. Only types of a lower rank
    /// are entered, so this terminates for every type `RecursionAnalysis` accepts.
    /// With `nonEmpty`, a nullable value is a value, and lists and maps hold one element (at the
    /// top level only).
    /// Of `constraints`, only the values an enumeration allows are followed.
    private mutating func smallest(
        _ reference: TypeReference, hint: String, nonEmpty: Bool = false, constraints: Constraints = Constraints()
    ) -> SampleValue {
        switch reference {
        case .nullable(let wrapped):
            if nonEmpty { return smallest(wrapped, hint: hint, constraints: constraints) }
            return SampleValue(code: .atom("nil"), wire: .null, encoded: .null)
        case .builtin(let builtin):
            return self.builtin(builtin, hint: hint, constraints: Constraints(), purpose: .json)
        case .list(let element):
            return list(nonEmpty ? [smallest(element, hint: hint, constraints: constraints.items?.constraints ?? Constraints())] : [])
        case .map(let element):
            guard nonEmpty else { return SampleValue(code: .dictionary([]), wire: .object([]), encoded: .object([])) }
            let key = "key-\(next())"
            let entry = smallest(element, hint: hint)
            return SampleValue(
                code: .dictionary([(key, entry.code)]), wire: .object([(key, entry.wire)]),
                encoded: .object([(key, entry.encoded)]))
        case .named(let id):
            guard let declaration = api.type(id) else { return Self.jsonNull }
            switch declaration.kind {
            case .alias(let alias):
                return smallest(alias.target, hint: hint, nonEmpty: nonEmpty, constraints: constraints)
            case .enumeration(let enumeration):
                let n = next()
                let first = Self.allowedCases(enumeration, constraints).first
                return first.map { enumCase($0, of: declaration) } ?? unknownEnumValue(enumeration, n: n)
            case .object(let object):
                return self.object(declaration, object, style: .smallest)
            case .union(let union):
                let own = ranks[id] ?? Int.max
                let best = union.variants.min { rank($0.type) < rank($1.type) }
                if let best, union.discriminator == nil || rank(best.type) < own {
                    return wrap(smallest(best.type, hint: hint), in: best, of: union)
                }
                return unknownVariant(of: union)
            }
        }
    }

    /// How many named types deep the smallest value of each constructible type nests: what
    /// `smallest(_:hint:)` recurses through (required, non-null properties, aliases, the quickest
    /// variant of a union), computed in the order of `ranks`, in which every type comes after the
    /// types its smallest value holds. A sample nests at most `detailDepth` more.
    func smallestValueDepths() -> [TypeID: Int] {
        var depths: [TypeID: Int] = [:]
        func depth(_ reference: TypeReference) -> Int {
            if case .named(let id) = reference { return depths[id] ?? 0 }
            return 0
        }
        for (id, own) in ranks.sorted(by: { $0.value < $1.value }) {
            guard let declaration = api.type(id) else { continue }
            switch declaration.kind {
            case .enumeration:
                depths[id] = 1
            case .alias(let alias):
                depths[id] = depth(alias.target)
            case .object(let object):
                let required = object.properties.filter { $0.optionality == .plain }
                depths[id] = 1 + (required.map { depth($0.type) }.max() ?? 0)
            case .union(let union):
                let best = union.variants.min { rank($0.type) < rank($1.type) }
                if let best, union.discriminator == nil || rank(best.type) < own {
                    depths[id] = 1 + depth(best.type)
                } else {
                    depths[id] = 1
                }
            }
        }
        return depths
    }

    private func rank(_ reference: TypeReference) -> Int {
        if case .named(let id) = reference { return ranks[id] ?? Int.max }
        return -1
    }

    /// Constructible types in the order they can be built (the least fixed point of
    /// `RecursionAnalysis`, with tagged unions, which can always be `.unknown`, taken last).
    static func constructionRanks(_ api: APIDefinition) -> [TypeID: Int] {
        let declarations = api.types.flatMap { [$0] + $0.nested }
        var ranks: [TypeID: Int] = [:]
        func canBuild(_ reference: TypeReference) -> Bool {
            switch reference {
            case .builtin, .list, .map, .nullable: return true
            case .named(let id): return ranks[id] != nil || api.type(id) == nil
            }
        }
        var allowUnknownVariants = false
        while true {
            var added = false
            for declaration in declarations where ranks[declaration.id] == nil {
                let ok: Bool
                switch declaration.kind {
                case .enumeration: ok = true
                case .alias(let alias): ok = canBuild(alias.target)
                case .object(let object): ok = object.properties.allSatisfy { $0.optionality.isOptional || canBuild($0.type) }
                case .union(let union):
                    ok = union.variants.contains { canBuild($0.type) } || (allowUnknownVariants && union.discriminator != nil)
                }
                if ok {
                    ranks[declaration.id] = ranks.count
                    added = true
                }
            }
            if added {
                allowUnknownVariants = false
            } else if !allowUnknownVariants {
                allowUnknownVariants = true
            } else {
                return ranks
            }
        }
    }

    // MARK: Built-in types

    private static let jsonNull = SampleValue(code: .atom("nil"), wire: .null, encoded: .null)

    private mutating func builtin(
        _ builtin: BuiltinType, hint: String, constraints: Constraints, purpose: SamplePurpose
    ) -> SampleValue {
        if builtin == .json, constraints.allowsOnlyNull {
            // `{type: 'null'}`: a JSON value that can only be null.
            return SampleValue(code: .atom(".null"), wire: .null, encoded: .null)
        }
        let n = next()
        switch builtin {
        case .string:
            let text = Self.string(hint: hint, n: n, constraints: constraints, purpose: purpose)
            return SampleValue(code: .atom(SwiftLiteral.string(text)), wire: .string(text), encoded: .string(text), text: text)
        case .bool:
            let value = n % 2 == 1
            return SampleValue(code: .atom("\(value)"), wire: .bool(value), encoded: .bool(value), text: "\(value)")
        case .int, .int32, .int64:
            let value = Self.integer(n, constraints: constraints)
            return SampleValue(code: .atom(String(value)), wire: .integer(value), encoded: .integer(value), text: String(value))
        case .float, .double:
            let value = Self.fraction(n, constraints: constraints)
            return SampleValue(code: .atom("\(value)"), wire: .double(value), encoded: .double(value), text: "\(value)")
        case .uuid:
            let text = Self.uuid(n)
            return SampleValue(
                code: .atom("UUID(uuidString: \(SwiftLiteral.string(text)))!"), wire: .string(text),
                encoded: .string(text), text: text)
        case .date:
            let month = (n - 1) % 12 + 1
            let day = (n - 1) % 28 + 1
            let text = "2024-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
            return SampleValue(
                code: .atom("CalendarDate(year: 2024, month: \(month), day: \(day))!"), wire: .string(text),
                encoded: .string(text), text: text)
        case .dateTime:
            let (code, text) = Self.dateTime(n)
            return SampleValue(code: .atom(code), wire: .string(text), encoded: .string(text), text: text)
        case .binary:
            // 0xFB 0xFF gives `+` and `/` in base64, which a URL-safe alphabet would spell differently.
            let bytes: [UInt8] = [UInt8(truncatingIfNeeded: n), 0xFB, 0xFF, 0x00]
            let text = Data(bytes).base64EncodedString()
            return SampleValue(
                code: .atom("Data([" + bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: ", ") + "])"),
                wire: .string(text), encoded: .string(text), text: nil)
        case .json:
            // Every kind of JSON value, and a string that needs escaping.
            let text = "json \"\(n)\" ü/\\"
            let fraction = Double(n) + 0.5
            let json = SampleJSON.object([
                ("count", .integer(n)), ("items", .array([.string(text), .bool(true), .null, .double(fraction)])),
            ])
            let code = SwiftCode.call(
                ".object",
                [.init(label: nil, value: .dictionary([
                    ("count", .atom(".integer(\(n))")),
                    ("items", .atom(".array([.string(\(SwiftLiteral.string(text))), .bool(true), .null, .double(\(fraction))])")),
                ]))])
            return SampleValue(code: code, wire: json, encoded: json)
        case .file:
            // A small file whose bytes are text, so a wire log shows them.
            let text = "\(hint)-\(n)"
            return SampleValue(
                code: .atom("FileUpload(data: Data(\(SwiftLiteral.string(text)).utf8), fileName: \(SwiftLiteral.string(text + ".txt")))"),
                wire: .string(text), encoded: .string(text), text: text)
        case .responseBody:
            let text = "<\(hint)>\(n)</\(hint)>"
            return SampleValue(
                code: .atom("ResponseBody(data: Data(\(SwiftLiteral.string(text)).utf8), contentType: nil)"),
                wire: .string(text), encoded: .string(text), text: text)
        }
    }

    /// `name-3`, adjusted to the length constraints; for paths, queries and headers, with
    /// characters that must be encoded there.
    static func string(hint: String, n: Int, constraints: Constraints, purpose: SamplePurpose) -> String {
        let word = String(hint.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-") }.map(Character.init))
        let base = word.isEmpty ? "text" : word
        var text: String
        if let format = constraints.format, let value = formatted(format, word: base, n: n) {
            text = value
        } else {
            switch purpose {
            case .json: text = "\(base)-\(n)"
            case .path: text = "\(base) \(n)/ä?%"
            case .query: text = "\(base) \(n)&=+/ä"
            case .header: text = "\(base) \(n)"
            }
        }
        if let maxLength = constraints.maxLength.map({ max(0, $0) }), text.count > maxLength {
            text = String(text.suffix(maxLength))  // keeps the counter and the characters that matter
        }
        if let minLength = constraints.minLength.map({ min($0, maximumLength) }), text.count < minLength {
            text += String(repeating: "x", count: minLength - text.count)
        }
        if purpose == .path, text == "." || text == ".." || text.isEmpty { text = "x" + text }
        if let pattern = constraints.pattern { text = matching(pattern, text, constraints: constraints) }
        return text
    }

    /// A value of a text `format` that validators check (`name-3@example.com` for `email`), in
    /// the ranges set aside for documentation (RFC 2606's `example.com`, RFC 5737's and RFC
    /// 3849's addresses); nil for a format a sample need not follow.
    static func formatted(_ format: String, word: String, n: Int) -> String? {
        let label = String(word.lowercased().map { $0 == "_" ? "-" : $0 }).trimmingCharacters(in: ["-"])
        let name = (label.isEmpty ? "x" : label) + "-\(n)"
        switch format {
        case "email", "idn-email": return "\(name)@example.com"
        case "hostname", "idn-hostname": return "\(name).example.com"
        case "ipv4": return "192.0.2.\(n % 256)"
        case "ipv6": return "2001:db8::" + String(n % 65_536, radix: 16)
        case "uri", "url", "iri", "uri-reference", "iri-reference": return "https://example.com/\(name)"
        default: return nil
        }
    }

    /// `text`, or the first of a few plainer spellings of it that `pattern` accepts within the
    /// length bounds (`name_3`, `name3`, …), else one built from the pattern (``PatternSample``);
    /// `text` itself when none does or the pattern is not one Foundation reads. Samples never
    /// search a pattern's whole language: the patterns APIs declare are mostly character classes
    /// and identifiers, which these spellings meet.
    static func matching(_ pattern: String, _ text: String, constraints: Constraints) -> String {
        guard let regex = CompiledPatterns.shared.regex(pattern) else { return text }
        func accepts(_ candidate: String) -> Bool {
            if let minLength = constraints.minLength, candidate.count < minLength { return false }
            if let maxLength = constraints.maxLength, candidate.count > maxLength { return false }
            let range = NSRange(candidate.startIndex..., in: candidate)
            return regex.firstMatch(in: candidate, range: range) != nil
        }
        if accepts(text) { return text }
        let word = String(text.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
        let alphanumeric = String(text.filter { $0.isLetter || $0.isNumber })
        let letters = String(text.filter(\.isLetter))
        let digits = String(text.filter(\.isNumber))
        let padding = String(repeating: "x", count: max(0, (constraints.minLength ?? 0) - 1))
        let candidates = [
            word, alphanumeric, letters, digits, letters.uppercased(), alphanumeric.uppercased(), "a" + padding, "A" + padding,
            "0" + String(repeating: "0", count: padding.count), "a-" + digits, "a.b", "a@example.com",
        ]
        if let plain = candidates.first(where: accepts) { return plain }
        // Identifiers such as Twilio's `^AC[0-9a-fA-F]{32}$`: a string built from the pattern.
        let built = Int(digits.suffix(9)).flatMap { PatternSample.string(matching: pattern, counter: $0) }
        if let built, accepts(built) { return built }
        return text
    }

    /// `n`, moved into the spec's bounds.
    static func integer(_ n: Int, constraints: Constraints) -> Int {
        var low = Int.min
        var high = Int.max
        if let minimum = constraints.minimum, minimum.isFinite, abs(minimum) < 1e15 {
            low = constraints.exclusiveMinimum ? Int(minimum.rounded(.down)) + 1 : Int(minimum.rounded(.up))
        }
        if let maximum = constraints.maximum, maximum.isFinite, abs(maximum) < 1e15 {
            high = constraints.exclusiveMaximum ? Int(maximum.rounded(.up)) - 1 : Int(maximum.rounded(.down))
        }
        let value = low > high ? low : min(max(n, low), high)
        // The nearest multiple at or above the value, else below it, that stays within the bounds.
        guard let multiple = constraints.multipleOf, multiple >= 1, multiple == multiple.rounded(), multiple < 1e9 else { return value }
        let step = Int(multiple)
        let remainder = ((value % step) + step) % step
        guard remainder != 0 else { return value }
        let up = value - remainder + step
        let down = value - remainder
        return up <= high ? up : down >= low ? down : value
    }

    /// A number with a fractional part, exact in binary (so `Float` keeps it), inside the spec's bounds.
    static func fraction(_ n: Int, constraints: Constraints) -> Double {
        let low = constraints.minimum
        let high = constraints.maximum
        if let multiple = constraints.multipleOf {
            // A multiple has no fractional part to test when the step is whole: the multiple itself.
            let value = multiple * Double(max(1, n))
            if low.map({ value >= $0 }) ?? true, high.map({ value <= $0 }) ?? true { return value }
        }
        func fits(_ value: Double) -> Bool {
            if let low, constraints.exclusiveMinimum ? value <= low : value < low { return false }
            if let high, constraints.exclusiveMaximum ? value >= high : value > high { return false }
            return value != value.rounded()
        }
        var candidates = [Double(n) + 0.5]
        switch (low, high) {
        case (let low?, let high?):
            candidates += [0.375, 0.625, 0.125, 0.875, 0.5].map { low + (high - low) * $0 }
        case (let low?, nil):
            candidates += [low + Double(n) + 0.5, low + 0.5, low + 0.25]
        case (nil, let high?):
            candidates += [high - Double(n) - 0.5, high - 0.5, high - 0.25]
        case (nil, nil):
            break
        }
        // Bounds such as 0.05 are not exact in binary, nor is a point between them: round each
        // candidate to a coarse binary fraction that still fits, which `Float` and the JSON text
        // keep as they are (0.05 + 0.95 × 0.375 would be 0.40624999999999994, sent as 0.40625).
        for candidate in candidates {
            for scale in [64.0, 1024.0, 65536.0, 1_048_576.0] {
                let rounded = (candidate * scale).rounded() / scale
                if fits(rounded), Double(Float(rounded)) == rounded { return rounded }
            }
        }
        return candidates.first(where: fits) ?? candidates[candidates.count - 1]
    }

    /// A version 4 UUID ending in the counter, with hex letters in it.
    static func uuid(_ n: Int) -> String {
        let tail = String(0xA0_0000_0000 + n, radix: 16)
        return "5e4a3c2b-1d0f-4e8a-9b7c-" + String(repeating: "0", count: max(0, 12 - tail.count)) + tail
    }

    /// 2024-05-01T10:20:30.123456Z moved on by `n - 1` times a day, an hour, a minute and a second,
    /// with changing microseconds: the Swift expression (built as the SDK's parser builds it, so the
    /// two are equal to the bit) and the RFC 3339 text.
    static func dateTime(_ n: Int) -> (code: String, text: String) {
        let seconds = 1_714_558_830 + (n - 1) * 90_061
        let micros = (123_456 + (n - 1) * 111_111) % 1_000_000
        let fraction = pad(micros, 6)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let text = pad(parts.year ?? 0, 4) + "-" + pad(parts.month ?? 0, 2) + "-" + pad(parts.day ?? 0, 2) + "T"
            + pad(parts.hour ?? 0, 2) + ":" + pad(parts.minute ?? 0, 2) + ":" + pad(parts.second ?? 0, 2) + "." + fraction + "Z"
        let sinceReference = seconds - 978_307_200
        return ("Date(timeIntervalSinceReferenceDate: \(sinceReference) + 0.\(fraction))", text)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
