// The one POSIX file layer (why it lives in core/store: see the header).
#include "core/store/posix_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace rapport::store {

Error fileError(const std::string& what, const std::string& path, int err) {
    if (err == ENOSPC || err == EDQUOT) return makeError("The disk is full: could not " + what + " " + path + ".");
    return makeError("Could not " + what + " " + path + ": " + std::strerror(err) + ".");
}

int openFile(const std::string& path, int flags, unsigned mode) {
    int fd;
    do { fd = ::open(path.c_str(), flags | O_CLOEXEC, static_cast<mode_t>(mode)); } while (fd < 0 && errno == EINTR);
    return fd;
}

int writeAll(int fd, std::string_view bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (n == 0) return EIO;
        done += static_cast<size_t>(n);
    }
    return 0;
}

int writeSyncClose(int fd, std::string_view bytes) {
    int err = writeAll(fd, bytes);
    if (err == 0 && ::fsync(fd) != 0) err = errno;
    if (::close(fd) != 0 && err == 0 && errno != EINTR) err = errno;
    return err;
}

int readAll(int fd, std::string& out, size_t maxBytes) {
    // Room for the whole file at once: a store's snapshot is tens of megabytes at 100k records, and
    // growing by doubling copied it again and again (the file may still grow: append copes).
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0 && static_cast<uint64_t>(st.st_size) < maxBytes) {
        out.reserve(out.size() + static_cast<size_t>(st.st_size) + 1);
    }
    char buffer[64 * 1024];
    size_t total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (n == 0) return 0;
        if (static_cast<size_t>(n) > maxBytes - total) return EFBIG;
        total += static_cast<size_t>(n);
        out.append(buffer, static_cast<size_t>(n));
    }
}

Status makeDirectories(const std::string& path) {
    for (size_t slash = 1; slash <= path.size(); ++slash) {
        if (slash != path.size() && path[slash] != '/') continue;
        const std::string prefix = path.substr(0, slash);
        if (::mkdir(prefix.c_str(), 0700) != 0 && errno != EEXIST) return fileError("create the folder", prefix, errno);
    }
    return {};
}

Status writeFileAtomically(const std::string& path, std::string_view bytes) {
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = openFile(temp, O_WRONLY | O_CREAT | O_TRUNC);
    if (fd < 0) return fileError("create", temp, errno);
    int err = writeSyncClose(fd, bytes);
    if (err == 0 && ::rename(temp.c_str(), path.c_str()) != 0) err = errno;
    if (err == 0) return {};
    ::unlink(temp.c_str());
    return fileError("write", path, err);
}

Result<std::string> defaultDataDirectory() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && xdg[0] == '/') return std::string(xdg) + "/rapport";
    if (const char* home = std::getenv("HOME"); home && home[0] == '/') return std::string(home) + "/.local/share/rapport";
    return makeError("Neither XDG_DATA_HOME nor HOME is set, so there is no place to keep the notebook.");
}

}  // namespace rapport::store
