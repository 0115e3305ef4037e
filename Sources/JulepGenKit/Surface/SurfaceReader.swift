/// Reads an `API.md` that ``SurfaceWriter`` wrote back into the ``APISurface`` it was written
/// from, so a run can compare the API on disk with the one it is about to write.
///
/// Only the writer's own layout is accepted, line by line; anything else is a ``Failure`` naming
/// the line (a hand-edited file is not guessed at). Types, labels and default values are kept as
/// text: nothing here parses Swift beyond finding where an argument ends.
public enum SurfaceReader {
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// 1-based.
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func read(_ text: String) throws(Failure) -> APISurface {
        var parser = Parser(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        return try parser.surface()
    }

    /// What an `@available(*, deprecated…)` attribute as the contexts spell it says; `nil` for
    /// another attribute.
    static func deprecation(attribute: String) -> SurfaceDeprecation? {
        try? Parser(lines: []).attribute(attribute)
    }

    private struct Parser {
        let lines: [String]
        var index = 0

        init(lines: [String]) { self.lines = lines }

        func fail(_ message: String, at line: Int? = nil) -> Failure {
            Failure(line: (line ?? index) + 1, message: message)
        }

        mutating func surface() throws(Failure) -> APISurface {
            guard let title = lines.first, title.hasPrefix("# "), title.hasSuffix(SurfaceWriter.heading) else {
                throw fail("expected the title '# <Module> <version>\(SurfaceWriter.heading)'", at: 0)
            }
            let name = title.dropFirst(2).dropLast(SurfaceWriter.heading.count)
            let words = name.split(separator: " ", maxSplits: 1)
            guard let module = words.first else { throw fail("the title names no module", at: 0) }
            var surface = APISurface(module: String(module), version: words.count > 1 ? String(words[1]) : nil, types: [])
            var section: SurfaceType.Section?
            index = 1
            while index < lines.count {
                let line = lines[index]
                if line.hasPrefix("## ") {
                    section = SurfaceType.Section(rawValue: String(line.dropFirst(3)))
                    if section == nil { throw fail("unknown section '\(line.dropFirst(3))'") }
                } else if line == "```swift" {
                    guard let section else { throw fail("a code block outside a section") }
                    index += 1
                    surface.types += try codeBlock(section)
                }
                index += 1
            }
            return surface
        }

        /// The types up to the closing fence.
        mutating func codeBlock(_ section: SurfaceType.Section) throws(Failure) -> [SurfaceType] {
            var types: [SurfaceType] = []
            var deprecation: SurfaceDeprecation?
            while index < lines.count {
                let line = lines[index]
                if line == "```" { return types }
                if line.isEmpty {
                    index += 1
                    continue
                }
                if line.hasPrefix("// @available(") {
                    deprecation = try attribute(String(line.dropFirst(3)))
                    index += 1
                    continue
                }
                var type = try declaration(line, section: section)
                type.deprecation = deprecation
                deprecation = nil
                index += 1
                if line.hasSuffix(" {") {
                    type.members = try members()
                }
                types.append(type)
            }
            throw fail("the code block is not closed")
        }

        /// `struct Agent: Hashable, Sendable {`, `enum Empty: Hashable, Sendable {}`, `typealias Limit = Int`,
        /// `protocol LogStepUnion: Sendable {`.
        func declaration(_ line: String, section: SurfaceType.Section) throws(Failure) -> SurfaceType {
            if line.hasPrefix("typealias ") {
                guard let equals = line.range(of: " = ") else { throw fail("expected 'typealias <Name> = <Type>'") }
                let name = String(line[line.index(line.startIndex, offsetBy: 10)..<equals.lowerBound])
                return SurfaceType(kind: .alias, name: name, section: section, aliasTarget: String(line[equals.upperBound...]))
            }
            let kind: SurfaceType.Kind
            if line.hasPrefix("struct ") {
                kind = .structure
            } else if line.hasPrefix("enum ") {
                kind = .enumeration
            } else if line.hasPrefix("protocol ") {
                kind = .protocolType
            } else {
                throw fail("expected a type: 'struct', 'enum', 'protocol' or 'typealias'")
            }
            var head = Substring(line.dropFirst(kind.rawValue.count + 1))
            if head.hasSuffix(" {}") {
                head = head.dropLast(3)
            } else if head.hasSuffix(" {") {
                head = head.dropLast(2)
            } else {
                throw fail("expected '{' at the end of the type's line")
            }
            var conformances: [String] = []
            if let colon = head.range(of: ": ") {
                conformances = head[colon.upperBound...].components(separatedBy: ", ")
                head = head[..<colon.lowerBound]
            }
            return SurfaceType(kind: kind, name: String(head), section: section, conformances: conformances)
        }

        /// The members up to the type's closing brace, which is consumed.
        mutating func members() throws(Failure) -> [SurfaceMember] {
            var members: [SurfaceMember] = []
            var operation: String?
            var deprecation: SurfaceDeprecation?
            while index < lines.count {
                let line = lines[index]
                if line == "}" {
                    index += 1
                    return members
                }
                guard line.isEmpty || line.hasPrefix("    ") else { throw fail("expected a member, indented by 4 spaces") }
                let text = String(line.dropFirst(4))
                if text.isEmpty {
                    index += 1
                    continue
                }
                if text.hasPrefix("// @available(") {
                    deprecation = try attribute(String(text.dropFirst(3)))
                } else if text.hasPrefix("@available(") {
                    deprecation = try attribute(text)
                } else if text.hasPrefix("// ") {
                    operation = String(text.dropFirst(3))
                } else if text.hasPrefix("func "), text.contains("(…)") {
                    guard let last = members.indices.last, members[last].kind.isCallable else {
                        throw fail("a method with the same arguments ('(…)') must follow the method it stands beside")
                    }
                    members[last].twins.append(try twin(text))
                } else {
                    var member = try self.member(text)
                    member.operation = operation
                    member.deprecation = deprecation
                    (operation, deprecation) = (nil, nil)
                    members.append(member)
                }
                index += 1
            }
            throw fail("the type is not closed with '}'")
        }

        /// One member; a signature spread over several lines is read to its closing line, and
        /// `index` is left on that line.
        mutating func member(_ text: String) throws(Failure) -> SurfaceMember {
            let (body, comment) = Self.splitComment(text)
            if body.hasPrefix("case ") {
                var member = SurfaceMember(kind: .enumCase, name: String(body.dropFirst(5)))
                if let open = body.firstIndex(of: "(") {
                    guard body.hasSuffix(")") else { throw fail("expected ')' after the case's associated values") }
                    member.name = String(body[body.index(body.startIndex, offsetBy: 5)..<open])
                    let inside = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
                    member.parameters = Self.splitArguments(inside).map { SurfaceParameter(label: "_", type: $0) }
                }
                try describe(&member, comment: comment)
                return member
            }
            for kind in [SurfaceMember.Kind.staticConstant, .property, .constant] where body.hasPrefix(kind.rawValue + " ") {
                var declaration = Substring(body.dropFirst(kind.rawValue.count + 1))
                var member = SurfaceMember(kind: kind, name: "")
                if declaration.hasSuffix(" { get }") {
                    member.isReadOnly = true
                    declaration = declaration.dropLast(8)
                }
                guard let colon = declaration.range(of: ": ") else { throw fail("expected '<name>: <Type>'") }
                member.name = String(declaration[..<colon.lowerBound])
                member.type = String(declaration[colon.upperBound...])
                try describe(&member, comment: comment)
                return member
            }
            let kind: SurfaceMember.Kind
            if body.hasPrefix("init(") {
                kind = .initializer
            } else if body.hasPrefix("static func ") {
                kind = .staticMethod
            } else if body.hasPrefix("func ") {
                kind = .method
            } else {
                throw fail("expected a member: 'case', 'var', 'let', 'static let', 'init', 'func' or 'static func'")
            }
            guard comment == nil else { throw fail("a comment after a method's signature") }
            guard let open = body.firstIndex(of: "(") else { throw fail("expected '(' after the name") }
            let head = body[..<open]
            var member = SurfaceMember(
                kind: kind, name: kind == .initializer ? "init" : String(head.split(separator: " ").last ?? ""))
            let tail: Substring
            if body.hasSuffix("(") {
                // One argument per line, then `)` and what follows it.
                var parameters: [SurfaceParameter] = []
                index += 1
                while index < lines.count, lines[index].hasPrefix("        ") {
                    var declaration = Substring(lines[index].dropFirst(8))
                    if declaration.hasSuffix(",") { declaration = declaration.dropLast() }
                    guard let parameter = SurfaceParameter(declaration: String(declaration)) else {
                        throw fail("expected an argument '<label>: <Type>' or '<label>: <Type> = <default>'")
                    }
                    parameters.append(parameter)
                    index += 1
                }
                guard index < lines.count, lines[index].hasPrefix("    )") else {
                    throw fail("expected ')' closing the arguments, indented by 4 spaces")
                }
                member.parameters = parameters
                tail = lines[index].dropFirst(5)
            } else {
                guard let close = Self.closingParenthesis(body, from: open) else { throw fail("unbalanced parentheses") }
                let inside = String(body[body.index(after: open)..<close])
                var parameters: [SurfaceParameter] = []
                for declaration in Self.splitArguments(inside) {
                    guard let parameter = SurfaceParameter(declaration: declaration) else {
                        throw fail("expected an argument '<label>: <Type>' or '<label>: <Type> = <default>'")
                    }
                    parameters.append(parameter)
                }
                member.parameters = parameters
                tail = body[body.index(after: close)...]
            }
            (member.effects, member.type) = try Self.effectsAndType(tail, fail: fail(_:at:))
            return member
        }

        /// `func withRawResponse.list(…) async throws -> APIResponse<AgentList>`
        func twin(_ text: String) throws(Failure) -> SurfaceTwin {
            guard let marker = text.range(of: "(…)") else { throw fail("expected '(…)'") }
            let path = String(text[text.index(text.startIndex, offsetBy: 5)..<marker.lowerBound])
            let (effects, type) = try Self.effectsAndType(text[marker.upperBound...], fail: fail(_:at:))
            return SurfaceTwin(path: path, effects: effects, type: type)
        }

        /// A case's JSON value (a string literal) and what follows it, or a property's JSON key.
        func describe(_ member: inout SurfaceMember, comment: String?) throws(Failure) {
            guard let comment else { return }
            guard comment.hasPrefix("\"") else {
                member.detail = comment
                return
            }
            guard let (value, rest) = Self.stringLiteral(Substring(comment)) else { throw fail("unterminated string literal") }
            member.wireName = value
            if rest.hasPrefix(", ") {
                member.detail = String(rest.dropFirst(2))
            } else if !rest.isEmpty {
                throw fail("unexpected text after the JSON name: '\(rest)'")
            }
        }

        /// `@available(*, deprecated, renamed: "x", message: "y")`
        func attribute(_ text: String) throws(Failure) -> SurfaceDeprecation {
            let prefix = "@available(*, deprecated"
            guard text.hasPrefix(prefix) else { throw fail("expected '\(prefix)…)'") }
            var rest = Substring(text.dropFirst(prefix.count))
            var deprecation = SurfaceDeprecation()
            for (key, path) in [(", renamed: ", \SurfaceDeprecation.renamed), (", message: ", \SurfaceDeprecation.message)]
            where rest.hasPrefix(key) {
                guard let (value, after) = Self.stringLiteral(rest.dropFirst(key.count)) else {
                    throw fail("unterminated string literal")
                }
                deprecation[keyPath: path] = value
                rest = after
            }
            guard rest == ")" else { throw fail("expected ')' closing '@available'") }
            return deprecation
        }

        // MARK: Text

        /// The declaration and the text of a trailing `  // ` comment. Types never contain `//`;
        /// a comment's string literal may, and is after the first marker.
        static func splitComment(_ text: String) -> (String, String?) {
            guard let marker = text.range(of: "  // ") else { return (text, nil) }
            return (String(text[..<marker.lowerBound]), String(text[marker.upperBound...]))
        }

        /// ` async throws -> Agent` → (`async throws`, `Agent`)
        static func effectsAndType(
            _ tail: Substring, fail: (String, Int?) -> Failure
        ) throws(Failure) -> (String?, String?) {
            var rest = tail.drop { $0 == " " }
            var effects: String?
            for candidate in ["async throws", "throws", "async"] where rest.hasPrefix(candidate) {
                effects = candidate
                rest = rest.dropFirst(candidate.count).drop { $0 == " " }
                break
            }
            if rest.isEmpty { return (effects, nil) }
            guard rest.hasPrefix("-> ") else { throw fail("expected '-> <Type>' after the arguments", nil) }
            return (effects, String(rest.dropFirst(3)))
        }

        /// Splits at the `, ` that are outside brackets and string literals (`->` is no bracket).
        static func splitArguments(_ text: String) -> [String] {
            let characters = Array(text)
            var parts: [String] = []
            var current = ""
            var depth = 0
            var inString = false
            var escaped = false
            var index = 0
            while index < characters.count {
                let character = characters[index]
                if inString {
                    if escaped {
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        inString = false
                    }
                } else {
                    switch character {
                    case "\"": inString = true
                    case "(", "[", "<": depth += 1
                    case ")", "]": depth -= 1
                    case ">" where index == 0 || characters[index - 1] != "-": depth -= 1
                    case "," where depth == 0 && index + 1 < characters.count && characters[index + 1] == " ":
                        parts.append(current)
                        current = ""
                        index += 2
                        continue
                    default: break
                    }
                }
                current.append(character)
                index += 1
            }
            if !current.isEmpty || !parts.isEmpty { parts.append(current) }
            return parts
        }

        /// The `)` matching the `(` at `open`, outside string literals.
        static func closingParenthesis(_ text: String, from open: String.Index) -> String.Index? {
            var depth = 0
            var inString = false
            var escaped = false
            var index = open
            while index < text.endIndex {
                let character = text[index]
                if inString {
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                } else if character == "\"" {
                    inString = true
                } else if character == "(" {
                    depth += 1
                } else if character == ")" {
                    depth -= 1
                    if depth == 0 { return index }
                }
                index = text.index(after: index)
            }
            return nil
        }

        /// A string literal as ``SwiftLiteral/string(_:)`` writes it, at the start of `text`:
        /// its value and the text after it.
        static func stringLiteral(_ text: Substring) -> (String, Substring)? {
            guard text.first == "\"" else { return nil }
            var value = String.UnicodeScalarView()
            var scalars = text.unicodeScalars.dropFirst()
            while let scalar = scalars.first {
                scalars = scalars.dropFirst()
                switch scalar {
                case "\"":
                    return (String(value), Substring(scalars))
                case "\\":
                    guard let escape = scalars.first else { return nil }
                    scalars = scalars.dropFirst()
                    switch escape {
                    case "n": value.append("\n")
                    case "r": value.append("\r")
                    case "t": value.append("\t")
                    case "0": value.append("\0")
                    case "u":
                        guard scalars.first == "{", let close = scalars.firstIndex(of: "}"),
                            let code = UInt32(String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close])), radix: 16),
                            let decoded = Unicode.Scalar(code)
                        else { return nil }
                        value.append(decoded)
                        scalars = scalars[scalars.index(after: close)...]
                    default: value.append(escape)
                    }
                default:
                    value.append(scalar)
                }
            }
            return nil
        }
    }
}
