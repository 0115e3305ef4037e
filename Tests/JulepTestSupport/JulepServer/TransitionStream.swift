import Foundation

/// `GET /executions/{execution_id}/transitions.stream?next_page_token=<base64>`.
///
/// The server (sse-starlette) sends one event per transition, `data: ` followed by the Python repr
/// of `{'transition': {'type': ..., 'output': ..., 'created_at': <isoformat>}, 'next_page_token': <base64 or None>}`,
/// lines ending in `\r\n`. It reads `next_page_token` (not `next_token`) to resume. The emulator's
/// page token is the base64 of the next event's index; it ends the stream after the last event,
/// where the server would keep it open for new ones.
enum TransitionStream {
    static func answer(execution: String, pageToken: String?, state: EmulatorState) -> CannedResponse {
        guard state.executions[execution] != nil else { return ServerAnswer.notFound() }
        var start = 0
        if let pageToken, !pageToken.isEmpty {
            // The server's `b64decode` raises on a bad token: an unhandled error.
            guard let data = Data(base64Encoded: pageToken), let index = Int(String(decoding: data, as: UTF8.self))
            else { return ServerAnswer.internalServerError() }
            start = index
        }
        let events = state.transitions.values.filter { $0.parentID == execution }.sorted { $0.createdAt < $1.createdAt }
        var body = ""
        for (index, transition) in events.enumerated() where index >= start {
            let next: EmulatorJSON =
                index + 1 < events.count ? .string(Data(String(index + 1).utf8).base64EncodedString()) : .null
            let event = JSONObject([
                "transition": .object(
                    JSONObject([
                        "type": transition.fields["type"] ?? .null,
                        "output": transition.fields["output"] ?? .null,
                        "created_at": .string(EmulatorClock.pythonISOFormat(transition.createdAt)),
                    ])),
                "next_page_token": next,
            ])
            body += "data: \(PythonRepr.of(.object(event)))\r\n\r\n"
        }
        return CannedResponse(
            status: 200,
            headers: [
                "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store",
                "X-Accel-Buffering": "no",
            ],
            body: body)
    }
}
