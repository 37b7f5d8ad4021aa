// App: the whole user interface as plain ImGui calls, with no SDL or GL, so the same code runs in the
// desktop window, in the browser and in the headless UI test. It reads the notebook through the store
// and changes it only with commands.
#pragma once

#include <memory>
#include <string>

#include "app/peers_panel.h"

namespace rapport {
class NotebookStore;
}

namespace rapport::ui {

class App {
public:
    // `store` may be null when the notebook could not be opened; `openError` then says why and the
    // app shows it instead of the screens (nothing is written anywhere).
    App(std::unique_ptr<NotebookStore> store, std::string openError, bool canQuit);
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
    void handleShortcuts();
    void undo();
    void redo();

    std::unique_ptr<NotebookStore> m_store;
    std::string m_openError;
    std::string m_statusMessage;
    bool m_canQuit;
    bool m_quitRequested = false;
    bool m_changed = false;
    PeersPanel m_peers;
};

}  // namespace rapport::ui
