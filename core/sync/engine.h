// The sync cycle (docs/sync.md): read the vault, take this device's new change records, apply every
// other device's new batches, seal what is pending into the next batch, upload it, then the head.
// Pure: files go through the Transport, the notebook through NotebookStore, time is passed in.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/store/change_record.h"
#include "core/store/notebook_store.h"
#include "core/store/storage_medium.h"
#include "core/sync/crypto.h"
#include "core/sync/sync_state.h"
#include "core/sync/transport.h"
#include "core/util/result.h"

namespace rapport::sync {

// Commands the engine applies carry this label prefix, so they are never sent back as local edits.
inline constexpr const char* kSyncedLabel = "Synced changes from ";
// Remote records stamped this far ahead of the local clock warn, and this far are held.
inline constexpr int64_t kFutureWarnMillis = 5 * 60 * 1000;
inline constexpr int64_t kFutureHoldMillis = 24 * 60 * 60 * 1000;

// This device's change records as the store holds them: the live log, and the HLC up to which older
// records were folded into the snapshot (compacted away).
struct LocalChanges {
    std::vector<store::ChangeRecord> records;
    store::Hlc compactedUpTo = 0;
};
// Reads them from the store folder without disturbing the open store (a read-only open of its log).
Result<LocalChanges> readLocalChanges(store::StorageMedium& medium, const std::string& dir);

struct SyncReport {
    bool inSync = false;    // everything sent, every device read without trouble, nothing held
    uint32_t applied = 0;   // change records of other devices applied
    uint32_t sent = 0;      // change records of this device sent
    std::vector<std::string> warnings;  // what needs attention, one sentence each
};

// Binds a new sync state to the folder behind `t`: unlocks its vault with `passphrase`, or creates
// the vault when the folder is empty. Fails with the reason (missing folder, wrong passphrase,
// a folder holding someone else's files) and writes nothing then.
Result<SyncState> setupSync(Transport& t, const std::string& passphrase, KdfParams kdf, uint64_t deviceId,
                            std::string deviceName);

using SaveState = std::function<Status(const SyncState&)>;
// Runs a step that touches the store on the thread that owns it, and returns once it ran. Empty: the
// calling thread owns the store (the command line, tests). The app runs the cycle on a worker thread
// and the store steps on its UI thread (SyncWorker), so the UI never waits for the network.
using RunOnOwner = std::function<void(const std::function<void()>&)>;

// One cycle; nothing else may change `store` while it runs. `save` makes the state durable; it is called before anything is uploaded that the
// state must remember, and after each applied batch. An Error means nothing could be done (server
// unreachable, vault missing or replaced); problems with single devices are warnings in the report.
Result<SyncReport> syncOnce(SyncState& s, Transport& t, NotebookStore& store, const LocalChanges& local,
                            int64_t nowMillis, const SaveState& save, const RunOnOwner& owner = {});

// Conflict inbox: keeps what the merge kept (drops the entry), or makes the other value win with a
// new local edit (the command to execute; sync then sends it like any edit).
void dismissConflict(SyncState& s, size_t index);
Result<Command> takeOtherValue(const SyncState& s, const Notebook& nb, size_t index);

}  // namespace rapport::sync
