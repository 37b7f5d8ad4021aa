// Desktop: exports go to the Downloads folder (no dialog library: the status line says where), and
// imports are read from a path the user types (also by the command line, through rapport_platform_system).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "core/store/posix_files.h"
#include "platform/platform.h"

namespace rapport::platform {

namespace {

std::string downloadFolder() {
    if (const char* dir = std::getenv("XDG_DOWNLOAD_DIR"); dir && dir[0] == '/') return dir;
    const char* home = std::getenv("HOME");
    if (!home || home[0] != '/') return ".";
    const std::string downloads = std::string(home) + "/Downloads";
    struct stat info {};
    return ::stat(downloads.c_str(), &info) == 0 && S_ISDIR(info.st_mode) ? downloads : home;
}

// What a path that is not a regular file names, for the refusal.
std::string notAFile(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

}  // namespace

Result<std::string> saveExport(const std::string& fileName, const std::string& bytes) {
    const std::string folder = downloadFolder();
    const size_t dot = fileName.rfind('.');
    const std::string stem = fileName.substr(0, dot), ext = dot == std::string::npos ? "" : fileName.substr(dot);
    for (int n = 1; n < 1000; ++n) {
        const std::string path = folder + "/" + (n == 1 ? fileName : stem + "-" + std::to_string(n) + ext);
        // O_EXCL: never replace a file that is already there; 0600 (openFile): the notes are private.
        const int fd = store::openFile(path, O_WRONLY | O_CREAT | O_EXCL);
        if (fd < 0 && errno == EEXIST) continue;
        if (fd < 0) return store::fileError("write", path, errno);
        const int err = store::writeSyncClose(fd, bytes);
        if (err == 0) return path;
        ::unlink(path.c_str());
        return store::fileError("write", path, err);
    }
    return makeError("Too many exports named " + fileName + " in " + folder);
}

bool pickFileToImport() { return false; }

std::optional<PickedFile> takePickedFile() { return std::nullopt; }

Result<std::string> readImport(const std::string& path, size_t maxBytes) {
    // Opened before any check, without O_NONBLOCK a named pipe would wait for a writer forever (and a
    // stat() first would leave a gap in which the path could be swapped). O_NOCTTY: a terminal named
    // by mistake never becomes ours.
    const int fd = store::openFile(path, O_RDONLY | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) return store::fileError("open", path, errno);
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        const int err = errno;
        ::close(fd);
        return store::fileError("read", path, err);
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return makeError(path + " is " + notAFile(info.st_mode) + ", not a file; choose the exported file itself.");
    }
    if (static_cast<uint64_t>(info.st_size) > maxBytes) {
        ::close(fd);
        return makeError(path + " is " + std::to_string(static_cast<uint64_t>(info.st_size) >> 20) + " MB; Rapport reads at most " +
                         std::to_string(maxBytes >> 20) + " MB at once.");
    }
    // Read to the end (the file may have changed size since fstat), never past maxBytes.
    std::string bytes;
    const int err = store::readAll(fd, bytes, maxBytes);
    ::close(fd);
    if (err == EFBIG) return makeError(path + " grew past " + std::to_string(maxBytes >> 20) + " MB while it was read.");
    if (err != 0) return store::fileError("read", path, err);
    return bytes;
}

}  // namespace rapport::platform
