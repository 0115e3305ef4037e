import Mustache

// The generated tests' contexts (`Context/TestContext.swift`) answer swift-mustache's lookups
// through a `switch`, like the SDK's contexts in `ContextLookup.swift` and for the same reason:
// through Mirror, their lookups were a sixth of a run's instructions. `ContextLookupTests` holds
// each switch to what Mirror would answer.

extension TestSupportContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "apiName": apiName
        case "clientType": clientType
        case "basePathLiteral": basePathLiteral
        case "authArguments": authArguments
        case "authHeaders": authHeaders
        case "hasAuthHeaders": hasAuthHeaders
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension ModelSampleFileContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "apiName": apiName
        case "suites": suites
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension SampleSuiteContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "typeName": typeName
        case "titleLiteral": titleLiteral
        case "tests": tests
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension SampleTestContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "roundTrip": roundTrip
        case "everyCase": everyCase
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension RoundTripContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "type": type
        case "expression": expression
        case "json": json
        case "encoded": encoded
        case "knownIssue": knownIssue
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension EveryCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "type": type
        case "cases": cases
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension RouteWireFileContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "apiName": apiName
        case "typeName": typeName
        case "titleLiteral": titleLiteral
        case "tests": tests
        default: ContextLookup.reflected(self, key)
        }
    }
}

extension RouteTestContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "deprecation": deprecation
        case "status": status
        case "isStreaming": isStreaming
        case "responseBody": responseBody
        case "resultType": resultType
        case "call": call
        case "methodLiteral": methodLiteral
        case "pathLiteral": pathLiteral
        case "queryItems": queryItems
        case "hasQueryItems": hasQueryItems
        case "credentialsArgument": credentialsArgument
        case "headers": headers
        case "hasHeaders": hasHeaders
        case "acceptLiteral": acceptLiteral
        case "contentTypeLiteral": contentTypeLiteral
        case "body": body
        case "expected": expected
        default: ContextLookup.reflected(self, key)
        }
    }
}
