// What one device remembers about sync, in its own file next to the notebook (never inside the
// store's files): the vault it is bound to, the vault key, what it has sent and applied, the merge
// stamps, the conflict inbox and records held back for a future timestamp.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/sync/crypto.h"
#include "core/sync/merge.h"
#include "core/sync/wire.h"
#include "core/util/result.h"

namespace rapport::sync {

// A sealed batch not yet confirmed by the server: re-sent byte for byte until it is.
struct OutboxBatch {
    uint64_t number = 0;
    std::string sealed;
};

struct RemoteDevice {
    uint64_t lastBatch = 0;   // last batch applied here
    std::string lastHash;     // its hash (the chain continues from it)
    std::string name;
    int64_t lastSeenMillis = 0;  // when it last wrote its head (its own clock)
};

// After a pull, local edits stamped after `after` were made having seen `seen`.
struct Epoch {
    Hlc after = 0;
    SeenVector seen;
};

// A remote change record stamped too far in the future: kept, applied once the clock catches up.
struct HeldRecord {
    uint64_t device = 0;
    uint32_t basis = 0;
    std::string record;
};

struct SyncState {
    std::string url;         // the folder (the transport's base; informational for the core)
    std::string user;
    std::string password;    // the server's, kept like any sync client keeps it (never the passphrase)
    std::string vaultId;
    Key key{};
    uint64_t deviceId = 0;
    std::string deviceName;
    uint64_t nextBatch = 1;
    std::string chainHash;   // hash of this device's last sealed batch
    Hlc exported = 0;        // local change records up to this HLC are sealed or pending
    std::vector<BatchRecord> pending;  // local records not yet sealed
    std::vector<OutboxBatch> outbox;
    SeenVector seen;         // per other device: highest HLC applied here
    SeenVector publishedSeen;  // `seen` as of the last head written
    std::map<uint64_t, RemoteDevice> remotes;
    std::vector<Epoch> epochs;
    std::vector<HeldRecord> held;
    MergeState merge;
    int64_t lastSyncMillis = 0;  // last cycle that ended in sync
    std::string lastProblem;     // what the last cycle reported ("" when fine)
};

std::string encodeSyncState(const SyncState& s);
// Fails with a message on damage or a newer version (never a crash).
Result<SyncState> decodeSyncState(std::string_view bytes);

}  // namespace rapport::sync
