/// The companion of an operation that answers bytes: the same call with `to destination: URL`,
/// which writes the answer to a file as it arrives instead of returning it as `Data`, so a large
/// download never sits in memory (`photos.downloadPrint(photoId:to:)`).
///
/// An overload rather than a separate accessor: it reads like URLSession's `download(for:)`, is
/// found next to the method by completion, and the `Data`-returning method stays the simple case.
struct DownloadContext: Encodable {
    var doc: [String]
    var rawDoc: [String]
    /// `public func download(…, to destination: URL, options: …) async throws -> URL`.
    var signature: SignatureContext
    /// The `withRawResponse` twin's, returning `APIResponse<URL>`.
    var rawSignature: SignatureContext
    var forwardedArguments: String
    /// The argument's name in the method's body: `destination`, unless a parameter has it.
    var destination: String
}

extension ContextBuilder {
    /// The download companion of `operation` (0 or 1 element): for answers in bytes (`Data`, or
    /// media the SDK does not decode), not for event streams.
    func downloads(
        _ projection: OperationProjection, in resource: Resource,
        doc: (summary: [String], parameters: [String], returns: [String])
    ) -> [DownloadContext] {
        let operation = projection.operation
        guard operation.answersBytes else { return [] }
        let names = projection.names
        let taken = Set(operation.parameters.map { names.used($0.swiftName) } + [operation.body?.argumentName].compactMap { $0 })
        let destination = taken.contains("destination") ? "destinationURL" : "destination"
        var withDestination = projection.arguments.map(\.context)
        let argument = ArgumentContext(declaration: "to \(destination): URL", forwarding: "to: \(destination)")
        // Before `options`, which is always last.
        withDestination.insert(argument, at: max(0, withDestination.count - 1))
        let forwarded = Self.argumentList(withDestination.map(\.forwarding))
        let name = projection.methodName
        let signature = SignatureContext.method(name, arguments: withDestination, tail: " async throws -> URL")
        let rawSignature = SignatureContext.rawTwin(
            name, arguments: withDestination, returning: "\(RuntimeNames.apiResponseType)<URL>")
        guard writesDocs else {
            return [
                DownloadContext(
                    doc: [], rawDoc: [], signature: signature, rawSignature: rawSignature,
                    forwardedArguments: forwarded, destination: destination)
            ]
        }
        let option = "///   - \(RuntimeNames.requestOptionsArgument):"
        var parameters = doc.parameters
        let line = "///   - \(destination): The file to write the answer to, as it arrives (a file there is replaced)."
        parameters.insert(line, at: parameters.firstIndex { $0.hasPrefix(option) } ?? parameters.endIndex)
        let summary = doc.summary + [
            "///", "/// Writes the answer to `\(destination)` as it arrives, never holding it whole in memory.",
        ]
        return [
            DownloadContext(
                doc: summary + parameters + ["/// - Returns: `\(destination)`, once the whole answer is written."],
                rawDoc: rawTwinDoc(
                    summary: doc.summary, method: operation.swiftName, in: resource,
                    returns: "The response: `\(destination)` once the whole answer is written, status and headers."),
                signature: signature, rawSignature: rawSignature,
                forwardedArguments: forwarded, destination: destination)
        ]
    }
}
