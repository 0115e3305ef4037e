#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Foundation

/// The file operations the writer needs, as direct POSIX calls wrapped to throw `OutputError`s that
/// name the path. POSIX rather than `FileManager` because the guarantees depend on details
/// `FileManager` doesn't promise: hard links, exclusive creation, never following symbolic links,
/// and keeping modification times.
enum OutputFileSystem {
    enum EntryType {
        case directory, regularFile, symbolicLink, other
    }

    struct Status {
        var type: EntryType
        var size: Int
        /// Permission bits only.
        var permissions: mode_t
        var accessTime: timespec
        var modificationTime: timespec
    }

    /// What is at `path`, without following a symbolic link there; nil when nothing is.
    static func status(_ path: String) throws -> Status? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return nil }
            throw OutputError.system("inspect", path, code: code)
        }
        let type: EntryType = switch info.st_mode & 0o170000 {
        case 0o040000: .directory
        case 0o100000: .regularFile
        case 0o120000: .symbolicLink
        default: .other
        }
        #if canImport(Darwin)
        let (accessTime, modificationTime) = (info.st_atimespec, info.st_mtimespec)
        #else
        let (accessTime, modificationTime) = (info.st_atim, info.st_mtim)
        #endif
        return Status(
            type: type, size: Int(info.st_size), permissions: info.st_mode & 0o7777,
            accessTime: accessTime, modificationTime: modificationTime
        )
    }

    /// Names in a directory (without `.` and `..`), sorted so every walk is deterministic.
    static func contentsOfDirectory(_ path: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw OutputError("could not list the folder '\(path)': \(error.localizedDescription)")
        }
    }

    static func makeDirectory(_ path: String, permissions: mode_t = 0o777) throws {
        guard mkdir(path, permissions) == 0 else { throw OutputError.system("create the folder", path, code: errno) }
    }

    /// Creates `path` and any missing parents, like `mkdir -p`.
    static func makeDirectories(_ path: String) throws {
        if let existing = try status(path) {
            guard existing.type == .directory else { throw OutputError("'\(path)' exists and is not a folder") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw OutputError.system("create the folder", path, code: errno)
        }
    }

    static func setPermissions(_ path: String, _ permissions: mode_t) throws {
        guard chmod(path, permissions) == 0 else { throw OutputError.system("set permissions of", path, code: errno) }
    }

    static func readFile(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError.system("open", path, code: errno) }
        defer { close(descriptor) }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return contents }
            if count < 0 {
                if errno == EINTR { continue }
                throw OutputError.system("read", path, code: errno)
            }
            contents.append(contentsOf: chunk[0..<count])
        }
    }

    /// Creates a new file (failing if something is already there) holding `bytes`.
    static func createFile(_ path: String, bytes: UnsafeRawBufferPointer, permissions: mode_t = 0o666) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw OutputError.system("create", path, code: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                throw OutputError.system("write", path, code: errno)
            }
            offset += count
        }
    }

    static func createFile(_ path: String, text: String) throws {
        var text = text
        try text.withUTF8 { try createFile(path, bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Makes `destination` the same file as `source`: a hard link (same inode, nothing copied), or a
    /// copy with the same permissions and modification time where links aren't possible (e.g. some
    /// network or FUSE file systems), so build tools still see it as unchanged.
    static func linkOrCopy(_ source: String, to destination: String) throws {
        if link(source, destination) == 0 { return }
        try copyFile(source, to: destination)
    }

    /// Copies a regular file, keeping its permissions and access and modification times.
    static func copyFile(_ source: String, to destination: String) throws {
        guard let original = try status(source) else { throw OutputError.system("copy", source, code: ENOENT) }
        let contents = try readFile(source)
        try contents.withUnsafeBytes { try createFile(destination, bytes: $0, permissions: original.permissions) }
        try setPermissions(destination, original.permissions)  // `open` applied the umask
        let times = [original.accessTime, original.modificationTime]
        guard utimensat(AT_FDCWD, destination, times, 0) == 0 else {
            throw OutputError.system("set the modification time of", destination, code: errno)
        }
    }

    /// Recreates the tree at `source` under `destination` with hard links (or copies) of its files,
    /// so it survives the swap without its files changing. Symbolic links are recreated as links;
    /// sockets, pipes and devices are skipped (they are not content).
    static func linkTree(_ source: String, to destination: String) throws {
        guard let status = try status(source) else { return }
        switch status.type {
        case .directory:
            try makeDirectory(destination)
            try setPermissions(destination, status.permissions)
            for name in try contentsOfDirectory(source) {
                try linkTree(source + "/" + name, to: destination + "/" + name)
            }
        case .regularFile:
            try linkOrCopy(source, to: destination)
        case .symbolicLink:
            let target = try symbolicLinkTarget(source)
            guard symlink(target, destination) == 0 else {
                throw OutputError.system("create the symbolic link", destination, code: errno)
            }
        case .other:
            break
        }
    }

    private static func symbolicLinkTarget(_ path: String) throws -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = buffer.withUnsafeMutableBytes { bytes in
            readlink(path, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), bytes.count - 1)
        }
        guard count >= 0 else { throw OutputError.system("read the symbolic link", path, code: errno) }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }

    /// Deletes whatever is at `path`, folders with all their contents; nothing happens when nothing is
    /// there. Symbolic links are removed, never followed.
    static func removeTree(_ path: String) throws {
        guard let status = try status(path) else { return }
        if status.type == .directory {
            for name in try contentsOfDirectory(path) {
                try removeTree(path + "/" + name)
            }
            guard rmdir(path) == 0 else { throw OutputError.system("delete the folder", path, code: errno) }
        } else {
            guard unlink(path) == 0 || errno == ENOENT else { throw OutputError.system("delete", path, code: errno) }
        }
    }

    static func rename(_ source: String, to destination: String) throws {
        #if canImport(Darwin)
        let result = Darwin.rename(source, destination)
        #elseif canImport(Glibc)
        let result = Glibc.rename(source, destination)
        #else
        let result = Musl.rename(source, destination)
        #endif
        guard result == 0 else { throw OutputError.system("rename '\(source)' to", destination, code: errno) }
    }

    /// The system's wording for an `errno` value.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
