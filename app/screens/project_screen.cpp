// One joint project: phases and their notes, the timebox day count, observations, commitments.
#include "app/screens/project_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void ProjectScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
