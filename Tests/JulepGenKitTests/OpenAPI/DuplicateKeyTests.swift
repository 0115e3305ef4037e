import Foundation
import Testing

@testable import JulepGenKit

/// A key given twice in one mapping of an OpenAPI document is a located warning that says the
/// first copy is used (issue 24), as the native spec's decoder reads it too.
@Suite("Duplicate keys in OpenAPI documents")
struct DuplicateKeyTests {
    @Test func yamlDuplicatesAreWarnedAboutAndTheFirstCopyIsUsed() throws {
        let document = """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
                    name: {type: integer}
                Pet:
                  type: object
                  properties:
                    other: {type: string}
            """
        let result = try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml")
        #expect(result.succeeded)
        #expect(TestSupport.lines(result.diagnostics) == [
            "openapi.yaml:10:9: warning: duplicate key 'name'; the first one is used and this one is ignored",
            "openapi.yaml:11:5: warning: duplicate key 'Pet'; the first one is used and this one is ignored",
        ])
        #expect(result.diagnostics.sorted.map { $0.notes.map { $0.location?.description ?? "-" } } == [
            ["openapi.yaml:9:9"], ["openapi.yaml:6:5"],
        ])
        let pet = try #require(result.api?.types.first { $0.swiftName == "Pet" })
        guard case .object(let object) = pet.kind else {
            Issue.record("Pet is not an object")
            return
        }
        #expect(object.properties.map(\.wireName) == ["name"])
        #expect(object.properties.first?.type == .builtin(.string))
    }

    @Test func jsonDuplicatesInAReferencedFileAreWarnedAboutToo() throws {
        let root = """
            {"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {"Owner": {"type": "object", "properties": {"pet": {"$ref": "pet.json"}}}}}}
            """
        let pet = #"{"type": "object", "type": "string", "properties": {"id": {"type": "string"}}}"#
        let result = try TestSupport.generate(["openapi.json": root, "pet.json": pet], root: "openapi.json")
        #expect(result.succeeded)
        #expect(TestSupport.lines(result.diagnostics) == [
            "pet.json:1:20: warning: duplicate key 'type'; the first one is used and this one is ignored"
        ])
        // `type: object` counts: the file is an object type.
        #expect(result.api?.types.contains { $0.swiftName == "Pet" } == true)
    }

    /// A merge key's entries are not repeats of the keys written beside it.
    @Test func mergeKeysAreNotDuplicates() throws {
        let document = """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Base: &base
                  type: object
                  properties:
                    id: {type: string}
                Pet:
                  <<: *base
                  type: object
            """
        let result = try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml")
        #expect(result.succeeded)
        #expect(result.diagnostics.isEmpty, "\(TestSupport.lines(result.diagnostics))")
    }
}
