// App: the whole user interface as plain ImGui calls, with no SDL or GL, so the same code runs in the
// desktop window, in the browser and in the headless UI test. It reads the notebook through the store
// and changes it only with commands.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "app/peers_panel.h"
#include "core/util/result.h"

namespace rapport {
class NotebookStore;
}

namespace rapport::ui {

// How the app gets its notebook: normally, or, after a damage report, read-only (what could be read).
struct NotebookOpener {
    std::function<Result<std::unique_ptr<NotebookStore>>()> open;
    std::function<Result<std::unique_ptr<NotebookStore>>()> openReadOnly;
};

class App {
public:
    // Opens the notebook with `opener.open`. If that fails, the app shows why instead of the screens,
    // writes nothing, and offers `opener.openReadOnly`.
    App(NotebookOpener opener, bool canQuit);
    ~App();

    // Draws one frame into the current ImGui context (between ImGui::NewFrame and ImGui::Render).
    // Returns false once the user has asked to quit.
    bool draw();
    // True when the last draw() changed data or layout, so the next frame should be drawn too.
    bool changedSomething() const { return m_changed; }

    const NotebookStore* notebookStore() const { return m_store.get(); }
    // A JSON summary of what the app shows ({"peers":[names], "readOnly":..., "openError":...}),
    // for the browser tests, which cannot read text off the canvas.
    std::string describeForAutomation() const;

private:
    void drawMenuBar();
    void drawOpenError();
    void openReadOnly();
    void handleShortcuts();
    void undo();
    void redo();

    NotebookOpener m_opener;
    std::unique_ptr<NotebookStore> m_store;
    std::string m_openError;  // why the notebook could not be opened for writing ("" if it was)
    std::string m_statusMessage;
    bool m_canQuit;
    bool m_quitRequested = false;
    bool m_changed = false;
    PeersPanel m_peers;
};

}  // namespace rapport::ui
