import Testing

@testable import JulepGenKit

/// The fields of a flattened body are arguments like any other: IDs take a `UUID` or a `String`,
/// and the spec's limits are checked before anything is sent.
@Suite("Flattened body arguments")
struct BodyArgumentTests {
    static let spec = TestSupport.rootPreamble + "\n" + """
        types:
          Ratio:
            alias: double
            minimum: 0
            maximum: 1
          Meeting:
            properties:
              host: uuid
              guest?: uuid
              members: { type: list<uuid>, minItems: 2 }
              observers?: list<uuid>
              former: { type: list<uuid>, default: [] }
              temperature?: { type: float, maximum: 5 }
              ratio: Ratio
              title: { type: string, maxLength: 20 }
              note?: { type: string?, maxLength: 3 }
        resources:
          meetings:
            operations:
              create:
                method: POST
                path: /meetings
                body: { type: Meeting, flatten: true }
                response: { type: Meeting }
        """

    private func resource() throws -> String {
        let result = try TestSupport.generate(["api.yaml": Self.spec])
        #expect(result.succeeded, "\(result.diagnostics.sorted)")
        return try #require(result.files.first { $0.path == "Sources/Demo/Resources/MeetingsResource.swift" }).contents
    }

    @Test func idArgumentsTakeAUUIDOrAString() throws {
        let resource = try resource()
        #expect(resource.contains("""
                public func create(
                    host: some UUIDConvertible,
                    guest: (any UUIDConvertible)? = nil,
                    members: [some UUIDConvertible],
                    observers: [any UUIDConvertible]? = nil,
                    former: [any UUIDConvertible] = [],
            """))
        #expect(resource.contains("""
                    let body = Meeting(
                        host: try host.validatedUUID(argument: "host"),
                        guest: try guest?.validatedUUID(argument: "guest"),
                        members: try members.map { try $0.validatedUUID(argument: "members") },
                        observers: try observers?.map { try $0.validatedUUID(argument: "observers") },
                        former: try former.map { try $0.validatedUUID(argument: "former") },
            """))
    }

    @Test func theBodysLimitsAreCheckedBeforeSending() throws {
        let resource = try resource()
        #expect(resource.contains("""
                    try ParameterValidation.check(members, "members", minItems: 2)
                    try ParameterValidation.check(temperature, "temperature", maximum: 5)
                    try ParameterValidation.check(ratio, "ratio", minimum: 0, maximum: 1)
                    try ParameterValidation.check(title, "title", maxLength: 20)
                    var request = APIRequest(
            """))
        #expect(!resource.contains(#"check(note"#), "Nullable<String>? is not checked")
    }
}
