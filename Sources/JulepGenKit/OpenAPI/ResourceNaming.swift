import Foundation

/// Groups an OpenAPI document's operations into (nested) resources and names their methods, the
/// way the API's own SDKs do (docs/openapi.md, "Resources and methods"):
///
/// - **Resources.** When every operation has a tag and the tags are words (`Files`,
///   `Trashed files`, not generated identifiers such as `Api20100401Account`), an operation
///   belongs to its first tag. Otherwise to the nouns of its path: `/channels/{channel_id}/messages`
///   → `channels.messages`, a version segment becoming a namespace (`/2010-04-01/Accounts.json` →
///   `v2010.accounts`, `/v1/files` → `v1.files`); path parameters, `@me`-style segments and file
///   extensions are skipped. A last segment that is not a plural noun names an action on the
///   resource before it (`/channels/{id}/typing`, `/guilds/{id}/widget`).
/// - **Methods.** The operationId's words without those the resource already says (its nouns,
///   singular or plural, and the API's name): `create_message` in `channels.messages` → `create`,
///   `ListAccount` in `v2010.accounts` → `list`. Nothing left gives the verb of the HTTP method
///   (`list`/`get`, `create`, `update`, `delete`). When two methods of a resource would meet, both
///   keep their full names. Without an operationId: that verb and the action's words.
///
/// The overlay's names (`resources`, `operations`) are applied afterwards and always win.
struct ResourceNaming {
    struct Operation {
        var operationID: String?
        var tags: [String]
        /// Lower case: `get`, `post`, …
        var method: String
        var path: String
    }

    struct Name: Equatable {
        /// Dotted for a nested resource: `channels.messages`.
        var resource: String
        var operation: String
    }

    static let httpMethods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// Names for `operations`, in order. `apiName` is the API's name in words (`Redocly Museum`),
    /// which methods need not repeat.
    static func names(for operations: [Operation], apiName: String) -> [Name] {
        let byTags = tagsNameResources(operations)
        let apiWords = Set(SwiftNaming.splitWords(apiName).map { $0.lowercased() })
        var drafts: [(resource: String, short: String, plain: String, full: String)] = []
        for operation in operations {
            let place = PathNouns(path: operation.path)
            let resource: String
            let pathWords = Set(place.resources.flatMap { SwiftNaming.splitWords($0) }.map { $0.lowercased() })
            // The resource's own name: a first word that is one of them is not the verb.
            let named: Set<String>
            if byTags, let tag = operation.tags.first {
                resource = SwiftNaming.memberName(tag)
                named = Set(SwiftNaming.splitWords(tag).map { $0.lowercased() })
            } else {
                resource = place.resourceName
                named = pathWords
            }
            // The path's nouns are said too: the tag `Events` of `/special-events`.
            let said = apiWords.union(named).union(pathWords)
            let full = fullName(operation, action: place.action)
            let short =
                shortName(operation, action: place.action, isItem: place.isItem, said: said, named: named) ?? full
            // Without the deeper path's nouns: `droplets_list_backups` (GET /droplets/{id}/backups)
            // is `listBackups` when `list` is taken by `droplets_list`.
            // Not for ids that spell the path (`get_files_id_collaborations`, Box): there the
            // deeper nouns are what the id says, so without them it would read as another call.
            let spellsPath = operation.operationID.map { id in
                id.contains("_") && SwiftNaming.splitWords(id).first.map { httpMethods.contains($0.lowercased()) } == true
            } ?? false
            let plain = spellsPath
                ? full
                : shortName(
                    operation, action: place.action, isItem: place.isItem, said: apiWords.union(named), named: named,
                    wholeID: true) ?? full
            drafts.append((resource, short, plain, full))
        }
        // A short name two methods of one resource would share: each takes its name without the
        // deeper path's nouns, and those that still meet keep their full names.
        func counts(_ names: [String]) -> [String: Int] {
            var counts: [String: Int] = [:]
            for (draft, name) in zip(drafts, names) { counts[draft.resource + " " + name, default: 0] += 1 }
            return counts
        }
        let shortCounts = counts(drafts.map(\.short))
        let isShared = drafts.map { shortCounts[$0.resource + " " + $0.short, default: 0] > 1 }
        // A short name no other method wanted is kept; the others yield to it.
        let kept = Set(zip(drafts, isShared).filter { !$1 }.map { $0.0.resource + " " + $0.0.short })
        let chosen = zip(drafts, isShared).map { draft, shared in
            guard shared else { return draft.short }
            return kept.contains(draft.resource + " " + draft.plain) ? draft.full : draft.plain
        }
        let chosenCounts = counts(chosen)
        return zip(drafts, chosen).map { draft, name in
            Name(resource: draft.resource, operation: chosenCounts[draft.resource + " " + name, default: 0] > 1 ? draft.full : name)
        }
    }

    /// Whether the tags name resources: every operation has one, and none is an identifier with
    /// a version or date run into it (`Api20100401Account`, `VerifyV2Service`; `Reserved IPv6`,
    /// words, is fine).
    static func tagsNameResources(_ operations: [Operation]) -> Bool {
        guard !operations.isEmpty, operations.allSatisfy({ !$0.tags.isEmpty }) else { return false }
        return !operations.contains { operation in
            operation.tags.contains { tag in
                guard !tag.contains(" ") else { return false }
                let scalars = Array(tag.unicodeScalars)
                return zip(scalars, scalars.dropFirst()).contains { pair in
                    pair.0.properties.isAlphabetic && ("0"..."9").contains(pair.1)
                }
            }
        }
    }

    /// The operationId as a member name (`AgentsRoute_create` → `agentsRouteCreate`,
    /// `create_message` → `createMessage`); without one, the HTTP verb and the action.
    static func fullName(_ operation: Operation, action: String?) -> String {
        guard let id = operation.operationID, !SwiftNaming.splitWords(id).isEmpty else {
            return SwiftNaming.memberName(([operation.method] + (action.map { [$0] } ?? [])).joined(separator: " "))
        }
        return SwiftNaming.memberName(id)
    }

    /// `AgentsRoute_createOrUpdate`, `sshKeys_get`: the part after a prefix in camel case is the
    /// operation's name (the prefix names a controller); otherwise every word of the id.
    private static func idWords(_ id: String) -> [String] {
        if let underscore = id.firstIndex(of: "_"), id[..<underscore].contains(where: \.isUppercase) {
            let rest = SwiftNaming.splitWords(String(id[id.index(after: underscore)...]))
            if !rest.isEmpty { return rest }
        }
        return SwiftNaming.splitWords(id)
    }

    /// The full name's words without those the resource says; `nil` when that leaves nothing
    /// but the full name itself (the caller then uses it).
    /// `wholeID`: every word of the operationId, a controller prefix (`billingHistory_list`) too.
    static func shortName(
        _ operation: Operation, action: String?, isItem: Bool, said: Set<String>, named: Set<String>, wholeID: Bool = false
    ) -> String? {
        let verb = verb(method: operation.method, isItem: isItem)
        guard let id = operation.operationID, !SwiftNaming.splitWords(id).isEmpty else {
            return SwiftNaming.memberName(([verb] + (action.map { [$0] } ?? [])).joined(separator: " "))
        }
        var words = wholeID ? SwiftNaming.splitWords(id) : idWords(id)
        // `get_files_id`, `post_files_id_copy` (Box): the method and `id` say nothing a Swift
        // name needs; `post` with more to say is that action, `put` an update.
        if id.contains("_"), let first = words.first?.lowercased(), httpMethods.contains(first) {
            words.removeFirst()
            words.removeAll { $0.lowercased() == "id" }
            let kept = words.filter { !isSaid($0, said) }
            switch first {
            case "post": return SwiftNaming.memberName((kept.isEmpty ? ["create"] : kept).joined(separator: " "))
            case "put", "patch": return SwiftNaming.memberName((["update"] + kept).joined(separator: " "))
            default: return SwiftNaming.memberName(([first] + kept).joined(separator: " "))
            }
        }
        // The first word is the verb (`ban_user_from_guild` in `guilds.bans` → `banUser`), unless
        // it is a noun the resource has as written (`applications_get_activity_instance`).
        var kept = words.enumerated().filter { index, word in
            index == 0 ? !named.contains(word.lowercased()) : !isSaid(word, said)
        }.map(\.element)
        while let last = kept.last, prepositions.contains(last.lowercased()) { kept.removeLast() }
        // Nothing left, or only a word like `my`: the verb of the HTTP method.
        if kept.isEmpty || kept.allSatisfy({ ["my", "all"].contains($0.lowercased()) }) {
            return verb
        }
        return SwiftNaming.memberName(kept.joined(separator: " "))
    }

    private static let prepositions: Set<String> = ["by", "of", "for", "from", "to", "in", "on", "with"]

    /// Whether the resource says `word`: as written, singular or plural.
    private static func isSaid(_ word: String, _ said: Set<String>) -> Bool {
        let lower = word.lowercased()
        if said.contains(lower) { return true }
        return PathNouns.singulars(lower).contains { said.contains($0) } || said.contains(lower + "s")
            || said.contains(lower + "es") || (lower.hasSuffix("y") && said.contains(lower.dropLast() + "ies"))
    }

    /// The verb of a method: `list` or `get` (a collection or an item), `create`, `update`, `delete`.
    static func verb(method: String, isItem: Bool) -> String {
        switch method {
        case "get": return isItem ? "get" : "list"
        case "post": return "create"
        case "put", "patch": return "update"
        case "delete": return "delete"
        default: return method
        }
    }
}

/// The resource nouns of a path: `/2010-04-01/Accounts/{AccountSid}/Calls.json` →
/// `["v2010", "accounts", "calls"]`; the last segment when it is an action instead (`typing`).
struct PathNouns {
    /// Member names, outermost first; a version namespace first when the path has one.
    var resources: [String] = []
    /// A last segment that names an action on the resource (`bulk-delete`, `widget`).
    var action: String?
    /// Whether the path ends with a parameter (`/pets/{id}`): the operation acts on one item.
    var endsWithParameter = false

    init(path: String) {
        let segments = path.split(separator: "/").map(String.init)
        endsWithParameter = segments.last?.hasPrefix("{") ?? false
        // Literal segments with a name (nil: a parameter); `@me` and the like say nothing.
        var literals: [String?] = []
        for raw in segments {
            if raw.hasPrefix("{") || raw.hasPrefix(":") {
                literals.append(nil)
                continue
            }
            let segment = Self.withoutExtension(raw)
            if raw.hasPrefix("@") || SwiftNaming.splitWords(segment).isEmpty { continue }
            literals.append(segment)
        }
        // The run of literal singular segments that ends the path acts on the resource before it
        // (`/channels/{id}/typing`, `/unmerge/bot`): it is an action, not a resource.
        var actionStart = literals.count
        while actionStart > 0, let segment = literals[actionStart - 1], Self.version(segment) == nil,
            !Self.isPlural(segment)
        {
            actionStart -= 1
        }
        let nouns = literals[..<actionStart].compactMap { $0 }
        if actionStart < literals.count, nouns.contains(where: { Self.version($0) == nil }) {
            action = SwiftNaming.memberName(literals[actionStart...].compactMap { $0 }.joined(separator: " "))
        } else {
            actionStart = literals.count
        }
        resources = literals[..<actionStart].compactMap { $0 }.map { Self.version($0) ?? SwiftNaming.memberName($0) }
    }

    /// Whether the operation acts on one thing: the path ends with a parameter, or its resource is
    /// a singular noun (`/health`, `/account`), so a GET is `get`, not `list`.
    var isItem: Bool {
        guard !endsWithParameter, let last = resources.last else { return true }
        return PathNouns.version(last) == nil && !Self.isPlural(last)
    }

    /// The dotted resource name; `default` for a path without nouns (`/`).
    var resourceName: String {
        var names = resources
        if names.allSatisfy({ Self.version($0) != nil }), let action {
            names.append(action)
        }
        if names.isEmpty || names.allSatisfy({ Self.version($0) != nil }) { names.append("default") }
        return names.joined(separator: ".")
    }

    /// `Accounts.json` → `Accounts`: a short alphabetic extension is not part of the name.
    static func withoutExtension(_ segment: String) -> String {
        guard let dot = segment.lastIndex(of: "."), dot != segment.startIndex else { return segment }
        let suffix = segment[segment.index(after: dot)...]
        guard (1...5).contains(suffix.count), suffix.allSatisfy(\.isLetter) else { return segment }
        return String(segment[..<dot])
    }

    /// `v1`, `v2beta1`, `V2010` → themselves in lower case; `2010-04-01` → `v2010`; else `nil`.
    static func version(_ segment: String) -> String? {
        let lower = segment.lowercased()
        let scalars = Array(lower.unicodeScalars)
        let digits = CharacterSet.decimalDigits
        if scalars.count >= 2, scalars[0] == "v", digits.contains(scalars[1]),
            scalars.allSatisfy({ digits.contains($0) || CharacterSet.lowercaseLetters.contains($0) })
        {
            return lower
        }
        // A date: 2010-04-01.
        let parts = lower.split(separator: "-")
        if parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            return "v" + parts[0]
        }
        return nil
    }

    /// `messages`, `Accounts`, `special-events`, `1-clicks`: the last word ends in `s`
    /// (not `ss`, `us`, `is`: `access`, `status`, `analysis`).
    static func isPlural(_ segment: String) -> Bool {
        guard let last = SwiftNaming.splitWords(segment).last?.lowercased(), last.count > 2 else { return false }
        return last.hasSuffix("s") && !last.hasSuffix("ss") && !last.hasSuffix("us") && !last.hasSuffix("is")
    }

    /// `categories` → `category`, `boxes` → `box`, `messages` → `message`, `messag`.
    static func singulars(_ word: String) -> [String] {
        var result: [String] = []
        if word.hasSuffix("ies") { result.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es") { result.append(String(word.dropLast(2))) }
        if word.hasSuffix("s") { result.append(String(word.dropLast())) }
        return result
    }
}
