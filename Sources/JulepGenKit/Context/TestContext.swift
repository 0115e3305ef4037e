import Foundation

/// What the templates under `templates/tests/` see: the generated SDK tests, with every sample
/// value already spelled out in Swift and JSON (see `SampleBuilder`).
///
/// Model tests decode each sample's JSON and compare with the Swift value, then encode the value
/// and compare the JSON semantically with what the SDK must write. Route tests call every
/// operation against a server on 127.0.0.1 and check what went on the wire and what came back.
struct TestSupportContext: Encodable {
    var apiName: String
    var clientType: String
    /// The path every request's path is put under (the base URL's path).
    var basePathLiteral: String
    /// `apiKey: "sample-apiKey"`, one per auth scheme.
    var authArguments: [String]
    /// `"authorization": "sample-apiKey"`: the header each scheme sends (lowercased name).
    var authHeaders: [String]
    var hasAuthHeaders: Bool
    /// `"https://upload.example.com"`: the servers operations name for themselves, which the
    /// tests' client sends to the test server too.
    var operationServers: [String]
    /// `typealias Notification = TwilioVerify.Notification`, one per top-level type of the SDK:
    /// the tests import Foundation and Testing too, which declare some of the same names.
    var typeAliases: [String]
}

struct ModelSampleFileContext: Encodable {
    var apiName: String
    var suites: [SampleSuiteContext]
}

struct SampleSuiteContext: Encodable {
    /// `AgentSampleTests`.
    var typeName: String
    /// The suite's display name literal, e.g. `"Agent samples"`.
    var titleLiteral: String
    var tests: [SampleTestContext]
}

struct SampleTestContext: Encodable {
    var name: String
    var doc: [String]
    /// A round trip of one value (0 or 1 element), or of every case of an enum (0 or 1 element).
    var roundTrip: [RoundTripContext]
    var everyCase: [EveryCaseContext]
}

struct RoundTripContext: Encodable {
    /// The Swift type of the sample, e.g. `Agent`.
    var type: String
    /// The Swift expression, on one line (the line breaker breaks it where it is too long).
    var expression: String
    /// The JSON a server sends, as a multi-line raw string literal (`RawStringLiteral.multiLine`).
    var json: String
    /// The JSON the SDK must write, when it differs from `json` (0 or 1 element).
    var encoded: [String]
    /// Why decoding cannot give the sample back (see `DecodingModel`), a string literal (0 or 1 element).
    var knownIssue: [String]
}

struct EveryCaseContext: Encodable {
    var type: String
    /// `(.lowValue, #""low""#)`, one per case.
    var cases: [String]
}

struct RouteWireFileContext: Encodable {
    var apiName: String
    var typeName: String
    var titleLiteral: String
    var tests: [RouteTestContext]
}

struct RouteTestContext: Encodable {
    var name: String
    var doc: [String]
    /// `@available(*, deprecated, …)` for a deprecated operation, which the test calls (0 or 1 element).
    var deprecation: [String]
    var status: Int
    var isStreaming: Bool
    /// The answer's body: a string literal (`""`, an answer as it came), or a multi-line raw
    /// string literal of JSON.
    var responseBody: String
    /// The answer's `Content-Type` literal when it is not JSON (0 or 1 element).
    var responseContentType: [String]
    /// The response's Swift type (for streaming, the event type).
    var resultType: String
    /// `try await client.agents.create(…)` (or, streaming, `try client.…(…)`), on one line.
    var call: String
    var methodLiteral: String
    var pathLiteral: String
    /// `.form("limit", "5")` or `.json("filter", #"{…}"#)`, in order.
    var queryItems: [String]
    var hasQueryItems: Bool
    /// `"x-request-id": "…"` for header parameters.
    var headers: [String]
    var hasHeaders: Bool
    /// `credentials: ["authorization": "Bearer …"], ` for an operation with its own credentials;
    /// empty for one that takes every credential (the support file's `authHeaders`).
    var credentialsArgument: String
    var acceptLiteral: String
    /// The expected `Content-Type` literal, or `nil` (as text) without a body.
    var contentTypeLiteral: String
    /// The expected JSON body as a raw string literal (0 or 1 element; none: the body must be empty).
    var body: [String]
    /// A form body's expected fields (`.form("Tag", "a")`), 0 or 1 list.
    var formBody: [[String]]
    /// A multipart body's expected parts, 0 or 1 list.
    var multipartBody: [[String]]
    /// A raw or text body's expected bytes as a string literal (0 or 1 element).
    var rawBody: [String]
    var hasBody: Bool
    /// The expected decoded value, on one line (0 or 1 element; none for an operation without a
    /// response body).
    var expected: [String]
}

/// Builds the test contexts from the IR.
struct TestContextBuilder {
    let api: APIDefinition
    private var samples: SampleBuilder
    private let projection: SwiftProjection
    private var speller: SwiftTypeSpeller { projection.speller }
    /// The base URL's path in the tests: requests must keep it in front of every operation's path.
    static let basePath = "/api"

    /// `projection`: the run's one (see ``SwiftProjection``).
    init(projection: SwiftProjection) {
        self.api = projection.api
        self.samples = SampleBuilder(api: projection.api)
        self.projection = projection
    }

    static func moduleName(api: APIDefinition) -> String { api.swiftName + "SampleTests" }

    /// The type whose smallest value nests deepest, and how deep (see `NestingLimit`).
    func deepestSmallestValue() -> (id: TypeID, depth: Int)? {
        samples.smallestValueDepths().max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// Why `operation` gets no wire test, or `nil`: an argument the SDK checks before sending must
    /// be longer than a sample string or list is (`SampleBuilder.maximumLength`, `maximumItems`),
    /// so the call would be refused.
    func unsampledArgument(of operation: Operation, in resource: Resource) -> String? {
        for argument in projection.operation(operation, in: resource).arguments {
            guard let parameter = argument.parameter else { continue }
            if parameter.isRequired, parameter.constraints.allowsNoValue {
                return "its argument '\(parameter.swiftName)' takes no valid value (the description's `enum` lists none)"
            }
            // Not checked by the SDK (see `SwiftProjection.validation`).
            if argument.validation == nil { continue }
            let constraints = argument.constraints
            switch projection.valueType(parameter.type) {
            case .builtin(.string):
                if let minimum = constraints.minLength, minimum > SampleBuilder.maximumLength {
                    return "its argument '\(parameter.swiftName)' must be at least \(minimum) characters long, "
                        + "and a sample string has at most \(SampleBuilder.maximumLength)"
                }
            case .list:
                if let minimum = constraints.minItems, minimum > SampleBuilder.maximumItems {
                    return "its argument '\(parameter.swiftName)' must have at least \(minimum) items, "
                        + "and a sample list has at most \(SampleBuilder.maximumItems)"
                }
            default:
                break
            }
        }
        return nil
    }

    func support() -> TestSupportContext {
        TestSupportContext(
            apiName: api.swiftName, clientType: RuntimeNames.clientType(api: api.swiftName),
            basePathLiteral: SwiftLiteral.string(Self.basePath),
            authArguments: api.authSchemes.flatMap { scheme in
                [scheme.parameterName, scheme.passwordParameterName].compactMap { $0 }.map {
                    "\(SwiftNaming.argumentLabel($0)): \(SwiftLiteral.string(Self.sample(for: $0)))"
                }
            },
            authHeaders: Self.credentialHeaderLiterals(credentials(for: nil).headers),
            hasAuthHeaders: !credentials(for: nil).headers.isEmpty,
            operationServers: Array(Set(api.resources.flatMap { $0.operations.compactMap(\.server) })).sorted()
                .map(SwiftLiteral.string),
            typeAliases: api.types.map(\.swiftName).filter { $0 != api.swiftName }.map {
                "typealias \($0) = \(api.swiftName).\($0)"
            })
    }

    /// The sample credential the tests' client passes for the argument `name`.
    private static func sample(for name: String) -> String { "sample-\(name)" }

    /// What a request with `security` carries when the client has every sample credential, as the
    /// runtime adds them: headers (a later one replacing an earlier of its name, cookies joined)
    /// and query items.
    func credentials(for security: [[String]]?) -> (headers: [(name: String, value: String)], query: [(name: String, value: String)]) {
        var schemes = api.authSchemes
        if let security {
            let alternative = security.first { !$0.isEmpty } ?? []
            schemes = schemes.filter { alternative.contains($0.name) }
        }
        var headers: [(name: String, value: String)] = []
        var query: [(name: String, value: String)] = []
        func setHeader(_ name: String, _ value: String) {
            headers.removeAll { $0.name == name }
            headers.append((name, value))
        }
        for scheme in schemes {
            let value = Self.sample(for: scheme.parameterName)
            switch scheme.kind {
            case .apiKey(.header, let name, let prefix): setHeader(name.lowercased(), (prefix ?? "") + value)
            case .apiKey(.query, let name, _): query.append((name, value))
            case .apiKey(.cookie, let name, _):
                let cookie = "\(name)=\(value)"
                setHeader("cookie", headers.first { $0.name == "cookie" }.map { $0.value + "; " + cookie } ?? cookie)
            case .bearer: setHeader("authorization", "Bearer " + value)
            case .basic:
                let password = Self.sample(for: scheme.passwordParameterName ?? "password")
                setHeader("authorization", "Basic " + Data("\(value):\(password)".utf8).base64EncodedString())
            }
        }
        return (headers, query)
    }

    /// `"authorization": "Bearer sample-bearerToken"`, …
    static func credentialHeaderLiterals(_ headers: [(name: String, value: String)]) -> [String] {
        headers.map { "\(SwiftLiteral.string($0.name)): \(SwiftLiteral.string($0.value))" }
    }

    // MARK: Models

    /// The context of one file of model samples: a suite for each type, its nested types after it.
    /// Every suite starts its samples over (`samples.restart()`), so any copy of this builder
    /// builds the same file, whatever it built before.
    mutating func modelFile(_ declarations: [TypeDeclaration]) -> ModelSampleFileContext {
        let suites = declarations.flatMap { [$0] + $0.nested }.map { suite($0) }
        return ModelSampleFileContext(apiName: api.swiftName, suites: suites)
    }

    private mutating func suite(_ declaration: TypeDeclaration) -> SampleSuiteContext {
        let name = declaration.qualifiedSwiftName
        var tests: [SampleTestContext] = []
        switch declaration.kind {
        case .object(let object):
            samples.restart()
            tests.append(roundTrip(
                "everyProperty", doc: "Every property set, nullable ones to a value.", type: name,
                sample: samples.object(declaration, object, style: .full, root: declaration.id)))
            if SampleBuilder.hasSparseForm(object) {
                samples.restart()
                tests.append(roundTrip(
                    "sparse",
                    doc: "Optional properties left out and nullable ones `null` (optional nullable ones alternately `.null` and left out).",
                    type: name, sample: samples.object(declaration, object, style: .sparse, root: declaration.id)))
            }
        case .enumeration(let enumeration):
            if !enumeration.cases.isEmpty {
                let cases = enumeration.cases.map { enumCase -> String in
                    let sample = samples.enumCase(enumCase, of: declaration)
                    return "(\(sample.code.flat), \(RawStringLiteral.singleLine(sample.wire.compact)))"
                }
                tests.append(SampleTestContext(
                    name: "everyCase", doc: ["/// Every known value decodes to its case and encodes back."],
                    roundTrip: [], everyCase: [EveryCaseContext(type: name, cases: cases)]))
            }
            samples.restart()
            tests.append(roundTrip(
                "unknownValue", doc: "A value this SDK does not know is kept and encoded back unchanged.", type: name,
                sample: samples.unknownEnumValue(enumeration, n: samples.next())))
        case .alias(let alias):
            samples.restart()
            var sample = samples.value(alias.target, hint: declaration.swiftName, constraints: alias.constraints)
            // Encoded on its own, outside any model, a UUID is Foundation's to spell: upper case.
            sample.encoded = foundationSpelling(sample.encoded, of: alias.target)
            tests.append(roundTrip("sample", doc: "A value of the aliased type.", type: name, sample: sample))
        case .union(let union):
            for variant in union.variants {
                let title = variant.discriminatorValue.map { "The `\($0)` variant" } ?? "The `\(variant.caseName)` variant"
                // A variant that is (a list or map of) another union: once per variant of that one,
                // since the variants of both are told apart by trying them in order.
                if union.discriminator == nil, let nested = samples.nestedUnion(variant.type), nested.id != declaration.id {
                    for inner in nested.union.variants {
                        samples.restart()
                        var payload = samples.value(variant.type, hint: variant.caseName, choosing: inner, of: nested.id)
                        let innerIssue = shadowing(inner, of: nested.union, element(of: payload.wire, in: variant.type))
                        payload = samples.wrap(payload, in: variant, of: union)
                        tests.append(roundTrip(
                            variant.caseName + "VariantWith" + Self.upperFirst(inner.caseName),
                            doc: "\(title) holding `\(nested.union.discriminator == nil ? inner.caseName : inner.discriminatorValue ?? inner.caseName)` values.",
                            type: name, sample: payload,
                            knownIssue: shadowing(variant, of: union, payload.wire) ?? innerIssue))
                    }
                    continue
                }
                samples.restart()
                let sample = samples.variant(variant, of: union, hint: variant.caseName, root: declaration.id)
                tests.append(roundTrip(
                    variant.caseName + "Variant", doc: title + ".", type: name, sample: sample,
                    knownIssue: shadowing(variant, of: union, sample.wire)))
            }
            if union.discriminator != nil {
                samples.restart()
                tests.append(roundTrip(
                    "unknownVariant",
                    doc: "A discriminator value this SDK does not know: the whole object is kept and encoded back unchanged.",
                    type: name, sample: samples.unknownVariant(of: union)))
            }
        }
        return SampleSuiteContext(
            typeName: name.replacingOccurrences(of: ".", with: "") + "SampleTests",
            titleLiteral: SwiftLiteral.string("\(name) samples"), tests: tests)
    }

    /// `json` as `JSONEncoder` writes a bare value of `type`: UUIDs (directly or in lists, maps and
    /// aliases) in upper case. Models and unions spell their own in lower case (``UUIDSpelling``).
    private func foundationSpelling(_ json: SampleJSON, of type: TypeReference) -> SampleJSON {
        switch (type, json) {
        case (.builtin(.uuid), .string(let text)): return .string(text.uppercased())
        case (.nullable(let wrapped), _): return foundationSpelling(json, of: wrapped)
        case (.list(let element), .array(let items)): return .array(items.map { foundationSpelling($0, of: element) })
        case (.map(let value), .object(let members)):
            return .object(members.map { ($0.key, foundationSpelling($0.value, of: value)) })
        case (.named(let id), _):
            guard case .alias(let alias)? = api.type(id)?.kind else { return json }
            return foundationSpelling(json, of: alias.target)
        default: return json
        }
    }

    private static func upperFirst(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst()
    }

    /// Why a sample of an untagged union's `variant` decodes as another variant, or `nil` when it does not.
    private func shadowing(_ variant: UnionVariant, of union: UnionType, _ json: SampleJSON) -> String? {
        guard union.discriminator == nil, let decoded = DecodingModel(api: api).decodedVariant(union, json),
            decoded.caseName != variant.caseName
        else { return nil }
        let order = union.variants.firstIndex(of: decoded) ?? 0
        let reason = order < (union.variants.firstIndex(of: variant) ?? 0)
            ? "the earlier variant `\(decoded.caseName)`, which is tried first"
            : "the variant `\(decoded.caseName)`, which knows it"
        return "The spec is ambiguous: this JSON also decodes as \(reason), so it cannot come back as `\(variant.caseName)`."
    }

    /// The element of a list or map sample (the sample itself for any other type).
    private func element(of json: SampleJSON, in reference: TypeReference) -> SampleJSON {
        switch (speller.resolved(reference).nonNullable, json) {
        case (.list, .array(let items)) where !items.isEmpty: items[0]
        case (.map, .object(let members)) where !members.isEmpty: members[0].value
        default: json
        }
    }

    private func roundTrip(
        _ name: String, doc: String, type: String, sample: SampleValue, knownIssue: String? = nil
    ) -> SampleTestContext {
        let context = RoundTripContext(
            type: type, expression: sample.code.flat, json: RawStringLiteral.multiLine(sample.wire.pretty),
            encoded: sample.encoded == sample.wire ? [] : [RawStringLiteral.multiLine(sample.encoded.pretty)],
            knownIssue: knownIssue.map { [SwiftLiteral.string($0)] } ?? [])
        return SampleTestContext(
            name: SwiftNaming.escapedMemberName(name), doc: DocComment.lines(doc), roundTrip: [context], everyCase: [])
    }

    // MARK: Routes

    mutating func routeFile(_ resource: Resource) -> RouteWireFileContext {
        RouteWireFileContext(
            apiName: api.swiftName, typeName: resource.typeName + "WireTests",
            titleLiteral: SwiftLiteral.string("\(api.accessorPath(resource).joined(separator: ".")) on the wire"),
            tests: resource.operations.filter { unsampledArgument(of: $0, in: resource) == nil }.map { route($0, in: resource) })
    }

    /// A map argument for a `serialize: dotted` parameter, with scalar values only (what one query
    /// parameter can carry), and the `name.key=value` items the request must have, sorted by key.
    private mutating func dottedSample(_ parameter: Parameter) -> (code: SwiftCode, items: [String]) {
        var current = speller.resolved(parameter.type).nonNullable
        if case .map(let element) = current { current = speller.resolved(element).nonNullable }
        var entries: [(String, SwiftCode)] = []
        var items: [String] = []
        func item(_ key: String, _ text: String) {
            items.append(".form(\(SwiftLiteral.string(parameter.wireName + "." + key)), \(SwiftLiteral.string(text)))")
        }
        if current == .builtin(.json) {
            // Text that needs percent-encoding, and a number the server converts back.
            let text = "\(parameter.wireName) & co/ä"
            entries = [("key-a", .atom(".string(\(SwiftLiteral.string(text)))")), ("key-b", .atom(".integer(2)"))]
            item("key-a", text)
            item("key-b", "2")
        } else {
            let sample = samples.value(current, hint: parameter.wireName, purpose: .query)
            entries = [("key-a", sample.code)]
            item("key-a", sample.text ?? sample.encoded.compact)
        }
        return (.dictionary(entries), items)
    }

    private mutating func route(_ operation: Operation, in resource: Resource) -> RouteTestContext {
        samples.restart()
        var arguments: [SwiftCode.Argument] = []
        var path = Self.basePath
        var queryItems: [String] = []
        var headers: [String] = []
        var bodyFields: [(key: String, value: SampleJSON)] = []
        var pathValues: [String: String] = [:]
        let projection = self.projection.operation(operation, in: resource)
        // Of body fields that exclude each other, only the first is given: the SDK refuses more.
        let excluded = Set(self.projection.exclusiveGroups(operation).flatMap { $0.swiftNames.dropFirst() })
        for argument in projection.arguments {
            let parameter: Parameter
            switch argument.role {
            case .options:
                continue
            case .body(let spec, let type):
                var body = samples.value(type, hint: RuntimeNames.bodyArgument)
                if type == .builtin(.file), spec.kind == .binary, !MediaType.isConcrete(spec.contentType), let text = body.text {
                    // A body of any image (`image/*`) is sent as the file's own type: one in the range.
                    let contentType = MediaType.example(of: spec.contentType)
                    body.code = .atom(
                        "FileUpload(data: Data(\(SwiftLiteral.string(text)).utf8), fileName: \(SwiftLiteral.string(text)), "
                            + "contentType: \(SwiftLiteral.string(contentType)))")
                }
                arguments.append(.init(label: spec.argumentName, value: body.code))
                bodyFields = [("", body.encoded)]
                continue
            case .parameter(let argumentParameter):
                parameter = argumentParameter
            }
            let purpose: SamplePurpose
            switch parameter.location {
            case .path: purpose = .path
            case .query: purpose = .query
            case .header: purpose = .header
            case .body: purpose = .json
            }
            if parameter.location == .body, excluded.contains(parameter.swiftName) { continue }
            // No value is valid, or only null (`{type: 'null'}`): the argument is left out.
            if !parameter.isRequired, parameter.constraints.allowsNoValue || parameter.constraints.allowsOnlyNull {
                continue
            }
            if parameter.location == .query, parameter.serialization == .dotted {
                let (code, items) = dottedSample(parameter)
                arguments.append(.init(label: parameter.swiftName, value: code))
                queryItems += items
                continue
            }
            let sample = samples.value(parameter.type, hint: parameter.wireName, constraints: parameter.constraints, purpose: purpose)
            let wrapped = argument.optionality == .nullableOptional
            arguments.append(.init(
                label: parameter.swiftName, value: wrapped ? .call(".value", [.init(label: nil, value: sample.code)]) : sample.code))
            switch parameter.location {
            case .path:
                pathValues[parameter.wireName] = sample.text ?? sample.wire.compact
            case .query:
                if parameter.serialization == .json {
                    queryItems.append(".json(\(SwiftLiteral.string(parameter.wireName)), \(RawStringLiteral.singleLine(sample.encoded.compact)))")
                } else if let style = ParameterSpelling.style(of: parameter, in: api) {
                    for item in ParameterSpelling.queryItems(parameter.wireName, sample.encoded, style: style) {
                        queryItems.append(".form(\(SwiftLiteral.string(item.name)), \(SwiftLiteral.string(item.value)))")
                    }
                } else {
                    let values = sample.elements.isEmpty && sample.text != nil ? [sample] : sample.elements
                    for value in values {
                        queryItems.append(
                            ".form(\(SwiftLiteral.string(parameter.wireName)), \(SwiftLiteral.string(value.text ?? value.encoded.compact)))")
                    }
                }
            case .header where ParameterSpelling.style(of: parameter, in: api) != nil:
                if let value = ParameterSpelling.headerValue(sample.encoded) {
                    headers.append("\(SwiftLiteral.string(parameter.wireName.lowercased())): \(SwiftLiteral.string(value))")
                }
            case .header:
                headers.append("\(SwiftLiteral.string(parameter.wireName.lowercased())): \(SwiftLiteral.string(sample.text ?? sample.encoded.compact))")
            case .body:
                bodyFields.append((parameter.wireName, sample.encoded))
            }
        }
        for piece in operation.path.pieces {
            switch piece {
            case .literal(let text): path += text
            case .parameter(let name): path += Self.percentEncoded(pathValues[name] ?? name)
            }
        }
        let credentialItems = credentials(for: operation.security)
        queryItems += credentialItems.query.map { ".form(\(SwiftLiteral.string($0.name)), \(SwiftLiteral.string($0.value)))" }
        var expectedBody: [String] = []
        var expectedItems: [String] = []
        var rawBody: [String] = []
        var contentTypeLiteral = operation.body.map { SwiftLiteral.string($0.contentType) } ?? "nil"
        if let body = operation.body {
            let json: SampleJSON = bodyFields.count == 1 && bodyFields[0].key.isEmpty ? bodyFields[0].value : .object(bodyFields)
            switch body.kind {
            case .json:
                expectedBody = [RawStringLiteral.multiLine(json.pretty)]
            case .form:
                expectedItems = Self.formItems(json, body: body)
            case .multipart:
                contentTypeLiteral = "exchange.multipartContentType"
                expectedItems = Self.multipartItems(bodyFields, body: body)
            case .binary, .text:
                if case .string(let text) = json { rawBody = [SwiftLiteral.string(text)] }
                if !MediaType.isConcrete(body.contentType) {
                    contentTypeLiteral = SwiftLiteral.string(
                        body.kind == .text ? "text/plain; charset=utf-8" : MediaType.example(of: body.contentType))
                }
            }
        }

        let isStreaming = operation.streaming != nil
        let resultReference = operation.streaming?.eventType ?? operation.response.type
        var result = resultReference.map { samples.value($0, hint: "response") }
        let answer = isStreaming ? nil : Self.answerAsItCame(operation.response)
        if let answer { result = answer.sample }
        let method = SwiftNaming.escapedMemberName(operation.swiftName)
        // A manager method with `returns:` gives the whole object; its raw variant gives the response checked here.
        let raw = operation.returns != nil ? ".withRawResponse" : ""
        let accessors = api.accessorPath(resource).map(SwiftNaming.escapedMemberName).joined(separator: ".")
        let callee = "client.\(accessors)\(raw).\(method)"
        let call = isStreaming
            ? "try " + SwiftCode.call(callee, arguments).flat
            : "try await " + SwiftCode.call(callee, arguments).flat + (raw.isEmpty ? "" : ".value")
        var doc = "`\(operation.method) \(operation.path.raw)`"
        if let route = operation.route { doc += " (`\(route)`)" }
        let resultType = resultReference.map(speller.spell) ?? "Void"
        return RouteTestContext(
            name: method, doc: DocComment.lines(doc),
            deprecation: operation.deprecation == nil
                ? [] : ["@available(*, deprecated, message: \"calls a deprecated operation\")"],
            status: operation.response.status, isStreaming: isStreaming,
            responseBody: answer.map { SwiftLiteral.string($0.body) }
                ?? result.map { RawStringLiteral.multiLine($0.wire.pretty) } ?? "\"\"",
            responseContentType: (answer?.contentType ?? Self.jsonLikeAnswerType(operation.response)).map {
                [SwiftLiteral.string($0)]
            } ?? [],
            resultType: resultType, call: call, methodLiteral: SwiftLiteral.string(operation.method),
            pathLiteral: SwiftLiteral.string(path), queryItems: queryItems, hasQueryItems: !queryItems.isEmpty,
            headers: headers, hasHeaders: !headers.isEmpty,
            credentialsArgument: operation.security.map {
                let literals = Self.credentialHeaderLiterals(credentials(for: $0).headers)
                return "credentials: [\(literals.isEmpty ? ":" : literals.joined(separator: ", "))], "
            } ?? "",
            acceptLiteral: SwiftLiteral.string(
                isStreaming
                    ? "text/event-stream"
                    : operation.response.mediaTypes.isEmpty ? "application/json" : operation.response.mediaTypes.joined(separator: ", ")),
            contentTypeLiteral: contentTypeLiteral,
            body: expectedBody,
            formBody: operation.body?.kind == .form ? [expectedItems] : [],
            multipartBody: operation.body?.kind == .multipart ? [expectedItems] : [],
            rawBody: rawBody, hasBody: operation.body != nil,
            expected: result.map { [$0.code.flat] } ?? [])
    }

    /// A form body's expected fields, as `FormBody` writes them: by name, each in its style.
    static func formItems(_ json: SampleJSON, body: RequestBody) -> [String] {
        guard case .object(let fields) = json else { return [] }
        return fields.sorted { $0.key < $1.key }.flatMap { field in
            let style = body.encodings[field.key]?.serialization.flatMap(RequestBodyCode.runtimeStyle) ?? "form"
            return ParameterSpelling.queryItems(field.key, field.value, style: style).map { item in
                ".form(\(SwiftLiteral.string(item.name)), \(SwiftLiteral.string(item.value)))"
            }
        }
    }

    /// A multipart body's expected parts, as `MultipartBody` writes them: text for files and
    /// scalars, JSON for lists and objects. A body passed whole has its fields in name order.
    static func multipartItems(_ fields: [(key: String, value: SampleJSON)], body: RequestBody) -> [String] {
        var parts = fields
        if parts.count == 1, parts[0].key.isEmpty {
            if case .object(let members) = parts[0].value {
                parts = members.sorted { $0.key < $1.key }
            } else {
                parts = [("file", parts[0].value)]
            }
        }
        return parts.compactMap { part in
            let name = SwiftLiteral.string(part.key)
            switch part.value {
            case .null: return nil
            case .array, .object: return ".json(\(name), \(RawStringLiteral.singleLine(part.value.compact)))"
            default: return ParameterSpelling.headerValue(part.value).map { ".form(\(name), \(SwiftLiteral.string($0)))" }
            }
        }
    }

    /// The JSON-like media type a JSON answer is canned as when the operation names one of its
    /// own (`application/vnd.x+json`); `nil` for `application/json`.
    static func jsonLikeAnswerType(_ response: Response) -> String? {
        guard response.kind == .json, response.type != nil else { return nil }
        return response.mediaTypes.first { MediaType.isJSON($0) && MediaType.isConcrete($0) }
    }

    /// For an answer read as it came: the canned body (text, so the test can spell it), the
    /// content type the server names, and the value the call must return.
    static func answerAsItCame(_ response: Response) -> (body: String, contentType: String, sample: SampleValue)? {
        guard response.kind != .json, response.type != nil else { return nil }
        let contentType = MediaType.example(
            of: response.mediaTypes.first { MediaType.responseKind($0) == response.kind || response.kind == .undecoded }
                ?? "application/octet-stream")
        let text: String
        let code: String
        switch response.kind {
        case .json: return nil
        case .binary:
            text = "response bytes"
            code = "Data(\(SwiftLiteral.string(text)).utf8)"
        case .text:
            text = "response text"
            code = SwiftLiteral.string(text)
        case .undecoded:
            text = MediaType.isXML(contentType) ? "<response/>" : "response"
            code = "ResponseBody(data: Data(\(SwiftLiteral.string(text)).utf8), contentType: \(SwiftLiteral.string(contentType)))"
        }
        return (text, contentType, SampleValue(code: .atom(code), wire: .string(text), encoded: .string(text), text: text))
    }

    /// As the SDK encodes a path segment: every byte outside `A-Z a-z 0-9 - . _ ~` as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        if text == "." { return "%2E" }
        if text == ".." { return "%2E%2E" }
        return result
    }
}
