// The sync cycle. Every file has one writer (its device), so nothing here locks; a batch is visible
// only once the head names it, and a retry re-sends the sealed bytes kept in the outbox.
#include "core/sync/engine.h"

#include <algorithm>
#include <exception>

#include "core/io/model_io.h"
#include "core/store/byte_io.h"
#include "core/store/record_log.h"
#include "core/sync/fields.h"
#include "core/sync/wire.h"

namespace rapport::sync {

using store::ChangeKind;
using store::ChangeRecord;

namespace {

constexpr size_t kBatchBytes = 512 * 1024;  // plaintext per batch (well under any server's limits)
constexpr size_t kPartBytes = 256 * 1024;   // per store record when a batch is applied in parts

std::string deviceLabel(const SyncState& s, uint64_t device) {
    auto it = s.remotes.find(device);
    if (it != s.remotes.end() && !it->second.name.empty()) return "\"" + it->second.name + "\"";
    return "device " + deviceDir(device).substr(8);
}

bool isSyncApplied(const ChangeRecord& r) {
    return r.kind == ChangeKind::edit && r.command.label.rfind(kSyncedLabel, 0) == 0;
}

// The knowledge a local record stamped `hlc` was made with: the last pull before it.
SeenVector basisFor(const SyncState& s, store::Hlc hlc) {
    SeenVector seen;
    for (const Epoch& e : s.epochs) {
        if (e.after < hlc) seen = e.seen;
    }
    return seen;
}

// A record standing for the whole notebook when the log no longer reaches back to the last export
// (compacted meanwhile): every entity as it is now, and deletes of what sync knows and is gone.
ChangeRecord wholeNotebook(const SyncState& s, const Notebook& nb, store::Hlc hlc) {
    ChangeRecord rec;
    rec.kind = ChangeKind::edit;
    rec.hlc = hlc;
    rec.deviceId = s.deviceId;
    rec.command.label = "The notebook as of its last compaction";
    for (const Entity& e : nb.entities()) rec.command.changes.push_back(EntityChange{std::nullopt, e});
    for (const auto& [id, st] : s.merge.entities) {
        if (st.alive && !nb.findEntity(id)) rec.command.changes.push_back(EntityChange{blankEntity(st.kind, id), std::nullopt});
    }
    return rec;
}

// Takes this device's records made since the last export into `pending` (and the merge stamps).
void ingestLocal(SyncState& s, const Notebook& nb, const LocalChanges& local) {
    std::vector<ChangeRecord> fresh;
    if (local.compactedUpTo > s.exported) fresh.push_back(wholeNotebook(s, nb, local.compactedUpTo));
    for (const ChangeRecord& r : local.records) {
        if (r.hlc > s.exported && r.hlc > local.compactedUpTo && r.deviceId == s.deviceId) fresh.push_back(r);
    }
    for (const ChangeRecord& r : fresh) {
        s.exported = std::max(s.exported, r.hlc);
        if (isSyncApplied(r)) continue;
        SeenVector basis = basisFor(s, r.hlc);
        s.merge.merge(r, s.merge.intern(basis), nullptr);
        s.pending.push_back(BatchRecord{std::move(basis), store::encodeChangeRecord(r)});
    }
    // Epochs older than the last one before the export are never asked for again.
    while (s.epochs.size() > 1 && s.epochs[1].after < s.exported) s.epochs.erase(s.epochs.begin());
}

// Applies what the overlay holds as one command; if the notebook refuses it whole (a merged entity
// that breaks a rule, a reference gone), each change is tried on its own and refusals are reported.
void applyOverlay(const Overlay& overlay, NotebookStore& store, const std::string& from, SyncReport& report) {
    const Command cmd = overlay.command(kSyncedLabel + from);
    if (cmd.changes.empty()) return;
    if (store.execute(cmd)) return;
    // A batch too large for one store record (a first sync): in parts, saved as one all-or-nothing group.
    std::vector<Command> parts;
    size_t bytes = kPartBytes;
    for (const EntityChange& ch : cmd.changes) {
        if (bytes >= kPartBytes) {
            parts.push_back(Command{cmd.label, {}});
            bytes = 0;
        }
        bytes += encodeEntity(ch.after ? *ch.after : *ch.before).size() * (ch.after && ch.before ? 2 : 1);
        parts.back().changes.push_back(ch);
    }
    if (parts.size() > 1 && store.executeAll(parts)) return;
    for (const EntityChange& ch : cmd.changes) {
        Command one{cmd.label, {ch}};
        one.changes[0].before = store.notebook().findEntity(entityId(ch.after ? *ch.after : *ch.before));
        if (one.changes[0].before == one.changes[0].after) continue;
        if (Status st = store.execute(one); !st) {
            report.warnings.push_back("A change from " + from + " could not be applied here: " + st.error().message);
        }
    }
}

// Merges one remote record (or holds it when stamped too far ahead).
void mergeRemote(SyncState& s, const ChangeRecord& rec, uint32_t basis, Overlay& overlay, NotebookStore& store,
                 int64_t now, const std::string& from, SyncReport& report, bool& warnedClock) {
    const int64_t ahead = static_cast<int64_t>(store::hlcMillis(rec.hlc)) - now;
    if (ahead > kFutureHoldMillis) {
        s.held.push_back(HeldRecord{rec.deviceId, basis, store::encodeChangeRecord(rec)});
        if (!warnedClock) {
            report.warnings.push_back("Changes from " + from + " are dated more than a day ahead of this device's clock; they are held until then. Check the clock on both devices.");
            warnedClock = true;
        }
        return;
    }
    if (ahead > kFutureWarnMillis && !warnedClock) {
        report.warnings.push_back("The clock of " + from + " is " + std::to_string(ahead / 60000) +
                                  " minutes ahead of this device's; check the clock on both devices.");
        warnedClock = true;
    }
    store.observeHlc(rec.hlc);
    s.merge.merge(rec, basis, &overlay);
    s.seen[rec.deviceId] = std::max(s.seen[rec.deviceId], rec.hlc);
    ++report.applied;
}

// Applies held records whose time has come.
void releaseHeld(SyncState& s, NotebookStore& store, int64_t now, SyncReport& report) {
    std::vector<HeldRecord> still;
    Overlay overlay(store.notebook());
    for (HeldRecord& h : s.held) {
        auto rec = store::decodeChangeRecord(h.record);
        if (!rec) continue;
        if (static_cast<int64_t>(store::hlcMillis(rec.value().hlc)) - now > kFutureHoldMillis) {
            still.push_back(std::move(h));
            continue;
        }
        store.observeHlc(rec.value().hlc);
        s.merge.merge(rec.value(), h.basis, &overlay);
        s.seen[h.device] = std::max(s.seen[h.device], rec.value().hlc);
        ++report.applied;
    }
    applyOverlay(overlay, store, "a device with a fast clock", report);
    s.held = std::move(still);
}

void sealPending(SyncState& s) {
    size_t i = 0;
    while (i < s.pending.size()) {
        Batch b;
        b.device = s.deviceId;
        b.number = s.nextBatch;
        b.prevHash = s.chainHash;
        size_t bytes = 0;
        while (i < s.pending.size() && (b.records.empty() || bytes + s.pending[i].record.size() < kBatchBytes)) {
            bytes += s.pending[i].record.size() + 16 * s.pending[i].basis.size();
            b.records.push_back(std::move(s.pending[i]));
            ++i;
        }
        OutboxBatch o{b.number, seal(s.key, batchAd(s.vaultId, s.deviceId, b.number), encodeBatch(b))};
        s.chainHash = hashBytes(o.sealed);
        s.outbox.push_back(std::move(o));
        ++s.nextBatch;
    }
    s.pending.clear();
}

}  // namespace

Result<LocalChanges> readLocalChanges(store::StorageMedium& medium, const std::string& dir) {
    store::Recovered recovered;
    auto log = store::RecordLog::open(medium, dir, store::RecordLogOptions{}, store::OpenMode::readOnly, recovered);
    if (!log) return log.error();
    LocalChanges out;
    if (recovered.snapshot) {
        // Only the snapshot's clock is needed: it leads the state (u8 version | u64 last HLC | ...,
        // store/change_record.h), so the notebook in it is not decoded a second time.
        store::ByteReader r(*recovered.snapshot);
        const uint8_t version = r.u8();
        out.compactedUpTo = r.u64();
        if (!r.ok() || version == 0 || version > store::kChangeRecordVersion) {
            return makeError("The notebook's snapshot cannot be read for sync.");
        }
    }
    for (const std::string& bytes : recovered.records) {
        auto rec = store::decodeChangeRecord(bytes);
        if (!rec) return rec.error();
        out.records.push_back(std::move(rec).value());
    }
    return out;
}

// ---- jobs -------------------------------------------------------------------------------------

void SyncJob::resume(TransportAnswer a) {
    m_waiting.reset();
    answered(std::move(a));
}

void SyncJob::ask(TransportRequest::Op op, std::string path, std::string body) {
    m_waiting = TransportRequest{op, std::move(path), std::move(body)};
}

void drive(SyncJob& job, Transport& t) {
    while (const TransportRequest* r = job.waiting()) job.resume(perform(t, *r));
}

using Op = TransportRequest::Op;

SetupJob::SetupJob(std::string passphrase, KdfParams kdf, uint64_t deviceId, std::string deviceName)
    : m_passphrase(std::move(passphrase)), m_kdf(kdf) {
    m_state.deviceId = deviceId;
    m_state.deviceName = std::move(deviceName);
    ask(Op::list, "");
}

void SetupJob::answered(TransportAnswer a) {
    if (!a.status) {
        result = a.status.error();
        return;
    }
    switch (m_stage) {
    case Stage::root:
        if (!a.found) {
            result = makeError("The sync folder does not exist on the server; create it there first (or check the URL).");
            return;
        }
        m_rootNames = std::move(a.names);
        m_stage = Stage::vault;
        ask(Op::get, "vault");
        return;
    case Stage::vault: {
        if (a.found) {
            auto vault = decodeVault(a.body);
            if (!vault) {
                result = vault.error();
                return;
            }
            auto key = unlockVault(vault.value(), m_passphrase);
            if (!key) {
                result = key.error();
                return;
            }
            m_state.vaultId = vault.value().id;
            m_state.key = key.value();
            // This device may have sent before (Disconnect, then Connect again): its chain goes on
            // from its last batch, or the next cycle would take it for a copied data folder.
            m_stage = Stage::ownHead;
            ask(Op::get, deviceDir(m_state.deviceId) + "/head");
            return;
        }
        if (std::find(m_rootNames.begin(), m_rootNames.end(), "devices") != m_rootNames.end()) {
            result = makeError("The folder holds Rapport device files but no vault file (it was damaged or partly deleted); choose an empty folder.");
            return;
        }
        auto made = createVault(m_passphrase, m_kdf);
        if (!made) {
            result = made.error();
            return;
        }
        m_state.vaultId = made.value().first.id;
        m_state.key = made.value().second;
        m_stage = Stage::putVault;
        ask(Op::put, "vault", encodeVault(made.value().first));
        return;
    }
    case Stage::ownHead:
        if (a.found) {
            // Unreadable: left to the first cycle, which reads the same head and says what is wrong.
            auto plain = unseal(m_state.key, headAd(m_state.vaultId, m_state.deviceId), a.body, "head of this device");
            auto head = plain ? decodeHead(plain.value()) : Result<Head>(plain.error());
            if (head && head.value().device == m_state.deviceId) {
                // Everything of this device is sent again in the next batch (nothing marks it sent
                // here); the others apply what they already have as no change.
                m_state.nextBatch = head.value().lastBatch + 1;
                m_state.chainHash = head.value().lastHash;
            }
        }
        result = std::move(m_state);
        return;
    case Stage::putVault:
        m_stage = Stage::mkcolDevices;
        ask(Op::mkcol, "devices");
        return;
    case Stage::mkcolDevices:
        result = std::move(m_state);
        return;
    }
}

Result<SyncState> setupSync(Transport& t, const std::string& passphrase, KdfParams kdf, uint64_t deviceId,
                            std::string deviceName) {
    SetupJob job(passphrase, kdf, deviceId, std::move(deviceName));
    drive(job, t);
    return std::move(*job.result);
}

CycleJob::CycleJob(SyncState& s, NotebookStore& store, const LocalChanges& local, int64_t nowMillis, SaveState save,
                   RunOnOwner owner)
    : m_s(s), m_store(store), m_local(local), m_now(nowMillis), m_save(std::move(save)),
      m_owner(owner ? std::move(owner) : RunOnOwner([](const std::function<void()>& f) { f(); })) {
    ask(Op::get, "vault");
}

void CycleJob::answered(TransportAnswer a) {
    switch (m_stage) {
    case Stage::vault: onVault(a); return;
    case Stage::ownHead: onOwnHead(a); return;
    case Stage::devices:
        if (!a.status) {
            result = a.status.error();
            return;
        }
        if (a.found) m_devices = std::move(a.names);
        nextDevice();
        return;
    case Stage::deviceHead: onDeviceHead(a); return;
    case Stage::batch: onBatch(a); return;
    case Stage::mkcolDevices:
    case Stage::mkcolDir:
    case Stage::putBatch:
        if (!a.status) {
            m_report.sent = 0;
            result = a.status.error();
            return;
        }
        nextUpload();
        return;
    case Stage::putHead:
        if (!a.status) {
            m_report.sent = 0;
            result = a.status.error();
            return;
        }
        m_s.outbox.clear();
        m_s.publishedSeen = m_s.seen;
        finish();
        return;
    }
}

void CycleJob::onVault(TransportAnswer& a) {
    // The folder must still hold the vault this device joined: a missing or different vault (the URL
    // changed, the folder was emptied or replaced) stops here, and nothing is deleted or sent.
    if (!a.status) {
        result = a.status.error();
        return;
    }
    if (!a.found) {
        result = makeError("The sync folder has no vault file any more (the URL may point at another folder, or it was emptied); nothing was changed. Check the URL.");
        return;
    }
    auto vault = decodeVault(a.body);
    if (!vault) {
        result = vault.error();
        return;
    }
    if (vault.value().id != m_s.vaultId) {
        result = makeError("The sync folder now holds a different vault than the one this device joined; nothing was changed. Check the URL, or set up sync again.");
        return;
    }
    m_owner([&] { ingestLocal(m_s, m_store.notebook(), m_local); });
    if (Status st = m_save(m_s); !st) {
        result = st.error();
        return;
    }
    m_owner([&] { releaseHeld(m_s, m_store, m_now, m_report); });
    m_stage = Stage::ownHead;
    ask(Op::get, deviceDir(m_s.deviceId) + "/head");
}

// This device's own head on the server: ahead of what this install wrote means another install uses
// the same device id (a copied data folder); sending then would fork its chain.
void CycleJob::onOwnHead(TransportAnswer& a) {
    if (!a.status) {
        result = a.status.error();
        return;
    }
    if (a.found) {
        auto plain = unseal(m_s.key, headAd(m_s.vaultId, m_s.deviceId), a.body, "head of this device");
        if (!plain) {
            m_report.warnings.push_back(plain.error().message);
        } else {
            auto head = decodeHead(plain.value());
            if (head && head.value().lastBatch >= m_s.nextBatch) {
                m_cloned = true;
                m_report.warnings.push_back("Another Rapport install sends as this device (its data folder was copied); this one stops sending. Set up sync again on one of them.");
            }
        }
    }
    m_stage = Stage::devices;
    ask(Op::list, "devices");
}

// Every other device in turn: its head, then each batch after the last one applied here. Problems stop
// at that device (reported); batches already applied stay applied.
void CycleJob::nextDevice() {
    while (m_nextDevice < m_devices.size()) {
        const uint64_t device = parseDeviceName(m_devices[m_nextDevice++]);
        if (device == 0 || device == m_s.deviceId) continue;
        m_device = device;
        m_stage = Stage::deviceHead;
        ask(Op::get, deviceDir(device) + "/head");
        return;
    }
    afterPull();
}

void CycleJob::pullFailed(Error e) {
    (void)m_save(m_s);
    result = std::move(e);
}

void CycleJob::onDeviceHead(TransportAnswer& a) {
    if (!a.status) return pullFailed(a.status.error());
    if (!a.found) return nextDevice();  // its first upload is still on the way
    m_who = deviceLabel(m_s, m_device);
    auto headPlain = unseal(m_s.key, headAd(m_s.vaultId, m_device), a.body, "head of " + m_who);
    if (!headPlain) {
        m_report.warnings.push_back(headPlain.error().message);
        return nextDevice();
    }
    auto head = decodeHead(headPlain.value());
    if (!head || head.value().device != m_device) {
        m_report.warnings.push_back("The head of " + m_who + " is damaged; its changes were not applied.");
        return nextDevice();
    }
    m_head = std::move(head).value();
    RemoteDevice& rd = m_s.remotes[m_device];
    rd.name = m_head.name;
    rd.lastSeenMillis = m_head.writtenMillis;
    m_who = deviceLabel(m_s, m_device);
    if (m_head.lastBatch < rd.lastBatch || (m_head.lastBatch == rd.lastBatch && rd.lastBatch > 0 && m_head.lastHash != rd.lastHash)) {
        m_report.warnings.push_back("The server returned an older or replaced state of " + m_who +
                                    " (rolled back); nothing of it was applied. Its changes already applied here are kept.");
        return nextDevice();
    }
    m_batch = rd.lastBatch;
    nextBatch();
}

void CycleJob::nextBatch() {
    if (++m_batch > m_head.lastBatch) return nextDevice();
    m_stage = Stage::batch;
    ask(Op::get, deviceDir(m_device) + "/seg-" + std::to_string(m_batch));
}

void CycleJob::onBatch(TransportAnswer& a) {
    if (!a.status) return pullFailed(a.status.error());
    const uint64_t n = m_batch;
    if (!a.found) {
        m_report.warnings.push_back("Batch " + std::to_string(n) + " of " + m_who + " is missing on the server; its changes from there on were not applied.");
        return nextDevice();
    }
    RemoteDevice& rd = m_s.remotes[m_device];
    const std::string hash = hashBytes(a.body);
    auto plain = unseal(m_s.key, batchAd(m_s.vaultId, m_device, n), a.body, "batch " + std::to_string(n) + " of " + m_who);
    if (!plain) {
        m_report.warnings.push_back(plain.error().message);
        return nextDevice();
    }
    auto batch = decodeBatch(plain.value());
    if (!batch || batch.value().device != m_device || batch.value().number != n || batch.value().prevHash != rd.lastHash ||
        (n == m_head.lastBatch && hash != m_head.lastHash)) {
        m_report.warnings.push_back("Batch " + std::to_string(n) + " of " + m_who +
                                    " does not follow the one before it (replaced or reordered on the server); it was not applied.");
        return nextDevice();
    }
    std::vector<std::pair<ChangeRecord, uint32_t>> records;
    for (const BatchRecord& br : batch.value().records) {
        auto rec = store::decodeChangeRecord(br.record);
        if (!rec || rec.value().deviceId != m_device) {
            m_report.warnings.push_back("Batch " + std::to_string(n) + " of " + m_who + " holds a change this Rapport cannot read" +
                                        (rec ? "." : ": " + rec.error().message));
            return nextDevice();
        }
        records.emplace_back(std::move(rec).value(), m_s.merge.intern(br.basis));
    }
    m_owner([&] {
        Overlay overlay(m_store.notebook());
        bool warnedClock = false;
        for (const auto& [rec, basis] : records) mergeRemote(m_s, rec, basis, overlay, m_store, m_now, m_who, m_report, warnedClock);
        applyOverlay(overlay, m_store, m_who, m_report);
        rd.lastBatch = n;
        rd.lastHash = hash;
    });
    if (Status st = m_save(m_s); !st) return pullFailed(st.error());
    nextBatch();
}

void CycleJob::afterPull() {
    m_owner([&] {
        // Edits made from now on were made having seen everything applied so far.
        m_s.epochs.push_back(Epoch{m_store.stats().lastCommit, m_s.seen});
        // Every local record up to here is taken (the store is not edited during a cycle; what this
        // cycle wrote is other devices' changes), so a compaction folding them is no gap in what was sent.
        m_s.exported = std::max(m_s.exported, m_store.stats().lastCommit);
    });
    if (m_cloned) return finish();
    m_report.sent = static_cast<uint32_t>(m_s.pending.size());
    sealPending(m_s);
    if (Status st = m_save(m_s); !st) {  // the sealed bytes are kept before any upload
        result = st.error();
        return;
    }
    if (m_s.outbox.empty() && m_s.publishedSeen == m_s.seen && m_s.nextBatch > 1) return finish();
    m_stage = Stage::mkcolDevices;
    ask(Op::mkcol, "devices");
}

// The uploads in order: the folders, every outbox batch, and the head last (a batch counts once the
// head names it). The outbox is cleared only after the head is stored.
void CycleJob::nextUpload() {
    const std::string dir = deviceDir(m_s.deviceId);
    if (m_stage == Stage::mkcolDevices) {
        m_stage = Stage::mkcolDir;
        return ask(Op::mkcol, dir);
    }
    if (m_stage == Stage::mkcolDir) {
        m_stage = Stage::putBatch;
        m_upload = 0;
    } else {
        ++m_upload;
    }
    if (m_upload < m_s.outbox.size()) {
        const OutboxBatch& o = m_s.outbox[m_upload];
        return ask(Op::put, dir + "/seg-" + std::to_string(o.number), o.sealed);
    }
    Head h;
    h.device = m_s.deviceId;
    h.lastBatch = m_s.nextBatch - 1;
    h.lastHash = m_s.chainHash;
    h.seen = m_s.seen;
    h.name = m_s.deviceName;
    h.writtenMillis = m_now;
    m_stage = Stage::putHead;
    ask(Op::put, dir + "/head", seal(m_s.key, headAd(m_s.vaultId, m_s.deviceId), encodeHead(h)));
}

void CycleJob::finish() {
    m_report.inSync = m_s.outbox.empty() && m_s.held.empty() && m_report.warnings.empty();
    if (m_report.inSync) m_s.lastSyncMillis = m_now;
    m_s.lastProblem = m_report.warnings.empty() ? "" : m_report.warnings.front();
    if (Status st = m_save(m_s); !st) {
        result = st.error();
        return;
    }
    result = std::move(m_report);
}

Result<SyncReport> syncOnce(SyncState& s, Transport& t, NotebookStore& store, const LocalChanges& local, int64_t now,
                            const SaveState& save, const RunOnOwner& owner) {
    CycleJob job(s, store, local, now, save, owner);
    drive(job, t);
    return std::move(*job.result);
}

void dismissConflict(SyncState& s, size_t index) {
    if (index < s.merge.inbox.size()) s.merge.inbox.erase(s.merge.inbox.begin() + static_cast<std::ptrdiff_t>(index));
}

Result<Command> takeOtherValue(const SyncState& s, const Notebook& nb, size_t index) {
    if (index >= s.merge.inbox.size()) return makeError("That conflict was already settled.");
    const Conflict& c = s.merge.inbox[index];
    std::optional<Entity> now = nb.findEntity(c.entity);
    Command cmd;
    cmd.label = "Kept the other device's version";
    if (c.deleted) {
        // The edited entity comes back (or the delete goes ahead, when it was the edit that won).
        if (now) return makeError("It is there already; delete it again if that was meant.");
        cmd.changes.push_back(EntityChange{std::nullopt, c.other});
        return cmd;
    }
    if (!now) return makeError("It was deleted meanwhile.");
    Entity after = *now;
    copyField(after, c.other, c.field);
    cmd.changes.push_back(EntityChange{now, after});
    return cmd;
}

}  // namespace rapport::sync
