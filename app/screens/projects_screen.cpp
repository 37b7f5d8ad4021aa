// Joint projects: the phase board (explore, converge, execute, done) with each project's timebox.
#include "app/screens/projects_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void ProjectsScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
