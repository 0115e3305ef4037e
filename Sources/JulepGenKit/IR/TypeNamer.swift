/// Decides the Swift name of every declared type, and reports names that cannot work.
///
/// Rules (documented in docs/spec-format.md):
/// - `swiftName` wins when given; otherwise the spec name in UpperCamelCase (`Agents.Agent` → `AgentsAgent`).
/// - A derived name that would shadow a Swift or Foundation type (`Task`, `Error`, `Data`, …) or a name the
///   SDK runtime declares gets the API's name in front (`Task` → `JulepTask`), so neither the generated code
///   nor the code of anyone importing the SDK loses the original type.
/// - An explicit `swiftName` that is not a valid identifier, or is such a reserved name, is an error.
/// - A derived name longer than `NameShortening.maximumLength` (files are named after types) is
///   shortened with a warning; an explicit one that long is an error.
/// - A derived name that is taken anyway is renamed by `ClashRenaming`, with a warning; two explicit
///   names that meet are an error.
struct TypeNamer {
    let apiSwiftName: String
    let reserved: Set<String>

    init(apiSwiftName: String) {
        self.apiSwiftName = apiSwiftName
        self.reserved = SwiftKeywords.shadowedTypeNames.union(RuntimeNames.reserved(api: apiSwiftName))
    }

    /// `location` is where the spec names the type, for the warning about a shortened name.
    func name(
        for specName: String, explicit: Located<String>?, at location: SourceLocation? = nil, diagnostics: inout Diagnostics
    ) -> String {
        if let explicit {
            let name = explicit.value
            if !SwiftIdentifier.isValid(name) {
                diagnostics.error("swiftName '\(name)' is not a valid Swift identifier", at: explicit.location)
            } else if name.utf8.count > NameShortening.maximumLength {
                diagnostics.error(
                    "swiftName '\(NameShortening.abbreviated(name))' is \(name.utf8.count) characters long; type names, "
                        + "which name files, may have at most \(NameShortening.maximumLength)",
                    at: explicit.location)
            } else if reserved.contains(name) {
                diagnostics.error(
                    "swiftName '\(name)' would shadow \(describeReserved(name)); choose another name",
                    at: explicit.location)
            } else if name.first?.isUppercase == false {
                diagnostics.warning("type name '\(name)' should be UpperCamelCase", at: explicit.location)
            }
            return name
        }
        let plain = SwiftNaming.typeName(specName)
        let derived = NameShortening.shortened(plain)
        if derived != plain {
            diagnostics.warning(
                "the Swift name of the type '\(NameShortening.abbreviated(specName))' would be \(plain.utf8.count) "
                    + "characters long; it is named '\(derived)' (set 'swiftName' to choose a name)",
                at: location)
        }
        return reserved.contains(derived) ? apiSwiftName + derived : derived
    }

    private func describeReserved(_ name: String) -> String {
        if SwiftKeywords.shadowedTypeNames.contains(name) { return "Swift's '\(name)' for the SDK and its users" }
        if RuntimeNames.sampleTestTypes.contains(name) { return "the generated tests' '\(name)'" }
        return "the SDK runtime's '\(name)'"
    }
}

/// Checks on identifiers the spec author writes by hand (`swiftName`).
enum SwiftIdentifier {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !name.isEmpty else { return false }
        guard first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}

/// Finds names that end up the same in Swift and reports each clash once, pointing at both places.
struct CollisionChecker {
    private var seen: [String: (original: String, location: SourceLocation?)] = [:]
    /// Names the spec chose explicitly; a derived name that meets one is reported, not renamed.
    var explicitNames: Set<String> = []
    let what: String

    init(what: String) { self.what = what }

    /// Returns false (and reports) when `swiftName` is already taken.
    @discardableResult
    mutating func claim(
        _ swiftName: String, original: String, at location: SourceLocation?, diagnostics: inout Diagnostics
    ) -> Bool {
        if let previous = seen[swiftName], previous.location == nil {
            diagnostics.error(
                "\(what) '\(original)' becomes '\(swiftName)' in Swift, which is \(previous.original); set 'swiftName'",
                at: location)
            return false
        }
        if let previous = seen[swiftName] {
            let sameSpelling = previous.original == original
            let message =
                sameSpelling
                ? "duplicate \(what) '\(original)'"
                : "\(what) '\(original)' and '\(previous.original)' both become '\(swiftName)' in Swift; set 'swiftName' on one of them"
            diagnostics.error(message, at: location, notes: [.note("'\(previous.original)' is here", at: previous.location)])
            return false
        }
        seen[swiftName] = (original, location)
        return true
    }

    /// Who holds `swiftName` already, if anyone (`location` is nil for reserved names).
    func holder(of swiftName: String) -> (original: String, location: SourceLocation?)? {
        seen[swiftName]
    }

    /// Takes `swiftName` for something that is not in the spec; `description` completes
    /// "which is …" in the message, e.g. "the SDK runtime's error type".
    mutating func reserve(_ swiftName: String, as description: String) {
        seen[swiftName] = (description, nil)
    }
}
