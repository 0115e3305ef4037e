extension TypeExpression {
    /// The expression in the spec's type language (`list<map<Agent>>`, `string?`, `a | b`,
    /// `(a | b)?`); `TypeExpressionParser` reads it back as this expression.
    public var spelling: String {
        var text = ""
        appendSpelling(to: &text)
        return text
    }

    func appendSpelling(to text: inout String) {
        switch self {
        case .name(let name):
            text += name.value
        case .generic(let name, let argument):
            text += name.value
            text += "<"
            argument.appendSpelling(to: &text)
            text += ">"
        case .nullable(let wrapped, _):
            // `?` binds to one member: a union (or an already nullable value) needs parentheses.
            switch wrapped {
            case .union, .nullable: wrapped.appendGrouped(to: &text)
            case .name, .generic: wrapped.appendSpelling(to: &text)
            }
            text += "?"
        case .union(let members, _):
            for (index, member) in members.enumerated() {
                if index > 0 { text += " | " }
                if case .union = member {
                    member.appendGrouped(to: &text)
                } else {
                    member.appendSpelling(to: &text)
                }
            }
        }
    }

    private func appendGrouped(to text: inout String) {
        text += "("
        appendSpelling(to: &text)
        text += ")"
    }
}
