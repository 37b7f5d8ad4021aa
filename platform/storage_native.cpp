// Desktop storage: the notebook lives in $XDG_DATA_HOME/rapport (default ~/.local/share/rapport),
// a directory only the user can read, because the notes are about real colleagues.
#include <sys/stat.h>

#include <SDL.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "platform/platform.h"

namespace rapport::platform {
namespace {

// mkdir -p; every directory we create is user-only.
bool makeDirectories(const std::string& path, std::string& error) {
    for (size_t slash = 1; slash <= path.size(); ++slash) {
        if (slash != path.size() && path[slash] != '/') continue;
        const std::string prefix = path.substr(0, slash);
        if (::mkdir(prefix.c_str(), 0700) != 0 && errno != EEXIST) {
            error = "Cannot create the data folder " + prefix + ": " + std::strerror(errno);
            return false;
        }
    }
    return true;
}

}  // namespace

std::string dataDirectory(std::string& error) {
    std::string base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && xdg[0] == '/') {
        base = xdg;
    } else if (const char* home = std::getenv("HOME"); home && home[0] == '/') {
        base = std::string(home) + "/.local/share";
    } else {
        error = "Neither XDG_DATA_HOME nor HOME is set, so there is no place to keep the notebook.";
        return {};
    }
    const std::string dir = base + "/rapport";
    if (!makeDirectories(dir, error)) return {};
    // An existing folder may have been created by hand with wider permissions: tighten it.
    if (::chmod(dir.c_str(), 0700) != 0) {
        error = "Cannot make " + dir + " private: " + std::strerror(errno);
        return {};
    }
    return dir;
}

bool notebookOpenElsewhere() { return false; }

void requestFlush() {}

// Next to the program in a build tree (build/<preset>/app/assets/); once installed (/usr/bin/rapport-desktop)
// in the FHS place beside it, <prefix>/share/rapport/ (the Debian package links the font there).
std::string assetPath(const std::string& name) {
    std::string base = "./";
    if (char* path = SDL_GetBasePath()) {
        base = path;
        SDL_free(path);
    }
    const std::string inBuildTree = base + "assets/" + name;
    struct stat info {};
    if (::stat(inBuildTree.c_str(), &info) == 0) return inBuildTree;
    return base + "../share/rapport/" + name;
}

}  // namespace rapport::platform
