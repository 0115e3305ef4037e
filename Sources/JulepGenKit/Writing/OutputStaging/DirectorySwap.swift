#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Replaces the output folder with the finished staging folder in one step, so anyone looking at the
/// output — or a run killed at any moment — sees either the whole old tree or the whole new one.
///
/// The atomic way is to exchange the two names: `renameat2(RENAME_EXCHANGE)` on Linux,
/// `renamex_np(RENAME_SWAP)` on Darwin. Where that isn't available (older kernels, some file
/// systems), two renames do it: output → backup, staging → output. Between those two the output is
/// briefly missing; if a run dies right there, `recoverInterruptedSwap` puts the backup back.
enum DirectorySwap {
    /// Puts `staging` at `output` and returns where the old output tree now is (to be deleted).
    static func replace(_ output: String, with staging: String, backup: String, allowExchange: Bool = true) throws -> String {
        if allowExchange, try exchange(staging, output) {
            return staging
        }
        try OutputFileSystem.removeTree(backup)
        try OutputFileSystem.rename(output, to: backup)
        do {
            try OutputFileSystem.rename(staging, to: output)
        } catch {
            try? OutputFileSystem.rename(backup, to: output)
            throw error
        }
        return backup
    }

    /// Repairs what a run killed between the two fallback renames left: the output missing and the
    /// old tree at `backup`. Any other leftover backup is just deleted.
    static func recoverInterruptedSwap(output: String, backup: String) throws {
        guard try OutputFileSystem.status(backup) != nil else { return }
        if try OutputFileSystem.status(output) == nil {
            try OutputFileSystem.rename(backup, to: output)
        } else {
            try OutputFileSystem.removeTree(backup)
        }
    }

    /// Atomically exchanges two existing paths; false when the platform or file system can't.
    private static func exchange(_ first: String, _ second: String) throws -> Bool {
        #if canImport(Darwin)
        let exchanged = renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #elseif canImport(Glibc)
        // Glibc has `renameat2` since 2.28, but Swift's Glibc module doesn't declare it (it needs
        // _GNU_SOURCE), so it is looked up at run time; without it, the fallback is used.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let process = dlopen(nil, RTLD_NOW) else { return false }
        defer { dlclose(process) }
        guard let symbol = dlsym(process, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE from <linux/fs.h>
        let exchanged = renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #else
        let exchanged = false
        errno = ENOSYS
        #endif
        if exchanged { return true }
        let code = errno
        // Not supported here (kernel, file system or OS version): fall back. Anything else is a real error.
        if code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP { return false }
        throw OutputError.system("swap in the new output at", second, code: code)
    }
}
