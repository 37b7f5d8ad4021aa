// App: the whole user interface as plain ImGui calls, with no SDL or GL, so the same code runs in the
// desktop window, in the browser and in the headless UI tests. It reads the notebook through the store
// and changes it only with commands (UiContext::run).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "app/backup_transfer.h"
#include "app/overlays/about_overlay.h"
#include "app/overlays/help_overlay.h"
#include "app/overlays/quick_capture.h"
#include "app/overlays/search_overlay.h"
#include "app/shortcuts.h"
#include "app/sync_panel.h"
#include "app/ui_context.h"
#include "core/util/clock.h"
#include "core/util/result.h"

namespace rapport {
class NotebookStore;
}

namespace rapport::ui {

// How the app gets its notebook: normally, or, after a damage report, read-only (what could be read).
struct NotebookOpener {
    std::function<Result<std::unique_ptr<NotebookStore>>()> open;
    std::function<Result<std::unique_ptr<NotebookStore>>()> openReadOnly;
    // Why `open` gave a read-only notebook on purpose (web: another tab writes it), said instead of a
    // damage report; "" or unset when it did not.
    std::function<std::string()> whyReadOnly;
};

// Where the backend puts the keys ImGui 1.86 has no name for (io.KeysDown indices): the SDL backend
// uses scancodes; the headless tests choose their own. -1 = not available.
struct ExtraKeys {
    int k = -1;
    int n = -1;
    int digit1 = -1;  // digits 1..9 follow at consecutive indices
    int f1 = -1;
    int slash = -1;
    int q = -1;
};

class App {
public:
    // Opens the notebook with `opener.open`. If that fails, the app shows why instead of the screens,
    // writes nothing, and offers `opener.openReadOnly`.
    App(NotebookOpener opener, const Clock& clock, bool canQuit);
    ~App();

    // Draws one frame into the current ImGui context (between ImGui::NewFrame and ImGui::Render).
    // Returns false once the user has asked to quit.
    bool draw();
    // True when the last draw() changed data or the page, so the next frame should be drawn too.
    bool changedSomething() const { return m_changed; }
    // A field opened by a shortcut is still taking the keyboard: the loop holds typing until it has it.
    bool takingKeyboard() const { return m_search.takingKeyboard() || m_capture.takingKeyboard(); }
    // Work that waits for a frame to be shown (the loop calls it after each frame): a few ms at most.
    void afterFrame();

    const NotebookStore* notebookStore() const { return m_store.get(); }
    // The screens' shared state (route, status line); null while no notebook is open.
    UiContext* context() { return m_ui.get(); }
    void setExtraKeys(ExtraKeys keys) { m_keys = keys; }
    // Whether the user is on a touch screen (the loop asks the platform each frame).
    void setTouch(bool touch) { m_touch = touch; }
    // How the welcome page's "Try the sample notebook" opens one (app/demo_notebook.h); unset hides it.
    void setSampleOpener(std::function<Result<std::unique_ptr<NotebookStore>>()> open);
    // True while the sample notebook is shown (the user's own waits, open and untouched).
    bool showingSample() const { return m_userStore != nullptr; }
    // How backups leave and enter the app (File menu); without it those menu items are hidden.
    void setFileBridge(FileBridge bridge) { m_backups.setBridge(std::move(bridge)); m_hasFiles = true; }
    // Sync across devices for the user's notebook (app/sync_panel.h); without it Settings explains that
    // this build does not sync. Nothing of sync's network code runs until the user sets it up there.
    void setSync(SyncPlace place);
    // Why this notebook does not sync when no sync is set (Settings says it); the default names the build.
    void explainNoSync(std::string why) { m_noSyncWhy = std::move(why); connectSync(); }
    // How soon the app must draw again although nothing happened (ms; -1: not before the next event):
    // sync's pending cycle or its due time, or a look at a compaction running in the background.
    int wakeAfterMs() const;
    // The app is idle (no input for a while, no command waiting): the store's log is compacted now if it
    // is due (a store opened with StoreOptions::compactAtIdle), its slow part handed to the runner set
    // here (default: run at once, as in the browser; the desktop gives it a worker thread), and a
    // compaction whose slow part has ended is finished. Never inside an edit.
    void idle();
    void setBackgroundRunner(std::function<void(std::function<void()>)> run) { m_runInBackground = std::move(run); }
    // The app came back to the foreground (window focus, page shown): sync catches up.
    void resumed() { if (m_sync) m_sync->resumed(); }
    // The UI font size the user chose in Settings (logical pixels); the loop rebuilds the font atlas
    // when it changes (that needs the GPU backend, which the App does not know).
    float wantedFontSize() const;
    // A JSON summary of what the app shows ({"peers":[names], "page":..., "readOnly":..., "openError":...,
    // "version":...}),
    // for the browser tests, which cannot read text off the canvas.
    std::string describeForAutomation() const;

private:
    void adopt(std::unique_ptr<NotebookStore> store);
    // Tells the context whether its notebook syncs (the user's own does; the sample does not).
    void connectSync();
    void drawOpenError();
    // Swaps the sample notebook in, or the user's own back (between frames: nothing drawn reads them).
    void switchToSample();
    void switchToOwn();
    void freshScreens();
    void openReadOnly();
    void drawMenuBar();
    void drawNavigation();
    void drawPage();
    void drawStatusLine();
    void handleShortcuts();
    // The io.KeysDown index of a registry key (-1 when the backend has none).
    int keyIndex(Key key, int page) const;
    Screen& screenFor(Page page);

    NotebookOpener m_opener;
    const Clock& m_clock;
    std::unique_ptr<NotebookStore> m_store;
    std::unique_ptr<UiContext> m_ui;
    std::map<Page, std::unique_ptr<Screen>> m_screens;  // made on first visit, kept for their state
    SearchOverlay m_search;
    QuickCapture m_capture;
    HelpOverlay m_help;
    AboutOverlay m_about;
    BackupTransfer m_backups;
    bool m_hasFiles = false;
    std::string m_openError;  // why the notebook could not be opened for writing ("" if it was)
    std::string m_openStatus;
    std::string m_whyReadOnly;  // shown in the menu bar while read-only ("" = damaged)
    ExtraKeys m_keys;
    bool m_canQuit;
    bool m_touch = false;
    std::function<Result<std::unique_ptr<NotebookStore>>()> m_sampleOpener;
    std::unique_ptr<NotebookStore> m_userStore;  // the user's notebook while the sample is shown
    bool m_wantSample = false, m_wantOwn = false;
    Route m_focusedRoute{Page::Peer, kNoId};  // the page the keyboard focus was last given to (none yet)
    bool m_quitRequested = false;
    bool m_changed = false;
    std::string m_noSyncWhy = "This build of Rapport does not sync across devices.";
    std::unique_ptr<SyncPanel> m_sync;  // last: destroyed first, while the store it syncs is still there
    // ImGui closes a popup on Esc before the app sees the key: that Esc must not also go back a page.
    bool m_popupWasOpen = false;
    std::function<void(std::function<void()>)> m_runInBackground = [](std::function<void()> task) { task(); };
};

}  // namespace rapport::ui
