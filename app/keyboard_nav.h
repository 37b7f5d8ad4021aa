// Keyboard-only use on ImGui 1.86: Tab and Shift+Tab stop at every control in order (1.86 stops only at
// text fields, so combos, checkboxes and buttons were skipped), and Enter operates the control in focus
// as Space does (1.86 gives Enter to text fields only). The focus ring is ImGui's nav highlight.
#pragma once

namespace rapport::ui {

// Call right after ImGui::NewFrame(), before any item is drawn: adjusts the Tab request and the
// activation ImGui's NewFrame computed from this frame's keys. `altOpensMenu`: whether Alt pressed and
// released alone moves the focus to the menu bar (not where Alt+digit opens pages: a slow Alt release
// would take the focus from the page's field).
void keyboardNavigation(bool altOpensMenu);
// Call once the frame's items are drawn: remembers whether the focused control was still on screen.
void keyboardNavigationDone();

}  // namespace rapport::ui
