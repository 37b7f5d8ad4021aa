// The sync state file: a version byte then fixed-width fields (store/byte_io.h); entity images use
// the model's own versioned encoding (io/model_io.h).
#include "core/sync/sync_state.h"

#include <algorithm>
#include <exception>

#include "core/io/model_io.h"
#include "core/store/byte_io.h"
#include "core/sync/wire.h"

namespace rapport::sync {

using store::ByteReader;
using store::ByteWriter;

namespace {

constexpr uint8_t kStateVersion = 1;

void putStamp(ByteWriter& w, const Stamp& s) {
    w.u64(s.hlc);
    w.u64(s.device);
    w.u32(s.basis);
}

Stamp getStamp(ByteReader& r) {
    Stamp s;
    s.hlc = r.u64();
    s.device = r.u64();
    s.basis = r.u32();
    return s;
}

// A count that cannot be more than the bytes left allow (each element takes at least `minBytes`).
bool sane(ByteReader& r, uint32_t n, size_t minBytes) { return r.ok() && n <= r.remaining() / minBytes; }

}  // namespace

std::string encodeSyncState(const SyncState& s) {
    std::string out;
    ByteWriter w(out);
    w.u8(kStateVersion);
    w.bytes(s.url);
    w.bytes(s.user);
    w.bytes(s.password);
    w.bytes(s.vaultId);
    w.bytes(std::string_view(reinterpret_cast<const char*>(s.key.data()), s.key.size()));
    w.u64(s.deviceId);
    w.bytes(s.deviceName);
    w.u64(s.nextBatch);
    w.bytes(s.chainHash);
    w.u64(s.exported);
    w.u32(static_cast<uint32_t>(s.pending.size()));
    for (const BatchRecord& p : s.pending) {
        putSeen(w, p.basis);
        w.bytes(p.record);
    }
    w.u32(static_cast<uint32_t>(s.outbox.size()));
    for (const OutboxBatch& o : s.outbox) {
        w.u64(o.number);
        w.bytes(o.sealed);
    }
    putSeen(w, s.seen);
    putSeen(w, s.publishedSeen);
    w.u32(static_cast<uint32_t>(s.remotes.size()));
    for (const auto& [id, d] : s.remotes) {
        w.u64(id);
        w.u64(d.lastBatch);
        w.bytes(d.lastHash);
        w.bytes(d.name);
        w.u64(static_cast<uint64_t>(d.lastSeenMillis));
    }
    w.u32(static_cast<uint32_t>(s.epochs.size()));
    for (const Epoch& e : s.epochs) {
        w.u64(e.after);
        putSeen(w, e.seen);
    }
    w.u32(static_cast<uint32_t>(s.held.size()));
    for (const HeldRecord& h : s.held) {
        w.u64(h.device);
        w.u32(h.basis);
        w.bytes(h.record);
    }
    w.u32(static_cast<uint32_t>(s.merge.bases.size()));
    for (const SeenVector& b : s.merge.bases) putSeen(w, b);
    w.u32(static_cast<uint32_t>(s.merge.entities.size()));
    // In id order, so the same state always gives the same bytes.
    std::vector<EntityId> ids;
    ids.reserve(s.merge.entities.size());
    for (const auto& kv : s.merge.entities) ids.push_back(kv.first);
    std::sort(ids.begin(), ids.end());
    for (EntityId id : ids) {
        const EntityState& e = s.merge.entities.at(id);
        w.u64(id);
        w.u16(e.kind);
        w.u8(e.alive ? 1 : 0);
        putStamp(w, e.aliveStamp);
        w.u32(static_cast<uint32_t>(e.fields.size()));
        for (const Stamp& f : e.fields) putStamp(w, f);
        w.bytes(e.image ? encodeEntity(*e.image) : std::string());
    }
    w.u32(static_cast<uint32_t>(s.merge.inbox.size()));
    for (const Conflict& c : s.merge.inbox) {
        w.u64(c.entity);
        w.u32(c.field);
        w.u8(c.deleted ? 1 : 0);
        w.bytes(encodeEntity(c.kept));
        w.bytes(encodeEntity(c.other));
        putStamp(w, c.keptStamp);
        putStamp(w, c.otherStamp);
    }
    w.u64(static_cast<uint64_t>(s.lastSyncMillis));
    w.bytes(s.lastProblem);
    return out;
}

Result<SyncState> decodeSyncState(std::string_view bytes) {
    const Error bad = makeError("The sync state file is damaged; set up sync again (your notes are not affected).");
    try {
        ByteReader r(bytes);
        const uint8_t version = r.u8();
        if (r.ok() && version > kStateVersion) return makeError("The sync settings were saved by a newer Rapport; update Rapport to sync.");
        SyncState s;
        s.url = std::string(r.bytes());
        s.user = std::string(r.bytes());
        s.password = std::string(r.bytes());
        s.vaultId = std::string(r.bytes());
        const std::string_view key = r.bytes();
        if (key.size() != s.key.size()) return bad;
        std::copy(key.begin(), key.end(), s.key.begin());
        s.deviceId = r.u64();
        s.deviceName = std::string(r.bytes());
        s.nextBatch = r.u64();
        s.chainHash = std::string(r.bytes());
        s.exported = r.u64();
        uint32_t n = r.u32();
        if (!sane(r, n, 8)) return bad;
        for (uint32_t i = 0; i < n; ++i) {
            BatchRecord p;
            if (!getSeen(r, p.basis)) return bad;
            p.record = std::string(r.bytes());
            s.pending.push_back(std::move(p));
        }
        n = r.u32();
        if (!sane(r, n, 12)) return bad;
        for (uint32_t i = 0; i < n; ++i) {
            OutboxBatch o;
            o.number = r.u64();
            o.sealed = std::string(r.bytes());
            s.outbox.push_back(std::move(o));
        }
        if (!getSeen(r, s.seen) || !getSeen(r, s.publishedSeen)) return bad;
        n = r.u32();
        if (!sane(r, n, 32)) return bad;
        for (uint32_t i = 0; i < n; ++i) {
            const uint64_t id = r.u64();
            RemoteDevice d;
            d.lastBatch = r.u64();
            d.lastHash = std::string(r.bytes());
            d.name = std::string(r.bytes());
            d.lastSeenMillis = static_cast<int64_t>(r.u64());
            s.remotes[id] = std::move(d);
        }
        n = r.u32();
        if (!sane(r, n, 12)) return bad;
        for (uint32_t i = 0; i < n; ++i) {
            Epoch e;
            e.after = r.u64();
            if (!getSeen(r, e.seen)) return bad;
            s.epochs.push_back(std::move(e));
        }
        n = r.u32();
        if (!sane(r, n, 16)) return bad;
        for (uint32_t i = 0; i < n; ++i) {
            HeldRecord h;
            h.device = r.u64();
            h.basis = r.u32();
            h.record = std::string(r.bytes());
            s.held.push_back(std::move(h));
        }
        n = r.u32();
        if (!sane(r, n, 4) || n == 0) return bad;
        s.merge.bases.clear();
        for (uint32_t i = 0; i < n; ++i) {
            SeenVector b;
            if (!getSeen(r, b)) return bad;
            s.merge.bases.push_back(std::move(b));
        }
        n = r.u32();
        if (!sane(r, n, 40)) return bad;
        for (uint32_t i = 0; i < n; ++i) {
            const uint64_t id = r.u64();
            EntityState e;
            e.kind = r.u16();
            e.alive = r.u8() == 1;
            e.aliveStamp = getStamp(r);
            const uint32_t f = r.u32();
            if (!sane(r, f, 20)) return bad;
            for (uint32_t k = 0; k < f; ++k) e.fields.push_back(getStamp(r));
            const std::string_view image = r.bytes();
            if (!r.ok()) return bad;
            if (!image.empty()) {
                auto decoded = decodeEntity(image);
                if (!decoded) return bad;
                e.image = std::move(decoded).value();
            }
            s.merge.entities[id] = std::move(e);
        }
        n = r.u32();
        if (!sane(r, n, 60)) return bad;
        for (uint32_t i = 0; i < n; ++i) {
            Conflict c;
            c.entity = r.u64();
            c.field = r.u32();
            c.deleted = r.u8() == 1;
            auto kept = decodeEntity(r.bytes());
            auto other = decodeEntity(r.bytes());
            if (!r.ok() || !kept || !other) return bad;
            c.kept = std::move(kept).value();
            c.other = std::move(other).value();
            c.keptStamp = getStamp(r);
            c.otherStamp = getStamp(r);
            s.merge.inbox.push_back(std::move(c));
        }
        s.lastSyncMillis = static_cast<int64_t>(r.u64());
        s.lastProblem = std::string(r.bytes());
        if (!r.ok() || !r.atEnd()) return bad;
        return s;
    } catch (const std::exception&) {
        return bad;
    }
}

}  // namespace rapport::sync
