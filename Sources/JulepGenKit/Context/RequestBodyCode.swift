/// The lines of a generated method that put its body on the request in the body's media type
/// (JSON, a form, multipart parts, bytes or text), and those that say how the answer is read.
struct RequestBodyCode {
    let api: APIDefinition

    /// The local a multipart body is built in.
    static let multipartLocal = "multipart"

    /// After the request is created (and a flattened body's `let body = …`): the body's lines.
    /// `expression` is the body value: the body argument, or `body` built from flattened arguments.
    func lines(_ operation: Operation, expression: String, names: ArgumentNames) -> [String] {
        guard let body = operation.body else { return [] }
        let contentType = SwiftLiteral.string(body.contentType)
        switch body.kind {
        case .json:
            let named = MediaType.essence(body.contentType) == "application/json" ? "" : ", contentType: \(contentType)"
            return ["try request.setJSONBody(\(expression)\(named))"]
        case .form:
            let styles = body.encodings.keys.sorted().compactMap { name -> String? in
                guard let style = body.encodings[name]?.serialization.flatMap(Self.runtimeStyle) else { return nil }
                return "\(SwiftLiteral.string(name)): .\(style)"
            }
            let argument = styles.isEmpty ? "" : ", styles: [\(styles.joined(separator: ", "))]"
            return ["try request.setFormBody(\(expression)\(argument))"]
        case .multipart:
            let local = Self.multipartLocal
            var lines = ["var \(local) = MultipartBody()"]
            switch body.shape {
            case .flattened:
                for parameter in operation.parameters where parameter.location == .body {
                    lines.append(part(parameter, encoding: body.encodings[parameter.wireName], names: names))
                }
            case .value(let type):
                if type.nonNullable == .builtin(.file) {
                    lines.append("\(local).addFile(\"file\", \(expression))")
                } else {
                    let types = body.encodings.keys.sorted().compactMap { name -> String? in
                        body.encodings[name]?.contentType.map { "\(SwiftLiteral.string(name)): \(SwiftLiteral.string($0))" }
                    }
                    let argument = types.isEmpty ? "" : ", contentTypes: [\(types.joined(separator: ", "))]"
                    lines.append("try \(local).addFields(of: \(expression)\(argument))")
                }
            }
            lines.append("try request.setMultipartBody(\(local))")
            return lines
        case .binary:
            let named = MediaType.isConcrete(body.contentType) ? ", contentType: \(contentType)" : ""
            return ["try request.setRawBody(\(expression)\(named))"]
        case .text:
            let named = MediaType.isConcrete(body.contentType) ? ", contentType: \(contentType)" : ""
            return ["request.setTextBody(\(expression)\(named))"]
        }
    }

    /// One multipart part from a flattened body's argument.
    private func part(_ parameter: Parameter, encoding: FieldEncoding?, names: ArgumentNames) -> String {
        let local = Self.multipartLocal
        let name = SwiftLiteral.string(parameter.wireName)
        let value = SwiftProjection.storedValue(parameter, names: names)
        switch parameter.type.nonNullable {
        case .builtin(.file):
            return "\(local).addFile(\(name), \(value))"
        case .list(let element) where element.nonNullable == .builtin(.file):
            return "\(local).addFiles(\(name), \(value))"
        default:
            let contentType = encoding?.contentType.map { ", contentType: \(SwiftLiteral.string($0))" } ?? ""
            return "try \(local).addField(\(name), \(value)\(contentType))"
        }
    }

    /// How the answer is read when it is not JSON, and the `Accept` header when it names more
    /// than `application/json`.
    func responseLines(_ operation: Operation) -> [String] {
        guard operation.streaming == nil else { return [] }
        var lines: [String] = []
        if operation.response.kind != .json { lines.append("request.responseFormat = .asItCame") }
        if !operation.response.mediaTypes.isEmpty {
            lines.append("request.accept(\(SwiftLiteral.string(operation.response.mediaTypes.joined(separator: ", "))))")
        }
        return lines
    }

    /// The runtime's `ParameterStyle` case for a form field's style; `nil` for the default or a
    /// style forms do not have.
    static func runtimeStyle(_ serialization: ParameterSerialization) -> String? {
        switch serialization {
        case .form, .dotted: nil
        case .json: "json"
        case .commaDelimited: "commaDelimited"
        case .spaceDelimited: "spaceDelimited"
        case .pipeDelimited: "pipeDelimited"
        case .deepObject: "deepObject"
        }
    }
}
