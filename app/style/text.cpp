// The text roles. Wrapped text is wrapped by ImGui at the current wrap position (a card sets its own).
#include "app/style/text.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdarg>

#include "app/style/flow.h"

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

bool wrappedSelectable(const char* text) {
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, width);
    const ImVec2 corner = ImGui::GetCursorScreenPos();
    ImGui::PushID(text);
    const bool clicked = ImGui::Selectable("##line", false, ImGuiSelectableFlags_None, ImVec2(width, size.y));
    ImGui::PopID();
    nameForItemHooks(text);
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), corner, ImGui::GetColorU32(ImGuiCol_Text),
                                        text, nullptr, width);
    return clicked;
}

void ellipsisText(const char* text) {
    const float room = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(text);
    if (size.x <= room) {
        ImGui::TextUnformatted(text);
        return;
    }
    const ImVec2 corner = ImGui::GetCursorScreenPos();
    const ImVec2 end(corner.x + room, corner.y + size.y);
    ImGui::ItemSize(ImVec2(room, size.y));
    if (!ImGui::ItemAdd(ImRect(corner, end), 0)) return;
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), corner, end, end.x, end.x, text, nullptr, &size);
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void nameForItemHooks(const char* name) {
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), name, 0);
    (void)g;
}

void mutedAfter(const char* text) {
    sameLineIfFits(ImGui::CalcTextSize(text).x);
    toneText(Tone::Muted, text);
}

void bulletTextf(const char* format, ...) {
    char text[1024];
    va_list args;
    va_start(args, format);
    ImFormatStringV(text, sizeof text, format, args);
    va_end(args);
    bulletText(text);
}

void bulletText(const char* text) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", text);
}

}  // namespace rapport::ui
