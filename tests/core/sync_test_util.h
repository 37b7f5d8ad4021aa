// Simulated devices for the sync tests: each a NotebookStore in memory with its own clock, synced
// through one in-memory WebDAV folder. The KDF is set to libsodium's minimum so tests stay fast.
#pragma once

#include <memory>
#include <string>

#include "core/model/commands.h"
#include "core/store/memory_medium.h"
#include "core/store/notebook_store.h"
#include "core/sync/engine.h"

namespace rapport::sync::test {

inline KdfParams fastKdf() { return KdfParams{1, 8192}; }

class Device {
public:
    // `seed` fixes the ids of what the device creates, so a test (a property schedule) replays exactly.
    Device(uint64_t id, int64_t millis, uint64_t seed = 0) : m_clock(millis, CivilDate::fromDayNumber(19'675)), m_ids(seed * 31 + id) {
        StoreOptions o;
        o.log.newDeviceId = id;
        auto opened = NotebookStore::open(m_medium, "/nb", m_clock, o);
        REQUIRE(opened);
        m_store = std::move(opened).value();
        m_state.deviceId = id;
    }

    Status setup(Transport& t, const std::string& passphrase = "correct horse") {
        auto s = setupSync(t, passphrase, fastKdf(), m_store->stats().deviceId, "device " + std::to_string(m_state.deviceId));
        if (!s) return s.error();
        m_state = std::move(s).value();
        return {};
    }

    Result<SyncReport> sync(Transport& t) {
        auto local = readLocalChanges(m_medium, "/nb");
        if (!local) return local.error();
        return syncOnce(m_state, t, *m_store, local.value(), m_clock.unixMillis(), [this](const SyncState& s) {
            m_saved = encodeSyncState(s);
            return Status{};
        });
    }

    // The state as last saved, decoded again (what a restart would see).
    SyncState reloaded() const { return decodeSyncState(m_saved).value(); }
    void restart() { m_state = reloaded(); }

    NotebookStore& store() { return *m_store; }
    const Notebook& nb() const { return m_store->notebook(); }
    SyncState& state() { return m_state; }
    FixedClock& clock() { return m_clock; }
    store::MemoryMedium& medium() { return m_medium; }

    // Shortcuts for edits.
    EntityId addPeer(const std::string& name) {
        auto c = rapport::addPeer(nb(), m_ids, name);
        REQUIRE(c);
        REQUIRE(m_store->execute(c.value()));
        return entityId(*c.value().changes.front().after);
    }
    bool setRole(EntityId id, const std::string& role) {
        const Peer* p = nb().findPeer(id);
        if (!p) return false;
        Peer edited = *p;
        edited.role = role;
        auto c = updateEntity(nb(), edited, "Changed role");
        return c && m_store->execute(c.value());
    }
    bool setTeam(EntityId id, const std::string& team) {
        const Peer* p = nb().findPeer(id);
        if (!p) return false;
        Peer edited = *p;
        edited.team = team;
        auto c = updateEntity(nb(), edited, "Changed team");
        return c && m_store->execute(c.value());
    }
    bool remove(EntityId id) {
        auto c = deleteEntity(nb(), id);
        return c && m_store->execute(c.value());
    }

private:
    store::MemoryMedium m_medium;
    FixedClock m_clock;
    IdSource m_ids;
    std::unique_ptr<NotebookStore> m_store;
    SyncState m_state;
    std::string m_saved;
};

constexpr int64_t kNow = 1'750'000'000'000;

// One cycle that must succeed without a warning (the warning or error is shown when it does not).
inline void syncOk(Device& d, Transport& t) {
    auto r = d.sync(t);
    INFO((r ? (r.value().warnings.empty() ? "" : r.value().warnings.front()) : r.error().message));
    REQUIRE(r);
    REQUIRE(r.value().warnings.empty());
}

// Two devices joined to one in-memory folder: `auto& [server, a, b] = pair;`.
struct TwoDevices {
    MemoryTransport server;
    Device a{1, kNow};
    Device b{2, kNow};
    TwoDevices() {
        REQUIRE(a.setup(server));
        REQUIRE(b.setup(server));
    }
};

}  // namespace rapport::sync::test
