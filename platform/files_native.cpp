// Desktop: exports go to the Downloads folder (no dialog library: the status line says where), and
// imports are read from a path the user types.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

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

}  // namespace

Result<std::string> saveExport(const std::string& fileName, const std::string& bytes) {
    const std::string folder = downloadFolder();
    const size_t dot = fileName.rfind('.');
    const std::string stem = fileName.substr(0, dot), ext = dot == std::string::npos ? "" : fileName.substr(dot);
    for (int n = 1; n < 1000; ++n) {
        const std::string path = folder + "/" + (n == 1 ? fileName : stem + "-" + std::to_string(n) + ext);
        // O_EXCL: never replace a file that is already there; 0600: the notes are private.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0 && errno == EEXIST) continue;
        if (fd < 0) return makeError("Cannot write " + path + ": " + std::strerror(errno));
        size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t wrote = ::write(fd, bytes.data() + done, bytes.size() - done);
            if (wrote < 0 && errno == EINTR) continue;
            if (wrote <= 0) {
                const std::string why = std::strerror(errno);
                ::close(fd);
                ::unlink(path.c_str());
                return makeError("Cannot write " + path + ": " + why);
            }
            done += static_cast<size_t>(wrote);
        }
        if (::fsync(fd) != 0 || ::close(fd) != 0) return makeError("Cannot finish writing " + path);
        return path;
    }
    return makeError("Too many exports named " + fileName + " in " + folder);
}

bool pickFileToImport() { return false; }

std::optional<PickedFile> takePickedFile() { return std::nullopt; }

Result<std::string> readImport(const std::string& path, size_t maxBytes) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return makeError("Cannot open " + path + ": " + std::strerror(errno));
    if (!S_ISREG(info.st_mode)) return makeError(path + " is not a file.");
    if (static_cast<uint64_t>(info.st_size) > maxBytes) return makeError(path + " is too large to be a Rapport backup.");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in.good() && !in.eof()) return makeError("Cannot read " + path);
    return bytes.str();
}

}  // namespace rapport::platform
