// Transport: the five WebDAV operations sync uses, as an interface, so the engine is tested with an
// in-memory fake and runs over libcurl natively (platform/). Paths are relative to the user's folder
// ("vault", "devices/<id>/head"); directory paths end without a slash.
// The same operations as values (TransportRequest, TransportAnswer) let the engine stop at each request
// and go on when its answer arrives (core/sync/job.h): a browser gets answers in a later callback.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace rapport::sync {

// One operation and its answer as values.
struct TransportRequest {
    enum class Op { list, get, put, mkcol, remove };
    Op op = Op::get;
    std::string path;
    std::string body;  // put: the bytes to store
};
struct TransportAnswer {
    Status status;                   // an error: nothing usable came back (unreachable, refused, fault)
    bool found = true;               // list, get: false when it does not exist (404)
    std::string body;                // get: the file's bytes
    std::vector<std::string> names;  // list: the entries' names
};

class Transport {
public:
    virtual ~Transport() = default;
    // Names of the entries directly inside `dir` ("" = the folder itself; PROPFIND Depth 1), or
    // nullopt when the directory does not exist. Errors: unreachable, refused, server faults.
    virtual Result<std::optional<std::vector<std::string>>> list(const std::string& dir) = 0;
    // The file's bytes, or nullopt when it does not exist (404).
    virtual Result<std::optional<std::string>> get(const std::string& path) = 0;
    virtual Status put(const std::string& path, const std::string& bytes) = 0;
    // Creates a directory; succeeds when it already exists.
    virtual Status mkcol(const std::string& dir) = 0;
    virtual Status remove(const std::string& path) = 0;
};

// Asks `t` synchronously (the drivers of core/sync/job.h on native threads and in tests).
TransportAnswer perform(Transport& t, const TransportRequest& r);

// A transport built on one request-answer exchange (the HTTP transports): the five calls in terms of it.
class ExchangeTransport : public Transport {
public:
    virtual TransportAnswer exchange(const TransportRequest& r) = 0;
    Result<std::optional<std::vector<std::string>>> list(const std::string& dir) override;
    Result<std::optional<std::string>> get(const std::string& path) override;
    Status put(const std::string& path, const std::string& bytes) override;
    Status mkcol(const std::string& dir) override;
    Status remove(const std::string& path) override;
};

// An in-memory WebDAV folder for tests. `fault`, when set, is asked before every operation: an Error
// fails it ("before": nothing stored); `afterStore` fails a put after storing it (a lost answer).
class MemoryTransport final : public Transport {
public:
    Result<std::optional<std::vector<std::string>>> list(const std::string& dir) override;
    Result<std::optional<std::string>> get(const std::string& path) override;
    Status put(const std::string& path, const std::string& bytes) override;
    Status mkcol(const std::string& dir) override;
    Status remove(const std::string& path) override;

    std::map<std::string, std::string>& files() { return m_files; }
    std::function<Status(const std::string& op, const std::string& path)> fault;
    std::function<bool(const std::string& path)> afterStore;
    int requests = 0;

private:
    bool parentExists(const std::string& path) const;
    std::map<std::string, std::string> m_files;
    std::set<std::string> m_dirs{""};
};

}  // namespace rapport::sync
