import Foundation
import Testing

@testable import JulepGenKit

/// Issue 22, friction 4: one rule for ID arguments across the Julep SDK (docs/sdk.md,
/// "Arguments"): `id` is the ID of the object a method is named after; every other ID is named
/// after what it identifies (`agentID`, `taskID`, `executionID`), and a method taking two IDs
/// names both. Executions are cancelled and resumed by name.
@Suite("ID argument labels")
struct ArgumentLabelRuleTests {
    @Test func everyIDArgumentFollowsTheRule() async throws {
        let api = try #require(await TestSupport.julepSpec.value.api)
        for resource in api.resources {
            for operation in resource.operations {
                let ids = operation.parameters.filter { $0.location == .path && $0.type == .builtin(.uuid) }
                let where_ = "\(resource.accessorName).\(operation.swiftName)"
                for id in ids {
                    #expect(id.swiftName == "id" || id.swiftName.hasSuffix("ID"), "\(where_): \(id.swiftName)")
                }
                if ids.count > 1 {
                    #expect(!ids.contains { $0.swiftName == "id" }, "\(where_) takes two IDs: both are named")
                }
                // The object at the end of the path is the one the method is named after.
                if ids.count == 1, case .parameter(let last)? = operation.path.pieces.last, last == ids[0].wireName {
                    #expect(ids[0].swiftName == "id", "\(where_): \(ids[0].swiftName)")
                }
            }
        }
    }

    @Test func executionMethodsTakeTheirLabelsByTheRule() async throws {
        let tasks = try #require(await TestSupport.julepSpec.value.api?.resources.first { $0.accessorName == "tasks" })
        func labels(_ name: String) -> [String] {
            // A shortcut first: `resumeExecution(id:input:)` overloads the task-token route's method.
            let parameters = tasks.operations.flatMap(\.shortcuts).first(where: { $0.swiftName == name })?.parameters
                ?? tasks.operations.first(where: { $0.swiftName == name })?.parameters ?? []
            return parameters.filter { $0.type == .builtin(.uuid) && $0.location == .path }.map(\.swiftName)
        }
        #expect(labels("startExecution") == ["taskID"])
        #expect(labels("listExecutions") == ["taskID"])
        #expect(labels("getExecution") == ["id"])
        #expect(labels("updateExecution") == ["id"])
        #expect(labels("cancelExecution") == ["id"])
        #expect(labels("resumeExecution") == ["id"])
        #expect(labels("listTransitions") == ["executionID"])
        #expect(labels("streamTransitions") == ["executionID"])
    }
}
