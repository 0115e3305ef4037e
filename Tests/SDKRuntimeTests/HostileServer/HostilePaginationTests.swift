import Foundation
import Testing
@testable import SDKRuntime

private struct Item: Decodable, Hashable, Sendable {
    var id: Int
}

private struct ItemPage: Decodable, Sendable {
    var items: [Item]
}

extension HostileServer {
    /// Auto-pagination against servers that do not page as asked: it must end, in bounded time
    /// and memory, with a bounded number of requests.
    @Suite("Hostile server: pagination", .timeLimit(.minutes(5)))
    struct HostilePaginationTests {
        /// The query value of `name` in a request target.
        private static func value(_ name: String, in request: ReceivedRequest) -> Int? {
            URLComponents(string: request.target)?.queryItems?.first { $0.name == name }?.value.flatMap { Int($0) }
        }

        private static func page(_ ids: Range<Int>) -> CannedResponse {
            CannedResponse(body: #"{"items": ["# + ids.map { #"{"id": \#($0)}"# }.joined(separator: ", ") + "]}")
        }

        /// `listAll` as a generated SDK writes it, over `server`.
        private static func listAll(_ server: TestHTTPServer, limit: Int) -> AutoPagingSequence<ItemPage, Item> {
            let core = Hostile.core(server.baseURL)
            return AutoPagingSequence(offset: 0, limit: limit, items: { $0.items }) { offset in
                var request = APIRequest(method: .get, path: "/items")
                request.addQuery("limit", limit)
                request.addQuery("offset", offset)
                return try await core.send(request, options: nil, as: ItemPage.self)
            }
        }

        @Test func aServerIgnoringTheOffsetGivesOnePage() async throws {
            try await TestHTTPServer.with({ _ in Self.page(0..<10) }) { server in
                let (_, cost) = try await Hostile.measured {
                    let items = try await Self.listAll(server, limit: 10).collect()
                    #expect(items.map(\.id) == Array(0..<10))
                    // The second page repeats the first: the iteration ends there.
                    #expect(await server.requests.count == 2)
                    var pages = 0
                    for try await _ in Self.listAll(server, limit: 10).pages { pages += 1 }
                    #expect(pages == 1)
                }
                Hostile.expectBounded(cost)
            }
        }

        @Test func aServerIgnoringTheLimitGivesOnePage() async throws {
            // Every page has 25 items whatever the limit, and starts at the offset: it never ends by itself.
            try await TestHTTPServer.with({ request in
                let offset = Self.value("offset", in: request) ?? 0
                return Self.page(offset..<offset + 25)
            }) { server in
                let (items, cost) = try await Hostile.measured { try await Self.listAll(server, limit: 10).collect() }
                #expect(items.map(\.id) == Array(0..<25))
                #expect(await server.requests.count == 1)
                Hostile.expectBounded(cost)
            }
        }

        @Test func anEndlessListStopsAtMaxPagesWithATypedError() async throws {
            try await TestHTTPServer.with({ request in
                let offset = Self.value("offset", in: request) ?? 0
                return Self.page(offset..<offset + 10)
            }) { server in
                #expect(Self.listAll(server, limit: 10).maxPages == AutoPagingSequence<ItemPage, Item>.defaultMaxPages)
                #expect(AutoPagingSequence<ItemPage, Item>.defaultMaxPages == 10_000)
                var received: [Int] = []
                let (error, cost) = await Hostile.failure {
                    for try await item in Self.listAll(server, limit: 10).withMaxPages(5) {
                        received.append(item.id)
                    }
                }
                #expect(received == Array(0..<50))
                #expect(error?.kind == .responseTooLarge)
                #expect(error?.message?.contains("5 pages") == true)
                #expect(await server.requests.count == 5)
                Hostile.expectBounded(cost)

                // Raised, the same list goes further.
                let more = try await Self.listAll(server, limit: 10).withMaxPages(8).pages.prefix(8).reduce(0) {
                    $0 + $1.items.count
                }
                #expect(more == 80)
            }
        }

        @Test func aListThatEndsWithinMaxPagesIsWhole() async throws {
            try await TestHTTPServer.with({ request in
                let offset = Self.value("offset", in: request) ?? 0
                return Self.page(offset..<min(offset + 10, 45))
            }) { server in
                let (items, cost) = try await Hostile.measured {
                    try await Self.listAll(server, limit: 10).withMaxPages(5).collect()
                }
                #expect(items.map(\.id) == Array(0..<45))
                #expect(await server.requests.count == 5)
                Hostile.expectBounded(cost)
            }
        }
    }
}
