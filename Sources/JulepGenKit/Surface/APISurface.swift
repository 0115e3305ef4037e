/// The public API of a generated SDK as its users write against it: every type the spec decides,
/// with its cases, properties, initializers and methods in Swift's spelling, and the HTTP
/// operation behind each method.
///
/// Built from the IR by ``SurfaceBuilder`` (with the same spellings the templates get), written
/// beside the SDK as `API.md` by ``SurfaceWriter``, read back by ``SurfaceReader``, and compared
/// by ``SurfaceComparison``. The runtime's types are the same for every spec and not part of it,
/// nor are members a listed conformance requires (`Codable`'s `init(from:)`, `rawValue`, …).
public struct APISurface: Sendable, Hashable {
    /// The file's name in the output folder.
    public static let fileName = "API.md"

    /// The SDK's module, e.g. `Julep`.
    public var module: String
    public var version: String?
    /// In the order the file lists them: the client's types, the resources, then the models.
    public var types: [SurfaceType]

    public init(module: String, version: String?, types: [SurfaceType]) {
        self.module = module
        self.version = version
        self.types = types
    }
}

public struct SurfaceType: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case structure = "struct"
        case enumeration = "enum"
        case alias = "typealias"
        /// A protocol declaring what several types share: the factories of a union case
        /// (`UnionCaseProtocols`). Its members are also each conforming type's, for comparison.
        case protocolType = "protocol"
    }

    /// Where the file lists the type.
    public enum Section: String, Sendable, Hashable, CaseIterable {
        case client = "Client"
        case resources = "Resources"
        case models = "Models"
    }

    public var kind: Kind
    /// As other code spells it: `Agent`, `Agent.Instructions`.
    public var name: String
    public var section: Section
    /// The protocols it conforms to (a raw-valued enum's raw type first), in declaration order.
    public var conformances: [String] = []
    /// What an alias stands for.
    public var aliasTarget: String? = nil
    public var deprecation: SurfaceDeprecation? = nil
    public var members: [SurfaceMember] = []

    public init(
        kind: Kind, name: String, section: Section, conformances: [String] = [], aliasTarget: String? = nil,
        deprecation: SurfaceDeprecation? = nil, members: [SurfaceMember] = []
    ) {
        self.kind = kind
        self.name = name
        self.section = section
        self.conformances = conformances
        self.aliasTarget = aliasTarget
        self.deprecation = deprecation
        self.members = members
    }
}

public struct SurfaceMember: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case enumCase = "case"
        case property = "var"
        case constant = "let"
        case staticConstant = "static let"
        case initializer = "init"
        case method = "func"
        case staticMethod = "static func"

        /// Whether it is called with arguments in parentheses (a case only when it has a payload).
        var isCallable: Bool { self == .initializer || self == .method || self == .staticMethod }
    }

    public var kind: Kind
    /// The base name: `list`, `createdAt`, `init`.
    public var name: String
    /// An initializer's or method's arguments, or a case's associated values (labelled `_`);
    /// `nil` for a case without a payload and for properties.
    public var parameters: [SurfaceParameter]? = nil
    /// A property's type, or what a method returns (`nil`: nothing).
    public var type: String? = nil
    /// `async throws`, `throws`, or `nil`.
    public var effects: String? = nil
    /// A property that can be read only (`{ get }`).
    public var isReadOnly: Bool = false
    /// A case's JSON value (a tagged union's discriminator value), or a property's JSON key when
    /// it is not spelled like the property.
    public var wireName: String? = nil
    /// What else the member stands for, e.g. an environment's URL.
    public var detail: String? = nil
    /// The HTTP request a method sends: `GET /agents/{id}`.
    public var operation: String? = nil
    public var deprecation: SurfaceDeprecation? = nil
    /// The other methods for the same operation, taking the same arguments: `listAll`,
    /// `withRawResponse.list`, `JulepAPI.agentsRouteList`.
    public var twins: [SurfaceTwin] = []

    public init(
        kind: Kind, name: String, parameters: [SurfaceParameter]? = nil, type: String? = nil, effects: String? = nil,
        isReadOnly: Bool = false, wireName: String? = nil, detail: String? = nil, operation: String? = nil,
        deprecation: SurfaceDeprecation? = nil, twins: [SurfaceTwin] = []
    ) {
        self.kind = kind
        self.name = name
        self.parameters = parameters
        self.type = type
        self.effects = effects
        self.isReadOnly = isReadOnly
        self.wireName = wireName
        self.detail = detail
        self.operation = operation
        self.deprecation = deprecation
        self.twins = twins
    }
}

/// One argument as declared: `limit: Int = 100`.
public struct SurfaceParameter: Sendable, Hashable {
    /// The argument label as declared (`_` for none, `` `self` selfValue`` with an inner name).
    public var label: String
    public var type: String
    /// The default argument as Swift source, `nil` when the argument must be given.
    public var defaultValue: String?

    public init(label: String, type: String, defaultValue: String? = nil) {
        self.label = label
        self.type = type
        self.defaultValue = defaultValue
    }

    /// Splits a declaration as the contexts spell it (`limit: Int = 100`). The label ends at the
    /// first `": "`; types never contain `" = "`, so the default starts at the first one after it.
    public init?(declaration: String) {
        guard let colon = declaration.range(of: ": ") else { return nil }
        label = String(declaration[..<colon.lowerBound])
        let rest = declaration[colon.upperBound...]
        if let equals = rest.range(of: " = ") {
            type = String(rest[..<equals.lowerBound])
            defaultValue = String(rest[equals.upperBound...])
        } else {
            type = String(rest)
            defaultValue = nil
        }
        guard !label.isEmpty, !type.isEmpty else { return nil }
    }

    /// `limit: Int = 100`
    public var declaration: String {
        "\(label): \(type)" + (defaultValue.map { " = \($0)" } ?? "")
    }

    /// The label callers write: `limit`, `self` (without an inner name or backticks).
    var externalLabel: String {
        let outer = label.split(separator: " ").first.map(String.init) ?? label
        return outer.hasPrefix("`") && outer.hasSuffix("`") && outer.count > 2 ? String(outer.dropFirst().dropLast()) : outer
    }
}

/// A method beside another one for the same operation with the same arguments, differing in what
/// it returns.
public struct SurfaceTwin: Sendable, Hashable {
    /// Its name relative to the type of the method it stands beside (`listAll`,
    /// `withRawResponse.list`), or qualified by another type (`JulepAPI.agentsRouteList`).
    public var path: String
    public var effects: String?
    public var type: String?

    public init(path: String, effects: String?, type: String?) {
        self.path = path
        self.effects = effects
        self.type = type
    }
}

/// `@available(*, deprecated…)`, or for types and enum cases (deprecated in their docs) the same
/// statement in a comment.
public struct SurfaceDeprecation: Sendable, Hashable {
    public var message: String?
    /// The member's new name, for a deprecated forward (`formerSwiftName`).
    public var renamed: String?

    public init(message: String? = nil, renamed: String? = nil) {
        self.message = message
        self.renamed = renamed
    }
}
