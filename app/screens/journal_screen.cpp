// The reflection journal: dated entries, an optional prompt, linked peers.
#include "app/screens/journal_screen.h"

#include <imgui.h>

#include "app/widgets.h"

namespace rapport::ui {

void JournalScreen::draw(UiContext& ui) {
    (void)ui;
    emptyState("This page is being built.");
}

}  // namespace rapport::ui
