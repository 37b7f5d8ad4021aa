// In-memory storage medium: flat folders, files as strings.
#include "core/store/memory_medium.h"

namespace rapport::store {

namespace {
std::string parentOf(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? "" : path.substr(0, slash);
}
Error missing(const std::string& path) { return makeError("Could not open " + path + ": no such file."); }
}  // namespace

bool MemoryMedium::hasDirectory(const std::string& path) const { return m_dirs.count(parentOf(path)) != 0; }

Result<std::vector<std::string>> MemoryMedium::listFiles(const std::string& dir) {
    if (m_dirs.count(dir) == 0) return missing(dir);
    std::vector<std::string> names;
    for (const auto& [path, bytes] : m_files) {
        if (parentOf(path) == dir) names.push_back(path.substr(dir.size() + 1));
    }
    return names;
}

Status MemoryMedium::makeDirectory(const std::string& dir) {
    m_dirs.insert(dir);
    return {};
}

Result<std::string> MemoryMedium::readFile(const std::string& path) {
    auto it = m_files.find(path);
    if (it == m_files.end()) return missing(path);
    return it->second;
}

Status MemoryMedium::writeFile(const std::string& path, std::string_view bytes) {
    if (!hasDirectory(path)) return missing(path);
    m_files[path] = std::string(bytes);
    return {};
}

Status MemoryMedium::appendFile(const std::string& path, std::string_view bytes) {
    if (!hasDirectory(path)) return missing(path);
    m_files[path].append(bytes.data(), bytes.size());
    return {};
}

Status MemoryMedium::truncateFile(const std::string& path, uint64_t size) {
    auto it = m_files.find(path);
    if (it == m_files.end()) return missing(path);
    it->second.resize(static_cast<size_t>(size));
    return {};
}

Status MemoryMedium::syncFile(const std::string& path) {
    return m_files.count(path) ? Status() : Status(missing(path));
}

Status MemoryMedium::renameFile(const std::string& from, const std::string& to) {
    auto it = m_files.find(from);
    if (it == m_files.end()) return missing(from);
    std::string bytes = std::move(it->second);
    m_files.erase(it);
    m_files[to] = std::move(bytes);
    return {};
}

Status MemoryMedium::syncDirectory(const std::string& dir) {
    return m_dirs.count(dir) ? Status() : Status(missing(dir));
}

Status MemoryMedium::removeFile(const std::string& path) {
    return m_files.erase(path) ? Status() : Status(missing(path));
}

Status MemoryMedium::lockDirectory(const std::string& dir) {
    if (!m_locked.insert(dir).second) return makeError("The notebook in " + dir + " is already open.");
    return {};
}

void MemoryMedium::unlockDirectory(const std::string& dir) { m_locked.erase(dir); }

}  // namespace rapport::store
