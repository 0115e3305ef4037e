/// The loopback HTTP server the generated sample tests run against (`Sources/SampleTestSupport`,
/// embedded into julep-gen at build time), as it goes into the generated test target: every file
/// byte for byte, under `Tests/<API>SampleTests/Support/`.
///
/// The tests carry it so that a generated package builds and passes `swift test` on its own: it
/// needs nothing beyond Foundation, so the package has no dependency to resolve.
enum SampleTestSupportFiles {
    /// Where the server's files go in the test target `module`.
    static func directory(testModule module: String) -> String { "Tests/\(module)/Support" }

    static func files(testModule module: String) -> [GeneratedFile] {
        EmbeddedSampleTestSupport.files.map { file in
            GeneratedFile(path: "\(directory(testModule: module))/\(file.name)", contents: file.text)
        }
    }
}
