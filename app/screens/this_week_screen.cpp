// This week (home): 1:1s by day, commitments, rituals, reviews, previews, drifting peers, the load guard.
#include "app/screens/this_week_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void ThisWeekScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
