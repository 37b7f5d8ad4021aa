// The help overlay: a modal listing every shortcut of this platform, from the registry the app acts on.
#include "app/overlays/help_overlay.h"

#include <imgui.h>

#include "app/shortcuts.h"
#include "app/widgets.h"

namespace rapport::ui {

void HelpOverlay::draw(UiContext& /*ui*/) {
    if (m_justOpened) {
        ImGui::OpenPopup("Keyboard shortcuts");
        m_justOpened = false;
    }
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Keyboard shortcuts", &m_open, ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg)) {
        for (const HelpLine& line : helpLines(keySet())) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(line.keys.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(line.action.c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    mutedText("Tab and Shift+Tab move between controls; Space or Enter operates the one in focus.");
    if (isWeb(keySet())) mutedText("Single keys (/, n, ?) work while no text field is being typed in.");
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        m_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace rapport::ui
