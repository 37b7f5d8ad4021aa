// Settings: weekday blocks, load budget, default meeting length, theme and font size.
#include "app/screens/settings_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void SettingsScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
