// SyncController: what outlives a sync cycle in the app (platform/sync_runner.h leaves it to the app):
// the sync state and its file next to the notebook, the connect form's job, when the next automatic
// cycle is due (a few seconds after an edit, at start and resume, again later while the server is
// away), and the conflict inbox's two answers. No drawing here (app/screens/sync_section.cpp draws).
//
// Privacy: without a saved sync state no runner exists, so none of the network code runs; the runner
// is made when the user connects, or when a saved state's first cycle is due.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "app/sync_panel.h"
#include "core/store/notebook_store.h"
#include "core/sync/engine.h"
#include "platform/sync_runner.h"

namespace rapport::ui {

enum class SyncHealth : uint8_t { Off, Synced, Syncing, Offline, NeedsAttention };

class SyncController {
public:
    static constexpr int64_t kDebounceMillis = 3000;    // after an edit, before syncing it
    static constexpr int64_t kRetryMillis = 30'000;     // while the server is away
    static constexpr int64_t kPullMillis = 5 * 60'000;  // when idle, for other devices' changes
    static constexpr const char* kStateFile = "sync-state.bin";

    SyncController(SyncPlace place, NotebookStore& store, const Clock& clock);
    ~SyncController();

    bool available() const { return static_cast<bool>(m_place.makeRunner); }
    bool isSetUp() const { return m_state.has_value(); }
    const sync::SyncState* state() const { return m_state ? &*m_state : nullptr; }

    // The connection test and setup in one: `joinVault` is non-empty when the user pasted a setup code
    // (the folder must hold that vault). The outcome arrives in a later tick().
    void connect(const platform::DavLogin& login, const std::string& passphrase, const std::string& deviceName,
                 const std::string& joinVault);
    bool connecting() const { return m_connecting; }
    const std::string& connectError() const { return m_connectError; }  // "" when none
    // Forgets sync on this device (the server's files stay, for the other devices).
    Status disconnect();
    void syncNow();
    void resumed();
    Status renameDevice(const std::string& name);

    // Once per frame, after the frame's changes were saved (see SyncPanel::tick).
    void tick(UiContext* ui);
    int wakeAfterMs() const;

    SyncHealth health() const;
    bool running() const { return m_runner && m_runner->running(); }
    std::string statusText() const;  // the status line's words
    std::string problem() const;     // what needs attention, in full ("" when nothing)

    // The conflict inbox: keep what the merge kept, or make the other value win (an ordinary edit,
    // through the UI's command queue, which sync then sends).
    void keep(size_t index);
    bool useOther(size_t index, UiContext& ui);

    std::string setupCode() const;
    int64_t nowMillis() const { return m_clock.unixMillis(); }

private:
    Status save(const sync::SyncState& s);
    bool ensureRunner();
    void startCycle(UiContext& ui);
    void finishCycle(Result<sync::SyncReport> report, UiContext* ui);
    void finishSetup(Result<sync::SyncState> state, UiContext* ui);
    int64_t now() const { return m_clock.unixMillis(); }

    SyncPlace m_place;
    NotebookStore& m_store;
    const Clock& m_clock;
    std::unique_ptr<platform::SyncRunner> m_runner;
    std::optional<sync::SyncState> m_state;
    // The state a running cycle works on (the worker thread writes it); m_state, which screens read,
    // takes it over when the cycle ends.
    std::unique_ptr<sync::SyncState> m_work;
    std::string m_loadError;  // the saved state could not be read
    bool m_connecting = false;
    std::string m_connectError;
    platform::DavLogin m_pendingLogin;
    std::string m_pendingVault;
    bool m_cycling = false;
    int64_t m_dueAt = -1;  // when the next cycle starts (-1: none due)
    int64_t m_firstEditAt = -1;  // the first edit not yet synced (-1: none)
    bool m_offline = false;
    std::string m_cycleError;  // the last cycle's error ("" when it ran)
    const UiContext* m_lastUi = nullptr;  // compared, never followed: the app replaces its context
    bool m_heldChanges = false;  // the context held changes at the last tick
    // A setup or cycle ended after the last frame was drawn: one more frame shows its outcome (an idle
    // app draws only on input or when asked, so without it "Connecting..." would stay on screen).
    bool m_redraw = false;
    uint64_t m_seenRevision = 0;
};

}  // namespace rapport::ui
