// Line breaking for actions, from the window's (or table cell's) work rectangle.
#include "app/style/flow.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace rapport::ui {

void sameLineIfFits(float width) {
    const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
    const float start = window->DC.CursorPosPrevLine.x + ImGui::GetStyle().ItemSpacing.x;
    if (start + width <= window->WorkRect.Max.x) ImGui::SameLine();
}

float buttonWidth(const char* label, bool small) {
    (void)small;  // small and regular buttons share the horizontal padding
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

bool flowRadio(const char* label, bool active) {
    const ImGuiStyle& style = ImGui::GetStyle();
    sameLineIfFits(ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x);
    return ImGui::RadioButton(label, active);
}

bool flowButton(const char* label) {
    sameLineIfFits(buttonWidth(label));
    return ImGui::SmallButton(label);
}

}  // namespace rapport::ui
