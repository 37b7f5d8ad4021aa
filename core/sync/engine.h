// The sync cycle (docs/sync.md): read the vault, take this device's new change records, apply every
// other device's new batches, seal what is pending into the next batch, upload it, then the head.
// Pure: files go through the Transport, the notebook through NotebookStore, time is passed in.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/store/change_record.h"
#include "core/store/notebook_store.h"
#include "core/store/storage_medium.h"
#include "core/sync/crypto.h"
#include "core/sync/sync_state.h"
#include "core/sync/transport.h"
#include "core/sync/wire.h"
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

// A job that talks to the server (setup, or one cycle) as a step machine: it stops at every request
// and goes on when given the answer. A driver answers at once (drive(): the command line, tests, the
// native worker thread) or later (the browser, whose answers arrive in a fetch callback; it resumes the
// job between frames, where the job's store steps then run).
class SyncJob {
public:
    virtual ~SyncJob() = default;
    // The request the job waits for; null once it has ended (its result is then set).
    const TransportRequest* waiting() const { return m_waiting ? &*m_waiting : nullptr; }
    // The answer to waiting(); runs up to the next request or the end.
    void resume(TransportAnswer a);

protected:
    void ask(TransportRequest::Op op, std::string path, std::string body = {});
    virtual void answered(TransportAnswer a) = 0;

private:
    std::optional<TransportRequest> m_waiting;
};

// Answers every request of `job` with `t` until the job ends.
void drive(SyncJob& job, Transport& t);

// Binds a new sync state to the folder behind the transport: unlocks its vault with `passphrase`, or
// creates the vault when the folder is empty. Fails with the reason (missing folder, wrong passphrase,
// a folder holding someone else's files) and writes nothing then.
class SetupJob final : public SyncJob {
public:
    SetupJob(std::string passphrase, KdfParams kdf, uint64_t deviceId, std::string deviceName);
    std::optional<Result<SyncState>> result;

private:
    enum class Stage { root, vault, ownHead, putVault, mkcolDevices };
    void answered(TransportAnswer a) override;
    Stage m_stage = Stage::root;
    std::string m_passphrase;
    KdfParams m_kdf;
    std::vector<std::string> m_rootNames;
    SyncState m_state;
};

// setupSync with a synchronous transport.
Result<SyncState> setupSync(Transport& t, const std::string& passphrase, KdfParams kdf, uint64_t deviceId,
                            std::string deviceName);

using SaveState = std::function<Status(const SyncState&)>;
// Runs a step that touches the store on the thread that owns it, and returns once it ran. Empty: the
// calling thread owns the store (the command line, tests, the browser). The app runs the cycle on a
// worker thread natively and the store steps on its UI thread (SyncWorker), so the UI never waits for
// the network.
using RunOnOwner = std::function<void(const std::function<void()>&)>;

// One cycle; nothing else may change `store` while it runs, and `s`, `store`, `local` must outlive the
// job. `save` makes the state durable; it is called before anything is uploaded that the state must
// remember, and after each applied batch. An Error means nothing could be done (server unreachable,
// vault missing or replaced); problems with single devices are warnings in the report.
class CycleJob final : public SyncJob {
public:
    CycleJob(SyncState& s, NotebookStore& store, const LocalChanges& local, int64_t nowMillis, SaveState save,
             RunOnOwner owner = {});
    std::optional<Result<SyncReport>> result;

private:
    enum class Stage { vault, ownHead, devices, deviceHead, batch, mkcolDevices, mkcolDir, putBatch, putHead };
    void answered(TransportAnswer a) override;
    void onVault(TransportAnswer& a);
    void onOwnHead(TransportAnswer& a);
    void onDeviceHead(TransportAnswer& a);
    void onBatch(TransportAnswer& a);
    void nextDevice();
    void nextBatch();
    void pullFailed(Error e);
    void afterPull();
    void nextUpload();
    void finish();

    SyncState& m_s;
    NotebookStore& m_store;
    const LocalChanges& m_local;
    int64_t m_now;
    SaveState m_save;
    RunOnOwner m_owner;
    Stage m_stage = Stage::vault;
    SyncReport m_report;
    bool m_cloned = false;
    std::vector<std::string> m_devices;  // names under devices/
    size_t m_nextDevice = 0;
    uint64_t m_device = 0;               // the device being pulled
    std::string m_who;
    Head m_head;                         // its head
    uint64_t m_batch = 0;                // the batch asked for
    size_t m_upload = 0;                 // the outbox batch being stored
};

// One cycle with a synchronous transport (the command line, tests, SyncWorker).
Result<SyncReport> syncOnce(SyncState& s, Transport& t, NotebookStore& store, const LocalChanges& local,
                            int64_t nowMillis, const SaveState& save, const RunOnOwner& owner = {});

// Conflict inbox: keeps what the merge kept (drops the entry), or makes the other value win with a
// new local edit (the command to execute; sync then sends it like any edit).
void dismissConflict(SyncState& s, size_t index);
Result<Command> takeOtherValue(const SyncState& s, const Notebook& nb, size_t index);

}  // namespace rapport::sync
