// The test server and its request/response types live in the `JulepTestSupport` target, shared
// with the generated tests; every file here sees them.
@_exported import JulepTestSupport
