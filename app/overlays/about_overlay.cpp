// The About dialog: a small modal, the same on the desktop and in the browser.
#include "app/overlays/about_overlay.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "app/imgui_item_hooks.h"
#include "app/version.h"
#include "app/widgets.h"

namespace rapport::ui {
namespace {

// Names the text just drawn (ImGui's text has no id, so no hook sees it) to a test's observer, with its
// rectangle, so the UI and browser suites find the version line by what it says. Nothing without one.
void labelLastText(const char* text) {
    if (auto* observer = static_cast<ItemObserver*>(ImGui::GetCurrentContext()->TestEngine)) {
        const ImGuiID id = ImGui::GetID(text);
        observer->itemAdded(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        observer->itemLabelled(id, text);
    }
}

}  // namespace

void AboutOverlay::draw() {
    if (m_justOpened) {
        ImGui::OpenPopup("About Rapport");
        m_justOpened = false;
    }
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("About Rapport", &m_open, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const std::string title = std::string("Rapport ") + kVersion;  // the version every package carries
    ImGui::TextUnformatted(title.c_str());
    labelLastText(title.c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted("A notebook for leaders who succeed through their peers:");
    ImGui::TextUnformatted("joint projects, getting to know one another, regular 1:1s.");
    ImGui::Spacing();
    mutedText("Your notes stay on this device. Only if you set up sync do they leave it,");
    mutedText("end-to-end encrypted, for the WebDAV folder you chose.");
    mutedText("File > Export backup keeps a copy you own.");
    ImGui::Spacing();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        m_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace rapport::ui
