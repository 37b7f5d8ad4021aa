// MemoryMedium: a StorageMedium held in memory, for the fuzzer and fast tests (no durability: sync
// calls succeed and do nothing).
#pragma once

#include <map>
#include <set>

#include "core/store/storage_medium.h"

namespace rapport::store {

class MemoryMedium final : public StorageMedium {
public:
    Result<std::vector<std::string>> listFiles(const std::string& dir) override;
    Status makeDirectory(const std::string& dir) override;
    Result<std::string> readFile(const std::string& path) override;
    Status writeFile(const std::string& path, std::string_view bytes) override;
    Status appendFile(const std::string& path, std::string_view bytes) override;
    Status truncateFile(const std::string& path, uint64_t size) override;
    Status syncFile(const std::string& path) override;
    Status renameFile(const std::string& from, const std::string& to) override;
    Status syncDirectory(const std::string& dir) override;
    Status removeFile(const std::string& path) override;
    Status lockDirectory(const std::string& dir) override;
    void unlockDirectory(const std::string& dir) override;

    // Direct access for tests: path -> bytes.
    std::map<std::string, std::string>& files() { return m_files; }

private:
    bool hasDirectory(const std::string& path) const;  // parent folder of `path` exists
    std::map<std::string, std::string> m_files;
    std::set<std::string> m_dirs;
    std::set<std::string> m_locked;
};

}  // namespace rapport::store
