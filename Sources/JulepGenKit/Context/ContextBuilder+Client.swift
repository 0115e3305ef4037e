/// The client's context: its initializer, credentials and resource accessors.
extension ContextBuilder {
    func client() -> ClientContext {
        // A credential argument named `self` would hide the client in its initializer.
        let authArgumentNames = ArgumentNames.initializer(
            api.authSchemes.flatMap { [$0.parameterName, $0.passwordParameterName, $0.tokenProviderParameterName].compactMap { $0 } }
                + RuntimeNames.clientInitializerArguments)
        let names = (
            client: RuntimeNames.clientType(api: api.swiftName), error: RuntimeNames.errorType(api: api.swiftName),
            environment: RuntimeNames.environmentType(api: api.swiftName)
        )
        return ClientContext(
            apiName: api.swiftName, apiNameLiteral: SwiftLiteral.string(api.swiftName), clientType: names.client,
            // An API named `API` has `APIError` for its error type already: no alias.
            errorTypeAlias: names.error == RuntimeNames.runtimeErrorType ? nil : names.error,
            errorTypeLiteral: SwiftLiteral.string(names.error),
            environmentType: names.environment, version: api.version,
            versionLiteral: SwiftLiteral.string(api.version ?? "unknown"),
            userAgentLiteral: SwiftLiteral.string("\(api.swiftName.lowercased())-swift/\(api.version ?? "unknown")"),
            logEnvironmentVariableLiteral: SwiftLiteral.string(api.swiftName.uppercased() + "_LOG"),
            readsPythonReprMessages: api.isJulepProfile,
            hasPythonLiteralEvents: api.resources.contains { $0.operations.contains { $0.streaming?.format == .python } },
            doc: docLines(api.docs),
            environments: api.environments.map { environment in
                EnvironmentContext(
                    caseName: SwiftNaming.escapedMemberName(environment.caseName),
                    urlLiteral: SwiftLiteral.string(environment.url), nameLiteral: SwiftLiteral.string(environment.name),
                    doc: docLines(environment.docs ?? "`\(environment.url)`"))
            },
            hasEnvironments: !api.environments.isEmpty,
            configurationBinding: api.authSchemes.isEmpty ? "let" : "var",
            defaultEnvironment: api.defaultEnvironment.map { SwiftNaming.escapedMemberName($0.caseName) },
            baseURLEnvironmentVariableLiterals: api.baseURLEnvironmentVariables.map(SwiftLiteral.string).joined(separator: ", "),
            baseURLEnvironmentVariables: api.baseURLEnvironmentVariables,
            readsBaseURLEnvironment: !api.baseURLEnvironmentVariables.isEmpty,
            authSchemes: api.authSchemes.map { AuthSchemeContext($0, names: authArgumentNames) },
            resources: api.resources.filter { $0.parent == nil }.map(resourceAccessor))
    }

    func resourceAccessor(_ resource: Resource) -> ResourceAccessorContext {
        ResourceAccessorContext(
            typeName: resource.typeName, accessorName: SwiftNaming.escapedMemberName(resource.accessorName),
            doc: docLines(resourceDocs(resource)))
    }

    /// `client.channels.messages`: the accessors from the client down to `resource`.
    func resourcePath(_ resource: Resource) -> String {
        "client." + api.accessorPath(resource).joined(separator: ".")
    }
}
