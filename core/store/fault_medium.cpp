// Fault injection for the storage seam (SQLite's test VFS idea, reduced to what the store uses).
#include "core/store/fault_medium.h"

namespace rapport::store {

bool FaultMedium::trip() {
    if (m_crashed) return true;
    if (m_failAt == 0) return false;
    ++m_count;
    if (m_count != m_failAt) return false;
    m_fired = true;
    if (m_fault == Fault::crash) m_crashed = true;
    return true;
}

Error FaultMedium::injected(const std::string& path) const {
    return makeError("The disk is full: could not write " + path + " (injected fault).");
}

Result<std::vector<std::string>> FaultMedium::listFiles(const std::string& dir) {
    if (m_crashed) return injected(dir);
    return m_inner.listFiles(dir);
}

Result<std::string> FaultMedium::readFile(const std::string& path) {
    if (m_crashed) return injected(path);
    return m_inner.readFile(path);
}

Status FaultMedium::makeDirectory(const std::string& dir) {
    return trip() ? injected(dir) : m_inner.makeDirectory(dir);
}

Status FaultMedium::writeFile(const std::string& path, std::string_view bytes) {
    const bool wasCrashed = m_crashed;
    if (!trip()) return m_inner.writeFile(path, bytes);
    if (!wasCrashed && m_fault != Fault::error) (void)m_inner.writeFile(path, bytes.substr(0, bytes.size() / 2));
    return injected(path);
}

Status FaultMedium::appendFile(const std::string& path, std::string_view bytes) {
    const bool wasCrashed = m_crashed;
    if (!trip()) return m_inner.appendFile(path, bytes);
    if (!wasCrashed && m_fault != Fault::error) (void)m_inner.appendFile(path, bytes.substr(0, bytes.size() / 2));
    return injected(path);
}

Status FaultMedium::truncateFile(const std::string& path, uint64_t size) {
    return trip() ? injected(path) : m_inner.truncateFile(path, size);
}

Status FaultMedium::syncFile(const std::string& path) {
    return trip() ? injected(path) : m_inner.syncFile(path);
}

Status FaultMedium::renameFile(const std::string& from, const std::string& to) {
    return trip() ? injected(from) : m_inner.renameFile(from, to);
}

Status FaultMedium::syncDirectory(const std::string& dir) {
    return trip() ? injected(dir) : m_inner.syncDirectory(dir);
}

Status FaultMedium::removeFile(const std::string& path) {
    return trip() ? injected(path) : m_inner.removeFile(path);
}

// Locks are not faulted: they guard against a second writer, not against the disk.
Status FaultMedium::lockDirectory(const std::string& dir) { return m_inner.lockDirectory(dir); }
void FaultMedium::unlockDirectory(const std::string& dir) { m_inner.unlockDirectory(dir); }

}  // namespace rapport::store
