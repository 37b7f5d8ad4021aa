// The 1:1 meeting page: agenda builder, notes, insights, conflicts, commitments made, and a one-line fact.
#include "app/screens/meeting_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void MeetingScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
