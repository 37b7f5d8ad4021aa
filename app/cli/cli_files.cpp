// POSIX file helpers of the command line.
#include "app/cli/cli_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace rapport::cli {
namespace {

Error systemError(const std::string& what, const std::string& path) {
    return makeError(what + " " + path + ": " + std::strerror(errno) + ".");
}

}  // namespace

Result<std::string> defaultDataDirectory() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && xdg[0] == '/') return std::string(xdg) + "/rapport";
    if (const char* home = std::getenv("HOME"); home && home[0] == '/') return std::string(home) + "/.local/share/rapport";
    return makeError("Neither XDG_DATA_HOME nor HOME is set; name the notebook folder with --data-dir DIR.");
}

Status writeWholeFile(const std::string& path, const std::string& bytes) {
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return systemError("Cannot create", temp);
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            Error e = systemError("Cannot write", temp);
            ::close(fd);
            ::unlink(temp.c_str());
            return e;
        }
        done += size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        Error e = systemError("Cannot write", temp);
        ::unlink(temp.c_str());
        return e;
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        Error e = systemError("Cannot write", path);
        ::unlink(temp.c_str());
        return e;
    }
    return {};
}

Status makeDirectories(const std::string& path) {
    for (size_t slash = 1; slash <= path.size(); ++slash) {
        if (slash != path.size() && path[slash] != '/') continue;
        const std::string prefix = path.substr(0, slash);
        if (::mkdir(prefix.c_str(), 0700) != 0 && errno != EEXIST) return systemError("Cannot create the folder", prefix);
    }
    return {};
}

std::string parentOf(std::string path) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string localTimestamp() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &local);
    return buf;
}

}  // namespace rapport::cli
