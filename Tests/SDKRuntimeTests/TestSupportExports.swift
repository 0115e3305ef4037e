// The test servers and helpers live in the `JulepTestSupport` target; every file here sees them.
@_exported import JulepTestSupport
