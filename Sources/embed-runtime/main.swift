// Run at build time by the EmbedRuntime plugin: turns a target's source files (the SDK runtime,
// Sources/SDKRuntime; the generated tests' loopback server, Sources/SampleTestSupport) into one
// Swift file declaring `enum ENUM`, so that julep-gen carries them in its own binary and copies
// them into what it writes byte for byte.
//
// Usage: embed-runtime OUTPUT ENUM TARGET FILE...
import Foundation

/// The stand-in for the one runtime file julep-gen writes per SDK: it is not copied, and its
/// alias for the API's error type is not a name the runtime reserves.
let identityFileName = "SDKIdentity.swift"

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: embed-runtime OUTPUT ENUM TARGET FILE...\n".utf8))
    exit(2)
}
let output = arguments[arguments.startIndex]
let enumName = arguments[arguments.startIndex + 1]
let targetName = arguments[arguments.startIndex + 2]
let inputs = arguments.dropFirst(3).sorted { ($0 as NSString).lastPathComponent < ($1 as NSString).lastPathComponent }

var files: [(name: String, text: String, types: [String])] = []
var declaredTypes: Set<String> = []
for path in inputs {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("embed-runtime: cannot read \(path)\n".utf8))
        exit(1)
    }
    let name = (path as NSString).lastPathComponent
    let text = String(decoding: data, as: UTF8.self)
    let types = topLevelDeclarations(in: text)
        .filter { !(name == identityFileName && $0.keyword == "typealias") }.map(\.name)
    declaredTypes.formUnion(types)
    if name != identityFileName { files.append((name, text, types.sorted())) }
}

/// The top-level types a file declares: lines at column 0 such as `public struct Name`,
/// `final class Name`, `enum Name<T>`, `typealias Name = …`.
func topLevelDeclarations(in text: String) -> [(keyword: String, name: String)] {
    let keywords: Set<Substring> = ["struct", "enum", "class", "actor", "protocol", "typealias"]
    let modifiers: Set<Substring> = ["public", "internal", "fileprivate", "private", "package", "final", "indirect"]
    var found: [(String, String)] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
        guard let first = line.first, first.isLetter else { continue }
        var words = line.split(separator: " ")[...]
        while let word = words.first, modifiers.contains(word) { words = words.dropFirst() }
        guard let keyword = words.first, keywords.contains(keyword), words.count > 1 else { continue }
        let name = words[words.startIndex + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        if !name.isEmpty { found.append((String(keyword), String(name))) }
    }
    return found
}

/// A raw string literal that holds `text` as it is: enough `#`s that no `"#…` inside ends it and
/// no `\#…` inside is read as an escape.
func rawLiteral(_ text: String) -> String {
    var longest = 0
    var run = -1
    for character in text {
        if character == "\"" || character == "\\" {
            run = 0
        } else if character == "#", run >= 0 {
            run += 1
            longest = max(longest, run)
        } else {
            run = -1
        }
    }
    let hashes = String(repeating: "#", count: longest + 1)
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

var swift = """
// Written at build time by the EmbedRuntime plugin from Sources/\(targetName).

/// The files of Sources/\(targetName), as julep-gen copies them.
enum \(enumName) {
    /// Every file but `\(identityFileName)`, in name order: its name, its text and the top-level
    /// types it declares.
    static let files: [(name: String, text: String, types: [String])] = [

"""
for file in files {
    let types = file.types.map { String(reflecting: $0) }.joined(separator: ", ")
    swift += "        (\n            \(String(reflecting: file.name)),\n\(rawLiteral(file.text)),\n            [\(types)]\n        ),\n"
}
swift += """
    ]

    /// Every top-level type the files declare (`SDKIdentity`'s included).
    static let declaredTypes: [String] = [
\(declaredTypes.sorted().map { "        \(String(reflecting: $0)),\n" }.joined())    ]
}

"""
let url = URL(fileURLWithPath: output)
if (try? String(contentsOf: url, encoding: .utf8)) != swift {
    do {
        try swift.write(to: url, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data("embed-runtime: cannot write \(output): \(error)\n".utf8))
        exit(1)
    }
}
