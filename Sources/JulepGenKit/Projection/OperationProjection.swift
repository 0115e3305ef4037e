/// An operation's methods as Swift declares them (see ``SwiftProjection``).
struct OperationProjection {
    let operation: Operation
    /// How the arguments are named inside the methods.
    let names: ArgumentNames
    /// The manager method's name, escaped where it is a keyword.
    let methodName: String
    /// In declaration order: path parameters, the body passed whole or the flattened body's fields,
    /// query and header parameters, `options`.
    let arguments: [SwiftArgument]
    /// The checks made before sending: each argument's constraints, then the body's exclusive groups.
    let validations: [String]
    /// The API's answer as Swift spells it (`nil`: no body).
    let responseType: String?
    /// What the manager method returns: the `returns:` object, else `responseType`.
    let managerReturnType: String?
    /// A streaming operation's event type.
    let eventType: String?
    /// How its `…All` companion pages, when it has one.
    var paging: PagingPlan? = nil

    /// Where the body passed whole is among `arguments`, or `nil`.
    var bodyArgumentIndex: Int? {
        arguments.firstIndex { if case .body = $0.role { true } else { false } }
    }

    /// `id:body:options:`: the manager method's labels, for doc links.
    var labels: String {
        arguments.map { $0.swiftName + ":" }.joined()
    }

    /// The arguments as a call passes them on, on one line (`SwiftLineBreaker` breaks it where it
    /// is too long).
    var forwarded: String {
        arguments.map(\.forwarding).joined(separator: ", ")
    }

    /// `APIResponse<T>`: what the `withRawResponse` twin returns.
    var rawReturnType: String {
        "\(RuntimeNames.apiResponseType)<\(responseType ?? "Void")>"
    }
}
