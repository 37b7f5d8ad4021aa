// Keyboard-only use (see keyboard_nav.h). It touches ImGui's navigation state the way ImGui's own
// SetKeyboardFocusHere does (the FocusApi flag makes every item a tab stop); later ImGui versions do
// the same natively, so this file goes when ImGui is upgraded.
#include "app/keyboard_nav.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace rapport::ui {

namespace {
ImGuiID g_aliveNavId = 0;  // the focused control, if the last frame drew it
}

void keyboardNavigationDone() { g_aliveNavId = GImGui->NavIdIsAlive ? GImGui->NavId : 0; }

void keyboardNavigation(bool altOpensMenu) {
    ImGuiContext& g = *GImGui;
    const bool keyTab = (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) != 0 && (g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi) == 0;
    if (g.NavMoveScoringItems && keyTab) {
        g.NavMoveFlags |= ImGuiNavMoveFlags_FocusApi;  // every control is a tab stop, not only text fields
        // 1.86 restarts at the window's first stop when no text field is active: from a focused button
        // or checkbox still on screen, Tab must go on to the next one instead.
        if (g.NavTabbingDir == 0 && g.NavId != 0 && g.NavId == g_aliveNavId) g.NavTabbingDir = +1;
    }
    // Alt pressed and released alone moves the focus to the menu bar; Alt+2 (a page on the web) must
    // not also do that.
    if (!altOpensMenu) g.NavWindowingToggleLayer = false;
    if (g.IO.KeyAlt && g.NavWindowingToggleLayer) {
        int pressed = 0;  // keys that went down this frame (Alt's own among them when it just did)
        for (int key = 0; key < IM_ARRAYSIZE(g.IO.KeysDown); ++key) pressed += g.IO.KeysDownDuration[key] == 0.0f;
        const bool altWasDown = (g.IO.KeyModsPrev & ImGuiKeyModFlags_Alt) != 0;
        if (pressed > (altWasDown ? 0 : 1)) g.NavWindowingToggleLayer = false;
    }
    // Enter operates the focused control like Space (a text field it activates, as before).
    const ImGuiIO& io = g.IO;
    const bool enter = ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_Enter], false) || ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_KeyPadEnter], false);
    if (enter && !io.KeyCtrl && !io.KeyAlt && g.NavId != 0 && !g.NavDisableHighlight && g.ActiveId == 0 &&
        g.NavActivateId == 0 && g.NavWindow && !(g.NavWindow->Flags & ImGuiWindowFlags_NoNavInputs)) {
        g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavId;
        g.NavActivateFlags = ImGuiActivateFlags_PreferTweak;
    }
}

}  // namespace rapport::ui
