import Testing

@testable import JulepGenKit

/// Issue 22, friction 1, 2 and 4: `shortcuts:` (manager methods that call an operation with one
/// variant of its union body, `cancelExecution(id:reason:)`, `embed(_:)`) and `returns: { fetch: list }`
/// (an updated object found in a paginated list when no route reads one).
@Suite("Shortcuts and fetching from a list")
struct ShortcutAndListFetchTests {
    static func spec(shortcuts: String = "", returns: String = "{ type: Item, fetch: list }") -> String {
        TestSupport.rootPreamble + "\n" + """
            types:
              Item:
                properties:
                  id: { type: uuid, readOnly: true }
                  name: string
              ItemList:
                properties:
                  items: list<Item>
              Stop:
                properties:
                  reason: { type: string?, default: null }
              Resume:
                properties:
                  input?: map<json>
              Change:
                union:
                  discriminator: status
                  variants:
                    stopped: Stop
                    running: Resume
              Ack:
                properties:
                  id: uuid
              Words:
                properties:
                  text: string
              Texts:
                properties:
                  text: { type: list<string>, minItems: 1 }
              EmbedRequest:
                union: [Words, Texts]
              Vectors:
                properties:
                  vectors: list<list<double>>
            resources:
              items:
                operations:
                  list:
                    method: GET
                    path: /shelves/{shelf}/items
                    pathParams: { shelf: uuid }
                    query:
                      limit: { type: int, default: 10 }
                      offset: { type: int, default: 0 }
                    response: ItemList
                    pagination: offset
                  change:
                    method: PUT
                    path: /shelves/{shelf}/items/{id}
                    pathParams: { shelf: uuid, id: uuid }
                    body: { type: Change }
                    response: Ack
                    returns: \(returns)
            \(shortcuts)
                  embed:
                    method: POST
                    path: /embed
                    body: { type: EmbedRequest, swiftName: query }
                    response: Vectors
                    shortcuts:
                      - { name: embed, variant: Words, unlabeled: text, returns: vectors.0 }
                      - { name: embed, variant: Texts, unlabeled: text, returns: vectors }
            """
    }

    /// Under `change:` (operation keys are indented by 8 in `spec`).
    static let stopShortcut = "        shortcuts:\n          - { name: stop, variant: stopped, docs: Stop it. }"

    private func resource(_ spec: String) throws -> String {
        let result = try TestSupport.generate(["api.yaml": spec])
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        return try #require(result.files.first { $0.path == "Sources/Demo/Resources/ItemsResource.swift" }).contents
    }

    private func errors(_ spec: String) throws -> [String] {
        try TestSupport.diagnostics(spec).filter { $0.contains("error:") }
    }

    @Test func aShortcutCallsTheOperationWithItsVariant() throws {
        let items = try resource(Self.spec(shortcuts: Self.stopShortcut))
        #expect(items.contains("""
                public func stop(
                    shelf: some UUIDConvertible,
                    id: some UUIDConvertible,
                    reason: String? = nil,
                    options: RequestOptions? = nil
                ) async throws -> Item {
                    try await change(shelf: shelf, id: id, body: .stopped(Stop(reason: reason)), options: options)
                }
            """))
    }

    @Test func shortcutsMayShareANameWhenTheirArgumentsDiffer() throws {
        let items = try resource(Self.spec())
        #expect(items.contains("""
                public func embed(
                    _ text: String,
                    options: RequestOptions? = nil
                ) async throws -> [Double] {
                    let result = try await withRawResponse.embed(query: .words(Words(text: text)), options: options)
                    guard let value1 = result.value.vectors.first else {
                        throw DemoError(
                            kind: .decoding,
                            message: "The answer has no value at `vectors.0`.",
                            statusCode: result.statusCode,
                            headers: result.headers,
                            body: result.body
                        )
                    }
                    return value1
                }
            """))
        #expect(items.contains("""
                ) async throws -> [[Double]] {
                    try ParameterValidation.check(text, "text", minItems: 1)
                    return try await withRawResponse.embed(query: .texts(Texts(text: text)), options: options).value.vectors
                }
            """))
    }

    @Test func anUpdatedObjectIsFoundInTheList() throws {
        let items = try resource(Self.spec())
        #expect(items.contains("""
                    let response = try await withRawResponse.change(shelf: shelf, id: id, body: body, options: options).value
                    for try await item in listAll(shelf: shelf, options: options) where item.id == response.id {
                        return item
                    }
                    throw DemoError(
                        kind: .notFound,
                        message: "No Item with the ID \\(response.id) in `listAll` (deleted meanwhile?)."
                    )
            """))
    }

    @Test func mistakesAreReported() throws {
        let unknownVariant = try errors(Self.spec(shortcuts: Self.stopShortcut.replacingOccurrences(of: "variant: stopped", with: "variant: paused")))
        #expect(unknownVariant.contains { $0.contains("'Change' has no variant 'paused'") }, "\(unknownVariant)")

        let notFirst = try errors(Self.spec(shortcuts: Self.stopShortcut.replacingOccurrences(of: "docs: Stop it.", with: "unlabeled: reason")))
        #expect(notFirst.contains { $0.contains("'unlabeled' names the first argument, which is 'shelf' here") }, "\(notFirst)")

        let same = try errors(Self.spec(shortcuts: Self.stopShortcut + "\n" + Self.stopShortcut.split(separator: "\n").last!))
        #expect(same.contains { $0.contains("takes the same required arguments") }, "\(same)")

        let badPath = try errors(Self.spec(shortcuts: Self.stopShortcut.replacingOccurrences(of: "docs: Stop it.", with: "returns: colour")))
        #expect(badPath.contains { $0.contains("'Item' has no property 'colour'") }, "\(badPath)")

        let notUnion = try errors(Self.spec().replacingOccurrences(of: "body: { type: EmbedRequest, swiftName: query }", with: "body: { type: Words, swiftName: query }"))
        #expect(notUnion.contains { $0.contains("must be a union passed whole") }, "\(notUnion)")
    }

    @Test func aListMustHoldTheObjectAndTakeTheOperationsArguments() throws {
        let wrongItems = try errors(Self.spec(returns: "{ type: Ack, fetch: list }"))
        #expect(wrongItems.contains { $0.contains("the items of 'list' are 'Item', not 'Ack'") }, "\(wrongItems)")
        let missingArgument = try errors(
            Self.spec()
                .replacingOccurrences(of: "path: /shelves/{shelf}/items/{id}", with: "path: /items/{id}")
                .replacingOccurrences(of: "pathParams: { shelf: uuid, id: uuid }", with: "pathParams: { id: uuid }"))
        #expect(missingArgument.contains { $0.contains("has no argument 'shelf'") }, "\(missingArgument)")
    }
}
