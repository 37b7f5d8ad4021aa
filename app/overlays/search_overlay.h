// Search (Ctrl+K): one box that finds peers, facts, meeting notes, commitments and projects as you type, and jumps to the hit.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class SearchOverlay {
public:
    void open() { m_open = true; m_justOpened = true; }
    bool isOpen() const { return m_open; }
    // Draws the overlay when open; Esc or its own actions close it.
    void draw(UiContext& ui);

private:
    bool m_open = false;
    bool m_justOpened = false;
};

}  // namespace rapport::ui
