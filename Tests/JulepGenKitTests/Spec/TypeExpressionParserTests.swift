import Testing

@testable import JulepGenKit

@Suite("Type expressions")
struct TypeExpressionParserTests {
    let start = SourceLocation(file: "f.yaml", line: 3, column: 10)

    private func parse(_ text: String) -> (TypeExpression?, [String]) {
        var diagnostics = Diagnostics()
        let expression = TypeExpressionParser.parse(text, at: start, diagnostics: &diagnostics)
        return (expression, diagnostics.all.map { "\($0.location!): \($0.message)" })
    }

    @Test func namesKeepTheirColumns() {
        let (expression, problems) = parse("list<map<Agent>>")
        #expect(problems.isEmpty)
        guard case .generic(let list, .generic(let map, .name(let agent)))? = expression else {
            Issue.record("unexpected shape \(String(describing: expression))")
            return
        }
        #expect(list.value == "list" && list.location.column == 10)
        #expect(map.value == "map" && map.location.column == 15)
        #expect(agent.value == "Agent" && agent.location.column == 19)
    }

    @Test func nullableAndUnion() {
        let (expression, problems) = parse("string | list<string>?")
        #expect(problems.isEmpty)
        guard case .union(let members, _)? = expression, members.count == 2,
            case .nullable(.generic(let list, _), _) = members[1]
        else {
            Issue.record("unexpected shape \(String(describing: expression))")
            return
        }
        #expect(list.value == "list")
    }

    @Test func groupsAndDottedNames() {
        let (expression, problems) = parse("(Agents.Agent | date-time)?")
        #expect(problems.isEmpty)
        guard case .nullable(.union(let members, _), _)? = expression, case .name(let first) = members[0] else {
            Issue.record("unexpected shape \(String(describing: expression))")
            return
        }
        #expect(first.value == "Agents.Agent")
    }

    @Test(arguments: [
        ("", "f.yaml:3:10: expected a type, found an empty string"),
        ("list<string", "f.yaml:3:21: expected '>' to close 'list<'"),
        ("string??", "f.yaml:3:17: '?' may appear only once: a value is either nullable or not"),
        ("string int", "f.yaml:3:17: unexpected 'i' in type 'string int'"),
        ("| string", "f.yaml:3:10: expected a type name, found '|'"),
        ("(string", "f.yaml:3:17: expected ')' to close the group"),
    ])
    func malformedTypesAreLocated(_ text: String, _ expected: String) {
        let (expression, problems) = parse(text)
        #expect(expression == nil)
        #expect(problems == [expected])
    }
}
