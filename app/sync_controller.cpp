// The app's side of sync: one job at a time (a connect or a cycle), the state file written whole like
// `rapport sync` writes it, and the UI's changes held while a cycle runs, because the engine reads the
// notebook's log once at the start and marks everything up to its end as sent (core/sync/engine.h).
#include "app/sync_controller.h"

#include <algorithm>

#include "app/sync_setup_code.h"
#include "app/ui_context.h"

namespace rapport::ui {
namespace {

constexpr int64_t kMaxDebounceMillis = 30'000;  // steady typing still syncs at least this often

bool isOffline(const std::string& message) {
    return message.find("cannot be reached") != std::string::npos || message.find("broke off") != std::string::npos;
}

}  // namespace

SyncController::SyncController(SyncPlace place, NotebookStore& store, const Clock& clock)
    : m_place(std::move(place)), m_store(store), m_clock(clock) {
    const std::string path = m_place.dir + "/" + kStateFile;
    auto bytes = m_place.medium->readFile(path);
    if (!bytes) {
        // Missing is "not set up"; a file that is there but unreadable needs the user.
        auto names = m_place.medium->listFiles(m_place.dir);
        if (names && std::find(names.value().begin(), names.value().end(), kStateFile) != names.value().end()) {
            m_loadError = "The sync settings of this device cannot be read (" + bytes.error().message + "); disconnect and connect again.";
        }
        return;
    }
    auto state = sync::decodeSyncState(bytes.value());
    if (!state) {
        m_loadError = "The sync settings of this device cannot be read (" + state.error().message + "); disconnect and connect again.";
        return;
    }
    m_state = std::move(state).value();
    m_dueAt = now();  // sync at start
}

SyncController::~SyncController() {
    m_runner.reset();  // first: a running cycle ends (running its store steps) while all it uses exists
}

Status SyncController::save(const sync::SyncState& s) {
    const std::string path = m_place.dir + "/" + kStateFile, temp = path + ".tmp";
    store::StorageMedium& m = *m_place.medium;
    if (Status st = m.writeFile(temp, sync::encodeSyncState(s)); !st) return st;
    if (Status st = m.syncFile(temp); !st) return st;
    if (Status st = m.renameFile(temp, path); !st) return st;
    if (Status st = m.syncDirectory(m_place.dir); !st) return st;
    if (m_place.flushed) m_place.flushed();
    return {};
}

bool SyncController::ensureRunner() {
    if (!m_runner && m_place.makeRunner) m_runner = m_place.makeRunner();
    return m_runner != nullptr;
}

void SyncController::connect(const platform::DavLogin& login, const std::string& passphrase, const std::string& deviceName,
                             const std::string& joinVault) {
    m_connectError.clear();
    if (m_connecting || running()) return;
    if (login.url.rfind("http://", 0) != 0 && login.url.rfind("https://", 0) != 0) {
        m_connectError = "The server address must start with https:// (or http:// on this computer or your own network).";
        return;
    }
    if (passphrase.empty()) {
        m_connectError = "Type the sync passphrase: it encrypts your notes, and is the same on every device.";
        return;
    }
    if (!ensureRunner()) {
        m_connectError = "This version of Rapport cannot sync here.";
        return;
    }
    m_pendingLogin = login;
    m_pendingVault = joinVault;
    const std::string name = deviceName.empty() ? m_place.deviceName : deviceName;
    m_connecting = m_runner->startSetup(login, passphrase, m_place.kdf, m_store.stats().deviceId, name);
}

void SyncController::finishSetup(Result<sync::SyncState> state, UiContext* ui) {
    m_connecting = false;
    m_redraw = true;
    if (state && !m_pendingVault.empty() && state.value().vaultId != m_pendingVault) {
        state = makeError("The folder at " + m_pendingLogin.url +
                          " holds another vault than the setup code's; check the URL against the other device's code.");
    }
    if (!state) {
        m_connectError = state.error().message;
        m_runner.reset();  // not set up: no network code stays around
        return;
    }
    sync::SyncState s = std::move(state).value();
    s.url = m_pendingLogin.url;
    s.user = m_pendingLogin.user;
    s.password = m_pendingLogin.password;
    if (Status st = save(s); !st) {
        m_connectError = "The sync settings could not be saved on this device: " + st.error().message;
        m_runner.reset();
        return;
    }
    m_state = std::move(s);
    m_loadError.clear();
    m_cycleError.clear();
    m_offline = false;
    m_dueAt = now();
    if (ui) ui->inform("Sync is set up: this device syncs with " + m_pendingLogin.url + ".");
}

Status SyncController::disconnect() {
    if (running()) return makeError("Sync is running; disconnect when it has finished.");
    const std::string path = m_place.dir + "/" + kStateFile;
    auto names = m_place.medium->listFiles(m_place.dir);
    if (names && std::find(names.value().begin(), names.value().end(), kStateFile) != names.value().end()) {
        if (Status st = m_place.medium->removeFile(path); !st) return st;
        (void)m_place.medium->syncDirectory(m_place.dir);
        if (m_place.flushed) m_place.flushed();
    }
    m_state.reset();
    m_runner.reset();
    m_loadError.clear();
    m_cycleError.clear();
    m_connectError.clear();
    m_offline = false;
    m_dueAt = -1;
    return {};
}

Status SyncController::renameDevice(const std::string& name) {
    if (!m_state || name.empty() || name == m_state->deviceName) return {};
    if (running()) return makeError("Sync is running; rename this device when it has finished.");
    sync::SyncState s = *m_state;
    s.deviceName = name;
    if (Status st = save(s); !st) return st;
    m_state = std::move(s);
    m_dueAt = now();  // the new name reaches the other devices with the next head
    return {};
}

void SyncController::syncNow() {
    if (m_state) m_dueAt = now();
}

void SyncController::resumed() {
    if (m_state && !running()) m_dueAt = now();
}

void SyncController::startCycle(UiContext& ui) {
    m_dueAt = -1;
    if (!ensureRunner()) return;
    auto local = sync::readLocalChanges(*m_place.medium, m_place.dir);
    if (!local) {
        m_cycleError = "This device's changes cannot be read for sync: " + local.error().message;
        m_dueAt = now() + kRetryMillis;
        return;
    }
    m_work = std::make_unique<sync::SyncState>(*m_state);
    m_cycling = m_runner->startCycle(*m_work, m_store, std::move(local).value(), now(),
                                     [this](const sync::SyncState& s) { return save(s); });
    // From here until the cycle ends the notebook must not change under it (core/sync/engine.h).
    if (m_cycling) ui.holdChanges(true);
}

void SyncController::finishCycle(Result<sync::SyncReport> report, UiContext* ui) {
    m_cycling = false;
    m_redraw = true;
    if (m_work) m_state = std::move(*m_work);
    m_work.reset();
    const int64_t t = now();
    if (!report) {
        m_cycleError = report.error().message;
        m_offline = isOffline(m_cycleError);
        // Offline: the changes wait in the log (and any sealed batch in the outbox) and go next time.
        if (!m_offline) m_state->lastProblem = m_cycleError;
        (void)save(*m_state);
        m_dueAt = t + (m_offline ? kRetryMillis : kPullMillis);
        return;
    }
    m_cycleError.clear();
    m_offline = false;
    m_dueAt = t + kPullMillis;
    if (ui && report.value().applied > 0) {
        ui->inform("Synced " + std::to_string(report.value().applied) + " change" + (report.value().applied == 1 ? "" : "s") +
                   " from your other devices.");
    }
}

void SyncController::tick(UiContext* ui) {
    m_redraw = false;  // a frame was just drawn
    if (ui && ui != m_lastUi) {  // a new context (the notebook reopened): its revisions start again
        m_lastUi = ui;
        m_seenRevision = ui->revision();
    }
    if (m_runner) {
        const store::Hlc before = m_store.stats().lastCommit;
        m_runner->pump();
        // What the cycle applied changes the notebook: caches and the search index refresh.
        if (m_store.stats().lastCommit != before && ui) ui->changedElsewhere();
        auto cycle = m_runner->takeCycle();
        if (cycle) finishCycle(std::move(*cycle), ui);
        if (auto setup = m_runner->takeSetup()) finishSetup(std::move(*setup), ui);  // may drop the runner
    }
    if (!ui) return;
    ui->holdChanges(m_cycling);  // also a context made while a cycle ran (back from the sample notebook)
    m_heldChanges = ui->hasQueued();
    // An edit of the user's: sync it a few seconds later (steady typing syncs at least every 30 s).
    if (ui->revision() != m_seenRevision && !m_cycling) {
        m_seenRevision = ui->revision();
        if (m_state) {
            const int64_t t = now();
            if (m_firstEditAt < 0) m_firstEditAt = t;
            m_dueAt = std::min(t + kDebounceMillis, m_firstEditAt + kMaxDebounceMillis);
        }
    }
    if (m_state && !m_cycling && !m_connecting && m_dueAt >= 0 && now() >= m_dueAt && !ui->hasQueued() &&
        !ui->readOnly()) {
        m_firstEditAt = -1;
        startCycle(*ui);
        m_seenRevision = ui->revision();
    }
    m_heldChanges = m_heldChanges || ui->hasQueued();
}

int SyncController::wakeAfterMs() const {
    if (m_connecting || m_cycling) return 30;  // pump the cycle's store steps, take its outcome
    if (m_redraw) return 0;
    if (m_heldChanges) return 0;  // changes held during the cycle: save them now
    if (!m_state || m_dueAt < 0) return -1;
    return static_cast<int>(std::clamp<int64_t>(m_dueAt - now(), 0, 60'000));
}

SyncHealth SyncController::health() const {
    if (!m_state) return m_loadError.empty() ? SyncHealth::Off : SyncHealth::NeedsAttention;
    if (m_cycling) return SyncHealth::Syncing;
    if (m_offline) return SyncHealth::Offline;
    if (!problem().empty() || !m_state->merge.inbox.empty()) return SyncHealth::NeedsAttention;
    return SyncHealth::Synced;
}

std::string SyncController::problem() const {
    if (!m_loadError.empty()) return m_loadError;
    if (!m_cycleError.empty() && !m_offline) return m_cycleError;
    if (m_state && !m_state->lastProblem.empty()) return m_state->lastProblem;
    if (m_state && !m_state->held.empty()) {
        return "Changes from a device whose clock is more than a day ahead are held until then; check the clock on both devices.";
    }
    return "";
}

std::string SyncController::statusText() const {
    switch (health()) {
        case SyncHealth::Off: return "";
        case SyncHealth::Syncing:
            return m_heldChanges ? "Syncing... your change is saved when it ends" : "Syncing...";
        case SyncHealth::Offline: return "Offline: changes wait and sync when the server is back";
        case SyncHealth::NeedsAttention: {
            const size_t n = m_state ? m_state->merge.inbox.size() : 0;
            if (n > 0 && problem().empty()) {
                return "Sync: " + std::to_string(n) + " conflicting edit" + (n == 1 ? "" : "s") + " to look at";
            }
            return "Sync needs attention";
        }
        case SyncHealth::Synced: break;
    }
    if (m_state->lastSyncMillis <= 0) return "Not synced yet";
    const int64_t minutes = (now() - m_state->lastSyncMillis) / 60'000;
    if (minutes < 1) return "Synced just now";
    if (minutes < 60) return "Synced " + std::to_string(minutes) + " min ago";
    if (minutes < 48 * 60) return "Synced " + std::to_string(minutes / 60) + " h ago";
    return "Synced " + std::to_string(minutes / (24 * 60)) + " days ago";
}

void SyncController::keep(size_t index) {
    if (!m_state || running()) return;
    sync::SyncState s = *m_state;
    sync::dismissConflict(s, index);
    if (save(s)) m_state = std::move(s);
}

bool SyncController::useOther(size_t index, UiContext& ui) {
    if (!m_state || running()) return false;
    auto command = sync::takeOtherValue(*m_state, ui.notebook(), index);
    if (!command) {
        ui.warn(command.error().message);
        return false;
    }
    if (!ui.run(std::move(command))) return false;
    // The edit knows both values, so it settles the entry on every device once synced; here at once.
    keep(index);
    return true;
}

std::string SyncController::setupCode() const {
    if (!m_state) return "";
    return encodeSetupCode(SetupCode{m_state->url, m_state->user, m_state->vaultId});
}

}  // namespace rapport::ui
