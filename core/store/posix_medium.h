// PosixMedium: StorageMedium over plain POSIX calls. Works natively and under Emscripten (IDBFS,
// NODERAWFS), so core needs no platform code; the web platform adds FS.syncfs via the flush hook.
#pragma once

#include <map>

#include "core/store/storage_medium.h"

namespace rapport::store {

// Every file call opens, acts and closes, so there is nothing to leak or to go stale; only directory
// locks keep a descriptor open (flock, released on unlock, destruction or process death).
class PosixMedium final : public StorageMedium {
public:
    PosixMedium() = default;
    PosixMedium(const PosixMedium&) = delete;
    PosixMedium& operator=(const PosixMedium&) = delete;
    ~PosixMedium() override;

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
    // flock on the folder itself (shared for readers, exclusive without waiting for removal).
    void lockForReading(const std::string& dir) override;
    void unlockForReading(const std::string& dir) override;
    bool tryLockForRemoval(const std::string& dir) override;
    void unlockForRemoval(const std::string& dir) override;

private:
    std::map<std::string, int> m_locks;         // dir -> descriptor holding the flock
    std::map<std::string, int> m_readLocks;     // dir -> descriptor of the folder, flock'd shared
    std::map<std::string, int> m_removalLocks;  // dir -> descriptor of the folder, flock'd exclusive
};

}  // namespace rapport::store
