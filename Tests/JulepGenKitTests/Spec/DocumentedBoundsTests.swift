import Foundation
import Testing

@testable import JulepGenKit

/// Issue 22, bug 5: a property documented "between A and B" is checked against those bounds, so
/// the documentation and the check say the same thing (`temperature` said 0…2 and was checked up
/// to 5, the server's bound); and bug 6: the metadata filters say which values cannot match.
@Suite("Documented bounds and filters")
struct DocumentedBoundsTests {
    /// "between -2.0 and 2.0" → (-2, 2); `nil` when the docs state no range.
    static func documentedRange(_ docs: String) -> (Double, Double)? {
        guard let match = docs.firstMatch(of: /between (-?\d+(?:\.\d+)?) and (-?\d+(?:\.\d+)?)/),
            let low = Double(match.1), let high = Double(match.2)
        else { return nil }
        return (low, high)
    }

    @Test func everyDocumentedRangeIsTheCheckedOne() async throws {
        let generated = try await TestSupport.julepSpec.value
        let api = try #require(generated.api)
        var checked: [String] = []
        for declaration in api.types {
            guard case .object(let object) = declaration.kind else { continue }
            for property in object.properties {
                guard let docs = property.docs, let (low, high) = Self.documentedRange(docs) else { continue }
                // Only numbers are checked against bounds; a range inside other text (a map's values) is not one.
                guard property.constraints.minimum != nil || property.constraints.maximum != nil else { continue }
                #expect(
                    property.constraints.minimum == low && property.constraints.maximum == high,
                    "\(declaration.swiftName).\(property.swiftName): documented \(low)…\(high), checked \(property.constraints.minimum ?? .nan)…\(property.constraints.maximum ?? .nan)")
                checked.append("\(declaration.swiftName).\(property.swiftName)")
            }
        }
        #expect(checked.contains("DefaultChatSettings.temperature") && checked.contains("ChatSettings.temperature"))
        #expect(checked.count >= 10, "\(checked)")
    }

    @Test func theGeneratedChatDocumentsTheServersTemperatureBound() async throws {
        let generated = try await TestSupport.julepSpec.value
        let sessions = try #require(generated.files.first { $0.path.hasSuffix("Resources/SessionsResource.swift") }).contents
        #expect(sessions.contains("between 0 and 5"))
        #expect(sessions.contains("try ParameterValidation.check(temperature, \"temperature\", minimum: 0, maximum: 5)"))
        #expect(!sessions.contains("temperature to use, between 0 and 2"))
    }

    @Test func metadataFiltersSayWhichValuesCannotMatch() async throws {
        let generated = try await TestSupport.julepSpec.value
        for resource in ["Agents", "Users", "Sessions", "Docs"] {
            let source = try #require(generated.files.first { $0.path.hasSuffix("Resources/\(resource)Resource.swift") }).contents
            let flat = source.replacing(/\n\s*\/\/\/\s*/, with: " ")
            #expect(flat.contains("never matches a stored Boolean"), "\(resource)")
            #expect(flat.contains("(`\"02139\"`) is compared as the number (2139)"), "\(resource)")
        }
    }

    @Test func rangesAreRead() {
        #expect(Self.documentedRange("Number between -2.0 and 2.0. Positive") ?? (0, 0) == (-2, 2))
        #expect(Self.documentedRange("A relation between two entries") == nil)
    }
}
