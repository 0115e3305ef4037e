import Testing

@testable import JulepGenKit

/// The rule that groups operations into resources and names their methods (docs/openapi.md,
/// "Resources and methods"), on small made-up documents shaped like the corpus's.
@Suite("Resources and methods")
struct ResourceNamingTests {
    typealias Operation = ResourceNaming.Operation

    /// `op("GET", "/users", "get_users", tags: ["Users"])`.
    static func op(_ method: String, _ path: String, _ id: String, tags: [String] = []) -> Operation {
        Operation(operationID: id, tags: tags, method: method.lowercased(), path: path)
    }

    static func names(_ operations: [Operation], apiName: String = "Example") -> [String] {
        ResourceNaming.names(for: operations, apiName: apiName).map { $0.resource + "." + $0.operation }
    }

    /// Resources named after tags carry the tags' descriptions (the README's resource lines, the
    /// resource type's doc comment).
    @Test func aTagsDescriptionDocumentsItsResource() throws {
        let document = """
            openapi: 3.1.0
            info: { title: Museum, version: "1" }
            tags:
              - { name: Events, description: Special events hosted by the museum. }
              - { name: Tickets }
            paths:
              /events:
                get: { operationId: listSpecialEvents, tags: [Events], responses: { '204': { description: None. } } }
              /tickets:
                post: { operationId: buyMuseumTickets, tags: [Tickets], responses: { '204': { description: None. } } }
            """
        let result = try TestSupport.generate(["openapi.yaml": document], root: "openapi.yaml")
        let events = try #require(result.files.first { $0.path.hasSuffix("EventsResource.swift") }).contents
        #expect(events.contains("/// Special events hosted by the museum.\n"))
        let readme = try #require(result.files.first { $0.path.hasSuffix("README.md") }).contents
        #expect(readme.contains("Special events hosted by the museum. Methods: `listSpecial`."))
        #expect(readme.contains("The `tickets` operations. Methods: `buy`."))
    }

    @Test func versionSegmentsAreNamespaces() {
        #expect(PathNouns.version("v1") == "v1")
        #expect(PathNouns.version("V2010") == "v2010")
        #expect(PathNouns.version("v2beta1") == "v2beta1")
        #expect(PathNouns.version("2010-04-01") == "v2010")
        #expect(PathNouns.version("v1.0") == "v1")
        #expect(PathNouns.version("v2.1") == "v2_1")
        #expect(PathNouns.version("v1.2.3") == "v1_2_3")
        #expect(PathNouns.version("v2_1") == "v2_1")
        #expect(PathNouns.version("users") == nil)
        #expect(PathNouns.version("values") == nil)
        // A number without `v`: a version before the path's first parameter only.
        #expect(PathNouns(path: "/2.0/repositories/{username}").resources == ["v2", "repositories"])
        #expect(PathNouns(path: "/2.1/users").resources == ["v2_1", "users"])
        #expect(PathNouns(path: "/2/tweets").resources == ["v2", "tweets"])
        #expect(PathNouns(path: "/users/{user_id}/folders/0").resources.allSatisfy { PathNouns.version($0) == nil })
    }

    @Test func aVersionedPathGivesANamespace() {
        let operations = [
            Self.op("GET", "/2.0/repositories/{username}", "getRepositoriesByOwner"),
            Self.op("POST", "/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge", "mergePullRequest"),
        ]
        #expect(Self.names(operations) == ["v2.repositories.getByOwner", "v2.repositories.pullrequests.merge"])
    }

    @Test func aLeadingNumberIsSpelledOut() {
        #expect(ResourceNaming.spelledNumber("1") == "one")
        #expect(ResourceNaming.spelledNumber("20") == "twenty")
        #expect(ResourceNaming.spelledNumber("42") == "forty two")
        #expect(ResourceNaming.spelledNumber("404") == "four zero four")
        #expect(ResourceNaming.spelledNumber("07") == "zero seven")
        #expect(ResourceNaming.spelledNumber("v1") == nil)
        let operations = [
            Self.op("GET", "/v2/1-clicks", "oneClicks_list", tags: ["1-Click Applications"]),
            Self.op("POST", "/v2/1-clicks/verify", "2fa_verify", tags: ["1-Click Applications"]),
        ]
        #expect(Self.names(operations) == ["oneClickApplications.list", "oneClickApplications.twoFaVerify"])
    }

    /// `/v1/Messaging/GeoPermissions` with `FetchMessagingGeopermissions`: one noun, two spellings.
    @Test func nounsAreComparedInLowerCaseAndRunTogether() {
        let operations = [
            Self.op("GET", "/v1/Messaging/GeoPermissions", "FetchMessagingGeopermissions"),
            Self.op("PATCH", "/v1/Messaging/GeoPermissions", "UpdateMessagingGeopermissions"),
            Self.op("GET", "/repositories/{slug}/pullrequests", "getPullRequests"),
        ]
        #expect(
            Self.names(operations) == [
                "v1.messaging.geoPermissions.fetch", "v1.messaging.geoPermissions.update", "repositories.pullrequests.get",
            ])
    }

    /// Box's ids spell their paths: `get_folders_id` and `get_folders_id_items` would both be `get`.
    @Test func theItemAndCollectionPathsTakeGetAndList() {
        let operations = [
            Self.op("GET", "/users", "get_users", tags: ["Users"]),
            Self.op("GET", "/users/{user_id}", "get_users_id", tags: ["Users"]),
            Self.op("GET", "/users/me", "get_users_me", tags: ["Users"]),
            Self.op("GET", "/folders/{folder_id}", "get_folders_id", tags: ["Folders"]),
            Self.op("GET", "/folders/{folder_id}/items", "get_folders_id_items", tags: ["Folders"]),
            Self.op("GET", "/files/{file_id}/comments", "get_files_id_comments", tags: ["Comments"]),
            Self.op("GET", "/comments/{comment_id}", "get_comments_id", tags: ["Comments"]),
        ]
        #expect(
            Self.names(operations, apiName: "Box Platform") == [
                "users.list", "users.get", "users.getMe", "folders.get", "folders.getItems", "comments.list", "comments.get",
            ])
    }

    /// Discord's `get_guild` and `get_guild_preview`: `Preview` is in the API's name, so both
    /// would be `get`; the deeper path keeps its word.
    @Test func aDeeperPathKeepsItsWords() {
        let operations = [
            Self.op("GET", "/guilds/{guild_id}", "get_guild"),
            Self.op("GET", "/guilds/{guild_id}/preview", "get_guild_preview"),
            Self.op("GET", "/applications/{application_id}/entitlements", "get_entitlements"),
            Self.op("GET", "/applications/{application_id}/entitlements/{entitlement_id}", "get_entitlement"),
        ]
        #expect(
            Self.names(operations, apiName: "Discord HTTP API (Preview)") == [
                "guilds.get", "guilds.getPreview", "applications.entitlements.list", "applications.entitlements.get",
            ])
    }

    /// Of several collection paths, the one with the fewest parameters before the noun is `list`;
    /// the others keep their full names.
    @Test func theNearestCollectionPathIsTheResources() {
        let tags = ["Collaborations (List)"]
        let operations = [
            Self.op("GET", "/files/{file_id}/collaborations", "get_files_id_collaborations", tags: tags),
            Self.op("GET", "/collaborations", "get_collaborations", tags: tags),
            Self.op("GET", "/groups/{group_id}/collaborations", "get_groups_id_collaborations", tags: tags),
        ]
        #expect(
            Self.names(operations, apiName: "Box Platform") == [
                "collaborationsList.getFilesIdCollaborations", "collaborationsList.list",
                "collaborationsList.getGroupsIdCollaborations",
            ])
    }

    /// A name a method has without meeting another stays with it: DigitalOcean's `databases_get`
    /// (a database in a cluster) keeps `get`, so the cluster's GET keeps `getCluster`.
    @Test func aNameAlreadyGivenIsNotTakenAgain() {
        let tags = ["Databases"]
        let operations = [
            Self.op("GET", "/v2/databases/{database_cluster_uuid}", "databases_get_cluster", tags: tags),
            Self.op("GET", "/v2/databases/{database_cluster_uuid}/dbs/{database_name}", "databases_get", tags: tags),
            Self.op("GET", "/v2/databases/metrics/credentials", "databases_get_cluster_metrics_credentials", tags: tags),
        ]
        #expect(
            Self.names(operations, apiName: "DigitalOcean") == [
                "databases.getCluster", "databases.get", "databases.getClusterMetricsCredentials",
            ])
    }

    @Test func theRuleIsTheSameOnEveryRun() {
        let operations = [
            Self.op("GET", "/guilds/{guild_id}", "get_guild"),
            Self.op("GET", "/guilds/{guild_id}/preview", "get_guild_preview"),
            Self.op("GET", "/users", "get_users"),
            Self.op("GET", "/users/{user_id}", "get_users_id"),
        ]
        let first = Self.names(operations, apiName: "Discord HTTP API (Preview)")
        for _ in 0..<20 { #expect(Self.names(operations, apiName: "Discord HTTP API (Preview)") == first) }
    }
}
