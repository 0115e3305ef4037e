/// The answers the agents-api app gives, in the shapes its exception handlers write (`web.py`).
enum ServerAnswer {
    static func json(_ status: Int, _ body: EmulatorJSON) -> CannedResponse {
        CannedResponse(status: status, headers: ["Content-Type": "application/json"], body: body.serialized)
    }

    static func json(_ status: Int, _ body: JSONObject) -> CannedResponse {
        json(status, .object(body))
    }

    /// 422: FastAPI's `RequestValidationError` through the app's own handler —
    /// `{"status_code": 422, "message": str(exc), "data": null}`, where `str(exc)` is the Python repr
    /// of pydantic's error list with newlines and triple spaces squeezed.
    static func validation(_ issues: [ValidationIssue]) -> CannedResponse {
        let message = ("[" + issues.map(\.pythonRepr).joined(separator: ", ") + "]")
            .replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "   ", with: " ")
        return json(
            422, JSONObject(["status_code": 422, "message": .string(message), "data": .null]))
    }

    /// An `HTTPException` raised by a route or a query, through the app's handler:
    /// `{"error": {"message": "<status>: <detail>"}}`.
    static func httpException(_ status: Int, _ detail: String) -> CannedResponse {
        json(status, JSONObject(["error": .object(JSONObject(["message": .string("\(status): \(detail)")]))]))
    }

    /// A resource that does not exist, or belongs to another developer: the queries' ownership check fails.
    static func notFound() -> CannedResponse {
        httpException(404, "developer not found or doesnt own resource")
    }

    /// No route for the path: Starlette's own 404, which the app's handler does not see.
    static func noRoute() -> CannedResponse {
        json(404, JSONObject(["detail": "Not Found"]))
    }

    /// A path the app serves, with another method: Starlette's 405, with `Allow`.
    static func methodNotAllowed(allowed: [String]) -> CannedResponse {
        CannedResponse(
            status: 405, headers: ["Content-Type": "application/json", "Allow": allowed.joined(separator: ", ")],
            body: EmulatorJSON.object(JSONObject(["detail": "Method Not Allowed"])).serialized)
    }

    /// An exception no handler maps (an `assert` or `ValueError` in a query): Starlette's plain 500.
    static func internalServerError() -> CannedResponse {
        CannedResponse(status: 500, headers: ["Content-Type": "text/plain; charset=utf-8"], body: "Internal Server Error")
    }

    /// `get_api_key` rejecting the request.
    static func forbidden() -> CannedResponse {
        httpException(403, "Could not validate API KEY")
    }
}
