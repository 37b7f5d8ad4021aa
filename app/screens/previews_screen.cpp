// Exec-staff previews: proposals to preview with peers before the staff meeting, with their stances.
#include "app/screens/previews_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void PreviewsScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
