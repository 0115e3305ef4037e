import Foundation

extension AuthSchemeContext {
    /// The arguments, docs and credential statement of `scheme`; `names` spells the client
    /// initializer's arguments inside it.
    init(_ scheme: AuthScheme, names: ArgumentNames) {
        let name = SwiftNaming.escapedMemberName(scheme.parameterName)
        let used = names.used(scheme.parameterName)
        let declared = names.declared(scheme.parameterName)
        argumentName = used
        schemeLiteral = SwiftLiteral.string(scheme.name)
        valueExpression = Self.valueExpression(used, scheme.environmentVariables)
        usernameBinding = scheme.environmentVariables.isEmpty ? used : "\(used) = \(valueExpression)"
        (isAPIKey, isBearer, isBasic) = (false, false, false)
        (placementExpression, prefixArgument, providerName, passwordExpression) = ("", "", "", "")
        let summary: String
        var wireName = "Authorization"
        switch scheme.kind {
        case .apiKey(let location, let keyName, let prefix):
            wireName = keyName
            isAPIKey = true
            placementExpression = ".\(location.rawValue)(\(SwiftLiteral.string(wireName)))"
            prefixArgument = (prefix ?? "").isEmpty ? "" : ", prefix: \(SwiftLiteral.string(prefix ?? ""))"
            summary =
                switch location {
                case .header: "Sent in the `\(wireName)` header."
                case .query: "Sent as the `\(wireName)` query item."
                case .cookie: "Sent as the `\(wireName)` cookie."
                }
            parameters = ["\(declared): String? = nil"]
        case .bearer(let format):
            isBearer = true
            let provider = scheme.tokenProviderParameterName ?? scheme.parameterName + "Provider"
            providerName = names.used(provider)
            summary = "A bearer token\(format.map { " (\($0))" } ?? ""), sent as `Authorization: Bearer <token>`."
            parameters = ["\(declared): String? = nil", "\(names.declared(provider)): (@Sendable () async throws -> String)? = nil"]
        case .basic:
            isBasic = true
            let password = scheme.passwordParameterName ?? "password"
            passwordExpression = Self.valueExpression(names.used(password), scheme.passwordEnvironmentVariables)
            summary = "The user name for HTTP Basic authentication (`Authorization: Basic …`)."
            parameters = ["\(declared): String? = nil", "\(names.declared(password)): String? = nil"]
        }
        // The scheme's own description when it fits on a parameter line, then where the
        // credential goes unless the description says so.
        var described = summary
        if let docs = scheme.docs.map(Self.singleLine), docs.count <= 300 {
            described = docs.contains("`\(wireName)`") ? docs : docs + (docs.hasSuffix(".") ? " " : ". ") + summary
        }
        var docs = ["///   - \(name): \(described)\(Self.environmentSentence(scheme.environmentVariables))"]
        switch scheme.kind {
        case .bearer:
            let provider = SwiftNaming.escapedMemberName(scheme.tokenProviderParameterName ?? scheme.parameterName + "Provider")
            docs.append(
                "///   - \(provider): Supplies the current token before every attempt, for tokens that expire; "
                    + "used instead of `\(name)`. Errors it throws end the call as they are.")
        case .basic:
            let password = SwiftNaming.escapedMemberName(scheme.passwordParameterName ?? "password")
            let variables = scheme.passwordEnvironmentVariables.map { "`\($0)`" }.joined(separator: ", then ")
            let fallback = variables.isEmpty ? "empty when `nil`." : "when `nil`, read from \(variables), else empty."
            docs.append("///   - \(password): The password for `\(name)`; \(fallback)")
        case .apiKey:
            break
        }
        parameterDocs = DocCommentWrapping.wrap(docs)
    }

    /// `apiKey`, or `apiKey ?? Self.environmentValue("A", "B")`.
    private static func valueExpression(_ name: String, _ variables: [String]) -> String {
        guard !variables.isEmpty else { return name }
        return "\(name) ?? Self.environmentValue(\(variables.map(SwiftLiteral.string).joined(separator: ", ")))"
    }

    /// ` When `nil`, read from `A`, then `B`.`
    private static func environmentSentence(_ variables: [String]) -> String {
        guard !variables.isEmpty else { return "" }
        return " When `nil`, read from \(variables.map { "`\($0)`" }.joined(separator: ", then "))."
    }

    private static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.joined(separator: " ")
    }
}
