// Desktop storage: the notebook lives in $XDG_DATA_HOME/rapport (default ~/.local/share/rapport),
// a directory only the user can read, because the notes are about real colleagues.
#include <sys/stat.h>

#include <SDL.h>

#include <cerrno>
#include <cstring>

#include "core/store/posix_files.h"
#include "platform/platform.h"

namespace rapport::platform {

std::string dataDirectory(std::string& error) {
    const Result<std::string> dir = store::defaultDataDirectory();
    Status made = dir ? store::makeDirectories(dir.value()) : Status(dir.error());
    // An existing folder may have been created by hand with wider permissions: tighten it.
    if (made && ::chmod(dir.value().c_str(), 0700) != 0) {
        made = makeError("Could not make " + dir.value() + " private: " + std::strerror(errno) + ".");
    }
    if (!made) {
        error = made.error().message;
        return {};
    }
    return dir.value();
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
