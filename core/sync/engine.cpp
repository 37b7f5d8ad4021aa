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

// Reads one other device's head and applies its batches after the last one applied here. Problems
// stop at that device (reported); batches already applied stay applied.
Status pullDevice(SyncState& s, Transport& t, NotebookStore& store, uint64_t device, int64_t now, const SaveState& save,
                  const RunOnOwner& owner, SyncReport& report) {
    const std::string dir = deviceDir(device);
    auto headBytes = t.get(dir + "/head");
    if (!headBytes) return headBytes.error();
    if (!headBytes.value()) return {};  // its first upload is still on the way
    std::string who = deviceLabel(s, device);
    auto headPlain = unseal(s.key, headAd(s.vaultId, device), *headBytes.value(), "head of " + who);
    if (!headPlain) {
        report.warnings.push_back(headPlain.error().message);
        return {};
    }
    auto head = decodeHead(headPlain.value());
    if (!head || head.value().device != device) {
        report.warnings.push_back("The head of " + who + " is damaged; its changes were not applied.");
        return {};
    }
    RemoteDevice& rd = s.remotes[device];
    rd.name = head.value().name;
    rd.lastSeenMillis = head.value().writtenMillis;
    who = deviceLabel(s, device);
    if (head.value().lastBatch < rd.lastBatch ||
        (head.value().lastBatch == rd.lastBatch && rd.lastBatch > 0 && head.value().lastHash != rd.lastHash)) {
        report.warnings.push_back("The server returned an older or replaced state of " + who +
                                  " (rolled back); nothing of it was applied. Its changes already applied here are kept.");
        return {};
    }
    for (uint64_t n = rd.lastBatch + 1; n <= head.value().lastBatch; ++n) {
        const std::string name = dir + "/seg-" + std::to_string(n);
        auto sealed = t.get(name);
        if (!sealed) return sealed.error();
        if (!sealed.value()) {
            report.warnings.push_back("Batch " + std::to_string(n) + " of " + who + " is missing on the server; its changes from there on were not applied.");
            return {};
        }
        const std::string hash = hashBytes(*sealed.value());
        auto plain = unseal(s.key, batchAd(s.vaultId, device, n), *sealed.value(), "batch " + std::to_string(n) + " of " + who);
        if (!plain) {
            report.warnings.push_back(plain.error().message);
            return {};
        }
        auto batch = decodeBatch(plain.value());
        if (!batch || batch.value().device != device || batch.value().number != n || batch.value().prevHash != rd.lastHash ||
            (n == head.value().lastBatch && hash != head.value().lastHash)) {
            report.warnings.push_back("Batch " + std::to_string(n) + " of " + who +
                                      " does not follow the one before it (replaced or reordered on the server); it was not applied.");
            return {};
        }
        std::vector<std::pair<ChangeRecord, uint32_t>> records;
        for (const BatchRecord& br : batch.value().records) {
            auto rec = store::decodeChangeRecord(br.record);
            if (!rec || rec.value().deviceId != device) {
                report.warnings.push_back("Batch " + std::to_string(n) + " of " + who + " holds a change this Rapport cannot read" +
                                          (rec ? "." : ": " + rec.error().message));
                return {};
            }
            records.emplace_back(std::move(rec).value(), s.merge.intern(br.basis));
        }
        owner([&] {
            Overlay overlay(store.notebook());
            bool warnedClock = false;
            for (const auto& [rec, basis] : records) mergeRemote(s, rec, basis, overlay, store, now, who, report, warnedClock);
            applyOverlay(overlay, store, who, report);
            rd.lastBatch = n;
            rd.lastHash = hash;
        });
        if (Status st = save(s); !st) return st;
    }
    return {};
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

Status pushOwn(SyncState& s, Transport& t, int64_t now, SyncReport& report) {
    if (s.outbox.empty() && s.publishedSeen == s.seen && s.nextBatch > 1) return {};
    const std::string dir = deviceDir(s.deviceId);
    if (Status st = t.mkcol("devices"); !st) return st;
    if (Status st = t.mkcol(dir); !st) return st;
    for (const OutboxBatch& o : s.outbox) {
        if (Status st = t.put(dir + "/seg-" + std::to_string(o.number), o.sealed); !st) return st;
    }
    Head h;
    h.device = s.deviceId;
    h.lastBatch = s.nextBatch - 1;
    h.lastHash = s.chainHash;
    h.seen = s.seen;
    h.name = s.deviceName;
    h.writtenMillis = now;
    if (Status st = t.put(dir + "/head", seal(s.key, headAd(s.vaultId, s.deviceId), encodeHead(h))); !st) return st;
    (void)report;
    s.outbox.clear();
    s.publishedSeen = s.seen;
    return {};
}

// This device's own head on the server: ahead of what this install wrote means another install uses
// the same device id (a copied data folder); sending then would fork its chain.
Status checkOwnHead(SyncState& s, Transport& t, SyncReport& report, bool& cloned) {
    auto bytes = t.get(deviceDir(s.deviceId) + "/head");
    if (!bytes) return bytes.error();
    if (!bytes.value()) return {};
    auto plain = unseal(s.key, headAd(s.vaultId, s.deviceId), *bytes.value(), "head of this device");
    if (!plain) {
        report.warnings.push_back(plain.error().message);
        return {};
    }
    auto head = decodeHead(plain.value());
    if (head && head.value().lastBatch >= s.nextBatch) {
        cloned = true;
        report.warnings.push_back("Another Rapport install sends as this device (its data folder was copied); this one stops sending. Set up sync again on one of them.");
    }
    return {};
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

Result<SyncState> setupSync(Transport& t, const std::string& passphrase, KdfParams kdf, uint64_t deviceId,
                            std::string deviceName) {
    auto root = t.list("");
    if (!root) return root.error();
    if (!root.value()) return makeError("The sync folder does not exist on the server; create it there first (or check the URL).");
    auto vaultBytes = t.get("vault");
    if (!vaultBytes) return vaultBytes.error();
    SyncState s;
    s.deviceId = deviceId;
    s.deviceName = std::move(deviceName);
    if (vaultBytes.value()) {
        auto vault = decodeVault(*vaultBytes.value());
        if (!vault) return vault.error();
        auto key = unlockVault(vault.value(), passphrase);
        if (!key) return key.error();
        s.vaultId = vault.value().id;
        s.key = key.value();
        return s;
    }
    const auto& names = *root.value();
    if (std::find(names.begin(), names.end(), "devices") != names.end()) {
        return makeError("The folder holds Rapport device files but no vault file (it was damaged or partly deleted); choose an empty folder.");
    }
    auto made = createVault(passphrase, kdf);
    if (!made) return made.error();
    if (Status st = t.put("vault", encodeVault(made.value().first)); !st) return st.error();
    if (Status st = t.mkcol("devices"); !st) return st.error();
    s.vaultId = made.value().first.id;
    s.key = made.value().second;
    return s;
}

Result<SyncReport> syncOnce(SyncState& s, Transport& t, NotebookStore& store, const LocalChanges& local, int64_t now,
                            const SaveState& save, const RunOnOwner& ownerHook) {
    const RunOnOwner owner = ownerHook ? ownerHook : RunOnOwner([](const std::function<void()>& f) { f(); });
    SyncReport report;
    // The folder must still hold the vault this device joined: a missing or different vault (the URL
    // changed, the folder was emptied or replaced) stops here, and nothing is deleted or sent.
    auto vaultBytes = t.get("vault");
    if (!vaultBytes) return vaultBytes.error();
    if (!vaultBytes.value()) {
        return makeError("The sync folder has no vault file any more (the URL may point at another folder, or it was emptied); nothing was changed. Check the URL.");
    }
    auto vault = decodeVault(*vaultBytes.value());
    if (!vault) return vault.error();
    if (vault.value().id != s.vaultId) {
        return makeError("The sync folder now holds a different vault than the one this device joined; nothing was changed. Check the URL, or set up sync again.");
    }

    owner([&] { ingestLocal(s, store.notebook(), local); });
    if (Status st = save(s); !st) return st.error();
    owner([&] { releaseHeld(s, store, now, report); });

    bool cloned = false;
    if (Status st = checkOwnHead(s, t, report, cloned); !st) return st.error();
    auto devices = t.list("devices");
    if (!devices) return devices.error();
    if (devices.value()) {
        for (const std::string& name : *devices.value()) {
            const uint64_t device = parseDeviceName(name);
            if (device == 0 || device == s.deviceId) continue;
            if (Status st = pullDevice(s, t, store, device, now, save, owner, report); !st) {
                (void)save(s);
                return st.error();
            }
        }
    }
    owner([&] {
        // Edits made from now on were made having seen everything applied so far.
        s.epochs.push_back(Epoch{store.stats().lastCommit, s.seen});
        // Every local record up to here is taken (the store is not edited during a cycle; what this
        // cycle wrote is other devices' changes), so a compaction folding them is no gap in what was sent.
        s.exported = std::max(s.exported, store.stats().lastCommit);
    });

    if (!cloned) {
        report.sent = static_cast<uint32_t>(s.pending.size());
        sealPending(s);
        if (Status st = save(s); !st) return st.error();  // the sealed bytes are kept before any upload
        if (Status st = pushOwn(s, t, now, report); !st) {
            report.sent = 0;
            return st.error();
        }
    }
    report.inSync = s.outbox.empty() && s.held.empty() && report.warnings.empty();
    if (report.inSync) s.lastSyncMillis = now;
    s.lastProblem = report.warnings.empty() ? "" : report.warnings.front();
    if (Status st = save(s); !st) return st.error();
    return report;
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
