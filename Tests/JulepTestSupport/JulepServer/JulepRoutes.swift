/// Every route the agents-api app serves at API 0.4.0, in the order FastAPI matches them.
///
/// Not here, as on the server: `PUT`/`PATCH`/`DELETE /agents/{id}/tasks/{child_id}` and
/// `DELETE /sessions/{id}/history` (405: the path is served for other methods) and
/// `POST /executions` (404: no such path).
enum JulepRoutes {
    static let all: [Route] =
        AgentRoutes.routes + DocRoutes.routes + ToolRoutes.routes + TaskRoutes.routes + UserRoutes.routes
        + SessionRoutes.routes + [ChatRoute.route, Embeddings.route] + ExecutionRoutes.routes + JobRoutes.routes
}
