// Helpers shared by the store tests: a fresh temporary folder per test, whole-folder copies and
// byte-level file edits (the sweeps damage files and compare them afterwards).
#pragma once

#include <cstdlib>
#include <map>
#include <string>

#include <unistd.h>

#include "core/store/posix_medium.h"

namespace rapport::store::test {

// A new empty folder under /tmp, removed with its files when the object dies.
class TempDir {
public:
    TempDir() {
        char templ[] = "/tmp/rapport-store-XXXXXX";
        const char* made = ::mkdtemp(templ);
        m_path = made ? made : "";
    }
    ~TempDir() {
        removeAll(m_path);
        ::rmdir(m_path.c_str());
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return m_path; }
    // A subfolder path (not created): stores create their own folder.
    std::string sub(const std::string& name) const { return m_path + "/" + name; }

    // Removes every file of `dir` and `dir` itself (flat folders only, like a store).
    static void removeAll(const std::string& dir) {
        PosixMedium medium;
        if (auto names = medium.listFiles(dir)) {
            for (const auto& n : names.value()) (void)medium.removeFile(dir + "/" + n);
        }
        ::rmdir(dir.c_str());
    }

private:
    std::string m_path;
};

// Every file of a folder, name -> bytes.
inline std::map<std::string, std::string> readFolder(const std::string& dir) {
    PosixMedium medium;
    std::map<std::string, std::string> files;
    if (auto names = medium.listFiles(dir)) {
        for (const auto& n : names.value()) files[n] = medium.readFile(dir + "/" + n).value();
    }
    return files;
}

// Replaces `dir` by exactly `files`.
inline void writeFolder(const std::string& dir, const std::map<std::string, std::string>& files) {
    PosixMedium medium;
    TempDir::removeAll(dir);
    (void)medium.makeDirectory(dir);
    for (const auto& [name, bytes] : files) (void)medium.writeFile(dir + "/" + name, bytes);
}

}  // namespace rapport::store::test
