// Fixed-width little-endian layouts (store/byte_io.h), each starting with a version byte so a newer
// device's file is refused by name, never misread.
#include "core/sync/wire.h"

#include <cstdio>

#include "core/store/byte_io.h"

namespace rapport::sync {

using store::ByteReader;
using store::ByteWriter;

namespace {
constexpr uint8_t kWireVersion = 1;
constexpr uint32_t kMaxSeen = 4096;

Error newer(const char* what) {
    return makeError(std::string("A ") + what + " on the server was written by a newer Rapport; update Rapport to sync.");
}
}  // namespace

void putSeen(ByteWriter& w, const SeenVector& seen) {
    w.u32(static_cast<uint32_t>(seen.size()));
    for (const auto& [device, hlc] : seen) {
        w.u64(device);
        w.u64(hlc);
    }
}

bool getSeen(ByteReader& r, SeenVector& seen) {
    const uint32_t n = r.u32();
    if (!r.ok() || n > kMaxSeen || n > r.remaining() / 16) return false;
    for (uint32_t i = 0; i < n; ++i) {
        const uint64_t device = r.u64();
        seen[device] = r.u64();
    }
    return r.ok();
}

std::string encodeBatch(const Batch& b) {
    std::string out;
    ByteWriter w(out);
    w.u8(kWireVersion);
    w.u64(b.device);
    w.u64(b.number);
    w.bytes(b.prevHash);
    w.u32(static_cast<uint32_t>(b.records.size()));
    for (const BatchRecord& r : b.records) {
        putSeen(w, r.basis);
        w.bytes(r.record);
    }
    return out;
}

Result<Batch> decodeBatch(std::string_view bytes) {
    ByteReader r(bytes);
    const uint8_t version = r.u8();
    if (r.ok() && version > kWireVersion) return newer("batch");
    Batch b;
    b.device = r.u64();
    b.number = r.u64();
    b.prevHash = std::string(r.bytes());
    const uint32_t n = r.u32();
    if (!r.ok() || n > r.remaining() / 8) return makeError("A batch on the server is damaged.");
    for (uint32_t i = 0; i < n; ++i) {
        BatchRecord rec;
        if (!getSeen(r, rec.basis)) return makeError("A batch on the server is damaged.");
        rec.record = std::string(r.bytes());
        b.records.push_back(std::move(rec));
    }
    if (!r.ok() || !r.atEnd()) return makeError("A batch on the server is damaged.");
    return b;
}

std::string encodeHead(const Head& h) {
    std::string out;
    ByteWriter w(out);
    w.u8(kWireVersion);
    w.u64(h.device);
    w.u64(h.lastBatch);
    w.bytes(h.lastHash);
    putSeen(w, h.seen);
    w.bytes(h.name);
    w.u64(static_cast<uint64_t>(h.writtenMillis));
    return out;
}

Result<Head> decodeHead(std::string_view bytes) {
    ByteReader r(bytes);
    const uint8_t version = r.u8();
    if (r.ok() && version > kWireVersion) return newer("device head");
    Head h;
    h.device = r.u64();
    h.lastBatch = r.u64();
    h.lastHash = std::string(r.bytes());
    if (!getSeen(r, h.seen)) return makeError("A device head on the server is damaged.");
    h.name = std::string(r.bytes());
    h.writtenMillis = static_cast<int64_t>(r.u64());
    if (!r.ok() || !r.atEnd()) return makeError("A device head on the server is damaged.");
    return h;
}

std::string batchAd(const std::string& vaultId, uint64_t device, uint64_t number) {
    std::string out = "rapport-batch:" + vaultId + ":";
    ByteWriter w(out);
    w.u64(device);
    w.u64(number);
    return out;
}

std::string headAd(const std::string& vaultId, uint64_t device) {
    std::string out = "rapport-head:" + vaultId + ":";
    ByteWriter w(out);
    w.u64(device);
    return out;
}

std::string deviceDir(uint64_t device) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(device));
    return std::string("devices/") + buf;
}

uint64_t parseDeviceName(const std::string& name) {
    if (name.size() != 16) return 0;
    uint64_t v = 0;
    for (char c : name) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0) return 0;
        v = (v << 4) | static_cast<uint64_t>(d);
    }
    return v;
}

}  // namespace rapport::sync
