/// What a write did, so the command line can report it (and tests can check that unchanged files were left alone).
public struct WriteSummary: Sendable, Equatable {
    /// Files created or replaced because they were new or their contents changed, sorted.
    public var written: [String]
    /// Files already on disk with identical contents, left untouched, sorted.
    public var unchanged: [String]
    /// Files deleted because the rendered SDK no longer has them, sorted.
    public var removed: [String]

    public init(written: [String], unchanged: [String], removed: [String]) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }
}
