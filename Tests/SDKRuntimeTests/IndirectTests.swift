import Foundation
import Testing
@testable import SDKRuntime

/// A recursive struct, stored the way generated models store recursive properties.
private struct Node: Codable, Hashable, Sendable {
    var value: Int
    var next: Node? {
        get { _next?.value }
        set { _next = newValue.map(Indirect.init) }
    }

    private var _next: Indirect<Node>?

    init(value: Int, next: Node? = nil) {
        self.value = value
        self._next = next.map(Indirect.init)
    }

    enum CodingKeys: String, CodingKey {
        case value
        case next
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.decode(Int.self, forKey: .value)
        _next = try container.decodeIfPresent(Indirect<Node>.self, forKey: .next)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encodeIfPresent(_next, forKey: .next)
    }
}

@Suite("Indirect")
struct IndirectTests {
    @Test func decodesRecursiveStructure() throws {
        let json = #"{"value": 1, "next": {"value": 2, "next": {"value": 3}}}"#
        let node = try JSONCoding.makeDecoder().decode(Node.self, from: Data(json.utf8))
        #expect(node.value == 1)
        #expect(node.next?.value == 2)
        #expect(node.next?.next?.value == 3)
        #expect(node.next?.next?.next == nil)
    }

    @Test func encodesTransparently() throws {
        let node = Node(value: 1, next: Node(value: 2))
        let json = String(decoding: try JSONCoding.makeEncoder().encode(node), as: UTF8.self)
        #expect(json == #"{"next":{"value":2},"value":1}"#)
        #expect(String(decoding: try JSONCoding.makeEncoder().encode(Indirect(5)), as: UTF8.self) == "5")
    }

    @Test func usesTheDecoderStrategiesOfTheWrappedValue() throws {
        let boxed = try JSONCoding.makeDecoder().decode(Indirect<Date>.self, from: Data(#""2024-05-01T00:00:00Z""#.utf8))
        #expect(boxed.value == Date(timeIntervalSince1970: 1_714_521_600))
    }

    @Test func valueSemantics() {
        var first = Node(value: 1, next: Node(value: 2))
        let second = first
        first.next?.value = 20
        #expect(first.next?.value == 20)
        #expect(second.next?.value == 2)
        #expect(first != second)
        first.next = nil
        #expect(first.next == nil)
    }

    @Test func hashable() {
        #expect(Indirect(1) == Indirect(1))
        #expect(Set([Indirect(1), Indirect(1), Indirect(2)]).count == 2)
        var box = Indirect("a")
        box.value = "b"
        #expect(box.value == "b")
    }
}
