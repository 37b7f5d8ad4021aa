// Esc that leaves a text field keeping its text (see kept_text.h).
#include "app/kept_text.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace rapport::ui {

EscapeKeepsText::EscapeKeepsText(const char* label)
    : m_key(ImGui::GetKeyIndex(ImGuiKey_Escape)),
      m_leaving(ImGui::GetActiveID() == ImGui::GetID(label) && ImGui::IsKeyPressed(m_key, false)) {
    if (!m_leaving) return;
    // The field sees neither the key nor keyboard navigation's "cancel", which Esc also is.
    ImGuiIO& io = ImGui::GetIO();
    m_held = io.KeysDownDuration[m_key];
    m_cancel = io.NavInputsDownDuration[ImGuiNavInput_Cancel];
    io.KeysDownDuration[m_key] = -1.0f;
    io.NavInputsDownDuration[ImGuiNavInput_Cancel] = -1.0f;
}

bool EscapeKeepsText::after() {
    if (!m_leaving) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDownDuration[m_key] = m_held;
    io.NavInputsDownDuration[ImGuiNavInput_Cancel] = m_cancel;
    // Read before the keyboard is taken away: clearing the active field forgets it was edited.
    m_leftEdited = GImGui->ActiveIdHasBeenEditedBefore;
    ImGui::ClearActiveID();
    m_leaving = false;
    return true;
}

bool keptTextArea(const char* label, std::string& text, const ImVec2& size, ImGuiInputTextFlags flags) {
    EscapeKeepsText escape(label);
    ImGui::InputTextMultiline(label, &text, size, flags);
    const bool left = ImGui::IsItemDeactivatedAfterEdit();
    escape.after();
    return left || escape.leftEdited();
}

}  // namespace rapport::ui
