// Quick capture (Ctrl+N): 'peer: text' adds a fact, a note or a commitment in one line, from anywhere.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class QuickCapture {
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
