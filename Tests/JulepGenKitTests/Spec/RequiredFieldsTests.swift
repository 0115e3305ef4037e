import Foundation
import Testing

@testable import JulepGenKit

/// What the server requires has no default in Swift: a call that leaves it out does not compile,
/// instead of sending a default the server rejects.
@Suite("spec/: required fields")
struct RequiredFieldsTests {
    private func operation(_ resource: String, _ name: String) async throws -> JulepGenKit.Operation {
        let generated = try await TestSupport.julepSpec.value
        let api = try #require(generated.api)
        return try #require(api.resources.first { $0.accessorName == resource }?.operations.first { $0.swiftName == name })
    }

    @Test(arguments: [
        ("agents", "create", ["name", "model"]), ("agents", "update", ["name", "model"]),
        ("agents", "createOrUpdate", ["name", "model"]), ("users", "create", ["name"]), ("users", "update", ["name"]),
    ])
    func theseArgumentsMustBeGiven(_ resource: String, _ name: String, _ fields: [String]) async throws {
        let operation = try await operation(resource, name)
        for field in fields {
            let parameter = try #require(operation.parameters.first { $0.location == .body && $0.wireName == field })
            #expect(parameter.isRequired && parameter.defaultValue == nil, "\(resource).\(name)(\(field):) has a default")
        }
    }

    /// A default the field's own limits reject (`""` for a name whose pattern needs a letter) would
    /// only earn a 422: every string default of a body field must pass its length and pattern.
    @Test func everyStringDefaultOfABodyFieldPassesItsOwnLimits() async throws {
        let generated = try await TestSupport.julepSpec.value
        let api = try #require(generated.api)
        var checked = 0
        for operation in api.resources.flatMap(\.operations) {
            for parameter in operation.parameters where parameter.location == .body {
                guard case .string(let value)? = parameter.defaultValue else { continue }
                let constraints = Self.constraints(parameter, in: api)
                let length = value.unicodeScalars.count
                #expect(length >= (constraints.minLength ?? 0), "\(operation.name).\(parameter.wireName)")
                if let pattern = constraints.pattern {
                    let regex = try NSRegularExpression(pattern: pattern)
                    let range = NSRange(value.startIndex..., in: value)
                    #expect(
                        regex.firstMatch(in: value, range: range) != nil,
                        "\(operation.name).\(parameter.wireName): the default \"\(value)\" does not match \(pattern)")
                }
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    private static func constraints(_ parameter: Parameter, in api: APIDefinition) -> Constraints {
        var constraints = parameter.constraints
        var type = parameter.type.nonNullable
        while case .named(let id) = type, case .alias(let alias)? = api.type(id)?.kind {
            constraints.minLength = constraints.minLength ?? alias.constraints.minLength
            constraints.pattern = constraints.pattern ?? alias.constraints.pattern
            type = alias.target.nonNullable
        }
        return constraints
    }
}
