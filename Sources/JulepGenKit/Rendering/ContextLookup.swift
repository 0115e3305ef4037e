import Foundation
import Mustache

// swift-mustache finds `{{name}}` in a value through `MustacheParent.child(named:)` when the value
// conforms, and through `Mirror` otherwise. Mirror reflects every stored property on every lookup
// (and again on every level of the context stack a lookup climbs), which made it most of the
// generator's run time; these conformances answer with a `switch` instead.
//
// Each `child(named:)` must answer exactly as Mirror would: every stored property by its name
// (an optional one as its wrapped value, or `nil` so that the lookup goes on up the stack), and
// `nil` for anything else. A property missing from a switch still renders correctly through
// `ContextLookup.reflected`, only slower; `ContextLookupTests` fails until it is listed here.

/// The Mirror-based answer swift-mustache would give, for names a `child(named:)` switch doesn't list.
enum ContextLookup {
    private static let cache = LabelCache()

    /// The stored property `name` of `value`, unwrapped from an optional, as `Mirror` finds it;
    /// `nil` when `value` has no such property. Types are reflected once, to learn their labels,
    /// so a name a type doesn't have costs a set lookup.
    static func reflected(_ value: Any, _ name: String) -> Any? {
        guard cache.labels(of: value).contains(name) else { return nil }
        fallbacks?.record(name)
        guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
        let mirror = Mirror(reflecting: child.value)
        guard mirror.displayStyle == .optional else { return child.value }
        return mirror.children.first?.value
    }

    /// Whether `child(named: name)` of `value` is answered by the Mirror fallback (a case missing
    /// from its switch). For tests.
    static func needsFallback(_ value: MustacheParent, _ name: String) -> Bool {
        let recorder = FallbackRecorder()
        $fallbacks.withValue(recorder) { _ = value.child(named: name) }
        return recorder.count > 0
    }

    @TaskLocal private static var fallbacks: FallbackRecorder?

    private final class FallbackRecorder: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        var count: Int { lock.withLock { names.count } }
        func record(_ name: String) { lock.withLock { names.append(name) } }
    }

    /// Stored property names by type; rendering may run on several threads at once.
    private final class LabelCache: @unchecked Sendable {
        private let lock = NSLock()
        private var labels: [ObjectIdentifier: Set<String>] = [:]

        func labels(of value: Any) -> Set<String> {
            let key = ObjectIdentifier(type(of: value))
            lock.lock()
            defer { lock.unlock() }
            if let known = labels[key] { return known }
            let found = Set(Mirror(reflecting: value).children.compactMap(\.label))
            labels[key] = found
            return found
        }
    }
}

// MARK: Models

extension ModelContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "qualifiedName": qualifiedName
        case "doc": doc
        case "deprecation": deprecation
        case "isObject": isObject
        case "isEnum": isEnum
        case "isAlias": isAlias
        case "isUnion": isUnion
        case "object": object
        case "enumeration": enumeration
        case "alias": alias
        case "union": union
        case "accessors": accessors
        case "ownerName": ownerName
        case "nested": nested
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension ObjectContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "properties": properties
        case "hasProperties": hasProperties
        case "encodedProperties": encodedProperties
        case "hasEncodedProperties": hasEncodedProperties
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension PropertyContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "storageName": storageName
        case "wireName": wireName
        case "keyLiteral": keyLiteral
        case "type": type
        case "storageType": storageType
        case "isIndirect": isIndirect
        case "doc": doc
        case "deprecation": deprecation
        case "initParameter": initParameter
        case "initValue": initValue
        case "decodeExpression": decodeExpression
        case "encodeMethod": encodeMethod
        case "hasAccessors": hasAccessors
        case "formerNames": formerNames
        case "getter": getter
        case "setterValue": setterValue
        case "isLast": isLast
        case "excludedKeys": excludedKeys
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension AccessorContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "type": type
        case "doc": doc
        case "body": body
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension FormerPropertyNameContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "attribute": attribute
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension EnumContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "cases": cases
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension EnumCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "literal": literal
        case "doc": doc
        case "deprecation": deprecation
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension AliasContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "target": target
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension UnionContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "isTagged": isTagged
        case "discriminatorKeyLiteral": discriminatorKeyLiteral
        case "variants": variants
        case "expectedDescription": expectedDescription
        case "sharedProperties": sharedProperties
        case "caseAccessors": caseAccessors
        case "factories": factories
        case "stringLiteral": stringLiteral
        case "arrayLiteral": arrayLiteral
        case "dictionaryLiteral": dictionaryLiteral
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension CaseAccessorContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "caseName": caseName
        case "type": type
        case "doc": doc
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension UnionFactoryContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "parameters": parameters
        case "typeName": typeName
        case "arguments": arguments
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension LiteralCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caseName": caseName
        case "elementType": elementType
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension SharedPropertyContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "type": type
        case "doc": doc
        case "cases": cases
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension UnionVariantContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caseName": caseName
        case "type": type
        case "discriminatorLiteral": discriminatorLiteral
        case "isIndirect": isIndirect
        default: ContextLookup.reflected(self, key)
        }
    }
}

// MARK: Resources

extension ResourceContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "typeName": typeName
        case "accessorName": accessorName
        case "doc": doc
        case "operations": operations
        case "hasRawOperations": hasRawOperations
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension OperationContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "deprecation": deprecation
        case "arguments": arguments
        case "hasArguments": hasArguments
        case "returnType": returnType
        case "returnsValue": returnsValue
        case "methodCase": methodCase
        case "pathExpression": pathExpression
        case "requestBinding": requestBinding
        case "queryItems": queryItems
        case "headerItems": headerItems
        case "flattenedBody": flattenedBody
        case "hasBody": hasBody
        case "bodyExpression": bodyExpression
        case "isIdempotent": isIdempotent
        case "securityArgument": securityArgument
        case "isStreaming": isStreaming
        case "eventFormatArgument": eventFormatArgument
        case "eventType": eventType
        case "forwardedArguments": forwardedArguments
        case "rawReturnType": rawReturnType
        case "rawDoc": rawDoc
        case "validations": validations
        case "hasValidations": hasValidations
        case "autoPaging": autoPaging
        case "composedReturn": composedReturn
        case "fetchedReturn": fetchedReturn
        case "returnsObject": returnsObject
        case "formerNames": formerNames
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension FormerOperationContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "attribute": attribute
        case "arguments": arguments
        case "signatureTail": signatureTail
        case "call": call
        case "rawReturnType": rawReturnType
        case "hasRawTwin": hasRawTwin
        case "autoPaging": autoPaging
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension FormerAutoPagingContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "attribute": attribute
        case "arguments": arguments
        case "returnType": returnType
        case "call": call
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension AutoPagingContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "operationName": operationName
        case "doc": doc
        case "deprecation": deprecation
        case "arguments": arguments
        case "pageType": pageType
        case "itemType": itemType
        case "offsetStart": offsetStart
        case "limitValue": limitValue
        case "itemsExpression": itemsExpression
        case "pageArguments": pageArguments
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension FlattenedBodyContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "typeName": typeName
        case "fields": fields
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension ArgumentContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "declaration": declaration
        case "forwarding": forwarding
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension RequestItemContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "wireLiteral": wireLiteral
        case "value": value
        case "isJSON": isJSON
        case "style": style
        case "isDotted": isDotted
        default: ContextLookup.reflected(self, key)
        }
    }
}

// MARK: Client

extension ClientContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "apiName": apiName
        case "clientType": clientType
        case "errorType": errorType
        case "environmentType": environmentType
        case "version": version
        case "versionLiteral": versionLiteral
        case "userAgentLiteral": userAgentLiteral
        case "logEnvironmentVariable": logEnvironmentVariable
        case "logEnvironmentVariableLiteral": logEnvironmentVariableLiteral
        case "doc": doc
        case "environments": environments
        case "hasEnvironments": hasEnvironments
        case "configurationBinding": configurationBinding
        case "defaultEnvironment": defaultEnvironment
        case "baseURLEnvironmentVariableLiterals": baseURLEnvironmentVariableLiterals
        case "baseURLEnvironmentVariables": baseURLEnvironmentVariables
        case "readsBaseURLEnvironment": readsBaseURLEnvironment
        case "authSchemes": authSchemes
        case "resources": resources
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension EnvironmentContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caseName": caseName
        case "urlLiteral": urlLiteral
        case "nameLiteral": nameLiteral
        case "doc": doc
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension AuthSchemeContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "argumentName": argumentName
        case "schemeLiteral": schemeLiteral
        case "parameterDocs": parameterDocs
        case "parameters": parameters
        case "valueExpression": valueExpression
        case "isAPIKey": isAPIKey
        case "placementExpression": placementExpression
        case "prefixArgument": prefixArgument
        case "isBearer": isBearer
        case "providerName": providerName
        case "isBasic": isBasic
        case "usernameBinding": usernameBinding
        case "passwordExpression": passwordExpression
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension ResourceAccessorContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "typeName": typeName
        case "accessorName": accessorName
        case "doc": doc
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension HeaderContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "apiName": apiName
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension FetchedReturnContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "typeName": typeName
        case "call": call
        case "usesResponse": usesResponse
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension ComposedReturnContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "typeName": typeName
        case "fields": fields
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension RoutesContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "typeName": typeName
        case "clientType": clientType
        case "apiName": apiName
        case "routes": routes
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension RouteContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "route": route
        case "doc": doc
        case "deprecation": deprecation
        case "arguments": arguments
        case "resourceType": resourceType
        case "operationName": operationName
        case "forwardedArguments": forwardedArguments
        case "returnType": returnType
        case "returnsValue": returnsValue
        case "isStreaming": isStreaming
        case "eventType": eventType
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension ReadmeContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "apiName": apiName
        case "clientType": clientType
        case "version": version
        case "routes": routes
        case "managerMethods": managerMethods
        case "hasManagerMethods": hasManagerMethods
        case "resources": resources
        case "example": example
        case "baseURLEnvironment": baseURLEnvironment
        case "deviations": deviations
        case "hasDeviations": hasDeviations
        case "credentials": credentials
        case "hasCredentials": hasCredentials
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension CredentialRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "arguments": arguments
        case "sentAs": sentAs
        case "environment": environment
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension DeviationRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "route": route
        case "http": http
        case "document": document
        case "server": server
        case "sdk": sdk
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension MappingRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "python": python
        case "http": http
        case "swift": swift
        case "lowLevel": lowLevel
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension ExampleContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "python": python
        case "routeCall": routeCall
        case "managerCall": managerCall
        default: ContextLookup.reflected(self, key)
        }
    }
}
