import Foundation
import Mustache
import Testing

@testable import JulepGenKit

/// The template contexts answer swift-mustache's lookups through `child(named:)` (see
/// `Rendering/ContextLookup.swift`); these tests hold each switch to what Mirror would answer.
@Suite("Context lookup")
struct ContextLookupTests {
    /// Every context of the fixtures that use the most template features, and of `spec/`.
    static func contexts() throws -> [Any] {
        var specs = ["features", "adversarial", "minimal"].map {
            TestSupport.fixtures.appendingPathComponent("\($0)/spec").path
        }
        specs.append(TestSupport.packageRoot.appendingPathComponent("spec").path)
        var contexts: [Any] = []
        for spec in specs {
            let result = Generator.run(Generator.Options(specPath: spec, builtInTemplates: TestSupport.templates))
            let api = try #require(result.api, "\(spec) does not build")
            let builder = ContextBuilder(api: api)
            contexts.append(builder.client())
            contexts += api.types.map { builder.model($0) }
            contexts += api.resources.map { builder.resource($0) }
            var tests = TestContextBuilder(api: api)
            contexts.append(tests.support())
            contexts += TestFileRenderer.modelGroups(api).map { tests.modelFile($0.declarations) }
            contexts += api.resources.map { tests.routeFile($0) }
        }
        contexts.append(HeaderContext(apiName: "Demo"))
        return contexts
    }

    /// Every struct reachable from `value` (through properties, optionals and arrays).
    static func structs(in value: Any, into found: inout [Any]) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct:
            found.append(value)
            for child in mirror.children { structs(in: child.value, into: &found) }
        case .optional, .collection:
            for child in mirror.children { structs(in: child.value, into: &found) }
        default:
            break
        }
    }

    @Test func everyPropertyIsAnsweredAsMirrorWould() throws {
        var values: [Any] = []
        for context in try Self.contexts() { Self.structs(in: context, into: &values) }
        var checkedTypes: Set<String> = []
        for value in values {
            let typeName = String(describing: type(of: value))
            let parent = try #require(value as? MustacheParent, "\(typeName) does not conform to MustacheParent")
            for child in Mirror(reflecting: value).children {
                let label = try #require(child.label)
                let expected = Self.unwrapped(child.value)
                let answered = parent.child(named: label)
                #expect(
                    answered.map { String(reflecting: $0) } == expected.map { String(reflecting: $0) },
                    "\(typeName).\(label): child(named:) and Mirror disagree")
            }
            #expect(parent.child(named: "noSuchProperty") == nil)
            checkedTypes.insert(typeName)
        }
        // The fixtures reach every context type, so a new one cannot go unchecked.
        #expect(checkedTypes.count >= 27, "checked only \(checkedTypes.sorted())")
    }

    /// Names the switches don't list fall back to Mirror; none should (add the case to the switch).
    @Test func noPropertyNeedsTheMirrorFallback() throws {
        var values: [Any] = []
        for context in try Self.contexts() { Self.structs(in: context, into: &values) }
        for value in values {
            let parent = try #require(value as? MustacheParent)
            for child in Mirror(reflecting: value).children {
                let label = try #require(child.label)
                #expect(
                    !ContextLookup.needsFallback(parent, label),
                    "\(type(of: value)).\(label) is missing from its child(named:) switch in ContextLookup.swift")
            }
        }
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
