// What the app frame knows of sync: an interface, so the app builds the same with sync in the build
// or not (RAPPORT_SYNC off: makeSyncPanel gives null and Settings explains that there is no sync).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/sync/crypto.h"
#include "core/util/clock.h"

namespace rapport {
class NotebookStore;
namespace store {
class StorageMedium;
}
namespace platform {
class SyncRunner;
}
}  // namespace rapport

namespace rapport::ui {

class UiContext;

// Where the notebook lives and how this platform syncs (main.cpp fills it; tests give a fake runner).
struct SyncPlace {
    store::StorageMedium* medium = nullptr;
    std::string dir;  // the notebook folder; the state is sync-state.bin in it, as for `rapport sync`
    std::function<std::unique_ptr<platform::SyncRunner>()> makeRunner;  // null result: no sync here
    std::function<void()> flushed;  // after the state file is written (web: persist the mount)
    std::string deviceName;         // what this device is called until the user names it
    sync::KdfParams kdf;
};

class SyncPanel {
public:
    virtual ~SyncPanel() = default;
    // Once per frame after the frame's changes were saved; `ui` is null while the user's notebook is
    // not the one shown (the sample notebook): a running cycle goes on, no new one starts.
    virtual void tick(UiContext* ui) = 0;
    // How soon the app must draw again for sync (ms), -1 when nothing is pending.
    virtual int wakeAfterMs() const = 0;
    // The app came back to the foreground: sync soon.
    virtual void resumed() = 0;
    virtual void drawStatus(UiContext& ui) = 0;    // its part of the status line
    virtual void drawSettings(UiContext& ui) = 0;  // Settings, Sync
};

// The app's sync for the user's notebook in `place.dir`; null in a build without sync.
std::unique_ptr<SyncPanel> makeSyncPanel(SyncPlace place, NotebookStore& store, const Clock& clock);

}  // namespace rapport::ui
