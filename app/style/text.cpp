// The text roles. Wrapped text is wrapped by ImGui at the current wrap position (a card sets its own).
#include "app/style/text.h"

#include <imgui.h>

namespace rapport::ui {

void pageTitle(const char* text) {
    FontScope font(TextRole::Title);
    ImGui::TextWrapped("%s", text);
}

void headingText(const char* text) {
    FontScope font(TextRole::Heading);
    ImGui::TextWrapped("%s", text);
}

void captionText(const char* text) {
    FontScope font(TextRole::Caption);
    ImGui::PushStyleColor(ImGuiCol_Text, toneColor(Tone::Muted));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void strongText(const char* text) {
    FontScope font(TextRole::Strong);
    ImGui::TextUnformatted(text);
}

void toneText(Tone tone, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, toneColor(tone));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void bulletText(const char* text) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", text);
}

}  // namespace rapport::ui
