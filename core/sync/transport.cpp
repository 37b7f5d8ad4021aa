// The operations as values and as calls, converted both ways.
#include "core/sync/transport.h"

namespace rapport::sync {

using Op = TransportRequest::Op;

TransportAnswer perform(Transport& t, const TransportRequest& r) {
    TransportAnswer a;
    switch (r.op) {
    case Op::list: {
        auto names = t.list(r.path);
        if (!names) a.status = names.error();
        else if (!names.value()) a.found = false;
        else a.names = std::move(*names.value());
        break;
    }
    case Op::get: {
        auto bytes = t.get(r.path);
        if (!bytes) a.status = bytes.error();
        else if (!bytes.value()) a.found = false;
        else a.body = std::move(*bytes.value());
        break;
    }
    case Op::put: a.status = t.put(r.path, r.body); break;
    case Op::mkcol: a.status = t.mkcol(r.path); break;
    case Op::remove: a.status = t.remove(r.path); break;
    }
    return a;
}

Result<std::optional<std::vector<std::string>>> ExchangeTransport::list(const std::string& dir) {
    TransportAnswer a = exchange(TransportRequest{Op::list, dir, {}});
    if (!a.status) return a.status.error();
    if (!a.found) return std::optional<std::vector<std::string>>();
    return std::optional<std::vector<std::string>>(std::move(a.names));
}

Result<std::optional<std::string>> ExchangeTransport::get(const std::string& path) {
    TransportAnswer a = exchange(TransportRequest{Op::get, path, {}});
    if (!a.status) return a.status.error();
    if (!a.found) return std::optional<std::string>();
    return std::optional<std::string>(std::move(a.body));
}

Status ExchangeTransport::put(const std::string& path, const std::string& bytes) {
    return exchange(TransportRequest{Op::put, path, bytes}).status;
}

Status ExchangeTransport::mkcol(const std::string& dir) { return exchange(TransportRequest{Op::mkcol, dir, {}}).status; }

Status ExchangeTransport::remove(const std::string& path) { return exchange(TransportRequest{Op::remove, path, {}}).status; }

}  // namespace rapport::sync
