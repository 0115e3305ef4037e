/// A group of operations; becomes a manager (`client.agents`).
public struct Resource: Sendable, Hashable {
    public var name: String
    /// The manager's type, e.g. `AgentsResource`.
    public var typeName: String
    /// The client's property, e.g. `agents`.
    public var accessorName: String
    public var docs: String?
    public var operations: [Operation]
    /// The resource this one is a property of (`channels` for `channels.messages`); `nil` for
    /// the client's own.
    public var parent: String? = nil
}

public struct Operation: Sendable, Hashable {
    public var name: String
    /// The method's base name, e.g. `createOrUpdate`.
    public var swiftName: String
    /// The name an earlier SDK version used, generated as a deprecated forward to `swiftName`.
    public var formerSwiftName: String? = nil
    /// The documented Python route this mirrors, e.g. `agents_route_create`.
    public var route: String?
    /// Documented Python manager methods it also stands for, e.g. `TasksManager.create`.
    public var mirrors: [String] = []
    /// Upper case: `GET`, `POST`, …
    public var method: String
    public var path: PathTemplate
    /// In argument order: path, then flattened body fields or `body`, then query, then headers.
    public var parameters: [Parameter]
    public var body: RequestBody?
    public var response: Response
    public var errors: [ErrorResponse]
    public var pagination: Pagination?
    public var streaming: Streaming?
    /// The whole object the manager method returns instead of the API's answer.
    public var returns: ReturnedObject?
    public var docs: String?
    public var deprecation: Deprecation?
    /// Safe to send twice: GET, HEAD, OPTIONS, PUT and DELETE, or marked so in the spec.
    public var isIdempotent: Bool
    /// Where the server differs from the API's published description (`deviations:`).
    public var deviations: [Deviation] = []
    /// The credentials it sends: alternatives, the first the client has wins, each naming the
    /// schemes (``AuthScheme/name``) sent together. `[]` sends none, an empty alternative allows
    /// calls without credentials; `nil` sends every credential the client has.
    public var security: [[String]]?
    /// The absolute URL of the server it is sent to instead of the client's base URL; `nil` for
    /// the base URL.
    public var server: String?
    /// Manager methods that call it with one variant of its union body (`shortcuts:`).
    public var shortcuts: [Shortcut] = []
    /// Where the spec declares it (its name), for diagnostics of later stages.
    public var location: SourceLocation? = nil

    /// Whether the answer is bytes worth writing to a file as they arrive (`Data`, or media the
    /// SDK does not decode), not an event stream: the operation gets a download companion.
    public var answersBytes: Bool {
        streaming == nil && response.type != nil && (response.kind == .binary || response.kind == .undecoded)
    }
}

/// A manager method that calls an operation whose body is a union with one of its variants,
/// built from the variant's properties as arguments (`cancelExecution(id:reason:)` for
/// `updateExecution(id:body: .cancelled(…))`), and returns the operation's result or a value inside it.
public struct Shortcut: Sendable, Hashable {
    public var swiftName: String
    public var docs: String?
    /// The union case (its Swift name) the body is, and the object type it holds.
    public var caseName: String
    public var payload: TypeID
    /// In argument order: the operation's path parameters, the payload's fields (`.body`), its
    /// query parameters and headers.
    public var parameters: [Parameter]
    /// The argument taken without a label (the first), if any.
    public var unlabeled: String?
    /// The steps to the returned value inside the operation's result (empty: the result itself).
    public var returnPath: [Accessor.Step]
    /// The path as written, for docs and errors.
    public var returnPathText: String?
    /// The type of the returned value; `nil` when it is what the operation's manager method returns.
    public var returnType: TypeReference?
}

/// Where the server does not do what the API's published description says, and what the SDK does.
public struct Deviation: Sendable, Hashable {
    /// What the published description says.
    public var document: String
    /// What the server does.
    public var server: String
    /// What the SDK does about it.
    public var sdk: String
}

/// `/agents/{id}/docs` as literal text and parameter references.
public struct PathTemplate: Sendable, Hashable {
    public enum Piece: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    public var raw: String
    public var pieces: [Piece]
}

public struct Parameter: Sendable, Hashable {
    public enum Location: String, Sendable, Hashable {
        case path
        case query
        case header
        /// A property of a flattened request body.
        case body
    }

    public var wireName: String
    public var swiftName: String
    public var location: Location
    public var type: TypeReference
    public var isRequired: Bool
    public var defaultValue: DefaultValue?
    public var serialization: ParameterSerialization
    public var docs: String?
    public var deprecation: Deprecation?
    public var constraints: Constraints
}

public struct RequestBody: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
        /// One argument (`argumentName`, `body` by default) of this type.
        case value(TypeReference)
        /// The object's properties are the method's arguments (`Parameter.Location.body`).
        case flattened(TypeID)
    }

    public var shape: Shape
    public var contentType: String
    public var docs: String?
    /// The argument's name when the body is passed whole (`.value`): `body` unless the spec names it.
    public var argumentName: String = RuntimeNames.bodyArgument
    /// How it is sent, from `contentType`.
    public var kind: RequestMediaKind { MediaType.requestKind(contentType) }
    /// How fields of a form or multipart body are written, by wire name.
    public var encodings: [String: FieldEncoding] = [:]
}

public struct Response: Sendable, Hashable {
    public var status: Int
    /// `nil` when the response has no body.
    public var type: TypeReference?
    public var docs: String?
    /// How the answer is read: JSON into `type`, or as it came (`type` is then `Data`, `String`
    /// or `ResponseBody`).
    public var kind: ResponseMediaKind = .json
    /// The media types the operation answers with, for the `Accept` header; empty for JSON only.
    public var mediaTypes: [String] = []
}

public struct ErrorResponse: Sendable, Hashable {
    public var status: Int
    public var type: TypeReference?
    public var docs: String?
}

/// Offset/limit paging: the operation's query parameters that move through pages, and the response's list.
public struct Pagination: Sendable, Hashable {
    public var offsetParameter: String
    public var limitParameter: String
    public var itemsProperty: String
    public var itemType: TypeReference
}

/// What a manager method returns in place of the API's partial answer (`returns:` in the spec).
public enum ReturnedObject: Sendable, Hashable {
    /// Built from the method's arguments and the answer, without another request.
    case composed(ComposedReturn)
    /// Read back with another operation of the resource, given the answer's ID.
    case fetched(FetchedReturn)
}

/// A whole object read back after the operation by another operation of the same resource.
public struct FetchedReturn: Sendable, Hashable {
    /// What the reading operation returns (and so the manager method).
    public var type: TypeReference
    /// The Swift name of the reading operation, e.g. `get`.
    public var operation: String
    /// The Swift name of that operation's one required argument, a path parameter, e.g. `id`.
    public var parameter: String
    /// What that argument is given.
    public var source: Source
    /// When `operation` is a paginated list: how the object is found among its items.
    public var listing: Listing? = nil

    /// The object is the item of the list whose `itemID` equals the response's ID.
    public struct Listing: Sendable, Hashable {
        /// The Swift name of the items' ID property.
        public var itemID: String
        /// The list's required arguments, by Swift name: the operation's arguments of the same name.
        public var arguments: [String]
    }

    public enum Source: Sendable, Hashable {
        /// The response property with this Swift name, e.g. `id`.
        case responseProperty(String)
        /// The operation's own argument with this Swift name (the operation answers without a value).
        case argument(String)
    }
}

/// A whole object made from a method's arguments and the API's (partial) response.
public struct ComposedReturn: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// The argument with this Swift name.
        case argument(String)
        /// The response's property with this Swift name.
        case response(String)
        /// Nothing: an optional property left `nil`.
        case none
    }

    public var type: TypeID
    /// One entry per property of `type`, in declaration order: the property's Swift name and its source.
    public var fields: [(property: String, source: Source)]

    public static func == (lhs: ComposedReturn, rhs: ComposedReturn) -> Bool {
        lhs.type == rhs.type && lhs.fields.map(\.property) == rhs.fields.map(\.property)
            && lhs.fields.map(\.source) == rhs.fields.map(\.source)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        for field in fields {
            hasher.combine(field.property)
            hasher.combine(field.source)
        }
    }
}

public struct Streaming: Sendable, Hashable {
    public var eventType: TypeReference
    /// How each event's `data` is written: JSON, or a Python literal read as JSON.
    public var format: StreamFormat = .json
}
