// The runtime of every SDK julep-gen writes, copied byte for byte into each one.
// Edit it in julep-gen's Sources/SDKRuntime, never in a generated copy.

import Foundation

/// The items of an offset/limit paginated list, fetched page by page as you iterate.
///
/// Returned by the `…All` companion of every paginated list method (for example
/// `client.agents.listAll()`): each page is requested when the previous one is used up, with
/// `offset` advanced by the number of items received. Iteration ends after a page with fewer
/// items than the requested limit, or at an empty page (which ``pages`` yields only when it is
/// the first). Nothing is sent until you iterate; an error
/// (including an invalid limit) is thrown from the loop.
///
/// A server that does not page as asked cannot make the iteration endless:
/// - a page with more items than the limit is the last (the server ignores `limit`, so the next
///   offset means nothing);
/// - a page with the same items as the one before ends the iteration without being yielded
///   again (the server ignores `offset`);
/// - at most ``maxPages`` pages are fetched (``defaultMaxPages`` unless raised with
///   ``withMaxPages(_:)``); a list that needs more throws ``APIError/Kind/responseTooLarge``
///   after the items of the pages before.
///
/// ```swift
/// for try await agent in client.agents.listAll(limit: 100) {
///     print(agent.name)
/// }
/// // Whole pages instead of items:
/// for try await page in client.agents.listAll(limit: 100).pages {
///     print(page.items.count)
/// }
/// // A very long list:
/// let everything = try await client.agents.listAll(limit: 1000).withMaxPages(100_000).collect()
/// ```
public struct AutoPagingSequence<Page: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    /// The elements are the items of every page, in order.
    public typealias Element = Item

    /// Fetches the page starting at an offset.
    typealias PageFetcher = @Sendable (_ offset: Int) async throws -> Page

    /// The most pages fetched unless raised with ``withMaxPages(_:)``: 10,000.
    public static var defaultMaxPages: Int { 10_000 }

    private let firstOffset: Int
    private let limit: Int?
    private let fetchPage: PageFetcher
    private let itemsOfPage: @Sendable (Page) -> [Item]
    /// The most pages fetched; a list that needs more throws ``APIError/Kind/responseTooLarge``.
    public private(set) var maxPages = defaultMaxPages

    /// Pages from `offset`, `limit` items at a time (`nil`: the server's default page size, in
    /// which case iteration ends at the first empty page).
    init(
        offset: Int,
        limit: Int?,
        items: @escaping @Sendable (Page) -> [Item],
        fetchPage: @escaping PageFetcher
    ) {
        self.firstOffset = offset
        self.limit = limit
        self.itemsOfPage = items
        self.fetchPage = fetchPage
    }

    /// The same sequence, fetching at most `maxPages` pages (at least 1).
    public func withMaxPages(_ maxPages: Int) -> AutoPagingSequence {
        var copy = self
        copy.maxPages = Swift.max(1, maxPages)
        return copy
    }

    /// The whole pages instead of their items.
    public var pages: Pages {
        Pages(
            firstOffset: firstOffset, limit: limit, maxPages: maxPages, fetchPage: fetchPage, itemsOfPage: itemsOfPage)
    }

    /// All items of all pages, in one array. Mind the size of the list before calling this.
    public func collect() async throws -> [Item] {
        var items: [Item] = []
        for try await item in self {
            items.append(item)
        }
        return items
    }

    /// Starts iterating over the items.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator())
    }

    /// Iterates over the items, fetching pages as needed.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private var pages: Pages.AsyncIterator
        private var buffer: [Item] = []
        private var position = 0

        init(pages: Pages.AsyncIterator) {
            self.pages = pages
        }

        /// The next item, or `nil` after the last page.
        public mutating func next() async throws -> Item? {
            while position == buffer.count {
                guard let items = try await pages.nextItems() else { return nil }
                buffer = items
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
    }

    /// The pages of a paginated list, fetched one by one as you iterate.
    public struct Pages: AsyncSequence, Sendable {
        /// The elements are whole pages, as the list method returns them.
        public typealias Element = Page

        let firstOffset: Int
        let limit: Int?
        let maxPages: Int
        let fetchPage: PageFetcher
        let itemsOfPage: @Sendable (Page) -> [Item]

        /// Starts iterating over the pages.
        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(pages: self)
        }

        /// Iterates over the pages, fetching each when asked for it.
        public struct AsyncIterator: AsyncIteratorProtocol {
            private let pages: Pages
            private var offset: Int
            private var isFinished = false
            private var fetchedPages = 0
            private var previousItems: [Item] = []

            init(pages: Pages) {
                self.pages = pages
                self.offset = pages.firstOffset
            }

            /// The next page, or `nil` after the last one.
            public mutating func next() async throws -> Page? {
                try await nextPage()?.page
            }

            mutating func nextItems() async throws -> [Item]? {
                try await nextPage()?.items
            }

            private mutating func nextPage() async throws -> (page: Page, items: [Item])? {
                guard !isFinished else { return nil }
                guard fetchedPages < pages.maxPages else {
                    isFinished = true
                    throw APIError(
                        kind: .responseTooLarge,
                        message: "The list has more than \(pages.maxPages) pages; withMaxPages(_:) raises the limit.")
                }
                do {
                    let page = try await pages.fetchPage(offset)
                    let items = pages.itemsOfPage(page)
                    let isFirstPage = fetchedPages == 0
                    fetchedPages += 1
                    offset += items.count
                    if items.isEmpty || pages.limit.map({ items.count != $0 }) == true {
                        isFinished = true
                    }
                    // An empty page after a full one only says there is nothing more; the same
                    // items again say the server ignores the offset.
                    if !isFirstPage && (items.isEmpty || Self.areEqual(items, previousItems)) {
                        isFinished = true
                        return nil
                    }
                    previousItems = items
                    return (page, items)
                } catch {
                    isFinished = true
                    throw error
                }
            }

            /// Whether `items` equals `previous`, when the items can be compared.
            private static func areEqual(_ items: [Item], _ previous: [Item]) -> Bool {
                guard items.count == previous.count else { return false }
                return zip(items, previous).allSatisfy { item, old in
                    (item as? any Equatable)?.isEqual(to: old) == true
                }
            }
        }
    }
}

extension Equatable {
    /// Whether `other` is a value of this type equal to this one.
    fileprivate func isEqual(to other: Any) -> Bool {
        (other as? Self) == self
    }
}
