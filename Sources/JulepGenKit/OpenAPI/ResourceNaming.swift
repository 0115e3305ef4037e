import Foundation

/// Groups an OpenAPI document's operations into (nested) resources and names their methods, the
/// way the API's own SDKs do (docs/openapi.md, "Resources and methods"):
///
/// - **Resources.** When every operation has a tag and the tags are words (`Files`,
///   `Trashed files`, not generated identifiers such as `Api20100401Account`), an operation
///   belongs to its first tag. Otherwise to the nouns of its path: `/channels/{channel_id}/messages`
///   → `channels.messages`, a version segment becoming a namespace (`/2010-04-01/Accounts.json` →
///   `v2010.accounts`, `/v1/files` → `v1.files`, `/2.0/repositories` → `v2.repositories`; see
///   `PathNouns.version`); path parameters, `@me`-style segments and file extensions are skipped.
///   A last segment that is not a plural noun names an action on the resource before it
///   (`/channels/{id}/typing`, `/guilds/{id}/widget`).
/// - **Methods.** The operationId's words without those the resource already says (its nouns,
///   singular or plural, in lower case, alone or run together, and the API's name):
///   `create_message` in `channels.messages` → `create`, `ListAccount` in `v2010.accounts` →
///   `list`, `FetchMessagingGeopermissions` in `v1.messaging.geoPermissions` → `fetch`. Nothing
///   left gives the verb of the HTTP method (`list`/`get`, `create`, `update`, `delete`). Without an
///   operationId: that verb and the action's words.
/// - **Methods that would meet** are named again: first without only the resource's own nouns
///   (`droplets.listBackups` beside `droplets.list`); those that still meet, or would keep their
///   full names, by where their path stands to the resource (`PathPlace`): the GET on its item
///   path (`/guilds/{guild_id}`) takes `get`, the GET on its collection path (`/users`) `list`, a
///   method on a deeper path the words that path adds (`get_guild_preview` → `getPreview`,
///   `get_folders_id_items` → `getItems`), when no other method has that name; the rest keep their
///   full names.
/// - **Numbers.** A name cannot start with a digit: a leading number is spelled out
///   (`1-Click Applications` → `oneClickApplications`).
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
        let apiWords = nounWords(apiName)
        struct Draft {
            var resource: String
            var short: String
            var plain: String
            var full: String
            /// The name of a method on a deeper path with the words that path adds (`getPreview`).
            var deeper: String?
            var method: String
            var place: PathPlace
        }
        var drafts: [Draft] = []
        for operation in operations {
            let place = PathNouns(path: operation.path)
            let resource: String
            let pathWords = Set(place.resources.flatMap(nounWords))
            // The resource's own name: a first word that is one of them is not the verb.
            let named: Set<String>
            if byTags, let tag = operation.tags.first {
                resource = SwiftNaming.memberName(tag)
                named = nounWords(tag)
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
            let placeOnPath = PathPlace(path: place, named: named)
            // On a deeper path: the id's words without the resource's, keeping those the deeper
            // path adds (`get_guild_preview` → `getPreview`, though `preview` is in the API's name).
            var deeper: String?
            if case .deeper(let words) = placeOnPath.kind {
                let added = Set(words.flatMap(nounWords))
                deeper = shortName(
                    operation, action: place.action, isItem: place.isItem, said: said.subtracting(added), named: named)
            }
            drafts.append(
                Draft(
                    resource: resource, short: short, plain: plain, full: full, deeper: deeper, method: operation.method,
                    place: placeOnPath))
        }
        // A short name two methods of one resource would share: each takes its name without the
        // deeper path's nouns, and a name another method has on its own stays with it.
        func key(_ index: Int, _ name: String) -> String { drafts[index].resource + " " + name }
        func counts(_ names: [String]) -> [String: Int] {
            var counts: [String: Int] = [:]
            for (index, name) in names.enumerated() { counts[key(index, name), default: 0] += 1 }
            return counts
        }
        let shortCounts = counts(drafts.map(\.short))
        let isShared = drafts.indices.map { shortCounts[key($0, drafts[$0].short), default: 0] > 1 }
        // A short name no other method wanted is kept; the others yield to it.
        let kept = Set(drafts.indices.filter { !isShared[$0] }.map { key($0, drafts[$0].short) })
        var chosen = drafts.indices.map { index -> String in
            guard isShared[index] else { return drafts[index].short }
            return kept.contains(key(index, drafts[index].plain)) ? drafts[index].full : drafts[index].plain
        }
        // Those that would still meet, or keep their full names: in each set that wanted one
        // short name, the GET on the resource's item path takes `get`, the GET on its collection
        // path `list`, a method on a deeper path that path's words, when no other method has the
        // name; the rest keep their full names.
        let firstCounts = counts(chosen)
        let fallingBack = drafts.indices.filter { index in
            isShared[index] && (firstCounts[key(index, chosen[index]), default: 0] > 1 || chosen[index] == drafts[index].full)
        }
        let isFallingBack = Set(fallingBack)
        var taken = Set(drafts.indices.filter { !isFallingBack.contains($0) }.map { key($0, chosen[$0]) })
        var groups: [String: [Int]] = [:]
        var groupOrder: [String] = []
        for index in fallingBack {
            let group = key(index, drafts[index].short)
            if groups[group] == nil { groupOrder.append(group) }
            groups[group, default: []].append(index)
        }
        for group in groupOrder {
            let members = groups[group] ?? []
            var given: Set<Int> = []
            func give(_ name: String, to index: Int) {
                guard !given.contains(index), taken.insert(key(index, name)).inserted else { return }
                chosen[index] = name
                given.insert(index)
            }
            let gets = members.filter { drafts[$0].method == "get" }
            for (kind, verb) in [(PathPlace.Kind.item, "get"), (.collection, "list")] {
                let candidates = gets.filter { drafts[$0].place.kind == kind }
                if let index = PathPlace.nearest(candidates, depth: { drafts[$0].place.depth }) { give(verb, to: index) }
            }
            for index in members {
                if let deeper = drafts[index].deeper { give(deeper, to: index) }
            }
            for index in members where !given.contains(index) {
                chosen[index] = drafts[index].full
                taken.insert(key(index, drafts[index].full))
            }
        }
        let chosenCounts = counts(chosen)
        return drafts.indices.map { index in
            let name = chosenCounts[key(index, chosen[index]), default: 0] > 1 ? drafts[index].full : chosen[index]
            let resource = drafts[index].resource.split(separator: ".").map { spellingOutLeadingNumber(String($0)) }
            return Name(resource: resource.joined(separator: "."), operation: spellingOutLeadingNumber(name))
        }
    }

    /// The lower-case words of a noun or a name, and the noun's words run together
    /// (`GeoPermissions` → `geo`, `permissions`, `geopermissions`): documents spell one noun both
    /// ways (`/v1/Messaging/GeoPermissions`, `FetchMessagingGeopermissions`).
    static func nounWords(_ noun: String) -> Set<String> {
        let words = SwiftNaming.splitWords(noun).map { $0.lowercased() }
        return Set(words + [words.joined()])
    }

    /// A member name that starts with a number spelled out: `_1ClickApplications` (the tag
    /// `1-Click Applications`) → `oneClickApplications`, `_2faVerify` → `twoFaVerify`, which read
    /// as what a developer would type.
    static func spellingOutLeadingNumber(_ name: String) -> String {
        guard name.drop(while: { $0 == "_" }).first?.isWholeNumber == true else { return name }
        var words = SwiftNaming.splitWords(name)
        // The number and the letters run into it: `2fa` → `two fa`.
        guard let first = words.first else { return name }
        let number = String(first.prefix { $0.isASCII && $0.isNumber })
        guard let spelled = spelledNumber(number) else { return name }
        words[0] = spelled + " " + first.dropFirst(number.count)
        return SwiftNaming.memberName(words.joined(separator: " "))
    }

    /// `1` → `one`, `42` → `forty two`, `404` → `four zero four`; `nil` for a word that is not a number.
    static func spelledNumber(_ word: String) -> String? {
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        let ones = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        // Under 100 as a number; a longer one, or one with a leading zero, digit by digit.
        if word.count <= 2, word.count == 1 || !word.hasPrefix("0"), let value = Int(word) {
            if value < 20 { return ones[value] }
            return tens[value / 10] + (value % 10 == 0 ? "" : " " + ones[value % 10])
        }
        return word.compactMap { $0.wholeNumberValue.map { ones[$0] } }.joined(separator: " ")
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
            let kept = withoutSaid(words, said)
            switch first {
            case "post": return SwiftNaming.memberName((kept.isEmpty ? ["create"] : kept).joined(separator: " "))
            case "put", "patch": return SwiftNaming.memberName((["update"] + kept).joined(separator: " "))
            default: return SwiftNaming.memberName(([first] + kept).joined(separator: " "))
            }
        }
        // The first word is the verb (`ban_user_from_guild` in `guilds.bans` → `banUser`), unless
        // it is a noun the resource has as written, alone or run together with the next
        // (`applications_get_activity_instance`).
        guard !words.isEmpty else { return verb }
        let nounEnd = (1...words.count).reversed().first { named.contains(words[..<$0].joined().lowercased()) }
        var kept = (nounEnd == nil ? [words[0]] : []) + withoutSaid(Array(words[(nounEnd ?? 1)...]), said)
        while let last = kept.last, prepositions.contains(last.lowercased()) { kept.removeLast() }
        // Nothing left, or only a word like `my`: the verb of the HTTP method.
        if kept.isEmpty || kept.allSatisfy({ ["my", "all"].contains($0.lowercased()) }) {
            return verb
        }
        return SwiftNaming.memberName(kept.joined(separator: " "))
    }

    private static let prepositions: Set<String> = ["by", "of", "for", "from", "to", "in", "on", "with"]

    /// `words` without those `said` holds, alone or run together (`Pull`, `Requests` in
    /// `pullrequests`; `Geopermissions` in `geoPermissions`, which `said` holds run together too).
    private static func withoutSaid(_ words: [String], _ said: Set<String>) -> [String] {
        var kept: [String] = []
        var index = 0
        while index < words.count {
            if let end = (index + 1...words.count).reversed().first(where: { isSaid(words[index..<$0].joined(), said) }) {
                index = end
                continue
            }
            kept.append(words[index])
            index += 1
        }
        return kept
    }

    /// Where an operation's path stands to its resource: on the resource's item path
    /// (`/guilds/{guild_id}`), its collection path (`/users`, `/files/{file_id}/comments` for
    /// `comments`), a deeper path (`/guilds/{guild_id}/preview`, `/folders/{folder_id}/items`), or
    /// none of them (the resource's noun is not in the path).
    struct PathPlace {
        enum Kind: Equatable {
            case item, collection, elsewhere
            /// The literal segments after the resource's noun (`preview`, `items`).
            case deeper([String])
        }

        var kind: Kind = .elsewhere
        /// The path parameters before the resource's noun: of several collection paths,
        /// `/collaborations` (0) is the resource's own, `/files/{file_id}/collaborations` (1) is not.
        var depth = 0

        /// `named`: the resource's nouns (`nounWords`); its noun is the last path segment whose
        /// words they all say.
        init(path: PathNouns, named: Set<String>) {
            let segments = path.segments
            guard
                let noun = segments.lastIndex(where: { segment in
                    guard let segment, PathNouns.version(segment) == nil else { return false }
                    let words = SwiftNaming.splitWords(segment)
                    return !words.isEmpty
                        && (isSaid(words.joined(), named) || words.allSatisfy { isSaid($0, named) })
                })
            else { return }
            depth = segments[..<noun].filter { $0 == nil }.count
            let tail = segments[(noun + 1)...]
            let literals = tail.compactMap { $0 }
            if tail.isEmpty {
                kind = .collection
            } else if tail.count == 1, literals.isEmpty {
                kind = .item
            } else if !literals.isEmpty {
                kind = .deeper(literals)
            }
        }

        /// Of `candidates`, the one whose path has the fewest parameters before the resource's noun,
        /// when only one has that few.
        static func nearest(_ candidates: [Int], depth: (Int) -> Int) -> Int? {
            guard let least = candidates.map(depth).min() else { return nil }
            let nearest = candidates.filter { depth($0) == least }
            return nearest.count == 1 ? nearest[0] : nil
        }
    }

    /// Whether the resource says `word`: as written, singular or plural.
    static func isSaid(_ word: String, _ said: Set<String>) -> Bool {
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
    /// Every segment without its extension, `nil` for a parameter (`@me` included).
    var segments: [String?] = []

    init(path: String) {
        let segments = path.split(separator: "/").map(String.init)
        endsWithParameter = segments.last?.hasPrefix("{") ?? false
        // Literal segments with a name (nil: a parameter); `@me` and the like say nothing.
        var literals: [String?] = []
        for raw in segments {
            if raw.hasPrefix("{") || raw.hasPrefix(":") {
                literals.append(nil)
                self.segments.append(nil)
                continue
            }
            var segment = Self.withoutExtension(raw)
            // A number (`2.0`) is a version before the first parameter (`/2.0/repositories`), not
            // after one (`/users/{user_id}/folders/0`).
            if !literals.contains(where: { $0 == nil }), segment.first?.isWholeNumber == true,
                Self.version("v" + segment) != nil
            {
                segment = "v" + segment
            }
            self.segments.append(segment)
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

    /// A version segment as a namespace's name, or `nil`: `v1`, `v2beta1`, `V2010` → themselves in
    /// lower case; `v` and a number with dotted parts (`v1.0`, `v2.1`, `v1.2.3`) → its parts joined
    /// by `_`, trailing `.0`s dropped (`v1`, `v2_1`, `v1_2_3`); a date (`2010-04-01`) → `v` and its
    /// year (`v2010`). A number without `v` (`2.0` → `v2`) is one before the path's first parameter
    /// (`PathNouns`).
    static func version(_ segment: String) -> String? {
        let lower = segment.lowercased()
        let scalars = Array(lower.unicodeScalars)
        let digits = CharacterSet.decimalDigits
        if scalars.count >= 2, scalars[0] == "v", digits.contains(scalars[1]),
            scalars.allSatisfy({ digits.contains($0) || CharacterSet.lowercaseLetters.contains($0) || $0 == "_" })
        {
            return lower
        }
        if lower.hasPrefix("v") {
            var parts = lower.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
            if parts.count > 1, parts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(digits.contains) }) {
                while parts.count > 1, let last = parts.last, last.allSatisfy({ $0 == "0" }) { parts.removeLast() }
                return "v" + parts.joined(separator: "_")
            }
        }
        // A date: 2010-04-01.
        let dateParts = lower.split(separator: "-")
        if dateParts.count == 3, dateParts[0].count == 4, dateParts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            return "v" + dateParts[0]
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
