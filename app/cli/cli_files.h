// What the command line needs from the system: files written privately and atomically, and the data
// folder rule shared with the app. (The clock and the reading of imported files are the app's, from
// platform/: see CMakeLists.)
#pragma once

#include <cstdint>
#include <string>

#include "core/util/result.h"

namespace rapport::cli {

// The app's data folder: $XDG_DATA_HOME/rapport, else ~/.local/share/rapport (the rule of
// platform/storage_native.cpp). Fails when neither variable is an absolute path.
Result<std::string> defaultDataDirectory();

// Writes bytes to path readable by the user only (0600), through a temporary file renamed over it, so
// a failure never leaves half a file. Fails naming the path and the system's reason.
Status writeWholeFile(const std::string& path, const std::string& bytes);
// mkdir -p with mode 0700 (the notes are private); fails naming the part that cannot be created.
Status makeDirectories(const std::string& path);
// The folder part of a path ("a/b/c" -> "a/b", "c" -> ".").
std::string parentOf(std::string path);
// "20240601-101500", local time, for backup file names.
std::string localTimestamp();

}  // namespace rapport::cli
