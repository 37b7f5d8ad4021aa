// The prep card: what to remember and bring to the next 1:1 with one peer, on one compact page.
#include "app/screens/prep_card_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void PrepCardScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
