// StorageMedium: the few file operations the store needs, as a seam. PosixMedium serves native builds
// and Emscripten's file systems alike; FaultMedium makes any operation fail for the tests.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace rapport::store {

// Every operation reports failure (missing file, permission, disk full, I/O error) as an Error whose
// message names the path and the system's reason. Paths are plain '/'-separated strings.
class StorageMedium {
public:
    virtual ~StorageMedium() = default;

    // Names (not paths) of the regular files in `dir`; fails if the directory cannot be read.
    virtual Result<std::vector<std::string>> listFiles(const std::string& dir) = 0;
    // Creates `dir` (one level) if it does not exist yet; fails if it cannot.
    virtual Status makeDirectory(const std::string& dir) = 0;
    // The whole content of `path`; fails if it is missing or unreadable.
    virtual Result<std::string> readFile(const std::string& path) = 0;
    // Creates or replaces `path` with `bytes` (not synced). On failure part of the bytes may be there.
    virtual Status writeFile(const std::string& path, std::string_view bytes) = 0;
    // Appends `bytes` at the end of `path`, creating it if missing (not synced). On failure a prefix
    // of the bytes may have been written: the caller truncates back.
    virtual Status appendFile(const std::string& path, std::string_view bytes) = 0;
    // Cuts `path` to `size` bytes (not synced).
    virtual Status truncateFile(const std::string& path, uint64_t size) = 0;
    // fdatasync: the file's data is durable when this returns ok.
    virtual Status syncFile(const std::string& path) = 0;
    // Renames atomically within one directory, replacing `to` if it exists (not synced).
    virtual Status renameFile(const std::string& from, const std::string& to) = 0;
    // fsync of the directory: makes created, renamed and removed names durable.
    virtual Status syncDirectory(const std::string& dir) = 0;
    // Removes `path`; fails if it cannot (a missing file is a failure too).
    virtual Status removeFile(const std::string& path) = 0;
    // Takes an exclusive lock on `dir` (via a LOCK file in it) until unlockDirectory(): one writer per
    // store. Fails if another process, or another open store of this one, holds it.
    virtual Status lockDirectory(const std::string& dir) = 0;
    // Releases the lock taken by lockDirectory(); does nothing if there is none.
    virtual void unlockDirectory(const std::string& dir) = 0;

    // Readers beside a writer: a reader holds the shared "generation" lock of `dir` while it reads, and
    // the writer removes superseded files only while it holds that lock exclusively. The writer never
    // waits (a removal skipped now is done at the next compaction or open); a reader waits only for a
    // removal in progress. Neither creates a file (a read-only open writes nothing). Media without such
    // locks (memory, Emscripten, where a read-only tab reads its own copy) keep these defaults.
    virtual void lockForReading(const std::string& dir) { (void)dir; }
    virtual void unlockForReading(const std::string& dir) { (void)dir; }
    // True if no reader holds the lock; then the caller removes files and calls unlockForRemoval().
    virtual bool tryLockForRemoval(const std::string& dir) { (void)dir; return true; }
    virtual void unlockForRemoval(const std::string& dir) { (void)dir; }
};

// "dir/name" without doubling the slash.
inline std::string joinPath(const std::string& dir, const std::string& name) {
    if (dir.empty()) return name;
    return dir.back() == '/' ? dir + name : dir + "/" + name;
}

}  // namespace rapport::store
