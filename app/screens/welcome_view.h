// The welcome page: what a new user sees on This week while the notebook has no peers, until they
// put it away. Three steps, and the sample notebook to look around in first.
#pragma once

#include "app/ui_context.h"

namespace rapport::ui {

// Draws the welcome page; its buttons go to Peers, open the sample notebook or put the page away.
void drawWelcome(UiContext& ui);

}  // namespace rapport::ui
