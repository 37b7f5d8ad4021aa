// PosixMedium: StorageMedium over plain POSIX calls. Works natively and under Emscripten (IDBFS,
// NODERAWFS), so core needs no platform code; the web platform adds FS.syncfs via the flush hook.
#pragma once

#include "core/store/storage_medium.h"

namespace rapport::store {

// Stateless: every call opens, acts and closes, so there is nothing to leak or to go stale.
class PosixMedium final : public StorageMedium {
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
};

}  // namespace rapport::store
