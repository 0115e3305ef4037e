import Testing

@testable import JulepGenKit

/// What published OpenAPI documents do (the shared corpus taught each case), in small
/// documents of our own: every one generates, with a located warning where something was changed.
@Suite("Constructs of published OpenAPI documents")
struct PublishedDocumentTests {
    private struct Generated {
        var result: Generator.Result
        var warnings: [String] {
            result.diagnostics.sorted.filter { $0.severity == .warning }.map { diagnostic in
                "\(diagnostic.location.map(\.description) ?? "-"): \(diagnostic.message)"
            }
        }
        func file(_ suffix: String) -> String {
            result.files.first { $0.path.hasSuffix(suffix) }?.contents ?? ""
        }
    }

    private func generate(_ paths: String, components: String = "", servers: String = "", extraFiles: [String: String] = [:]) throws
        -> Generated
    {
        let document = """
            openapi: 3.0.3
            info: { title: Shop API, version: "1" }
            \(servers)
            paths:
            \(paths)
            components:
              schemas:
                Placeholder: { type: object, properties: { id: { type: string } } }
            \(components)
            """
        var files = extraFiles
        files["openapi.yaml"] = document
        let result = try TestSupport.generate(files, root: "openapi.yaml")
        let errors = result.diagnostics.errors.map(\.message)
        #expect(errors.isEmpty, "\(errors)")
        return Generated(result: result)
    }

    @Test func aSchemaNamedErrorBecomesErrorModel() throws {
        let generated = try generate(
            """
              /items:
                get:
                  operationId: listItems
                  responses:
                    '200': { description: ok }
                    default:
                      description: failure
                      content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } }
            """,
            components: "    Error: { type: object, properties: { message: { type: string } } }")
        #expect(generated.result.api?.types.contains { $0.swiftName == "ErrorModel" } == true)
        #expect(
            generated.warnings.contains(
                "openapi.yaml:16:5: type 'Error' would be 'ShopError' in Swift, which is a type the SDK runtime declares; it is named 'ErrorModel' instead"
            ))
    }

    @Test func operationsAndParametersByReferenceToOtherFiles() throws {
        let operation = """
            operationId: sshKeys_get
            parameters:
              - $ref: 'parameters.yml#/key_id'
            responses:
              '200':
                description: A key.
                content: { application/json: { schema: { $ref: 'models/key.yml' } } }
            """
        let generated = try generate(
            """
              /keys/{key_id}:
                get: { $ref: 'resources/keys_get.yml' }
            """,
            extraFiles: [
                "resources/keys_get.yml": operation,
                "resources/parameters.yml": "key_id: { name: key_id, in: path, required: true, schema: { type: integer } }\n",
                "resources/models/key.yml": "type: object\nproperties:\n  fingerprint: { type: string }\n",
            ])
        // `/keys/{key_id}`: the path names the resource, the operationId's controller prefix the method.
        let keys = generated.result.api?.resources.first { $0.name == "keys" }
        #expect(keys?.operations.map(\.swiftName) == ["get"])
        #expect(keys?.operations.first?.parameters.map(\.swiftName) == ["keyId"])
        #expect(generated.result.api?.types.contains { $0.swiftName == "Key" } == true)
    }

    @Test func operationIdsThatDifferByTheirVerb() throws {
        let generated = try generate(
            """
              /files/{file_id}:
                parameters: [{ name: file_id, in: path, required: true, schema: { type: string } }]
                get: { operationId: get_files_id, tags: [Files], responses: { '200': { description: ok } } }
                put: { operationId: put_files_id, tags: [Files], responses: { '200': { description: ok } } }
                delete: { operationId: delete_files_id, tags: [Files], responses: { '204': { description: ok } } }
            """)
        let files = generated.result.api?.resources.first { $0.name == "files" }
        // The HTTP method and `id` of Box-style ids say nothing the resource does not: `put` updates.
        #expect(files?.operations.map(\.swiftName) == ["get", "update", "delete"])
        #expect(generated.warnings.isEmpty)
    }

    @Test func pathKeysWithAFragmentOrAQuery() throws {
        let generated = try generate(
            """
              /files/{file_id}#get_shared_link:
                get:
                  operationId: files_getSharedLink
                  parameters: [{ name: file_id, in: path, required: true, schema: { type: string } }]
                  responses: { '200': { description: ok } }
              /search?type=file:
                get: { operationId: search_files, responses: { '200': { description: ok } } }
            """)
        let operations = generated.result.api?.resources.flatMap(\.operations) ?? []
        #expect(operations.map(\.path.raw) == ["/files/{file_id}", "/search"])
        let search = operations.first { $0.path.raw == "/search" }
        #expect(search?.parameters.map(\.wireName) == ["type"])
        #expect(search?.parameters.first?.defaultValue == .string("file"))
        #expect(
            generated.warnings == [
                "openapi.yaml:10:10: the query 'type=file' in the path becomes parameters with these values as defaults"
            ])
    }

    @Test func argumentsThatMeetInSwiftAreRenamed() throws {
        let generated = try generate(
            """
              /calls/{name}:
                get:
                  operationId: calls_list
                  parameters:
                    - { name: name, in: path, required: true, schema: { type: string } }
                    - { name: name, in: query, schema: { type: string } }
                    - { name: StartTime, in: query, schema: { type: string, format: date-time } }
                    - { name: StartTime<, in: query, schema: { type: string, format: date-time } }
                    - { name: StartTime>, in: query, schema: { type: string, format: date-time } }
                    - { name: options, in: query, schema: { type: string } }
                  responses: { '200': { description: ok } }
            """)
        let operation = generated.result.api?.resources.first?.operations.first
        #expect(
            operation?.parameters.map(\.swiftName) == [
                "name", "queryName", "startTime", "startTimeLessThan", "startTimeGreaterThan", "queryOptions",
            ])
        #expect(operation?.parameters.map(\.wireName) == ["name", "name", "StartTime", "StartTime<", "StartTime>", "options"])
        #expect(generated.warnings.count == 4)
        #expect(
            generated.warnings.contains(
                "openapi.yaml:12:19: argument 'StartTime<' would be 'startTime' in Swift, which is taken by 'StartTime'; it is named 'startTimeLessThan' instead"
            ))
        #expect(generated.file("CallsResource.swift").contains(#"request.addQuery("StartTime<", startTimeLessThan)"#))
    }

    @Test func aFlattenedBodyThatWouldMeetAnArgumentIsPassedWhole() throws {
        let generated = try generate(
            """
              /users/{username}:
                put:
                  operationId: users_update
                  parameters: [{ name: username, in: path, required: true, schema: { type: string } }]
                  requestBody:
                    content: { application/json: { schema: { $ref: '#/components/schemas/User' } } }
                  responses: { '200': { description: ok } }
            """,
            components: "    User: { type: object, properties: { username: { type: string }, email: { type: string } } }")
        let operation = generated.result.api?.resources.first?.operations.first
        #expect(operation?.parameters.map(\.swiftName) == ["username"])
        #expect(generated.file("UsersResource.swift").contains("body: User"))
        #expect(generated.warnings.count == 1)
    }

    @Test func querySerializationStyles() throws {
        let generated = try generate(
            """
              /items:
                get:
                  operationId: items_list
                  parameters:
                    - { name: filter, in: query, style: deepObject, schema: { $ref: '#/components/schemas/Filter' } }
                    - { name: ids, in: query, explode: false, schema: { type: array, items: { type: integer } } }
                    - { name: tags, in: query, style: pipeDelimited, schema: { type: array, items: { type: string } } }
                    - { name: names, in: query, style: spaceDelimited, schema: { type: array, items: { type: string } } }
                    - { name: where, in: query, content: { application/json: { schema: { $ref: '#/components/schemas/Filter' } } } }
                    - { name: around, in: query, schema: { oneOf: [{ type: string }, { type: integer }] } }
                    - { name: plain, in: query, schema: { type: array, items: { type: string } } }
                    - { name: X-Ids, in: header, schema: { type: array, items: { type: integer } } }
                    - { name: X-Filter, in: header, schema: { $ref: '#/components/schemas/Filter' } }
                  responses: { '200': { description: ok } }
            """,
            components: "    Filter: { type: object, properties: { color: { type: string }, size: { type: integer } } }")
        let source = generated.file("ItemsResource.swift")
        for line in [
            #"try request.addQuery("filter", filter, style: .deepObject)"#,
            #"try request.addQuery("ids", ids, style: .commaDelimited)"#,
            #"try request.addQuery("tags", tags, style: .pipeDelimited)"#,
            #"try request.addQuery("names", names, style: .spaceDelimited)"#,
            #"try request.addJSONQuery("where", `where`)"#,
            #"try request.addQuery("around", around, style: .form)"#,
            #"request.addQuery("plain", plain)"#,
            #"request.setHeader("X-Ids", xIds)"#,
            #"try request.setStyledHeader("X-Filter", xFilter)"#,
        ] {
            #expect(source.contains(line), "\(line)")
        }
        #expect(generated.warnings.isEmpty)
    }

    @Test func enumValuesThatDifferByCase() throws {
        let generated = try generate(
            "  /items: { get: { operationId: items_list, responses: { '200': { description: ok } } } }",
            components: "    Order: { type: string, enum: [ASC, DESC, asc, desc] }")
        let order = generated.result.api?.types.first { $0.swiftName == "Order" }
        guard case .enumeration(let enumeration)? = order?.kind else {
            Issue.record("Order is not an enumeration")
            return
        }
        #expect(enumeration.cases.map(\.swiftName) == ["ASC", "DESC", "asc", "desc"])
        #expect(generated.warnings.count == 2)
    }

    @Test func aRelativeServerURLPrefixesEveryPath() throws {
        let generated = try generate(
            "  /pets: { get: { operationId: pets_list, responses: { '200': { description: ok } } } }",
            servers: "servers: [{ url: /api/v3 }]")
        #expect(generated.result.api?.environments.isEmpty == true)
        #expect(generated.result.api?.resources.first?.operations.first?.path.raw == "/api/v3/pets")
        #expect(
            generated.warnings == [
                "openapi.yaml:3:18: the server URL '/api/v3' is relative: operation paths start with '/api/v3', and the client needs a base URL with the host"
            ])
    }

    @Test func aDefaultThatDoesNotMatchItsTypeIsIgnored() throws {
        let generated = try generate(
            "  /items: { get: { operationId: items_list, responses: { '200': { description: ok } } } }",
            components: "    Disk: { type: object, properties: { size: { type: integer, default: 512 MB } } }")
        #expect(generated.warnings == ["openapi.yaml:9:73: default value '512 MB' does not match the type 'int'; it is ignored"])
    }

    @Test func aNestedUnionNeverHidesATopLevelType() throws {
        let generated = try generate(
            "  /docs: { get: { operationId: docs_list, responses: { '200': { description: ok } } } }",
            components: """
                    Content: { type: object, properties: { text: { type: string } } }
                    CreateDocRequest:
                      type: object
                      properties:
                        content:
                          oneOf: [{ type: string }, { type: array, items: { $ref: '#/components/schemas/Content' } }]
                """)
        let request = generated.result.api?.types.first { $0.swiftName == "CreateDocRequest" }
        #expect(request?.nested.map(\.swiftName) == ["ContentUnion"])
        #expect(generated.file("Models/CreateDocRequest.swift").contains("[Content]"))
    }

    @Test func anInlineSchemaWhoseNameIsTakenIsNumbered() throws {
        // PUT and POST: of a GET on the collection path, the rule would make `list`.
        let generated = try generate(
            """
              /a:
                put:
                  operationId: things_list
                  parameters: [{ name: scope, in: query, schema: { type: string, enum: [global, enterprise] } }]
                  responses: { '200': { description: ok } }
                post:
                  operationId: things_list
                  parameters: [{ name: scope, in: query, schema: { type: string, enum: [user] } }]
                  responses: { '200': { description: ok } }
            """)
        let names = Set(generated.result.api?.types.map(\.swiftName) ?? [])
        #expect(names.isSuperset(of: ["AThingsListScope", "AThingsListScope2"]))
        // Both would be `thingsList`: the second takes its method in front.
        let operations = generated.result.api?.resources.first?.operations.map(\.swiftName)
        #expect(operations == ["thingsList", "postThingsList"])
        #expect(generated.warnings.count == 3)
    }

    @Test func aUnionPathParameterIsTakenAsAString() throws {
        let generated = try generate(
            """
              /keys/{key}:
                get:
                  operationId: keys_get
                  parameters: [{ name: key, in: path, required: true, schema: { anyOf: [{ type: integer }, { type: string }] } }]
                  responses: { '200': { description: ok } }
            """)
        #expect(generated.result.api?.resources.first?.operations.first?.parameters.first?.type == .builtin(.string))
        #expect(generated.warnings.count == 1)
    }

    @Test func additionalPropertiesBesideProperties() throws {
        let generated = try generate(
            "  /labels: { get: { operationId: labels_list, responses: { '200': { description: ok } } } }",
            components: """
                    Labels:
                      type: object
                      properties:
                        name: { type: string }
                        additionalProperties: { type: boolean }
                      additionalProperties: { type: integer }
                """)
        let source = generated.file("Models/Labels.swift")
        #expect(source.contains("public var undeclaredProperties: [String: Int]"))
        // Compared without whitespace: a long call is broken one argument per line.
        let code = source.filter { !$0.isWhitespace }
        #expect(code.contains(#"trycontainer.decodeAdditionalProperties(Int.self,excluding:["name","additionalProperties"])"#))
        #expect(code.contains(#"trycontainer.encodeAdditionalProperties(undeclaredProperties,excluding:["name","additionalProperties"])"#))
        #expect(generated.warnings.count == 1)
    }
}
