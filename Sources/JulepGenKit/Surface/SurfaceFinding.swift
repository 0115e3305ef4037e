/// How two versions of one member or type differ in one respect.
struct SurfaceDifference {
    var impact: SurfaceChange.Impact
    var detail: String
    /// The argument it is about, by label.
    var argument: String?

    init(_ impact: SurfaceChange.Impact, _ detail: String, argument: String? = nil) {
        self.impact = impact
        self.detail = detail
        self.argument = argument
    }
}

/// One difference the comparison found, with what ``SurfaceChangeList`` needs to join it with
/// others that say the same thing.
struct SurfaceFinding {
    var kind: SurfaceChange.Kind
    var impact: SurfaceChange.Impact
    var subject: String
    var detail: String?
    /// The methods for one request share a group (``SurfaceSymbol/group``); a type is `type:Name`.
    var group: String
    /// How the subject is named beside its group's first member.
    var shortName: String
    /// Where the member is in its surface (the old one for what was removed): the report's order.
    var position: Int
    var owner: String
    /// `nil` for the type itself.
    var memberKind: SurfaceMember.Kind?
    var memberName: String
    /// The argument the finding is about, by label.
    var argument: String? = nil
}
