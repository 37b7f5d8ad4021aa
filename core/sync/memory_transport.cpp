// MemoryTransport: a WebDAV folder as two maps, with the answers a real server gives (409 for a
// missing parent is an error, MKCOL on an existing folder succeeds for the engine).
#include "core/sync/transport.h"

namespace rapport::sync {

namespace {
std::string parentOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash);
}
}  // namespace

bool MemoryTransport::parentExists(const std::string& path) const { return m_dirs.count(parentOf(path)) == 1; }

Result<std::optional<std::vector<std::string>>> MemoryTransport::list(const std::string& dir) {
    ++requests;
    if (fault) {
        if (Status s = fault("PROPFIND", dir); !s) return s.error();
    }
    if (!m_dirs.count(dir)) return std::optional<std::vector<std::string>>();
    const std::string prefix = dir.empty() ? "" : dir + "/";
    std::set<std::string> names;
    auto child = [&](const std::string& p) {
        if (p.size() <= prefix.size() || p.compare(0, prefix.size(), prefix) != 0) return;
        const std::string rest = p.substr(prefix.size());
        names.insert(rest.substr(0, rest.find('/')));
    };
    for (const auto& f : m_files) child(f.first);
    for (const auto& d : m_dirs) child(d);
    return std::optional<std::vector<std::string>>(std::vector<std::string>(names.begin(), names.end()));
}

Result<std::optional<std::string>> MemoryTransport::get(const std::string& path) {
    ++requests;
    if (fault) {
        if (Status s = fault("GET", path); !s) return s.error();
    }
    auto it = m_files.find(path);
    if (it == m_files.end()) return std::optional<std::string>();
    return std::optional<std::string>(it->second);
}

Status MemoryTransport::put(const std::string& path, const std::string& bytes) {
    ++requests;
    if (fault) {
        if (Status s = fault("PUT", path); !s) return s;
    }
    if (!parentExists(path)) return makeError("The server refused to store " + path + " (409: its folder is missing).");
    m_files[path] = bytes;
    if (afterStore && afterStore(path)) return makeError("The connection was lost after sending " + path + ".");
    return {};
}

Status MemoryTransport::mkcol(const std::string& dir) {
    ++requests;
    if (fault) {
        if (Status s = fault("MKCOL", dir); !s) return s;
    }
    if (!parentExists(dir)) return makeError("The server refused to create " + dir + " (409: its folder is missing).");
    m_dirs.insert(dir);
    return {};
}

Status MemoryTransport::remove(const std::string& path) {
    ++requests;
    if (fault) {
        if (Status s = fault("DELETE", path); !s) return s;
    }
    m_files.erase(path);
    m_dirs.erase(path);
    return {};
}

}  // namespace rapport::sync
