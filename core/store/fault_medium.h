// FaultMedium: wraps a StorageMedium and makes the Nth mutating operation fail, as a full disk, an I/O
// error, a short write or a crash (that operation and every later one fail). Used by the store tests
// and available to the app's tests to exercise the "could not save" paths.
#pragma once

#include <cstdint>

#include "core/store/storage_medium.h"

namespace rapport::store {

enum class Fault : uint8_t {
    error,       // the operation does nothing and fails (like ENOSPC before any byte)
    shortWrite,  // a write/append stores half its bytes, then fails; other operations: like error
    crash,       // like shortWrite, and every later operation fails too: the process "died" here
};

class FaultMedium final : public StorageMedium {
public:
    explicit FaultMedium(StorageMedium& inner) : m_inner(inner) {}

    // Fails the `n`th mutating operation counted from now (1-based); 0 disarms.
    void failAt(uint64_t n, Fault fault) { m_failAt = n; m_fault = fault; m_count = 0; m_crashed = false; }
    // Mutating operations (write, append, truncate, sync, rename, remove, mkdir) seen since failAt().
    uint64_t count() const { return m_count; }
    // True once the armed fault has fired.
    bool fired() const { return m_fired; }

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
    void lockForReading(const std::string& dir) override { m_inner.lockForReading(dir); }
    void unlockForReading(const std::string& dir) override { m_inner.unlockForReading(dir); }
    bool tryLockForRemoval(const std::string& dir) override { return m_inner.tryLockForRemoval(dir); }
    void unlockForRemoval(const std::string& dir) override { m_inner.unlockForRemoval(dir); }

private:
    // Counts one operation; true if it must fail.
    bool trip();
    Error injected(const std::string& path) const;

    StorageMedium& m_inner;
    uint64_t m_failAt = 0;
    uint64_t m_count = 0;
    Fault m_fault = Fault::error;
    bool m_crashed = false;
    bool m_fired = false;
};

}  // namespace rapport::store
