// PeersPanel: the list of peers and the one-line "add a peer" field (the foundation's thin slice,
// grown into the full Peers screen by the UI work).
#pragma once

#include <string>

namespace rapport {
class NotebookStore;
}

namespace rapport::ui {

class PeersPanel {
public:
    // Draws the panel; returns true when it changed the notebook.
    bool draw(NotebookStore& store);

private:
    bool drawAddField(NotebookStore& store);
    bool addPeer(NotebookStore& store);

    std::string m_newName;
    std::string m_error;
    bool m_focusInput = true;  // keyboard-first: the cursor starts in the add field
};

}  // namespace rapport::ui
