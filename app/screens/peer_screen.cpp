// A peer's page: Profile, Get to know, 1:1s, Projects, Commitments, Rituals and Timeline tabs.
#include "app/screens/peer_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void PeerScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
