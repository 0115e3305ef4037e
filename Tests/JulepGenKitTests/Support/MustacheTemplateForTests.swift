import Mustache

@testable import JulepGenKit

/// Renders one template text over a value, as the generator's templates are (text, not HTML).
enum MustacheTemplateForTests {
    static func render(_ text: String, _ value: Any) throws -> String {
        try MustacheTemplate(string: TemplateSet.textContentType + text).render(value)
    }
}
