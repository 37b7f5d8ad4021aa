// Path and time helpers of the command line. Its files are written, and its data folder found, by the
// same POSIX file layer as the app's (core/store/posix_files.h); the clock and the reading of imported
// files come from the platform library (rapport_platform_system).
#pragma once

#include <string>

namespace rapport::cli {

// The folder part of a path ("a/b/c" -> "a/b", "c" -> ".").
std::string parentOf(std::string path);
// "20240601-101500", local time, for backup file names.
std::string localTimestamp();

}  // namespace rapport::cli
