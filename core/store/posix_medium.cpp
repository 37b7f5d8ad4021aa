// POSIX implementation of the storage seam over the one POSIX file layer (posix_files.h: EINTR
// retried, short writes continued, errno turned into a message that names the file).
#include "core/store/posix_medium.h"

#include "core/store/posix_files.h"

#include <cerrno>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::store {

namespace {

Status writeWithFlags(const std::string& path, std::string_view bytes, int flags, const char* what) {
    const int fd = openFile(path, O_WRONLY | O_CREAT | flags);
    if (fd < 0) return fileError("open", path, errno);
    const int err = writeAll(fd, bytes);
    const int closeErr = ::close(fd) == 0 ? 0 : errno;
    if (err != 0) return fileError(what, path, err);
    if (closeErr != 0 && closeErr != EINTR) return fileError(what, path, closeErr);
    return {};
}

Status syncPath(const std::string& path, int flags, bool dataOnly) {
    const int fd = openFile(path, flags);
    if (fd < 0) return fileError("open", path, errno);
    int rc;
    do { rc = dataOnly ? ::fdatasync(fd) : ::fsync(fd); } while (rc != 0 && errno == EINTR);
    const int err = rc == 0 ? 0 : errno;
    ::close(fd);
    // Some file systems (and Emscripten's) cannot fsync a directory; that is not a lost write.
    if (err != 0 && !(flags & O_DIRECTORY && (err == EINVAL || err == EBADF || err == EISDIR))) {
        return fileError("flush to disk", path, err);
    }
    return {};
}

}  // namespace

Result<std::vector<std::string>> PosixMedium::listFiles(const std::string& dir) {
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) return fileError("list", dir, errno);
    std::vector<std::string> names;
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        struct stat st {};
        if (::stat(joinPath(dir, name).c_str(), &st) == 0 && S_ISREG(st.st_mode)) names.push_back(name);
    }
    ::closedir(d);
    return names;
}

Status PosixMedium::makeDirectory(const std::string& dir) {
    if (::mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST) return {};
    return fileError("create the folder", dir, errno);
}

Result<std::string> PosixMedium::readFile(const std::string& path) {
    const int fd = openFile(path, O_RDONLY);
    if (fd < 0) return fileError("open", path, errno);
    std::string out;
    const int err = readAll(fd, out);
    ::close(fd);
    if (err != 0) return fileError("read", path, err);
    return out;
}

Status PosixMedium::writeFile(const std::string& path, std::string_view bytes) {
    return writeWithFlags(path, bytes, O_TRUNC, "write");
}

Status PosixMedium::appendFile(const std::string& path, std::string_view bytes) {
    return writeWithFlags(path, bytes, O_APPEND, "append to");
}

Status PosixMedium::truncateFile(const std::string& path, uint64_t size) {
    int rc;
    do { rc = ::truncate(path.c_str(), static_cast<off_t>(size)); } while (rc != 0 && errno == EINTR);
    if (rc != 0) return fileError("truncate", path, errno);
    return {};
}

Status PosixMedium::syncFile(const std::string& path) { return syncPath(path, O_RDONLY, true); }

Status PosixMedium::renameFile(const std::string& from, const std::string& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) return fileError("rename", from, errno);
    return {};
}

Status PosixMedium::syncDirectory(const std::string& dir) { return syncPath(dir, O_RDONLY | O_DIRECTORY, false); }

Status PosixMedium::removeFile(const std::string& path) {
    if (::unlink(path.c_str()) != 0) return fileError("remove", path, errno);
    return {};
}

PosixMedium::~PosixMedium() {
    for (const auto& lock : m_locks) ::close(lock.second);
    for (const auto& lock : m_readLocks) ::close(lock.second);
    for (const auto& lock : m_removalLocks) ::close(lock.second);
}

namespace {

// Opens `dir` and flocks it; -1 if the lock is not available (or the folder cannot be opened).
int flockFolder(const std::string& dir, int operation) {
    const int fd = openFile(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0) return -1;
    int rc;
    do { rc = ::flock(fd, operation); } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void release(std::map<std::string, int>& locks, const std::string& dir) {
    auto it = locks.find(dir);
    if (it == locks.end()) return;
    ::close(it->second);
    locks.erase(it);
}

}  // namespace

void PosixMedium::lockForReading(const std::string& dir) {
    // Without the lock (a folder that cannot be opened) the reader still reads, and retries if the
    // MANIFEST changed under it.
    if (m_readLocks.count(dir)) return;
    const int fd = flockFolder(dir, LOCK_SH);
    if (fd >= 0) m_readLocks[dir] = fd;
}

void PosixMedium::unlockForReading(const std::string& dir) { release(m_readLocks, dir); }

bool PosixMedium::tryLockForRemoval(const std::string& dir) {
    if (m_removalLocks.count(dir) || m_readLocks.count(dir)) return false;
    const int fd = flockFolder(dir, LOCK_EX | LOCK_NB);
    if (fd < 0) return false;
    m_removalLocks[dir] = fd;
    return true;
}

void PosixMedium::unlockForRemoval(const std::string& dir) { release(m_removalLocks, dir); }

Status PosixMedium::lockDirectory(const std::string& dir) {
    if (m_locks.count(dir)) return makeError("The notebook in " + dir + " is already open.");
    const std::string path = joinPath(dir, "LOCK");
    const int fd = openFile(path, O_RDWR | O_CREAT);
    if (fd < 0) return fileError("open", path, errno);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK) return makeError("The notebook in " + dir + " is already open in another Rapport window.");
        return fileError("lock", path, err);
    }
    m_locks[dir] = fd;
    return {};
}

void PosixMedium::unlockDirectory(const std::string& dir) {
    auto it = m_locks.find(dir);
    if (it == m_locks.end()) return;
    ::close(it->second);  // closing the descriptor releases the flock
    m_locks.erase(it);
}

}  // namespace rapport::store
