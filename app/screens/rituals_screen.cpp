// Rituals: the social habits tacked onto work (coffee before the meeting, dinner after the offsite).
#include "app/screens/rituals_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void RitualsScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
