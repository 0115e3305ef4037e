import Testing
import JulepGenKit

@Suite("YAMLReader anchors, aliases and merge keys")
struct YAMLReaderAliasTests {
    typealias F = YAMLReaderFixture

    @Test func aliasIsACopyOfTheAnchoredNode() throws {
        let result = F.read("""
            base: &b
              x: 1
              list: &l [a, b]
            copy: *b
            again: *l
            """)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.node)
        let base = try #require(root["base"])
        let copy = try #require(root["copy"])
        #expect(copy == base)
        // The copy keeps the positions of the anchored node, which starts at its anchor.
        #expect(F.position(copy) == "1:7")
        #expect(F.position(copy["x"]) == "2:6")
        #expect(root["again"]?.sequence?.map(\.string) == ["a", "b"])
        #expect(F.position(root["again"]) == "3:9")
    }

    @Test func nestedAliasesExpand() throws {
        let result = F.read("""
            a: &a [1, 2]
            b: &b {one: *a, two: *a}
            c: [*b, *b]
            """)
        #expect(result.diagnostics.isEmpty)
        let c = try #require(result.node?["c"]?.sequence)
        #expect(c.count == 2)
        #expect(c[1]["two"]?.sequence?.map(\.int) == [1, 2])
    }

    @Test func anchoredScalarAndTaggedNodeKeepTheirTag() throws {
        let result = F.read("a: &x !!str 12\nb: *x\n")
        let b = try #require(result.node?["b"])
        #expect(b.string == "12")
        #expect(b.tag == "tag:yaml.org,2002:str")
        #expect(b.int == nil)
    }

    @Test func redefinedAnchorUsesTheLatest() throws {
        let result = F.read("a: &x 1\nb: &x 2\nc: *x\n")
        #expect(result.node?["c"]?.int == 2)
    }

    @Test func unknownAliasIsAnErrorAtTheAlias() {
        let result = F.read("a: 1\nb: [x, *nope]\n")
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [
            .error("unknown alias '*nope': no anchor '&nope' is defined before it", at: F.at(2, 8)),
        ])
    }

    @Test func aliasInsideItsOwnAnchorIsAnError() {
        let result = F.read("a: &x [1, *x]\n")
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [.error("alias '*x' refers to a node that contains it", at: F.at(1, 11))])
    }

    @Test func billionLaughsStopsWithAnError() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let result = F.read(lines.joined(separator: "\n"))
        #expect(result.node == nil)
        #expect(result.diagnostics.errors.count == 1)
        let error = result.diagnostics.errors.first
        #expect(error?.message == "the document expands to more than 1000000 nodes through aliases")
        // Levels 0-5 add up to about 670,000 nodes; the first `*a5` on line 7 goes over the budget.
        #expect(error?.location == F.at(7, 10))
    }

    @Test func mergeKeyWithSingleMapping() throws {
        let result = F.read("""
            defaults: &d
              timeout: 30
              retries: 3
            service:
              <<: *d
              name: api
            """)
        #expect(result.diagnostics.isEmpty)
        let service = try #require(result.node?["service"]?.mapping)
        #expect(service.map(\.key.string) == ["timeout", "retries", "name"])
        #expect(service.map(\.value.string) == ["30", "3", "api"])
        // Merged entries point at where they are written, under the anchor.
        #expect(F.position(service[0].key) == "2:3")
        #expect(F.position(service[0].value) == "2:12")
    }

    @Test func mergeKeyWithListFirstMappingWins() throws {
        let result = F.read("""
            a: &a {x: 1, y: 1}
            b: &b {y: 2, z: 2}
            c:
              <<: [*a, *b]
            """)
        let c = try #require(result.node?["c"]?.mapping)
        #expect(c.map(\.key.string) == ["x", "y", "z"])
        #expect(c.map(\.value.int) == [1, 1, 2])
    }

    @Test func explicitKeysOverrideMergedOnesWhereverTheyAre() throws {
        let result = F.read("""
            base: &base {x: 1, y: 1, z: 1}
            child:
              y: 5
              <<: *base
              z: 9
            """)
        let child = try #require(result.node?["child"]?.mapping)
        #expect(child.map(\.key.string) == ["y", "x", "z"])
        #expect(child.map(\.value.int) == [5, 1, 9])
        #expect(F.position(child[1].key) == "1:14")
    }

    @Test func mergeKeyWithInlineMapping() throws {
        let result = F.read("m: {<<: {a: 1}, b: 2}\n")
        #expect(result.node?["m"]?.mapping?.map(\.key.string) == ["a", "b"])
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let result = F.read("m:\n  \"<<\": {a: 1}\n")
        let m = try #require(result.node?["m"]?.mapping)
        #expect(m.map(\.key.string) == ["<<"])
        #expect(m.first?.value["a"]?.int == 1)
    }

    @Test func duplicateExplicitKeysAreKeptForTheDecoder() throws {
        let result = F.read("a: 1\na: 2\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.node?.mapping?.map(\.value.int) == [1, 2])
        #expect(result.node?["a"]?.int == 1)
    }

    @Test func mergeKeyWithScalarValueIsAnError() {
        let result = F.read("m:\n  <<: 3\n")
        #expect(result.node == nil)
        #expect(result.diagnostics.all == [
            .error("the value of a merge key '<<' must be a mapping or a list of mappings, found a number", at: F.at(2, 7)),
        ])
    }

    @Test func mergeKeyListWithNonMappingIsAnError() {
        let result = F.read("a: &a {x: 1}\nm:\n  <<: [*a, [1]]\n")
        #expect(result.diagnostics.all == [
            .error("a merge key '<<' list can only hold mappings, found a list", at: F.at(3, 12)),
        ])
    }
}
