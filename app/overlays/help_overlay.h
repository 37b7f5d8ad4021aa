// The help overlay (F1 or ?): every keyboard shortcut, and the three practices in a few lines.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

class HelpOverlay {
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
